"""A working day's mix against the production run, for ``seconds`` seconds.

The production topology on loopback (deploy/production.py: PostgreSQL, Redis,
2 daphne workers behind nginx, ``DEBUG`` off), on the data of ``make serve-prod``
(``var/prod``, kept between runs: only the first run migrates; the bench adds its
own CPAS each time, and cannot run while ``make serve-prod`` does). Seeded here:
one CPAS, 50 coaches of one programme (each with referrals waiting), 100 social
workers of one antenna, a published survey and 200 participants answering it.

A bounded client (:data:`THREADS` threads, each acting for one user at a time,
no user twice at once) plays for ``seconds``:

- ``coach_inbox``: a coach opens her inbox;
- ``transition``: a coach picks up her next waiting referral (``start_review``);
- ``worker_list``: a social worker opens her referrals;
- ``poll``: a social worker's page asks for its notifications;
- ``survey_open`` / ``survey_send``: a participant opens the survey, then sends
  her answers with a new ``client_uuid``; one send in ten is repeated with the
  same ``client_uuid`` (a phone that lost the answer), a send that failed is
  retried with it.

Then the data is checked: ``lost`` counts acknowledged sends with no row and
acknowledged transitions with no log row; ``duplicates`` rows beyond one per
``client_uuid``, repeats answered with another submission, and log rows beyond
one per referral. Prints::

    BENCH load_mix rps=… errors=… lost=… duplicates=… p95_ms_<kind>=… …

The client speaks plain HTTP to nginx and says ``X-Forwarded-Proto: https``, as
the TLS front does in production.
"""

from __future__ import annotations

import json
import random
import secrets
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "var" / "prod"
COACHES, WORKERS, PARTICIPANTS = 50, 100, 200
#: Referrals waiting for each coach (more than she can pick up in a run).
WAITING = 12
THREADS = 24
TIMEOUT = 30.0
KINDS = ("coach_inbox", "transition", "worker_list", "poll", "survey_open")
KINDS += ("survey_send",)


def staff(cpas, role, index: int, **where) -> tuple:
    """A staff member of ``cpas`` and the key of a session she is logged in with."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from intake.services import team_member_save

    user = team_member_save(
        membership=None,
        cpas=cpas,
        email=f"{role.name.lower()}{index}@{cpas.slug}.test",
        first_name=role.name.title(),
        last_name=str(index),
        role=role,
        **where,
    ).user
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return user, session.session_key


def seed() -> dict:
    """Run inside the production run's environment (see :func:`seed_in`)."""
    from bench.survey_burst import seed as survey_seed
    from intake.models import Antenna, Participant
    from intake.roles import Role
    from surveys.models import Invitation
    from workflow.models import Referral, ReferralState

    survey = survey_seed(10**6)
    programme = Invitation.objects.get(pk=survey.invitation_id).programme
    cpas = programme.cpas
    antenna = Antenna.objects.create(cpas=cpas, name="Bouge", slug="bouge")

    workers = [
        staff(cpas, Role.SOCIAL_WORKER, i, antenna=antenna) for i in range(WORKERS)
    ]
    coaches = [
        staff(cpas, Role.COACH, i, programmes=[programme]) for i in range(COACHES)
    ]
    people = [
        Participant.objects.create(
            cpas=cpas,
            antenna=antenna,
            first_name=f"Personne {i}",
            last_name="Mix",
            date_of_birth="1990-01-01",
        )
        for i in range(COACHES * WAITING)
    ]
    referrals = Referral.objects.bulk_create(
        Referral(
            cpas=cpas,
            programme=programme,
            antenna=antenna,
            referred_by=workers[i % WORKERS][0],
            participant=person,
            state=ReferralState.SUBMITTED,
        )
        for i, person in enumerate(people)
    )
    return {
        "token": survey.token,
        "invitation": survey.invitation_id,
        "version": survey.version_id,
        "workers": [key for _user, key in workers],
        "coaches": [
            [key, [r.pk for r in referrals[i * WAITING : (i + 1) * WAITING]]]
            for i, (_user, key) in enumerate(coaches)
        ],
    }


def seed_in(env: dict[str, str]) -> dict:
    script = (
        "import json, django; django.setup();"
        "from bench.load_mix import seed; print(json.dumps(seed()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


@dataclass
class User:
    kind: str  # coach, worker, participant
    session: str = ""
    waiting: list[int] = field(default_factory=list)
    turn: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    seconds: dict[str, list[float]] = field(default_factory=dict)
    errors: int = 0
    problems: list[str] = field(default_factory=list)
    #: client_uuid → the submission its first acknowledged send named.
    sent: dict[str, int] = field(default_factory=dict)
    repeats_elsewhere: int = 0
    moved: list[int] = field(default_factory=list)

    def record(self, kind: str, seconds: float, problem: str = "") -> None:
        with self.lock:
            self.seconds.setdefault(kind, []).append(seconds)
            if problem:
                self.errors += 1
                if len(self.problems) < 5:
                    self.problems.append(f"{kind}: {problem}")


class Client:
    """One thread's connection to nginx; acts for whichever user it is given."""

    def __init__(self, base: str, data: dict, tally: Tally) -> None:
        import requests

        self.http = requests.Session()
        self.base, self.data, self.tally = base, data, tally
        self.csrf = secrets.token_hex(16)  # any well-formed token the cookie repeats

    def request(self, kind: str, method: str, path: str, user: User, **form):
        import requests

        cookie = f"csrftoken={self.csrf}"
        if user.session:
            cookie += f"; sessionid={user.session}"
        headers = {
            "Cookie": cookie,
            "X-Forwarded-Proto": "https",
            "Referer": f"https://{self.base.split('//', 1)[1]}{path}",
            "Accept": "application/json" if kind == "survey_send" else "text/html",
        }
        if form:
            form["csrfmiddlewaretoken"] = self.csrf
        started = time.perf_counter()
        try:
            response = self.http.request(
                method,
                self.base + path,
                data=form or None,
                headers=headers,
                allow_redirects=False,
                timeout=TIMEOUT,
            )
        except requests.RequestException as error:
            self.tally.record(kind, time.perf_counter() - started, str(error)[:200])
            return None
        expected = {200, 201, 302} if form else {200}
        problem = "" if response.status_code in expected else str(response.status_code)
        self.tally.record(kind, time.perf_counter() - started, problem)
        return None if problem else response

    def act(self, user: User) -> None:
        user.turn += 1
        if user.kind == "coach":
            if user.turn % 2 and user.waiting:
                pk = user.waiting[0]
                form = {"state": "submitted"}
                path = f"/admin/referrals/{pk}/start_review/"
                if self.request("transition", "POST", path, user, **form):
                    user.waiting.pop(0)
                    with self.tally.lock:
                        self.tally.moved.append(pk)
            else:
                self.request("coach_inbox", "GET", "/admin/referrals/inbox/", user)
        elif user.kind == "worker":
            if user.turn % 2:
                self.request("worker_list", "GET", "/admin/referrals/", user)
            else:
                self.request("poll", "GET", "/admin/notifications/poll/", user)
        else:
            self.participant(user)

    def participant(self, user: User) -> None:
        token = self.data["token"]
        if user.turn % 2:
            self.request("survey_open", "GET", f"/fr/survey/{token}/", user)
            return
        client_uuid = str(uuid.uuid4())
        form = {
            "form_version": str(self.data["version"]),
            "client_uuid": client_uuid,
            "module": str(1 + user.turn % 5),
            "group": str(1 + user.turn % 3),
            "comment": "",
        }
        sends = 2 if user.turn % 20 == 0 else 1
        while sends:
            response = self.request(
                "survey_send", "POST", f"/fr/survey/{token}/send/", user, **form
            )
            if response is None:
                continue  # the client retries with the same client_uuid
            sends -= 1
            submission = response.json().get("submission")
            with self.tally.lock:
                first = self.tally.sent.setdefault(client_uuid, submission)
                self.tally.repeats_elsewhere += int(first != submission)


def users_of(data: dict) -> list[User]:
    coaches = [User("coach", key, list(waiting)) for key, waiting in data["coaches"]]
    workers = [User("worker", key) for key in data["workers"]]
    return coaches + workers + [User("participant") for _ in range(PARTICIPANTS)]


def play(base: str, data: dict, users: list[User], seconds: float) -> Tally:
    tally = Tally()
    deadline = time.monotonic() + seconds

    def loop() -> None:
        client = Client(base, data, tally)
        while time.monotonic() < deadline:
            user = random.choice(users)
            if not user.lock.acquire(blocking=False):
                continue  # she is busy in another thread
            try:
                client.act(user)
            finally:
                user.lock.release()

    threads = [threading.Thread(target=loop) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally


CHECK = """
import json, sys, django; django.setup()
from django.db.models import Count
from surveys.models import Submission
from workflow.models import TransitionLog
asked = json.load(sys.stdin)
rows = Submission.objects.filter(client_uuid__in=asked["sent"])
counted = rows.values_list("client_uuid").annotate(n=Count("pk"))
per_uuid = {str(client_uuid): n for client_uuid, n in counted}
logs = TransitionLog.objects.filter(referral_id__in=asked["moved"])
logs = logs.filter(action="start_review")
per_referral = dict(logs.values_list("referral_id").annotate(n=Count("pk")))
print(json.dumps({
    "sends_missing": sum(1 for u in asked["sent"] if not per_uuid.get(u)),
    "sends_extra": sum(n - 1 for n in per_uuid.values()),
    "moves_missing": sum(1 for pk in asked["moved"] if not per_referral.get(pk)),
    "moves_extra": sum(n - 1 for n in per_referral.values()),
}))
"""


def checked(env: dict[str, str], tally: Tally) -> dict:
    asked = json.dumps({"sent": list(tally.sent), "moved": tally.moved})
    done = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=ROOT,
        env=env,
        input=asked,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples) or [0.0]
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def run(n: int = 60) -> list[str]:
    """``n``: the seconds the mix is played."""
    from deploy.production import free_port, serve

    with serve(FOLDER, free_port(), workers=2) as production:
        data = seed_in(production.env)
        started = time.monotonic()
        tally = play(production.url, data, users_of(data), float(n))
        elapsed = time.monotonic() - started
        found = checked(production.env, tally)
    for problem in tally.problems:
        print(f"# load_mix: {problem}", flush=True)
    print(f"# load_mix: {json.dumps(found)}", flush=True)
    requests_made = sum(len(samples) for samples in tally.seconds.values())
    lost = found["sends_missing"] + found["moves_missing"]
    duplicates = found["sends_extra"] + found["moves_extra"] + tally.repeats_elsewhere
    line = (
        f"BENCH load_mix rps={requests_made / elapsed:.3f} errors={tally.errors} "
        f"lost={lost} duplicates={duplicates}"
    )
    for kind in KINDS:
        p95 = percentile(tally.seconds.get(kind, []), 0.95) * 1000
        line += f" p95_ms_{kind}={p95:.3f}"
    return [line]
