"""Hours attended per participant and per week, against the programme's target."""

import datetime
from decimal import Decimal

import pytest

from groups.selectors.hours import hours_by_week
from tests.groups.factories import team
from tests.groups.helpers import take_register

pytestmark = pytest.mark.django_db
D = datetime.date


def test_hours_add_up_per_week_against_the_target():
    """Move Up!: 21 hours a week. Monday to Friday, 3.5 hours each morning, one
    late arrival (30 minutes missed) and one excused absence."""
    setting = team(weekly_hours_target=Decimal("21"))
    (amina,) = setting.enrol(1)
    week = [D(2026, 10, 19) + datetime.timedelta(days=n) for n in range(5)]
    statuses = ["present", "late", "present", "excused", "present"]
    for day, status in zip(week, statuses, strict=True):
        session = setting.session(day=day, hour=9, hours=3.5)
        take_register(setting, session, {amina: status}, missed={amina: 30})
    # The next week: one session.
    take_register(
        setting, setting.session(day=D(2026, 10, 26), hours=3.5), {amina: "present"}
    )

    weeks = hours_by_week(
        amina.pk, programme=setting.programme, until=D(2026, 10, 28), weeks=3
    )
    assert [w.monday for w in weeks] == [
        D(2026, 10, 26),
        D(2026, 10, 19),
        D(2026, 10, 12),
    ]
    assert [w.hours for w in weeks] == [Decimal("3.5"), Decimal("13.5"), Decimal("0.0")]
    assert weeks[1].target == Decimal("21")
    assert weeks[1].reached is False
    assert weeks[1].percent == 64


def test_a_week_reaching_the_target():
    setting = team(weekly_hours_target=Decimal("6"))
    (amina,) = setting.enrol(1)
    for day in (D(2026, 10, 20), D(2026, 10, 22)):
        take_register(setting, setting.session(day=day, hours=3), {amina: "present"})
    (week,) = hours_by_week(
        amina.pk, programme=setting.programme, until=D(2026, 10, 25), weeks=1
    )
    assert week.hours == Decimal("6.0") and week.reached and week.percent == 100


def test_a_sunday_evening_session_counts_in_its_own_brussels_week():
    """Sunday 25 October at 23:30 in Brussels is still that week (UTC: 22:30)."""
    setting = team()
    (amina,) = setting.enrol(1)
    session = setting.session(day=D(2026, 10, 25), hour=23, hours=0.5)
    take_register(setting, session, {amina: "present"})
    this, previous = hours_by_week(
        amina.pk, programme=setting.programme, until=D(2026, 10, 26), weeks=2
    )
    assert (this.minutes, previous.minutes) == (0, 30)
    assert this.target is None and this.reached is None


def test_another_programmes_hours_do_not_count():
    setting = team()
    (amina,) = setting.enrol(1)
    other = team(programme=None)
    take_register(setting, setting.session(day=D(2026, 10, 20)), {amina: "present"})
    (week,) = hours_by_week(
        amina.pk, programme=other.programme, until=D(2026, 10, 20), weeks=1
    )
    assert week.minutes == 0
