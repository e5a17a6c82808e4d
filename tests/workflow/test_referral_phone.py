"""The referral form's phone question: the participant's record gets the number
in E.164, as its own field keeps it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from intake.roles import Role
from tests.factories import form_page, question
from workflow.referrals import referral_draft_create


@pytest.fixture
def referral_form(world):
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("singleline", "Nom", "last_name"),
            question("date", "Date de naissance", "date_of_birth", not_in_future=True),
            question("phone", "Téléphone", "phone"),
        ],
        kind="referral",
        title="Orientation",
    )


def send(world, referral_form, phone: str):
    draft = referral_draft_create(
        user=world.user("a", Role.SOCIAL_WORKER), programme=world.programme["a"]
    )
    response = world.client("a", Role.SOCIAL_WORKER).post(
        reverse("referral_form", args=[draft.pk]),
        {
            "form_version": referral_form.versions.get().pk,
            "first_name": "Amina",
            "last_name": "Haddad",
            "date_of_birth": "1990-04-12",
            "phone": phone,
        },
    )
    draft.refresh_from_db()
    return response, draft


def test_the_participant_gets_the_number_in_e164(world, referral_form):
    response, referral = send(world, referral_form, "0470 12 34 56")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert referral.participant.phone == "+32470123456"


def test_abc_is_refused_and_no_participant_is_recorded(world, referral_form):
    response, referral = send(world, referral_form, "abc")
    assert response.status_code == 400  # the form again, saying what is wrong
    assert "abc" in response.content.decode()
    assert referral.participant is None
