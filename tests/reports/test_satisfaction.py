"""Satisfaction means per question, shown only for groups of five answers."""

import datetime
from decimal import Decimal

import pytest

from intake.models import Programme
from intake.roles import Role
from reports.figures import fund_report
from surveys.models import Submission
from tests.factories import form_page, question
from tests.reports.dataset import YEAR, noon

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(world):
    return form_page(
        world.programme["a"],
        [
            question("likert", "How is it?", "overall", points="5", point_labels=[]),
            question(
                "likert",
                "The groups?",
                "groups",
                points="3",
                point_labels=[],
                required=False,
            ),
        ],
        kind="participant_satisfaction",
        title="Satisfaction",
    )


def answer(survey, answers, day="2026-06-01"):
    programme = Programme.objects.get(slug="programme-a")
    submission = Submission.objects.create(
        version=survey.versions.get(),
        translation_key=survey.translation_key,
        programme=programme,
        locale=survey.locale,
        answers=answers,
    )
    Submission.objects.filter(pk=submission.pk).update(submitted_at=noon(day))


def means(world):
    report = fund_report(
        world.user("a", Role.PROGRAMME_MANAGER), world.programme["a"], YEAR
    )
    (survey,) = report.satisfaction
    return survey


def test_four_answers_give_only_their_number(world, survey):
    for overall in (5, 4, 4, 3):
        answer(survey, {"overall": overall})
    answer(survey, {"overall": 1}, day="2025-06-01")  # another year
    result = means(world)
    assert result.count == 4
    assert not result.shown
    assert result.questions == []


def test_five_answers_give_the_mean_of_each_question_answered_five_times(world, survey):
    for overall, groups in ((5, 3), (4, 3), (4, 2), (3, None), (5, None)):
        answer(survey, {"overall": overall, **({"groups": groups} if groups else {})})
    result = means(world)
    assert result.count == 5 and result.shown
    by_key = {q.key: q for q in result.questions}
    assert by_key["overall"].mean == Decimal("4.20")
    assert by_key["overall"].answered == 5
    # Three people answered the groups question: too few for its mean.
    assert by_key["groups"].answered == 3
    assert by_key["groups"].mean is None


def test_the_period_is_inclusive_of_its_last_day(world, survey):
    for _n in range(5):
        answer(survey, {"overall": 4}, day="2026-12-31")
    assert means(world).count == 5
    assert datetime.date(2026, 12, 31) == YEAR.end
