"""The referral form's answers the fund report counts: sex and e-mail reach the
participant's record; a merge keeps them."""

import pytest
from django.urls import reverse

from intake.models import Participant
from intake.roles import Role
from tests.factories import ParticipantFactory, choices, form_page, question
from workflow.referrals import participant_merge, referral_draft_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def referral_form(world):
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("singleline", "Nom", "last_name"),
            question("date", "Date de naissance", "date_of_birth"),
            question(
                "radio",
                "Sexe",
                "sex",
                required=False,
                choices=choices(("F", "Femme"), ("M", "Homme"), ("X", "X")),
            ),
            question("email", "E-mail", "email", required=False),
        ],
        kind="referral",
        title="Orientation",
    )


def test_sex_and_e_mail_reach_the_participant(world, referral_form):
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
            "sex": "F",
            "email": "amina@example.org",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    assert draft.participant.sex == "F"
    assert draft.participant.email == "amina@example.org"


def test_a_merge_keeps_the_sex_and_e_mail_of_the_copy(world):
    keep = ParticipantFactory(antenna=world.antenna["a"], sex="", email="")
    copy = ParticipantFactory(antenna=world.antenna["a"], sex="M", email="a@b.be")
    participant_merge(keep=keep, duplicate=copy)
    kept = Participant.objects.get(pk=keep.pk)
    assert (kept.sex, kept.email) == ("M", "a@b.be")
