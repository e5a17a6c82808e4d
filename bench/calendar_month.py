"""A programme's month in the calendar, with five years of history.

Two programmes of one CPAS: one with five years of sessions (five groups, three
sessions a week each, about 3,900 sessions and 47,000 marks), one with one
year (about 780 sessions); their manager opens the current month of each,
``n`` times after a warm-up, through Django's test client.

Prints::

    BENCH calendar_month p95_ms=… queries=… p95_ms_one_year=…
        queries_one_year=… sessions_five_years=… sessions_one_year=… n=…

The same number of queries for one year and for five: only the month is read.
Run alone: ``python -m bench calendar_month --n 30``.
"""

from __future__ import annotations

import datetime
import gc

from bench.referral_inbox import PASSWORD, line, log_in, percentile, queries_of, timed

GROUPS = 5
PEOPLE = 12
REPEAT = 60


# The benchmark's seed (years of a programme's sessions), made in one go.
def history(cpas, antenna, worker, name: str, years: int) -> tuple:
    """A programme whose groups met three times a week for ``years`` years (and
    go on for a month)."""
    from groups.models import Attendance, Enrolment, Group, Presence, Session
    from groups.recurrence import local
    from intake.models import Participant, Programme
    from workflow.models import Referral

    programme = Programme.objects.create(
        cpas=cpas, name=name, slug=f"bench-{years}y", group_size_max=PEOPLE
    )
    today = datetime.date.today()
    start = today - datetime.timedelta(weeks=52 * years)
    weeks = 52 * years + 5
    people = Participant.objects.bulk_create(
        Participant(
            cpas=cpas,
            antenna=antenna,
            first_name=f"P{years}-{n}",
            last_name="Bench",
            date_of_birth=datetime.date(1980, 1, 1 + n % 28),
        )
        for n in range(GROUPS * PEOPLE)
    )
    referrals = Referral.objects.bulk_create(
        Referral(
            cpas=cpas,
            participant=p,
            programme=programme,
            antenna=antenna,
            referred_by=worker,
            state="in_progress",
        )
        for p in people
    )
    sessions = []
    for g in range(GROUPS):
        group = Group.objects.create(
            programme=programme, name=f"Groupe {g}", starts_on=start
        )
        Enrolment.objects.bulk_create(
            Enrolment(
                group=group,
                participant=r.participant,
                referral=r,
                status="enrolled",
                enrolled_on=start,
            )
            for r in referrals[g * PEOPLE : (g + 1) * PEOPLE]
        )
        sessions += Session.objects.bulk_create(
            Session(
                programme=programme,
                group=group,
                starts_at=local(day, datetime.time(9 + g)),
                ends_at=local(day, datetime.time(10 + g)),
            )
            for week in range(weeks)
            for day in (
                start + datetime.timedelta(weeks=week, days=d) for d in (0, 2, 4)
            )
        )
    now = datetime.datetime.now(datetime.UTC)
    past = [s for s in sessions if s.starts_at < now]
    for index in range(0, len(past), 500):
        Attendance.objects.bulk_create(
            Attendance(session=s, participant=p, status=Presence.PRESENT, minutes=60)
            for s in past[index : index + 500]
            for p in people[
                (s.group_id - past[0].group_id) * PEOPLE : (
                    s.group_id - past[0].group_id + 1
                )
                * PEOPLE
            ]
        )
    return programme, len(sessions)


# One measurement, read top to bottom: both histories, each timed, one line.
def run(n: int = REPEAT) -> list[str]:
    from django.db import connection, transaction
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Locale, Page

    from intake.models import Antenna, Cpas
    from intake.roles import Role
    from intake.services import team_member_save

    with transaction.atomic():
        locale, _created = Locale.objects.get_or_create(language_code="fr")
        if Page.get_first_root_node() is None:
            Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        cpas = Cpas.objects.create(
            name="CPAS (bench calendar)",
            slug="bench-calendar",
            city="Liège",
            default_language="fr",
        )
        antenna = Antenna.objects.create(
            cpas=cpas, name="Outremeuse", slug="outremeuse"
        )
        worker = team_member_save(
            membership=None,
            cpas=cpas,
            email="worker@calendar.bench",
            first_name="B",
            last_name="W",
            role=Role.SOCIAL_WORKER,
            antenna=antenna,
            password=PASSWORD,
        ).user
        five, five_count = history(cpas, antenna, worker, "Cinq ans", 5)
        one, one_count = history(cpas, antenna, worker, "Un an", 1)
        manager = team_member_save(
            membership=None,
            cpas=cpas,
            email="manager@calendar.bench",
            first_name="B",
            last_name="M",
            role=Role.PROGRAMME_MANAGER,
            programmes=[five, one],
            password=PASSWORD,
        ).user
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    gc.collect()
    gc.freeze()
    client = Client()
    if not log_in(client, manager):
        raise RuntimeError("the manager cannot log in")
    url = reverse("groups_calendar:index")

    def month_of(programme):
        def open_month() -> None:
            response = client.get(url, {"programme": programme.pk})
            if response.status_code != 200 or b"calendar-month" not in response.content:
                raise RuntimeError(f"calendar: {response.status_code}")

        return open_month

    five_samples, five_cpu = timed(month_of(five), n)
    one_samples, one_cpu = timed(month_of(one), n)
    print(
        "# calendar_month CPU time (what a loaded machine does not inflate): "
        f"p95_ms={percentile(five_cpu, 0.95) * 1000:.3f} "
        f"p95_ms_one_year={percentile(one_cpu, 0.95) * 1000:.3f}",
        flush=True,
    )
    metrics = {
        "p95_ms": percentile(five_samples, 0.95) * 1000,
        "queries": queries_of(month_of(five)),
        "p95_ms_one_year": percentile(one_samples, 0.95) * 1000,
        "queries_one_year": queries_of(month_of(one)),
        "sessions_five_years": five_count,
        "sessions_one_year": one_count,
        "n": n,
    }
    return [line("calendar_month", metrics)]
