"""The reminders job: 10,000 upcoming session–participant pairs, two runs at once.

50 groups of 20 people (SMS, each her own number), each with 10 sessions in the
next 23 hours: 10,000 reminders due. Two runs of the job start together (two
threads, each with its own database connection) and split the work between
them; the SMS backend keeps what it was given in memory.

Prints::

    BENCH reminders_run seconds=… sent=… duplicates=…

``seconds`` is the wall time until both runs are done; ``sent`` the messages
the backend received; ``duplicates`` those it received twice for one person
and session (the goal: 0). Run alone: ``python -m bench reminders_run``
(``--n 5``: five groups, 1,000 pairs).
"""

from __future__ import annotations

import datetime
import threading
import time
from collections import Counter

GROUPS, PEOPLE, SESSIONS = 50, 20, 10


# The benchmark's seed, made in one go: read top to bottom.
def world(groups: int = GROUPS, people: int = PEOPLE, sessions: int = SESSIONS):
    """A CPAS with one programme reminding its people 24 and 2 hours before,
    ``groups`` groups of ``people`` enrolled, ``sessions`` sessions each ahead."""
    from django.utils import timezone

    from groups.models import Enrolment, EnrolmentStatus, Group, Session
    from intake.models import Antenna, ContactChannel, Cpas, Participant, Programme
    from intake.roles import Role
    from intake.services import team_member_save
    from reminders.models import ReminderPolicy
    from workflow.models import Referral

    cpas = Cpas.objects.create(
        name="CPAS (bench reminders)",
        slug="bench-reminders",
        city="Bruxelles",
        default_language="fr",
    )
    antenna = Antenna.objects.create(cpas=cpas, name="Centre", slug="centre")
    programme = Programme.objects.create(
        cpas=cpas, name="Move Up! (bench)", slug="bench-reminders-move-up"
    )
    ReminderPolicy.objects.create(programme=programme, offsets="24, 2")
    worker = team_member_save(
        membership=None,
        cpas=cpas,
        email="worker@reminders.bench",
        first_name="Bench",
        last_name="Worker",
        role=Role.SOCIAL_WORKER,
        antenna=antenna,
    ).user
    today = datetime.date.today()
    persons = Participant.objects.bulk_create(
        Participant(
            cpas=cpas,
            antenna=antenna,
            first_name=f"Prénom{n}",
            last_name=f"Nom{n}",
            normalised_name=f"prenom{n} nom{n}",
            date_of_birth=datetime.date(1980, 1, 1),
            phone=f"+32470{n:06d}",
            preferred_language=("fr", "ar", "uk", "ti")[n % 4],
            contact_consent=True,
            contact_channel=ContactChannel.SMS,
        )
        for n in range(groups * people)
    )
    referrals = Referral.objects.bulk_create(
        Referral(
            cpas=cpas,
            programme=programme,
            antenna=antenna,
            referred_by=worker,
            participant=person,
        )
        for person in persons
    )
    group_rows = Group.objects.bulk_create(
        Group(programme=programme, name=f"Groupe {g}", starts_on=today)
        for g in range(groups)
    )
    Enrolment.objects.bulk_create(
        Enrolment(
            group=group_rows[i // people],
            participant=person,
            referral=referrals[i],
            status=EnrolmentStatus.ENROLLED,
            enrolled_on=today - datetime.timedelta(days=1),
        )
        for i, person in enumerate(persons)
    )
    now = timezone.now()
    step = datetime.timedelta(hours=22) / (groups * sessions)
    Session.objects.bulk_create(
        Session(
            programme=programme,
            group=group,
            starts_at=now + datetime.timedelta(minutes=30) + step * (g * sessions + s),
            ends_at=now + datetime.timedelta(hours=2) + step * (g * sessions + s),
            place="Rue Haute 298a",
        )
        for g, group in enumerate(group_rows)
        for s in range(sessions)
    )
    return now


def two_runs(now) -> list:
    """Two runs of the job started together; each one's report (or error)."""
    from django.db import connection

    from reminders.services.sending import reminders_run

    barrier = threading.Barrier(2)
    reports: list = []

    def run() -> None:
        try:
            barrier.wait(timeout=60)
            reports.append(reminders_run(now=now))
        except Exception as error:  # noqa: BLE001 - reported to the caller
            reports.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return reports


def duplicates_of(outbox: list[tuple[str, str]]) -> int:
    return sum(count - 1 for count in Counter(outbox).values())


def as_make_run_has() -> None:
    """The project's SQLite options (``config.env.get_database``: WAL, immediate
    transactions, a 20 s wait) for the connections opened from now on; the
    benchmarks' settings keep SQLite's defaults, which ``make run`` never has."""
    from django.db import connection, connections

    from config.env import get_database

    project = get_database("BENCH_UNUSED", "sqlite:///unused.sqlite3")
    connections.settings["default"]["OPTIONS"] = project["OPTIONS"]
    connection.close()


def run(n: int = GROUPS) -> list[str]:
    """``n`` groups (of 20 people, 10 sessions each): 50 make 10,000 pairs."""
    from django.conf import settings
    from django.db import connection

    from reminders.backends import sms

    as_make_run_has()

    settings.REMINDER_BACKENDS = {
        "email": "reminders.backends.mail.EmailBackend",
        "sms": "reminders.backends.sms.LocmemSmsBackend",
    }
    now = world(groups=n)
    connection.close()
    sms.outbox.clear()
    started, cpu = time.perf_counter(), time.process_time()
    reports = two_runs(now)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    errors = [r for r in reports if isinstance(r, Exception)]
    if errors:
        raise errors[0]
    return [
        # On a busy machine the wall time waits for the CPU: say how much it used.
        f"# reminders_run cpu_seconds={cpu:.3f} (both runs, one process)",
        f"BENCH reminders_run seconds={seconds:.3f} sent={len(sms.outbox)} "
        f"duplicates={duplicates_of(sms.outbox)}",
    ]
