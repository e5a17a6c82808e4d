"""Which reminders are due: rows inserted once (the unique constraint makes a
second insert, by an overlapping run, a no-op), sent by :mod:`sending`."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db.models import Q

from groups.models import Enrolment, EnrolmentStatus, Session
from groups.recurrence import BRUSSELS
from reminders.models import Reminder, ReminderKind, ReminderPolicy

BATCH = 1000


def due_offset(hours: list[int], lead: datetime.timedelta) -> int | None:
    """The reminder due for a session ``lead`` away: the smallest offset not
    yet passed (a session two hours away gets the 2-hour one, never a late
    24-hour one as well)."""
    for offset in sorted(hours):
        if lead <= datetime.timedelta(hours=offset):
            return offset
    return None


def people_of(sessions: list[Session]) -> dict[int, set[int]]:
    """Session id → the participants it reminds: the group's members on its
    day, the person of an individual appointment. Two queries in all."""
    by_group = defaultdict(list)
    people: dict[int, set[int]] = defaultdict(set)
    for session in sessions:
        if session.group_id:
            by_group[session.group_id].append(session)
        if session.participant_id:
            people[session.pk].add(session.participant_id)
    members = Enrolment.objects.filter(
        group__in=list(by_group), status=EnrolmentStatus.ENROLLED
    ).values_list("group", "participant", "enrolled_on")
    for group_id, participant_id, enrolled_on in members.iterator(chunk_size=BATCH):
        for session in by_group[group_id]:
            day = session.starts_at.astimezone(BRUSSELS).date()
            if enrolled_on is None or enrolled_on <= day:
                people[session.pk].add(participant_id)
    return people


def _before_rows(now: datetime.datetime) -> Iterator[Reminder]:
    policies = ReminderPolicy.objects.filter(enabled=True).order_by("pk")
    for policy in policies:
        hours = policy.hours
        sessions = list(
            Session.objects.filter(
                programme=policy.programme_id,
                starts_at__gt=now,
                starts_at__lte=now + datetime.timedelta(hours=max(hours)),
            )
            .only("pk", "group", "participant", "starts_at")
            .order_by("pk")
        )
        people = people_of(sessions)
        for session in sessions:
            offset = due_offset(hours, session.starts_at - now)
            # Sorted: two runs insert in one order (PostgreSQL waits, never
            # deadlocks).
            for participant_id in sorted(people.get(session.pk, ())):
                yield Reminder(
                    session_id=session.pk,
                    participant_id=participant_id,
                    kind=ReminderKind.BEFORE,
                    key=offset * 60,
                    due_at=session.starts_at - datetime.timedelta(hours=offset),
                )


def rows_insert(rows: Iterable[Reminder]) -> None:
    """Insert, leaving alone any that exists already (another run's)."""
    batch: list[Reminder] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            Reminder.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    if batch:
        Reminder.objects.bulk_create(batch, ignore_conflicts=True)


def reminders_plan(*, now: datetime.datetime) -> None:
    """Insert the reminders due before sessions at ``now``."""
    rows_insert(_before_rows(now))


def change_rows(session: Session, kind: str, now: datetime.datetime) -> list[Reminder]:
    """A move or cancellation notice for everyone the session reminds."""
    if kind == ReminderKind.MOVED:
        key = int(session.starts_at.timestamp() // 60)
    else:
        key = int((session.cancelled_at or now).timestamp() // 60)
    people = people_of([session]).get(session.pk, set())
    return [
        Reminder(
            session_id=session.pk,
            participant_id=participant_id,
            kind=kind,
            key=key,
            due_at=now,
        )
        for participant_id in people
    ]


def policy_tells_changes(session: Session) -> bool:
    return ReminderPolicy.objects.filter(
        Q(programme=session.programme_id), enabled=True, notify_changes=True
    ).exists()
