"""The demo forms: the guide's forms, published, in the programme's language."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Revision

from intake.eligibility import RESIDENCE_STATUS_CHOICES
from intake.roles import Role
from surveys.builder import _FORM_CLASSES
from surveys.demo import seed_programme_forms
from surveys.models import FormPage, FormVersion, Submission
from surveys.validation import check_form_fields
from tests.factories import (
    CpasFactory,
    ProgrammeFactory,
    programme_page,
    staff_member,
)
from tests.logins import log_in

pytestmark = pytest.mark.django_db

COMMON_KINDS = {
    "referral",
    "orientation_interview",
    "strengths_obstacles_dreams",
    "action_plan",
    "participant_satisfaction",
    "referrer_satisfaction",
    "final_evaluation",
}


@pytest.fixture(autouse=True)
def fresh_form_classes():
    """Form classes are cached by version id, which a rolled-back test reuses:
    clear before and after, so no other test meets these forms' classes."""
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


def seeded(language: str = "fr", slug: str | None = None, **programme):
    """A programme of a CPAS working in ``language``, with its forms seeded."""
    cpas = CpasFactory(default_language=language)
    if slug:
        programme["slug"] = slug
    programme = ProgrammeFactory(cpas=cpas, **programme)
    parent = programme_page(programme)
    return programme, parent, seed_programme_forms(parent)


def by_kind(forms) -> dict[str, FormPage]:
    return {form.kind: form for form in forms}


def login(role: Role, programme) -> Client:
    member = staff_member(role, cpas=programme.cpas, programmes=[programme])
    return log_in(Client(), member.user)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_programme_gets_the_guides_forms_published_as_version_1(language):
    _programme, parent, forms = seeded(language)
    assert {form.kind for form in forms} == COMMON_KINDS
    for form in forms:
        form = FormPage.objects.get(pk=form.pk)
        assert form.live
        assert form.get_parent().pk == parent.pk
        assert list(form.versions.values_list("number", flat=True)) == [1]
        assert check_form_fields(form) == []


def test_the_forms_are_written_in_the_language_of_the_cpas():
    _programme, _parent, dutch = seeded("nl")
    _programme, _parent, french = seeded("fr")
    assert by_kind(dutch)["orientation_interview"].title == "Oriëntatiegesprek"
    assert by_kind(french)["orientation_interview"].title == "Entretien d'orientation"
    dutch_labels = {
        spec.key: spec.label
        for spec in by_kind(dutch)["referral"].published_version.form_schema.questions
    }
    assert dutch_labels["date_of_birth"] == "Geboortedatum"


def test_the_same_question_has_the_same_key_and_values_in_every_programme():
    _programme, _parent, dutch = seeded("nl")
    _programme, _parent, french = seeded("fr")
    for kind in COMMON_KINDS:
        assert (
            by_kind(dutch)[kind].published_version.structure_hash
            == by_kind(french)[kind].published_version.structure_hash
        ), kind


def test_the_referral_stores_the_residence_statuses_the_eligibility_rules_read():
    _programme, _parent, forms = seeded("nl")
    schema = by_kind(forms)["referral"].published_version.form_schema
    status = schema.question("residence_status")
    assert [value for value, _label in status.options["choices"]] == [
        value for value, _label in RESIDENCE_STATUS_CHOICES
    ]
    assert schema.question("consent").options["version"] == "v1"
    assert schema.question("in_contact_with_other_cpas_service") is None


def test_charleroi_asks_about_another_cpas_service_only_without_income():
    rule = {"accept_other_cpas_service": True, "blocking": True, "note": ""}
    _programme, _parent, forms = seeded(
        "fr", slug="activ-up", eligibility_rules=[("integration_income", rule)]
    )
    schema = by_kind(forms)["referral"].published_version.form_schema
    assert schema.visible_keys({"receives_integration_income": "yes"}).isdisjoint(
        {"in_contact_with_other_cpas_service"}
    )
    assert "in_contact_with_other_cpas_service" in schema.visible_keys(
        {"receives_integration_income": "no"}
    )


def test_ghent_gets_the_competency_grid_on_the_nine_competencies():
    _programme, _parent, forms = seeded("nl", slug="interactief")
    assert {form.kind for form in forms} == COMMON_KINDS | {"competency_grid"}
    grid = by_kind(forms)["competency_grid"]
    assert check_form_fields(grid) == []
    matrix = grid.published_version.form_schema.question("competencies")
    assert [key for key, _text in matrix.options["statements"]] == [
        "initiative",
        "responsibility",
        "insight",
        "cooperation",
        "safe_work",
        "listening",
        "oral_communication",
        "local_language",
        "physical_condition",
    ]
    assert matrix.options["points"] == 5
    assert len(matrix.options["point_labels"]) == 5


def test_brussels_gets_the_language_placement():
    _programme, _parent, forms = seeded("fr", slug="move-up")
    assert {form.kind for form in forms} == COMMON_KINDS | {"language_placement"}
    placement = by_kind(forms)["language_placement"]
    assert check_form_fields(placement) == []
    schema = placement.published_version.form_schema
    for key in ("reading_level", "writing_level", "oral_level", "preferred_schedule"):
        assert schema.question(key).type == "radio", key
    reading = [
        value for value, _label in schema.question("reading_level").options["choices"]
    ]
    assert reading == [
        "does_not_read",
        "reads_letters",
        "reads_words",
        "reads_short_sentences",
        "reads_texts",
    ]


def test_every_form_opens_for_the_cpas_administrator():
    programme, _parent, forms = seeded("nl", slug="interactief")
    admin = login(Role.CPAS_ADMIN, programme)
    for form in forms:
        response = admin.get(form.url)
        assert response.status_code == 200, form.kind
        assert form.title in response.content.decode()


def interview_answers(obstacles: list[str], **more) -> dict:
    today = timezone.localdate()
    return {
        "interview_date": today.isoformat(),
        "housing": "Studio, humide",
        "strengths": ["Cuisine", "Patience"],
        "obstacles": obstacles,
        "dreams": ["Devenir aide-soignante"],
        "motivation": "4",
        "help_request": "Apprendre le français et rencontrer des gens.",
        "is_motivated": "yes",
        "programme_can_answer": "yes",
        "next_appointment": (today + datetime.timedelta(days=7)).isoformat(),
        **more,
    }


def post_interview(client: Client, page: FormPage, answers: dict):
    version = page.versions.get()
    return client.post(page.url, {"form_version": version.pk, **answers})


def test_a_coach_fills_the_orientation_interview_and_answers_keep_their_keys():
    programme, _parent, forms = seeded("fr")
    interview = by_kind(forms)["orientation_interview"]
    coach = login(Role.COACH, programme)
    answers = interview_answers(["language", "other"], other_obstacle="Pas de vélo")
    response = post_interview(coach, interview, answers)
    assert response.status_code == 200, response.content.decode()[:2000]
    stored = Submission.objects.get().answers
    assert stored["strengths"] == ["Cuisine", "Patience"]
    assert stored["obstacles"] == ["language", "other"]
    assert stored["other_obstacle"] == "Pas de vélo"
    assert stored["motivation"] == 4
    assert stored["is_motivated"] == "yes"
    assert stored["programme_can_answer"] == "yes"
    assert stored["next_appointment"] == answers["next_appointment"]


def test_the_other_obstacle_is_stored_only_when_other_is_checked():
    programme, _parent, forms = seeded("nl")
    interview = by_kind(forms)["orientation_interview"]
    coach = login(Role.COACH, programme)
    answers = interview_answers(["language", "housing"], other_obstacle="Geen fiets")
    assert post_interview(coach, interview, answers).status_code == 200
    stored = Submission.objects.get().answers
    assert stored["obstacles"] == ["language", "housing"]
    assert "other_obstacle" not in stored


def test_other_checked_without_saying_which_obstacle_is_refused():
    programme, _parent, forms = seeded("fr")
    interview = by_kind(forms)["orientation_interview"]
    coach = login(Role.COACH, programme)
    response = post_interview(coach, interview, interview_answers(["other"]))
    assert response.status_code == 400
    assert "other_obstacle" in response.context["form"].errors
    assert not Submission.objects.exists()


def test_seeding_twice_creates_and_changes_nothing():
    _programme, parent, first = seeded("fr", slug="move-up")
    counts = (
        FormPage.objects.count(),
        FormVersion.objects.count(),
        Revision.objects.count(),
    )
    again = seed_programme_forms(parent)
    assert [page.pk for page in again] == [page.pk for page in first]
    assert (
        FormPage.objects.count(),
        FormVersion.objects.count(),
        Revision.objects.count(),
    ) == counts
