"""When a series' sessions fall, with dateutil's rrule, in Brussels wall-clock time.

The rule runs on naive local times (14:00 stays 14:00 all year) and each
occurrence is then placed in Europe/Brussels: across the clock changes of March
and October the UTC time moves by an hour and the coach's 14:00 does not.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil.rrule import WEEKLY, rrule, rruleset

BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class Rule:
    """A recurrence: every ``frequency`` weeks on ``weekdays`` (Monday is 0); with
    ``alternate`` one of the days per week, in turn."""

    frequency: int
    weekdays: tuple[int, ...]
    start_time: datetime.time
    end_time: datetime.time
    starts_on: datetime.date
    ends_on: datetime.date
    alternate: bool = False
    skipped: frozenset[datetime.date] = frozenset()


@dataclass(frozen=True)
class Occurrence:
    day: datetime.date
    starts_at: datetime.datetime
    ends_at: datetime.datetime


def local(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """``time`` on ``day`` in Brussels, as an aware datetime."""
    return datetime.datetime.combine(day, time, tzinfo=BRUSSELS)


def _rules(rule: Rule) -> rruleset:
    days = sorted(set(rule.weekdays))
    until = datetime.datetime.combine(rule.ends_on, datetime.time.max)
    monday = rule.starts_on - datetime.timedelta(days=rule.starts_on.weekday())
    rules = rruleset()
    if rule.alternate and len(days) > 1:
        # Week k of the term has the k-th day (in turn): each day its own rule,
        # every (frequency × days) weeks, starting in its own week.
        for turn, weekday in enumerate(days):
            first_week = monday + datetime.timedelta(weeks=turn * rule.frequency)
            rules.rrule(
                rrule(
                    WEEKLY,
                    interval=rule.frequency * len(days),
                    byweekday=weekday,
                    dtstart=datetime.datetime.combine(first_week, rule.start_time),
                    until=until,
                )
            )
    else:
        rules.rrule(
            rrule(
                WEEKLY,
                interval=rule.frequency,
                byweekday=days,
                dtstart=datetime.datetime.combine(monday, rule.start_time),
                until=until,
            )
        )
    return rules


def occurrences(rule: Rule) -> list[Occurrence]:
    """Every session of the rule between its first and last day, skipped days
    left out, in order."""
    if not rule.weekdays or rule.ends_on < rule.starts_on:
        return []
    found = []
    for naive in _rules(rule):
        day = naive.date()
        if day < rule.starts_on or day in rule.skipped:
            continue
        found.append(
            Occurrence(
                day=day,
                starts_at=local(day, rule.start_time),
                ends_at=local(day, rule.end_time),
            )
        )
    return found
