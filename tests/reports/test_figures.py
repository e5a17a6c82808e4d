"""The fund report's figures on a known data set (tests/reports/dataset.py)."""

from decimal import Decimal

import pytest
from django.utils import translation

from intake.roles import Role
from reports.figures import Period, fund_report
from tests.factories import referral_in
from tests.reports.dataset import YEAR, known_dataset

pytestmark = pytest.mark.django_db


def figures(rows):
    return {row.key: row.count for row in rows}


def breakdown(report, key):
    found = next(b for b in report.breakdowns if b.key == key)
    return {row.label: row.count for row in found.rows}


@pytest.fixture
def report(world):
    programme, _referrals = known_dataset(world)
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    with translation.override("en"):
        return fund_report(manager, programme, YEAR)


def test_the_referrals_of_the_period_by_outcome(report):
    assert figures(report.outcomes) == {
        "referred": 3,
        "accepted": 2,
        "in_progress": 1,
        "completed": 1,
        "dropped_out": 1,
    }


def test_the_split_key_is_applied_to_the_counts_and_said(report):
    assert report.split_key == Decimal("0.62")
    assert report.split_percent == Decimal("62")
    charged = {row.key: row.charged for row in report.outcomes}
    assert charged["referred"] == Decimal("1.86")
    assert report.participants.count == 4
    assert report.participants.charged == Decimal("2.48")


def test_people_followed_by_sex_age_nationality_and_status(report):
    assert breakdown(report, "sex") == {"Female": 2, "Male": 2, "X (other)": 0}
    assert breakdown(report, "age") == {
        "Under 18": 0,
        "18–24": 1,
        "25–34": 1,
        "35–44": 1,
        "45–54": 0,
        "55–64": 0,
        "65 and over": 1,
    }
    assert breakdown(report, "nationality") == {
        "Third country (outside the EU, EEA and CH)": 2,
        "EU, EEA or Switzerland": 2,
        "Not recorded": 0,
    }
    statuses = breakdown(report, "residence_status")
    assert statuses["Recognised refugee"] == 1
    assert statuses["Subsidiary protection"] == 1
    assert statuses["Family reunification"] == 1
    assert statuses["Other legal stay"] == 1
    assert statuses["Victim of human trafficking"] == 0


def test_hours_attended_in_the_period_and_charged(report):
    assert report.hours.count == Decimal("5.5")
    assert report.hours.charged == Decimal("3.41")


def test_median_days_to_decision_and_to_first_interview(report):
    assert figures(report.medians) == {
        "days_to_decision": Decimal("12.0"),
        "days_to_first_interview": Decimal("6.0"),
    }


def test_a_programme_without_settings_charges_everything(world):
    programme = world.programme["b"]
    referral_in(
        "submitted",
        programme=programme,
        antenna=world.antenna["b"],
        referred_by=world.user("b", Role.SOCIAL_WORKER),
    )
    manager = world.user("b", Role.PROGRAMME_MANAGER)
    today = Period.year(programme.referrals.get().created_at.year)
    report = fund_report(manager, programme, today)
    assert report.split_key == 1
    assert figures(report.outcomes)["referred"] == 1
    assert report.outcomes[0].charged == Decimal("1.00")
    assert figures(report.medians) == {
        "days_to_decision": None,
        "days_to_first_interview": None,
    }


def test_a_user_outside_the_programme_counts_nothing(world):
    programme, _referrals = known_dataset(world)
    other = world.user("b", Role.CPAS_ADMIN)
    report = fund_report(other, programme, YEAR)
    assert figures(report.outcomes)["referred"] == 0
    assert report.participants.count == 0
    assert report.hours.count == 0
