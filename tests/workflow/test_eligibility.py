"""Each programme's eligibility rules, on a referral form's answers."""

import datetime

import pytest
from django.utils import timezone

from intake.demo.programmes import PROGRAMMES
from intake.demo.seed import _rules
from tests.factories import ProgrammeFactory
from workflow.eligibility import Verdict, evaluate


def programme_with_rules(slug: str):
    data = next(p["programme"] for p in PROGRAMMES if p["programme"]["slug"] == slug)
    return ProgrammeFactory(
        slug=slug, eligibility_rules=_rules(data["eligibility_rules"], "fr")
    )


def born_years_ago(years: int) -> str:
    today = timezone.localdate()
    return today.replace(year=today.year - years).isoformat()


ELIGIBLE = {
    "date_of_birth": born_years_ago(30),
    "nationality": "SY",
    "residence_status": "recognised_refugee",
    "municipality": "Bruxelles",
    "integration_income": "yes",
    "social_network": "small",
    "ready_for_article_60": "no",
    "local_language_level": "few_words",
}


def verdicts(checklist):
    return {result.rule: result.verdict for result in checklist.results}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "slug", ["amie", "interactief", "activ-up", "mod-actions", "move-up"]
)
def test_a_typical_participant_is_admissible_everywhere(slug):
    checklist = evaluate(programme_with_rules(slug), ELIGIBLE)
    assert checklist.admissible, checklist.failing
    assert verdicts(checklist)["lives_in_area"] == Verdict.TO_CHECK  # a person checks


@pytest.mark.django_db
def test_a_minor_is_not_admissible():
    checklist = evaluate(
        programme_with_rules("amie"), {**ELIGIBLE, "date_of_birth": born_years_ago(16)}
    )
    assert verdicts(checklist)["minimum_age"] == Verdict.NOT_MET
    assert not checklist.admissible
    assert "16" in next(
        r.explanation for r in checklist.results if r.rule == "minimum_age"
    )


@pytest.mark.django_db
def test_ghent_admits_an_eu_citizen_who_speaks_little_dutch():
    checklist = evaluate(
        programme_with_rules("interactief"), {**ELIGIBLE, "nationality": "RO"}
    )
    assert verdicts(checklist)["nationality_outside_eu"] == Verdict.NOT_MET
    assert checklist.admissible  # informative there: the fund, not the door
    brussels = evaluate(
        programme_with_rules("move-up"), {**ELIGIBLE, "nationality": "RO"}
    )
    assert not brussels.admissible


@pytest.mark.django_db
def test_charleroi_accepts_contact_with_another_cpas_service():
    answers = {
        **ELIGIBLE,
        "integration_income": "no",
        "in_contact_with_other_cpas_service": "yes",
    }
    assert evaluate(programme_with_rules("activ-up"), answers).admissible
    assert not evaluate(programme_with_rules("amie"), answers).admissible


@pytest.mark.django_db
def test_missing_answers_are_to_check_not_refusals():
    checklist = evaluate(programme_with_rules("amie"), {})
    assert set(verdicts(checklist).values()) == {Verdict.TO_CHECK}
    assert checklist.admissible


def test_age_counts_birthdays():
    from workflow.eligibility import _age

    assert _age(datetime.date(2008, 11, 26), datetime.date(2026, 11, 25)) == 17
    assert _age(datetime.date(2008, 11, 25), datetime.date(2026, 11, 25)) == 18
