"""A form changes between publications; the answers given to earlier versions don't.

Each publication freezes a version; a submission points to the version it answered;
a published key never changes nor comes back on another question.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape

from intake.roles import Role
from surveys.models import FormPage, FormVersion, Submission
from tests.factories import choices, form_page, question

V1_ANSWERS = {"first_name": "Amina", "mood": "4", "motivated": "yes", "why": "friends"}
V1_STORED = {"first_name": "Amina", "mood": 4, "motivated": "yes", "why": "friends"}


@pytest.fixture
def interview(world) -> FormPage:
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("likert", "Comment allez-vous ?", "mood", points="5"),
            question("yes_no", "Êtes-vous motivé ?", "motivated"),
            question(
                "radio",
                "Pourquoi ?",
                "why",
                choices=choices(("friends", "Des amis"), ("language", "La langue")),
            ),
        ],
    )


def fresh(page: FormPage) -> FormPage:
    return FormPage.objects.get(pk=page.pk)


def publish(page: FormPage) -> FormPage:
    page.save_revision().publish()
    return fresh(page)


def position(page: FormPage, key: str) -> int:
    return next(
        index
        for index, child in enumerate(page.form_fields)
        if child.value.get("key") == key
    )


def publish_v2(page: FormPage) -> FormPage:
    """Rename a label, remove ``motivated``, add a question without a key."""
    page = fresh(page)
    page.form_fields[position(page, "first_name")].value["label"] = "Prénom usuel"
    del page.form_fields[position(page, "motivated")]
    page.form_fields.append(
        question("singleline", "Ville de résidence", required=False)
    )
    return publish(page)


def post(client, page: FormPage, version: FormVersion | int, data: dict):
    pk = version.pk if isinstance(version, FormVersion) else version
    return client.post(page.url, {"form_version": pk, **data})


def form_errors(page: FormPage) -> str:
    """The messages an editor reads (in English, whatever the .po files say)."""
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        page.full_clean()
    return " ".join(refused.value.message_dict["form_fields"])


def test_a_new_version_leaves_earlier_answers_and_structure_alone(world, interview):
    coach = world.client("a", Role.COACH)
    v1 = interview.versions.get()
    assert post(coach, interview, v1, V1_ANSWERS).status_code == 200
    first = Submission.objects.get()

    page = publish_v2(interview)
    v2 = page.published_version
    assert (v1.number, v2.number) == (1, 2)

    first.refresh_from_db()
    assert first.version == v1
    assert first.answers == V1_STORED

    v1.refresh_from_db()
    old, new = v1.form_schema, v2.form_schema
    assert old.question("motivated").label == "Êtes-vous motivé ?"
    assert new.question("motivated") is None
    assert new.question("first_name").label == "Prénom usuel"
    assert old.question("first_name").label == "Prénom"
    for key in ("first_name", "mood", "why"):
        assert new.question(key).block_id == old.question(key).block_id
    assert new.keys == ("first_name", "mood", "why", "ville_de_residence")
    assert v2.structure_hash != v1.structure_hash


def test_a_key_given_from_the_label_stays_when_the_label_changes(interview):
    page = publish_v2(interview)
    page.form_fields[-1].value["label"] = "Commune de résidence"
    page = publish(page)
    assert page.published_version.number == 3
    assert page.published_version.form_schema.keys[-1] == "ville_de_residence"


def test_a_published_key_cannot_be_changed(interview):
    page = fresh(interview)
    page.form_fields[position(page, "first_name")].value["key"] = "given_name"
    errors = form_errors(page)
    assert "“first_name”" in errors
    assert "cannot change" in errors
    with pytest.raises(ValidationError):
        page.save_revision()
    assert fresh(interview).versions.count() == 1


def test_a_removed_question_s_key_cannot_come_back_on_a_new_question(interview):
    page = publish_v2(interview)
    page.form_fields.append(question("yes_no", "Toujours motivé ?", "motivated"))
    errors = form_errors(page)
    assert "“motivated”" in errors
    assert "removed" in errors


def test_publishing_without_changing_the_questions_keeps_the_version(interview):
    page = publish(fresh(interview))
    page.intro = "<p>Un entretien d'une heure.</p>"
    page.title = "Entretien d'orientation"
    page = publish(page)
    assert list(page.versions.values_list("number", flat=True)) == [1]


def test_answers_sent_from_the_v1_screen_after_v2_is_published_go_to_v1(
    world, interview
):
    coach = world.client("a", Role.COACH)
    v1 = interview.versions.get()
    page = publish_v2(interview)

    response = post(coach, page, v1, V1_ANSWERS)

    assert response.status_code == 200, response.content.decode()[:2000]
    stored = Submission.objects.get()
    assert stored.version == v1
    assert stored.answers == V1_STORED  # "motivated", removed in v2, is kept


def test_an_unknown_version_is_refused_and_nothing_is_stored(world, interview):
    coach = world.client("a", Role.COACH)
    other = form_page(
        world.programme["a"], [question("singleline", "Nom", "name")], title="Autre"
    )
    for version in (999_999, other.versions.get(), "v1"):
        response = post(coach, interview, version, V1_ANSWERS)
        assert response.status_code == 409
        problem = response.context["problem"].message
        with translation.override("fr"):  # the page's language
            assert escape(str(problem)) in response.content.decode()
        with translation.override("en"):
            assert str(problem).startswith("This form changed.")
    # The form is shown again, as currently published, with a version to send.
    assert response.context["version"] == interview.versions.get()
    assert not Submission.objects.exists()


def test_an_unpublished_form_takes_no_more_answers(world, interview):
    coach = world.client("a", Role.COACH)
    v1 = interview.versions.get()
    url = interview.url
    fresh(interview).unpublish()

    assert coach.get(url).status_code == 404
    assert coach.post(url, {"form_version": v1.pk, **V1_ANSWERS}).status_code == 404
    assert not Submission.objects.exists()
