"""The demo's fund report: Ghent's split key and figures in every section."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from intake.models import Participant, Programme
from intake.roles import Role
from reports.figures import Period, fund_report
from reports.models import FundSettings
from tests.factories import SuperuserFactory
from workflow.models import TransitionLog

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def development_machine(settings):
    settings.DEBUG = True  # the demo's accounts need a developer's machine


def test_the_demo_report_of_ghent_is_not_empty_and_seeds_once():
    call_command("seed_demo")
    call_command("seed_demo")
    ghent = Programme.objects.get(slug="interactief")
    assert str(FundSettings.objects.get(programme=ghent).split_key) == "0.620"
    logs = TransitionLog.objects.count()
    people = Participant.objects.count()
    call_command("seed_demo")
    assert (TransitionLog.objects.count(), Participant.objects.count()) == (
        logs,
        people,
    )

    manager = ghent.memberships.get(user__username="manager@gent.demo").user
    assert Role.PROGRAMME_MANAGER in {str(g.name) for g in manager.groups.all()}
    year = timezone.localdate().year
    # The demo's past weeks may reach into last year: both years together.
    period = Period(Period.year(year - 1).start, Period.year(year).end)
    report = fund_report(manager, ghent, period)
    outcomes = {row.key: row.count for row in report.outcomes}
    assert all(outcomes.values()), outcomes
    assert report.hours.count > 0
    assert all(row.count is not None for row in report.medians)
    nationality = {b.key: b for b in report.breakdowns}["nationality"]
    counts = {row.key: row.count for row in nationality.rows}
    assert counts["third_country"] > 0 and counts["free_movement"] > 0
    sexes = {row.key: row.count for row in report.breakdowns[0].rows}
    assert sexes["F"] > 0 and sexes["M"] > 0
    (survey,) = [s for s in report.satisfaction if s.shown]
    assert survey.questions and all(q.mean for q in survey.questions)
    assert (
        fund_report(SuperuserFactory(), ghent, period).split_key
        == ghent.fund_settings.split_key
    )
