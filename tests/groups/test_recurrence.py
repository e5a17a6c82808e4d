"""When a series' sessions fall: every week, every two or three weeks, days in
turn, holidays skipped, and the same Brussels time across the clock changes."""

import datetime

from groups.recurrence import BRUSSELS, Rule, occurrences

D = datetime.date
T = datetime.time
UTC = datetime.UTC


def rule(**fields) -> Rule:
    values = {
        "frequency": 1,
        "weekdays": (2,),
        "start_time": T(14, 0),
        "end_time": T(17, 0),
        "starts_on": D(2026, 10, 1),
        "ends_on": D(2026, 11, 30),
    }
    values.update(fields)
    return Rule(**values)


def days(found) -> list[datetime.date]:
    return [o.day for o in found]


def test_weekly_on_wednesday_gives_every_wednesday_of_the_term():
    found = occurrences(rule(starts_on=D(2026, 10, 1), ends_on=D(2026, 10, 31)))
    assert days(found) == [
        D(2026, 10, 7),
        D(2026, 10, 14),
        D(2026, 10, 21),
        D(2026, 10, 28),
    ]


def test_the_october_clock_change_keeps_14h_in_brussels():
    """Summer time ends on Sunday 25 October 2026: 14:00 is 12:00 UTC before,
    13:00 UTC after; the coach sees 14:00 every week."""
    found = occurrences(rule(starts_on=D(2026, 10, 14), ends_on=D(2026, 11, 4)))
    assert [o.starts_at.astimezone(BRUSSELS).time() for o in found] == [T(14, 0)] * 4
    assert [o.starts_at.astimezone(UTC).hour for o in found] == [12, 12, 13, 13]
    assert [o.ends_at.astimezone(BRUSSELS).time() for o in found] == [T(17, 0)] * 4
    assert all(o.ends_at - o.starts_at == datetime.timedelta(hours=3) for o in found)


def test_the_march_clock_change_keeps_9h_in_brussels():
    """Summer time starts on Sunday 28 March 2027: 9:00 is 8:00 UTC before,
    7:00 UTC after."""
    found = occurrences(
        rule(
            weekdays=(0, 4),
            start_time=T(9, 0),
            end_time=T(12, 30),
            starts_on=D(2027, 3, 22),
            ends_on=D(2027, 4, 2),
        )
    )
    assert days(found) == [
        D(2027, 3, 22),
        D(2027, 3, 26),
        D(2027, 3, 29),
        D(2027, 4, 2),
    ]
    assert [o.starts_at.astimezone(BRUSSELS).hour for o in found] == [9, 9, 9, 9]
    assert [o.starts_at.astimezone(UTC).hour for o in found] == [8, 8, 7, 7]


def test_every_two_weeks_counts_from_the_first_week():
    found = occurrences(
        rule(
            frequency=2, weekdays=(1,), starts_on=D(2026, 9, 1), ends_on=D(2026, 10, 31)
        )
    )
    assert days(found) == [
        D(2026, 9, 1),
        D(2026, 9, 15),
        D(2026, 9, 29),
        D(2026, 10, 13),
        D(2026, 10, 27),
    ]


def test_every_three_weeks():
    found = occurrences(
        rule(
            frequency=3, weekdays=(3,), starts_on=D(2026, 9, 3), ends_on=D(2026, 11, 30)
        )
    )
    assert days(found) == [
        D(2026, 9, 3),
        D(2026, 9, 24),
        D(2026, 10, 15),
        D(2026, 11, 5),
        D(2026, 11, 26),
    ]


def test_days_in_turn_wednesday_one_week_friday_the_next():
    """AMIE: the group meets on Wednesday, then on Friday the next week."""
    found = occurrences(
        rule(
            weekdays=(2, 4),
            alternate=True,
            starts_on=D(2026, 9, 2),
            ends_on=D(2026, 10, 4),
        )
    )
    assert days(found) == [
        D(2026, 9, 2),
        D(2026, 9, 11),
        D(2026, 9, 16),
        D(2026, 9, 25),
        D(2026, 9, 30),
    ]


def test_days_in_turn_start_with_the_first_day_even_mid_week():
    """Starting on a Thursday: that week's Wednesday has passed, its turn is lost;
    the next week is Friday's."""
    found = occurrences(
        rule(
            weekdays=(2, 4),
            alternate=True,
            starts_on=D(2026, 9, 3),
            ends_on=D(2026, 9, 20),
        )
    )
    assert days(found) == [D(2026, 9, 11), D(2026, 9, 16)]


def test_skipped_days_are_left_out():
    found = occurrences(
        rule(
            starts_on=D(2026, 10, 1),
            ends_on=D(2026, 11, 15),
            skipped=frozenset({D(2026, 10, 28), D(2026, 11, 11)}),
        )
    )
    assert D(2026, 10, 28) not in days(found)
    assert D(2026, 11, 11) not in days(found)
    assert days(found)[-1] == D(2026, 11, 4)


def test_no_day_or_an_end_before_the_start_gives_nothing():
    assert occurrences(rule(weekdays=())) == []
    assert occurrences(rule(starts_on=D(2026, 12, 1), ends_on=D(2026, 11, 1))) == []
