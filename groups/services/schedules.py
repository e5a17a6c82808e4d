"""Turning a group's rhythms into sessions, and keeping them in step when the
rhythm changes. Sessions with a register taken, moved or cancelled by hand are
decisions already made: a changed rhythm never rewrites or removes them."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef

from groups.models import Attendance, Group, Session, SessionSeries
from groups.recurrence import Rule, occurrences


@dataclass(frozen=True)
class ScheduleSynced:
    created: int
    updated: int
    removed: int


def series_rule(series: SessionSeries) -> Rule:
    return Rule(
        frequency=series.frequency,
        weekdays=tuple(int(day) for day in series.weekdays),
        alternate=series.alternate_weekdays,
        start_time=series.start_time,
        end_time=series.end_time,
        starts_on=series.starts_on,
        ends_on=series.ends_on,
        skipped=frozenset(series.skipped),
    )


def _untouched(sessions):
    """Sessions the rhythm still decides: no register, not moved, not cancelled."""
    return sessions.filter(moved_from__isnull=True, cancelled_at__isnull=True).exclude(
        Exists(Attendance.objects.filter(session=OuterRef("pk")))
    )


def series_sessions_sync(series: SessionSeries) -> ScheduleSynced:
    """Create the series' missing sessions, re-time the untouched ones, remove
    the untouched ones the rhythm no longer has."""
    group = series.group
    wanted = {found.day: found for found in occurrences(series_rule(series))}
    existing = {session.occurrence: session for session in series.sessions.all()}
    values = {
        "kind": series.kind,
        "title": series.title,
        "place": series.place or group.place,
    }
    Session.objects.bulk_create(
        Session(
            programme_id=group.programme_id,
            group=group,
            series=series,
            occurrence=day,
            starts_at=found.starts_at,
            ends_at=found.ends_at,
            **values,
        )
        for day, found in wanted.items()
        if day not in existing
    )
    free = set(
        _untouched(series.sessions.filter(occurrence__in=list(existing))).values_list(
            "pk", flat=True
        )
    )
    changed = []
    for day, session in existing.items():
        found = wanted.get(day)
        if found is None or session.pk not in free:
            continue
        new = {"starts_at": found.starts_at, "ends_at": found.ends_at, **values}
        if any(getattr(session, name) != value for name, value in new.items()):
            for name, value in new.items():
                setattr(session, name, value)
            changed.append(session)
    Session.objects.bulk_update(changed, ["starts_at", "ends_at", *values])
    gone = [s.pk for day, s in existing.items() if day not in wanted and s.pk in free]
    Session.objects.filter(pk__in=gone).delete()
    return ScheduleSynced(
        created=len(wanted.keys() - existing.keys()),
        updated=len(changed),
        removed=len(gone),
    )


@transaction.atomic
def group_schedule_sync(group: Group) -> ScheduleSynced:
    """Every rhythm of the group, and away with the untouched sessions of a
    rhythm that was removed."""
    totals = [series_sessions_sync(series) for series in group.series.all()]
    orphans = _untouched(
        Session.objects.filter(
            group=group, series__isnull=True, occurrence__isnull=False
        )
    )
    removed, _by_model = orphans.delete()
    return ScheduleSynced(
        created=sum(t.created for t in totals),
        updated=sum(t.updated for t in totals),
        removed=sum(t.removed for t in totals) + removed,
    )
