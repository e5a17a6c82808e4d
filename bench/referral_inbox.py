"""The referral inbox and the dashboard panel on a large history.

100,000 referrals across five programmes of one CPAS and 1,000,000 transition-log
rows (bulk-created in one transaction), then a coach opens the first page of her
inbox through Django's test client (the whole middleware stack and the Wagtail
admin's page furniture) and a manager of all five programmes computes and renders
the dashboard panel, ``n`` times each after a warm-up.

Prints::

    BENCH referral_inbox inbox_p95_ms=… inbox_queries=… panel_p95_ms=…
        panel_queries=… referrals=… logs=…

Run alone, small: ``python -m bench.referral_inbox --referrals 200 --logs 2000``.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import random
import sys
import time
from pathlib import Path

from django.db import connection, transaction
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-password-not-secret"
REFERRALS = 100_000
LOGS = 1_000_000
PROGRAMMES = 5
ANTENNAS = 4
REPEAT = 30
WARM_UP = 10
BATCH = 10_000
#: How the referrals spread over the states (relative weights).
STATE_WEIGHTS = {
    "draft": 5,
    "submitted": 10,
    "in_review": 10,
    "returned_for_information": 4,
    "orientation_planned": 6,
    "orientation_done": 5,
    "waitlisted": 5,
    "accepted": 5,
    "in_progress": 20,
    "completed": 15,
    "rejected": 6,
    "withdrawn": 4,
    "dropped_out": 4,
    "reactivated": 1,
}
#: Transitions cycled through for the log rows (what they say does not matter to
#: the screens measured; their number does).
LOG_STEPS = (
    ("submit", "draft", "submitted"),
    ("start_review", "submitted", "in_review"),
    ("plan_orientation", "in_review", "orientation_planned"),
    ("record_orientation", "orientation_planned", "orientation_done"),
    ("accept", "orientation_done", "accepted"),
    ("start", "accepted", "in_progress"),
    ("next_phase", "in_progress", "in_progress"),
)


def log_in(client: Client, user) -> bool:
    """Password through django-axes (it needs the request), then, for those who
    must use two factors, a session marked verified with an authenticator."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from security.two_factor import two_factor_required

    request = RequestFactory().post("/admin/login/")
    if not client.login(request=request, username=user.username, password=PASSWORD):
        return False
    if two_factor_required(user):
        device, _created = TOTPDevice.objects.get_or_create(
            user=user, name="Authenticator app", defaults={"confirmed": True}
        )
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return True


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def batches(items, size: int = BATCH):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- the data -----------------------------------------------------------------


def organisation():
    """One CPAS, its antennas and five programmes, a coach of the first programme,
    a manager of all five and the social worker who referred everyone."""
    from wagtail.models import Locale, Page

    from intake.models import Antenna, Cpas, Programme
    from intake.roles import Role
    from intake.services import team_member_save

    # The benchmark's database is built without migrations: no root page yet.
    locale, _created = Locale.objects.get_or_create(language_code="fr")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    cpas = Cpas.objects.create(
        name="CPAS de Bruxelles (bench)",
        slug="bench-referrals",
        city="Bruxelles",
        default_language="fr",
    )
    antennas = [
        Antenna.objects.create(cpas=cpas, name=f"Antenne {n}", slug=f"antenne-{n}")
        for n in range(ANTENNAS)
    ]
    programmes = [
        Programme.objects.create(
            cpas=cpas,
            name=f"Programme {n}",
            slug=f"bench-programme-{n}",
            working_languages=["fr"],
        )
        for n in range(PROGRAMMES)
    ]

    def member(role, email, **where):
        return team_member_save(
            membership=None,
            cpas=cpas,
            email=email,
            first_name="Bench",
            last_name=role.label,
            role=role,
            password=PASSWORD,
            **where,
        ).user

    coach = member(Role.COACH, "coach@referrals.bench", programmes=programmes[:1])
    manager = member(
        Role.PROGRAMME_MANAGER, "manager@referrals.bench", programmes=programmes
    )
    referrer = member(
        Role.SOCIAL_WORKER, "social-worker@referrals.bench", antenna=antennas[0]
    )
    return cpas, antennas, programmes, coach, manager, referrer


# The benchmark's seed, one transaction from organisation to logs: read top to bottom.
def history(referrals: int, logs: int) -> tuple[dict, float, float]:
    """Create everything; return the people, and the seconds it took (wall clock,
    then this process's CPU: the difference is time spent waiting for a core)."""
    from intake.models import Participant
    from intake.models.participant import normalise_name
    from workflow.models import Referral, TransitionLog

    started, cpu = time.perf_counter(), time.process_time()
    chance = random.Random(2026)
    states = list(STATE_WEIGHTS)
    weights = list(STATE_WEIGHTS.values())
    now = datetime.datetime.now(datetime.UTC)
    with transaction.atomic():
        cpas, antennas, programmes, coach, manager, referrer = organisation()

        def participants():
            for n in range(referrals):
                first, last = f"Prénom{n}", f"Nom{n % 997}"
                yield Participant(
                    cpas_id=cpas.pk,
                    antenna_id=antennas[n % ANTENNAS].pk,
                    first_name=first,
                    last_name=last,
                    normalised_name=normalise_name(f"{first} {last}"),
                    date_of_birth=datetime.date(1970 + n % 35, 1 + n % 12, 1),
                    nationality="SY",
                )

        for batch in batches(participants()):
            Participant.objects.bulk_create(batch)
        people = list(
            Participant.objects.filter(cpas=cpas).values_list("pk", flat=True)
        )

        def referral_rows():
            for n, person in enumerate(people):
                yield Referral(
                    cpas_id=cpas.pk,
                    participant_id=person,
                    programme_id=programmes[n % PROGRAMMES].pk,
                    antenna_id=antennas[n % ANTENNAS].pk,
                    referred_by_id=referrer.pk,
                    state=chance.choices(states, weights)[0],
                    state_changed_at=now
                    - datetime.timedelta(minutes=chance.randrange(365 * 24 * 60)),
                )

        for batch in batches(referral_rows()):
            Referral.objects.bulk_create(batch)
        referral_ids = list(
            Referral.objects.filter(cpas=cpas).values_list("pk", flat=True)
        )

        # Ids rather than objects (a million assignments through foreign-key
        # descriptors cost seconds), and each referral's rows together, as they
        # are written: SQLite then appends to the referral index instead of
        # inserting all over it (half the set-up's time).
        def log_rows():
            for n in range(logs):
                action, source, target = LOG_STEPS[n % len(LOG_STEPS)]
                yield TransitionLog(
                    referral_id=referral_ids[n * len(referral_ids) // logs],
                    action=action,
                    source=source,
                    target=target,
                    actor_id=coach.pk,
                )

        for batch in batches(log_rows()):
            TransitionLog.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    people = {"coach": coach, "manager": manager}
    return people, time.perf_counter() - started, time.process_time() - cpu


# --- measuring -------------------------------------------------------------------


def timed(call, repeat: int) -> tuple[list[float], list[float]]:
    """Seconds of each of ``repeat`` calls after a warm-up: wall clock, and this
    process's CPU (what a machine shared with other work does not inflate)."""
    for _round in range(min(WARM_UP, repeat)):
        call()
    wall, cpu = [], []
    for _round in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        call()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return wall, cpu


def queries_of(call) -> int:
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured.captured_queries)


def run(n: int = REPEAT, *, referrals: int = REFERRALS, logs: int = LOGS) -> list[str]:
    """Build the history, measure the inbox and the panel ``n`` times each."""
    from django.urls import reverse

    from workflow.panels import ReferralCountsPanel

    people, seconds, cpu = history(referrals, logs)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"# referral_inbox: {referrals} referrals and {logs} log rows in "
        f"{seconds:.1f} s ({cpu:.1f} s of CPU; load average {load})",
        flush=True,
    )
    # What the set-up left behind is not the requests' garbage to collect.
    gc.collect()
    gc.freeze()
    client = Client()
    if not log_in(client, people["coach"]):
        raise RuntimeError("the coach cannot log in")
    inbox = reverse("referrals:inbox")

    def open_inbox() -> None:
        response = client.get(inbox)
        if response.status_code != 200 or b"listing" not in response.content:
            raise RuntimeError(f"inbox: {response.status_code}")

    manager = people["manager"]
    request = RequestFactory().get(reverse("wagtailadmin_home"))

    def render_panel() -> None:
        # A fresh user object, as each request has: nothing cached between rounds.
        user = type(manager).objects.get(pk=manager.pk)
        request.user = user
        ReferralCountsPanel(user).render_html({"request": request})

    inbox_samples, inbox_cpu = timed(open_inbox, n)
    panel_samples, panel_cpu = timed(render_panel, n)
    print(
        f"# referral_inbox CPU time: inbox_p95_ms="
        f"{percentile(inbox_cpu, 0.95) * 1000:.3f} panel_p95_ms="
        f"{percentile(panel_cpu, 0.95) * 1000:.3f}",
        flush=True,
    )
    user = type(manager).objects.get(pk=manager.pk)
    ReferralCountsPanel(user).render_html({"request": request})  # scope cached
    metrics = {
        "inbox_p95_ms": percentile(inbox_samples, 0.95) * 1000,
        "inbox_queries": queries_of(open_inbox),
        "panel_p95_ms": percentile(panel_samples, 0.95) * 1000,
        "panel_queries": queries_of(
            lambda: ReferralCountsPanel(user).render_html({"request": request})
        ),
        "referrals": referrals,
        "logs": logs,
    }
    return [line("referral_inbox", metrics)]


def line(name: str, metrics: dict[str, float | int]) -> str:
    values = " ".join(
        f"{key}={value}" if isinstance(value, int) else f"{key}={value:.3f}"
        for key, value in metrics.items()
    )
    return f"BENCH {name} {values}"


def main(argv: list[str] | None = None) -> int:
    """Run this benchmark alone, on ``bench.settings``'s throw-away database."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.referral_inbox", description=__doc__
    )
    parser.add_argument("--referrals", type=int, default=REFERRALS)
    parser.add_argument("--logs", type=int, default=LOGS)
    parser.add_argument("--n", type=int, default=REPEAT, help="timed rounds")
    args = parser.parse_args(argv)

    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", run_syncdb=True, interactive=False, verbosity=0)
    for text in run(args.n, referrals=args.referrals, logs=args.logs):
        print(text, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
