"""What the server refuses, whatever the browser (or a forged request) sends.

Nothing refused is stored; the person gets the form back with a reason.
"""

from __future__ import annotations

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from intake.roles import Role
from surveys.models import FormPage, Submission
from tests.factories import ProgrammeFactory, choices, condition, form_page, question

ANSWERS = {"first_name": "Amina", "why": "friends", "channel": "web-referral"}
STORED = {"first_name": "Amina", "why": "friends", "channel": "web-referral"}


@pytest.fixture
def referral(world) -> FormPage:
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question(
                "radio",
                "Pourquoi ?",
                "why",
                choices=choices(("friends", "Des amis"), ("language", "La langue")),
            ),
            question(
                "hidden",
                "Canal",
                "channel",
                default_value="web-referral",
                required=False,
            ),
        ],
    )


def post(client, page: FormPage, data: dict):
    return client.post(page.url, {"form_version": page.versions.get().pk, **data})


def problem(response) -> str:
    """The reason shown above the form, in English."""
    with translation.override("en"):
        return str(response.context["problem"].message)


def test_a_valid_submission_is_stored(world, referral):
    response = post(world.client("a", Role.COACH), referral, ANSWERS)
    assert response.status_code == 200
    assert Submission.objects.get().answers == STORED


def test_answers_to_questions_the_form_does_not_have_are_refused(world, referral):
    coach = world.client("a", Role.COACH)
    response = post(coach, referral, {**ANSWERS, "salary": "900", "is_staff": "1"})
    assert response.status_code == 400
    # In the form's language (French here), naming the unexpected answers.
    assert "(is_staff, salary)" in problem(response)
    assert not Submission.objects.exists()


def test_a_value_outside_the_choices_is_refused(world, referral):
    coach = world.client("a", Role.COACH)
    for forged in ("money", "Des amis"):  # nor the label instead of the value
        response = post(coach, referral, {**ANSWERS, "why": forged})
        assert response.status_code == 400
        assert list(response.context["form"].errors) == ["why"]
    assert not Submission.objects.exists()


def test_a_tampered_hidden_answer_is_refused(world, referral):
    coach = world.client("a", Role.COACH)
    for forged in ("import", ""):
        response = post(coach, referral, {**ANSWERS, "channel": forged})
        assert response.status_code == 400
        with translation.override("en"):
            assert response.context["form"].errors["channel"] == [
                "This answer was changed outside the form. Reload the page."
            ]
    assert not Submission.objects.exists()

    # Left out, it is the configured value: the server knows it.
    without = {key: value for key, value in ANSWERS.items() if key != "channel"}
    assert post(coach, referral, without).status_code == 200
    assert Submission.objects.get().answers["channel"] == "web-referral"


def test_an_oversized_payload_is_refused(world, referral, monkeypatch):
    monkeypatch.setattr("surveys.services.MAX_PAYLOAD", 200)
    coach = world.client("a", Role.COACH)
    response = post(coach, referral, {**ANSWERS, "first_name": "A" * 300})
    assert response.status_code == 413
    assert problem(response).startswith("This form is too large to be sent.")
    assert not Submission.objects.exists()


@pytest.mark.parametrize("role", [Role.COACH, Role.CPAS_ADMIN])
def test_staff_of_another_cpas_cannot_submit(world, referral, role):
    outsider = world.client("b", role)
    assert outsider.get(referral.url).status_code in (403, 404)
    assert post(outsider, referral, ANSWERS).status_code in (403, 404)
    assert not Submission.objects.exists()


def test_a_repeated_send_is_stored_once(world, referral):
    coach = world.client("a", Role.COACH)
    client_uuid = str(uuid.uuid4())
    for _attempt in range(2):
        response = post(coach, referral, {**ANSWERS, "client_uuid": client_uuid})
        assert response.status_code == 200
    assert Submission.objects.count() == 1

    response = post(
        coach,
        referral,
        {**ANSWERS, "first_name": "Someone else", "client_uuid": client_uuid},
    )
    assert response.status_code == 409
    assert problem(response).startswith("These answers were already sent")
    assert Submission.objects.get().answers == STORED


def test_a_malformed_client_id_is_refused(world, referral):
    response = post(
        world.client("a", Role.COACH), referral, {**ANSWERS, "client_uuid": "1' OR 1"}
    )
    assert response.status_code == 400
    assert not Submission.objects.exists()


# --- conditions, checked when the form is saved --------------------------------


def form_errors(blocks: list) -> str:
    """The messages an editor reads when saving a form with these blocks."""
    page = form_page(ProgrammeFactory(), [], publish=False)
    page.form_fields = blocks
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        page.full_clean()
    with pytest.raises(ValidationError):
        page.save_revision()
    return " ".join(refused.value.message_dict["form_fields"])


def motivated() -> tuple[str, dict]:
    return question("yes_no", "Êtes-vous motivé ?", "motivated")


def mood() -> tuple[str, dict]:
    return question("likert", "Comment allez-vous ?", "mood", points="5")


def reason() -> tuple[str, dict]:
    return question(
        "radio",
        "Pourquoi ?",
        "reason",
        choices=choices(("friends", "Des amis"), ("language", "La langue")),
    )


def test_a_condition_on_a_later_question_is_refused(db):
    errors = form_errors(
        [
            question(
                "multiline",
                "Pourquoi ?",
                "why",
                show_if=condition("motivated", "equals", "yes"),
            ),
            motivated(),
        ]
    )
    assert errors == (
        "“Pourquoi ?”: the condition refers to “motivated”, "
        "which is not an earlier question."
    )


def test_a_step_conditioned_on_a_later_question_is_refused(db):
    errors = form_errors(
        [
            mood(),
            ("page_break", {"title": "Suite", "show_if": condition("motivated")}),
            motivated(),
        ]
    )
    assert errors.startswith("Step 2: the condition refers to “motivated”")


@pytest.mark.parametrize(
    ("target", "operator", "values", "allowed"),
    [
        (motivated, "equals", "oui", "no, yes"),
        (mood, "one_of", "5, 6", "1, 2, 3, 4, 5"),
        (reason, "equals", "money", "friends, language"),
    ],
)
def test_a_condition_on_a_value_the_question_cannot_take_is_refused(
    db, target, operator, values, allowed
):
    block = target()
    key = block[1]["key"]
    errors = form_errors(
        [
            block,
            question(
                "multiline",
                "Précisez",
                "details",
                show_if=condition(key, operator, values),
            ),
        ]
    )
    assert f"“Précisez”: “{key}” cannot be" in errors
    assert errors.endswith(f"it can be: {allowed}.")


def test_a_sound_condition_is_accepted(db):
    page = form_page(
        ProgrammeFactory(),
        [
            motivated(),
            question(
                "multiline",
                "Pourquoi ?",
                "why",
                show_if=condition("motivated", "equals", "yes"),
            ),
        ],
        publish=False,
    )
    page.full_clean()
