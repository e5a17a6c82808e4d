"""A group's rhythm becomes sessions; a changed rhythm follows without touching
what was already decided (moved, cancelled, a register taken)."""

import datetime

import pytest

from groups.models import Attendance, Presence, Session, SessionSeries
from groups.recurrence import BRUSSELS
from groups.services.schedules import group_schedule_sync, series_sessions_sync
from groups.services.sessions import session_cancel, session_move
from tests.groups.factories import at, team

pytestmark = pytest.mark.django_db
D = datetime.date
T = datetime.time


def weekly(group, **fields) -> SessionSeries:
    values = {
        "group": group,
        "weekdays": [2],
        "start_time": T(14, 0),
        "end_time": T(17, 0),
        "starts_on": D(2026, 10, 1),
        "ends_on": D(2026, 11, 4),
    }
    values.update(fields)
    return SessionSeries.objects.create(**values)


def local_days(sessions) -> list[datetime.date]:
    return [s.starts_at.astimezone(BRUSSELS).date() for s in sessions]


def test_a_weekly_rhythm_makes_one_session_a_week_at_the_same_local_time():
    setting = team()
    series = weekly(setting.group)
    synced = group_schedule_sync(setting.group)
    sessions = list(Session.objects.filter(series=series))
    assert synced.created == 5
    assert local_days(sessions) == [
        D(2026, 10, 7),
        D(2026, 10, 14),
        D(2026, 10, 21),
        D(2026, 10, 28),
        D(2026, 11, 4),
    ]
    assert {s.starts_at.astimezone(BRUSSELS).time() for s in sessions} == {T(14, 0)}
    assert {s.programme_id for s in sessions} == {setting.programme.pk}
    assert {s.place for s in sessions} == {setting.group.place}


def test_syncing_again_changes_nothing():
    setting = team()
    weekly(setting.group)
    group_schedule_sync(setting.group)
    again = group_schedule_sync(setting.group)
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert Session.objects.count() == 5


def test_a_new_time_re_times_the_untouched_sessions_only():
    setting = team()
    series = weekly(setting.group)
    group_schedule_sync(setting.group)
    first, second, third, *_rest = Session.objects.order_by("starts_at")
    session_move(
        session=second,
        starts_at=at(D(2026, 10, 15), 10),
        ends_at=at(D(2026, 10, 15), 13),
    )
    session_cancel(session=third, reason="Strike")
    Attendance.objects.create(
        session=first, participant=setting.refer().participant, status=Presence.PRESENT
    )
    series.start_time, series.end_time = T(13, 30), T(16, 30)
    series.save()
    synced = series_sessions_sync(series)
    assert synced.updated == 2
    times = {
        s.pk: s.starts_at.astimezone(BRUSSELS).time()
        for s in Session.objects.filter(series=series)
    }
    assert times[first.pk] == T(14, 0)  # a register was taken
    assert times[second.pk] == T(10, 0)  # moved by hand
    assert times[third.pk] == T(14, 0)  # cancelled
    assert sorted(times.values()).count(T(13, 30)) == 2


def test_a_skipped_day_removes_its_untouched_session_and_keeps_a_recorded_one():
    setting = team()
    series = weekly(setting.group)
    group_schedule_sync(setting.group)
    recorded = Session.objects.get(occurrence=D(2026, 10, 7))
    Attendance.objects.create(
        session=recorded,
        participant=setting.refer().participant,
        status=Presence.PRESENT,
    )
    series.skipped_dates = ["2026-10-07", "2026-10-28"]
    series.save()
    synced = series_sessions_sync(series)
    assert synced.removed == 1
    assert D(2026, 10, 28) not in local_days(Session.objects.all())
    assert Session.objects.filter(pk=recorded.pk).exists()


def test_a_moved_session_is_not_planned_again_on_its_first_day():
    setting = team()
    weekly(setting.group)
    group_schedule_sync(setting.group)
    session = Session.objects.get(occurrence=D(2026, 10, 14))
    session_move(
        session=session,
        starts_at=at(D(2026, 10, 16), 14),
        ends_at=at(D(2026, 10, 16), 17),
    )
    group_schedule_sync(setting.group)
    assert Session.objects.count() == 5
    session.refresh_from_db()
    assert session.moved_from == at(D(2026, 10, 14), 14)
    assert local_days([session]) == [D(2026, 10, 16)]


def test_removing_a_rhythm_removes_its_future_untouched_sessions():
    setting = team()
    series = weekly(setting.group)
    group_schedule_sync(setting.group)
    kept = Session.objects.get(occurrence=D(2026, 10, 7))
    Attendance.objects.create(
        session=kept, participant=setting.refer().participant, status=Presence.LATE
    )
    series.delete()
    synced = group_schedule_sync(setting.group)
    assert synced.removed == 4
    assert list(Session.objects.all()) == [kept]


def test_a_rhythm_across_the_october_change_keeps_the_local_hour():
    setting = team()
    weekly(
        setting.group,
        starts_on=D(2026, 10, 19),
        ends_on=D(2026, 11, 1),
        weekdays=[2, 4],
    )
    group_schedule_sync(setting.group)
    sessions = list(Session.objects.all())
    assert local_days(sessions) == [
        D(2026, 10, 21),
        D(2026, 10, 23),
        D(2026, 10, 28),
        D(2026, 10, 30),
    ]
    assert [s.starts_at.astimezone(datetime.UTC).hour for s in sessions] == [
        12,
        12,
        13,
        13,
    ]
    assert {s.starts_at.astimezone(BRUSSELS).hour for s in sessions} == {14}
