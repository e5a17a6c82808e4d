"""A form, filled by its programme's team: stored answers under stable keys."""

import pytest

from intake.roles import Role
from surveys.models import Submission
from tests.factories import choices, condition, form_page, question


@pytest.fixture
def interview(world):
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("likert", "Comment allez-vous ?", "mood", points="5"),
            question("yes_no", "Êtes-vous motivé ?", "motivated"),
            (
                "page_break",
                {
                    "title": "Motivation",
                    "show_if": condition("motivated", "equals", "yes"),
                },
            ),
            question(
                "radio",
                "Pourquoi ?",
                "why",
                choices=choices(("friends", "Des amis"), ("language", "La langue")),
            ),
            question(
                "multiline",
                "Autre raison",
                "other_reason",
                required=True,
                show_if=condition("why", "equals", "language"),
            ),
        ],
    )


def post(client, page, data):
    version = page.versions.get()
    return client.post(page.url, {"form_version": version.pk, **data})


def test_a_coach_fills_the_form_and_the_answers_are_stored_under_their_keys(
    world, interview
):
    coach = world.client("a", Role.COACH)
    assert coach.get(interview.url).status_code == 200
    response = post(
        coach,
        interview,
        {"first_name": "Amina", "mood": "4", "motivated": "yes", "why": "friends"},
    )
    assert response.status_code == 200, response.content.decode()[:3000]
    submission = Submission.objects.get()
    assert submission.answers == {
        "first_name": "Amina",
        "mood": 4,
        "motivated": "yes",
        "why": "friends",
    }
    assert submission.version.number == 1
    assert submission.submitted_by == world.user("a", Role.COACH)
    assert submission.locale.language_code == "fr"


def test_a_hidden_question_is_neither_required_nor_stored(world, interview):
    coach = world.client("a", Role.COACH)
    post(
        coach,
        interview,
        {
            "first_name": "B",
            "mood": "3",
            "motivated": "no",
            "why": "language",
            "other_reason": "x",
        },
    )
    assert Submission.objects.get().answers == {
        "first_name": "B",
        "mood": 3,
        "motivated": "no",
    }


def test_a_shown_required_question_must_be_answered(world, interview):
    coach = world.client("a", Role.COACH)
    response = post(
        coach,
        interview,
        {"first_name": "C", "mood": "3", "motivated": "yes", "why": "language"},
    )
    assert response.status_code == 400
    assert "other_reason" in response.context["form"].errors
    assert not Submission.objects.exists()
