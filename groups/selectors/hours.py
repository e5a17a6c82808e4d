"""Hours attended per participant and per week, against the programme's target
(Move Up!: at least 21 hours a week). Weeks run Monday to Sunday, in Brussels."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from groups.models import Attendance
from groups.recurrence import BRUSSELS, local
from groups.selectors.calendar import monday_of


@dataclass(frozen=True)
class WeekHours:
    monday: datetime.date
    minutes: int
    target: Decimal | None

    @property
    def hours(self) -> Decimal:
        return (Decimal(self.minutes) / 60).quantize(Decimal("0.1"))

    @property
    def reached(self) -> bool | None:
        return None if self.target is None else self.hours >= self.target

    @property
    def percent(self) -> int | None:
        if not self.target:
            return None
        return min(100, int(self.hours * 100 / self.target))


def weekly_minutes(
    participant_ids: Iterable[int],
    *,
    programme_id: int,
    first_monday: datetime.date,
    weeks: int,
) -> dict[tuple[int, datetime.date], int]:
    """Minutes attended, by (participant, Monday), in one query."""
    start = local(first_monday, datetime.time())
    end = local(first_monday + datetime.timedelta(weeks=weeks), datetime.time())
    rows = Attendance.objects.filter(
        participant__in=list(participant_ids),
        session__programme=programme_id,
        session__starts_at__gte=start,
        session__starts_at__lt=end,
    ).values_list("participant_id", "session__starts_at", "minutes")
    totals: dict[tuple[int, datetime.date], int] = defaultdict(int)
    for participant_id, starts_at, minutes in rows:
        totals[participant_id, monday_of(starts_at.astimezone(BRUSSELS).date())] += (
            minutes
        )
    return totals


def hours_by_week(
    participant_id: int,
    *,
    programme,
    until: datetime.date,
    weeks: int = 4,
) -> list[WeekHours]:
    """Her last ``weeks`` weeks up to the week of ``until``, newest first."""
    first = monday_of(until) - datetime.timedelta(weeks=weeks - 1)
    totals = weekly_minutes(
        [participant_id], programme_id=programme.pk, first_monday=first, weeks=weeks
    )
    return [
        WeekHours(
            monday=monday,
            minutes=totals.get((participant_id, monday), 0),
            target=programme.weekly_hours_target,
        )
        for monday in (
            first + datetime.timedelta(weeks=n) for n in reversed(range(weeks))
        )
    ]
