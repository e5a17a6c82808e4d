"""The sessions a calendar shows: a week or a month, for a coach, a programme or
a participant, always through the tenancy. One query for the sessions and one
for the registers taken, whatever the history: only the range is read."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from groups.models import Attendance, Enrolment, EnrolmentStatus, Group, Session
from groups.recurrence import BRUSSELS, local


def sessions_of_coach(queryset: QuerySet[Session], coach_id: int) -> QuerySet:
    groups = Group.objects.filter(coaches=coach_id).values("pk")
    return queryset.filter(Q(group__in=groups) | Q(coach=coach_id))


def sessions_of_participant(queryset: QuerySet[Session], participant_id: int):
    groups = (
        Enrolment.objects.filter(participant=participant_id)
        .exclude(status=EnrolmentStatus.WAITING)
        .values("group")
    )
    return queryset.filter(Q(group__in=groups) | Q(participant=participant_id))


def calendar_sessions(
    user,
    *,
    start: datetime.date,
    end: datetime.date,
    programme_id: int | None = None,
    coach_id: int | None = None,
    participant_id: int | None = None,
) -> list[Session]:
    """The sessions from ``start`` to ``end`` (days, end excluded) the user may
    see, narrowed to a programme, a coach or a participant."""
    sessions = Session.objects.for_user(user).between(
        local(start, datetime.time()), local(end, datetime.time())
    )
    if programme_id:
        sessions = sessions.filter(programme=programme_id)
    if coach_id:
        sessions = sessions_of_coach(sessions, coach_id)
    if participant_id:
        sessions = sessions_of_participant(sessions, participant_id)
    # Not the programme: its eligibility rules (a StreamField) would be read
    # for every session; and the registers taken in a query of their own, not
    # a COUNT grouped over four joined tables (``python -m bench calendar_month
    # --n 60``, five years of history: p95 230 ms → 113 ms, 22 queries for one
    # year as for five).
    found = list(
        sessions.select_related("group", "participant").order_by("starts_at", "pk")
    )
    taken = set(
        Attendance.objects.filter(session__in=[s.pk for s in found])
        .values_list("session_id", flat=True)
        .distinct()
    )
    for session in found:
        session.marked = session.pk in taken
    return found


@dataclass
class Day:
    date: datetime.date
    in_month: bool = True
    sessions: list[Session] = field(default_factory=list)


def monday_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def month_range(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The Monday before the 1st and the Monday after the last day: whole weeks."""
    first = day.replace(day=1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    last = following - datetime.timedelta(days=1)
    return monday_of(first), monday_of(last) + datetime.timedelta(days=7)


def days_of(
    sessions: list[Session], start: datetime.date, end: datetime.date, month=None
) -> list[Day]:
    days = {}
    current = start
    while current < end:
        days[current] = Day(current, in_month=month is None or current.month == month)
        current += datetime.timedelta(days=1)
    for session in sessions:
        day = session.starts_at.astimezone(BRUSSELS).date()
        if day in days:
            days[day].sessions.append(session)
    return list(days.values())


def weeks_of(days: list[Day]) -> list[list[Day]]:
    return [days[index : index + 7] for index in range(0, len(days), 7)]
