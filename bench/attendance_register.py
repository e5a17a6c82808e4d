"""The attendance register on the tablet: open and save a 15-person register.

One programme (21 hours a week expected) with a group of 15 and a year of past
registers (about 150 sessions, 2,300 marks); then, ``n`` times after a warm-up,
a coach opens the register of the day's session through Django's test client
(the whole middleware stack) and saves it as the tablet does (JSON, a new
client id, the revision it started from, everyone present but two).

Prints::

    BENCH attendance_register p95_ms=… queries=… open_p95_ms=… open_queries=…
        save_p95_ms=… save_queries=… people=15 n=…

``queries`` is one open plus one save; it does not grow with the history.
Run alone: ``python -m bench attendance_register --n 30``.
"""

from __future__ import annotations

import datetime
import gc
import json
import time
import uuid

from bench.referral_inbox import PASSWORD, line, log_in, percentile, queries_of

PEOPLE = 15
HISTORY_WEEKS = 52
REPEAT = 60
WARM_UP = 5


# The benchmark's seed, made in one go: read top to bottom.
def world():
    """A CPAS, a Move Up!-like programme, a coach, a group of 15 enrolled from
    running referrals, three sessions a week for a year with their registers."""
    from wagtail.models import Locale, Page

    from groups.models import Attendance, Enrolment, Group, Presence, Session
    from groups.recurrence import local
    from intake.models import Antenna, Cpas, Participant, Programme
    from intake.roles import Role
    from intake.services import team_member_save
    from workflow.models import Referral

    locale, _created = Locale.objects.get_or_create(language_code="fr")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    cpas = Cpas.objects.create(
        name="CPAS (bench registers)",
        slug="bench-registers",
        city="Bruxelles",
        default_language="fr",
    )
    antenna = Antenna.objects.create(cpas=cpas, name="Centre", slug="centre")
    programme = Programme.objects.create(
        cpas=cpas,
        name="Move Up! (bench)",
        slug="bench-move-up",
        group_size_max=PEOPLE,
        weekly_hours_target=21,
    )

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

    coach = member(Role.COACH, "coach@registers.bench", programmes=[programme])
    worker = member(Role.SOCIAL_WORKER, "worker@registers.bench", antenna=antenna)
    today = datetime.date.today()
    group = Group.objects.create(
        programme=programme,
        name="Débutants",
        starts_on=today - datetime.timedelta(weeks=HISTORY_WEEKS),
    )
    group.coaches.add(coach)
    people = []
    for n in range(PEOPLE):
        person = Participant.objects.create(
            cpas=cpas,
            antenna=antenna,
            first_name=f"Prénom{n}",
            last_name=f"Nom{n}",
            date_of_birth=datetime.date(1980, 1, 1 + n),
        )
        referral = Referral.objects.create(
            cpas=cpas,
            participant=person,
            programme=programme,
            antenna=antenna,
            referred_by=worker,
        )
        Referral.objects.filter(pk=referral.pk).update(state="in_progress")
        Enrolment.objects.create(
            group=group,
            participant=person,
            referral=referral,
            status="enrolled",
            enrolled_on=group.starts_on,
        )
        people.append(person)
    sessions = Session.objects.bulk_create(
        Session(
            programme=programme,
            group=group,
            starts_at=local(day, datetime.time(9)),
            ends_at=local(day, datetime.time(12, 30)),
        )
        for week in range(HISTORY_WEEKS)
        for day in (
            group.starts_on + datetime.timedelta(weeks=week, days=offset)
            for offset in (0, 2, 4)
        )
    )
    Attendance.objects.bulk_create(
        Attendance(session=s, participant=p, status=Presence.PRESENT, minutes=210)
        for s in sessions
        for p in people
    )
    today_session = Session.objects.create(
        programme=programme,
        group=group,
        starts_at=local(today, datetime.time(9)),
        ends_at=local(today, datetime.time(12, 30)),
    )
    return coach, today_session, people, len(sessions)


# One measurement, read top to bottom: warm up, time each round, print the line.
def run(n: int = REPEAT) -> list[str]:
    from django.db import connection, transaction
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    with transaction.atomic():
        coach, session, people, history = world()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    gc.collect()
    gc.freeze()
    client = Client()
    if not log_in(client, coach):
        raise RuntimeError("the coach cannot log in")
    with translation.override("fr"):
        page_url = reverse("registers:register", args=[session.pk])
        save_url = reverse("registers:save", args=[session.pk])
    state = {"revision": 0, "round": 0}

    def open_register() -> None:
        response = client.get(page_url)
        if response.status_code != 200 or b"register-list" not in response.content:
            raise RuntimeError(f"register: {response.status_code}")

    def save_register() -> None:
        state["round"] += 1
        odd = state["round"] % PEOPLE
        marks = {
            str(p.pk): {
                "status": "late"
                if i == odd
                else "excused"
                if i == odd + 1
                else "present",
                "minutes_missed": 20 if i == odd else 0,
                "note": "",
            }
            for i, p in enumerate(people)
        }
        response = client.post(
            save_url,
            json.dumps(
                {
                    "client_uuid": str(uuid.uuid4()),
                    "base_revision": state["revision"],
                    "marks": marks,
                }
            ),
            content_type="application/json",
        )
        if response.status_code != 201:
            raise RuntimeError(
                f"save: {response.status_code} {response.content[:300]!r}"
            )
        state["revision"] = response.json()["revision"]

    for _round in range(WARM_UP):
        open_register()
        save_register()
    both, opens, saves, cpu = [], [], [], []
    for _round in range(n):
        started, used = time.perf_counter(), time.process_time()
        open_register()
        middle = time.perf_counter()
        save_register()
        ended = time.perf_counter()
        both.append(ended - started)
        opens.append(middle - started)
        saves.append(ended - middle)
        cpu.append(time.process_time() - used)
    print(
        "# attendance_register CPU time (what a loaded machine does not inflate): "
        f"p95_ms={percentile(cpu, 0.95) * 1000:.3f}",
        flush=True,
    )
    open_queries = queries_of(open_register)
    save_queries = queries_of(save_register)
    print(
        f"# attendance_register: {history} past sessions of {PEOPLE} people", flush=True
    )
    metrics = {
        "p95_ms": percentile(both, 0.95) * 1000,
        "queries": open_queries + save_queries,
        "open_p95_ms": percentile(opens, 0.95) * 1000,
        "open_queries": open_queries,
        "save_p95_ms": percentile(saves, 0.95) * 1000,
        "save_queries": save_queries,
        "people": PEOPLE,
        "n": n,
    }
    return [line("attendance_register", metrics)]
