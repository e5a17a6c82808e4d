"""A group session's burst: ``n`` participants answer one survey within 10 seconds.

A real daphne process (``config.asgi:application``, the development settings like
``make run``) serves the benchmark's own SQLite file (``DATABASE_URL``), prepared
by ``python -m bench`` and seeded here: one programme, its published satisfaction
survey, one session code for ``n`` people. Then ``n`` simulated participants, one
thread each, start spread over 10 seconds; each opens the survey in a language
(GET ``survey:survey``, which sets the CSRF cookie) and sends it (POST
``survey:send`` with ``Accept: application/json`` and its own ``client_uuid``);
one in ten sends again with the same ``client_uuid``, as a phone does when the
answer to its first send was lost.

Then the same burst again (a new session) against two daphne processes that
share one listening socket, the kernel handing each connection to one of them (as
systemd socket activation does): how a CPAS serves a bigger group on more cores.

Prints::

    BENCH survey_burst stored=… expected=… errors_5xx=… duplicates=… p95_ms=…
        p50_ms=… duration_s=… servers=1
    BENCH survey_burst_two_servers … servers=2

``stored``: the session's submissions in the database; ``errors_5xx``: responses
of status 500 or more, and requests that got no response at all; ``duplicates``:
answers stored more than once (rows beyond one per client id, repeated sends not
answered with the first submission, places taken beyond the rows); latencies are
those of the sends (POST). Goal: stored = expected, no error, no duplicate.
"""

from __future__ import annotations

import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
#: Seconds over which the participants arrive.
SPREAD = 10.0
#: One participant in RETRY_EVERY sends her answers twice.
RETRY_EVERY = 10
#: The languages the participants pick, in turn.
LANGUAGES = ("fr", "ar", "ti", "uk", "nl", "prs")
STARTUP_TIMEOUT = 60.0
REQUEST_TIMEOUT = 60.0


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


# --- the data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Session:
    invitation_id: int
    token: str
    version_id: int


# The benchmark's seed, made in one go: read top to bottom.
def seed(n: int) -> Session:
    """A CPAS, a programme with its page, a published survey, a session for ``n``."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Locale, Page

    from home.models import HomePage, ProgrammePage
    from intake.models import Cpas, Programme
    from surveys.models import FormPage, InvitationKind
    from surveys.participant_surveys.invitations import invitation_create

    locale, _created = Locale.objects.get_or_create(language_code="fr")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    # The benchmark's database is built without migrations: maybe no root yet.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    suffix = uuid.uuid4().hex[:8]
    home = root.add_child(
        instance=HomePage(title="Accueil", slug=f"burst-{suffix}", locale=locale)
    )
    cpas = Cpas.objects.create(
        name=f"CPAS de Namur (burst {suffix})",
        slug=f"burst-{suffix}",
        city="Namur",
        default_language="fr",
    )
    programme = Programme.objects.create(
        cpas=cpas,
        name="Mod'Actions (burst)",
        slug=f"burst-{suffix}",
        working_languages=["fr", "ar", "ti"],
    )
    parent = home.add_child(
        instance=ProgrammePage(
            title=programme.name, slug=programme.slug, programme=programme
        )
    )
    parent.save_revision().publish()
    survey = parent.add_child(
        instance=FormPage(
            title="Votre avis sur le module",
            slug="avis",
            kind="participant_satisfaction",
            form_fields=[
                (
                    "likert",
                    {
                        "label": "Le module vous a plu ?",
                        "key": "module",
                        "required": True,
                        "points": "5",
                    },
                ),
                (
                    "likert",
                    {
                        "label": "Le groupe vous a aidé ?",
                        "key": "group",
                        "required": True,
                        "points": "3",
                    },
                ),
                (
                    "multiline",
                    {"label": "Un commentaire ?", "key": "comment", "required": False},
                ),
            ],
        )
    )
    survey.save_revision().publish()
    survey.refresh_from_db()
    invitation, token = invitation_create(
        user=None,
        form=survey,
        kind=InvitationKind.SESSION,
        label="Module 3, groupe du mardi",
        max_uses=n,
        expires_at=timezone.now() + datetime.timedelta(hours=2),
        session_date=timezone.localdate(),
    )
    return Session(invitation.pk, token, survey.versions.get().pk)


# --- the server ---------------------------------------------------------------------


def listening_socket() -> socket.socket:
    """The server's socket, made here and shared by every daphne process (the
    kernel hands each connection to one of them, as systemd socket activation
    does in production)."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, 0))
    listener.listen(1024)
    listener.set_inheritable(True)
    return listener


def start_daphne(
    database: Path, listener: socket.socket, log: Path
) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": "site",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "true",  # plain HTTP: no HTTPS redirect, no secure-only cookie
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "MEDIA_ROOT": str(database.parent / "media"),
    }
    env.pop("REDIS_URL", None)
    daphne = Path(sys.executable).with_name("daphne")
    fd = listener.fileno()
    with log.open("ab") as output:
        return subprocess.Popen(
            [str(daphne), "--fd", str(fd), "config.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            pass_fds=(fd,),
        )


def wait_until_up(base: str, server: subprocess.Popen, log: Path) -> None:
    import requests

    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"daphne stopped:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"daphne did not answer:\n{log.read_text()[-3000:]}")


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# --- the participants ----------------------------------------------------------------


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    send_seconds: list[float] = field(default_factory=list)
    errors_5xx: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str, *, server_error: bool = False) -> None:
        with self.lock:
            self.errors_5xx += int(server_error)
            if len(self.problems) < 5:
                self.problems.append(text)


def field_value(html: str, name: str) -> str | None:
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    value = re.search(r'value="([^"]*)"', tag.group(0)) if tag else None
    return value.group(1) if value else None


def participant(index: int, base: str, session: Session, start: float, tally: Tally):
    import requests
    from django.urls import reverse
    from django.utils import translation

    language = LANGUAGES[index % len(LANGUAGES)]
    with translation.override(language):
        survey_url = base + reverse("survey:survey", args=[session.token])
        send_url = base + reverse("survey:send", args=[session.token])
    time.sleep(max(0.0, start - time.monotonic()))
    browser = requests.Session()
    try:
        page = browser.get(survey_url, timeout=REQUEST_TIMEOUT)
        if page.status_code != 200:
            tally.problem(
                f"GET {page.status_code}", server_error=page.status_code >= 500
            )
            return
        data = {
            "csrfmiddlewaretoken": field_value(page.text, "csrfmiddlewaretoken")
            or browser.cookies.get("csrftoken", ""),
            "form_version": field_value(page.text, "form_version")
            or str(session.version_id),
            "client_uuid": str(uuid.uuid4()),
            "module": str(1 + index % 5),
            "group": str(1 + index % 3),
            "comment": f"Participant {index}: merci" if index % 3 == 0 else "",
        }
        sends = 2 if index % RETRY_EVERY == 0 else 1
        first_id = None
        for attempt in range(sends):
            started = time.perf_counter()
            response = browser.post(
                send_url,
                data=data,
                headers={"Accept": "application/json", "Referer": survey_url},
                timeout=REQUEST_TIMEOUT,
            )
            elapsed = time.perf_counter() - started
            with tally.lock:
                tally.send_seconds.append(elapsed)
            if response.status_code not in (200, 201):
                tally.problem(
                    f"POST {response.status_code} {response.text[:300]}",
                    server_error=response.status_code >= 500,
                )
                return
            submission = response.json().get("submission")
            if attempt == 0:
                first_id = submission
            elif submission != first_id:
                with tally.lock:
                    tally.duplicates += 1
    except requests.RequestException as error:
        tally.problem(f"no response: {error}", server_error=True)


def count_stored(session: Session) -> tuple[int, int, int]:
    """Rows of the session, distinct client ids among them, places taken."""
    from django.db import close_old_connections

    from surveys.models import Invitation, Submission

    close_old_connections()
    rows = Submission.objects.filter(invitation_id=session.invitation_id)
    stored = rows.count()
    distinct = rows.values("client_uuid").distinct().count()
    taken = Invitation.objects.get(pk=session.invitation_id).use_count
    return stored, distinct, taken


def run(n: int = 200) -> list[str]:
    """The burst against one daphne (``survey_burst``), then against two daphne
    processes sharing one socket (``survey_burst_two_servers``): the same answers
    on twice the cores, as a CPAS scales it."""
    return [burst(n, workers=1), burst(n, workers=2, name="survey_burst_two_servers")]


def burst(n: int, *, workers: int, name: str = "survey_burst") -> str:
    from django.conf import settings
    from django.db import connection

    session = seed(n)
    database = Path(settings.DATABASES["default"]["NAME"])
    connection.close()  # daphne writes from now on
    listener = listening_socket()
    base = f"http://{HOST}:{listener.getsockname()[1]}"
    log = Path(tempfile.mkdtemp(prefix="survey-burst-")) / "daphne.log"
    servers = [start_daphne(database, listener, log) for _ in range(workers)]
    tally = Tally()
    try:
        for server in servers:
            wait_until_up(base, server, log)
        began = time.monotonic() + 0.2
        threads = [
            threading.Thread(
                target=participant,
                args=(
                    index,
                    base,
                    session,
                    began + SPREAD * index / n + random.uniform(0, SPREAD / n),
                    tally,
                ),
            )
            for index in range(n)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        duration = time.monotonic() - began
    finally:
        for server in servers:
            stop(server)
        listener.close()
    stored, distinct, taken = count_stored(session)
    duplicates = tally.duplicates + (stored - distinct) + max(0, taken - stored)
    for problem in tally.problems:
        print(f"# survey_burst: {problem}", flush=True)
    seconds = tally.send_seconds or [0.0]
    metrics = {
        "stored": stored,
        "expected": n,
        "errors_5xx": tally.errors_5xx,
        "duplicates": duplicates,
        "p95_ms": percentile(seconds, 0.95) * 1000,
        "p50_ms": statistics.median(seconds) * 1000,
        "duration_s": duration,
        "servers": workers,
    }
    values = " ".join(
        f"{key}={value}" if isinstance(value, int) else f"{key}={value:.3f}"
        for key, value in metrics.items()
    )
    return f"BENCH {name} {values}"
