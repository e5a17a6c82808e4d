"""A referral sent with a consent question, for the consent tests."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from intake.models import Participant
from intake.roles import Role
from tests.factories import form_page, question
from workflow.models import Referral
from workflow.referrals import referral_draft_create

CONSENT_TEXT = "La personne accepte que ses données soient transmises au projet."


def referral_form(world, text: str = CONSENT_TEXT, version: str = "v1"):
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("singleline", "Nom", "last_name"),
            question("date", "Date de naissance", "date_of_birth", not_in_future=True),
            question("consent", "Accord", "consent", text=text, version=version),
        ],
        kind="referral",
        title="Orientation",
    )


@dataclass
class Sent:
    referral: Referral
    participant: Participant
    form: object


def referral_sent(world, **form_options) -> Sent:
    """The social worker of antenna A sends a referral to programme A."""
    form = referral_form(world, **form_options)
    draft = referral_draft_create(
        user=world.user("a", Role.SOCIAL_WORKER), programme=world.programme["a"]
    )
    response = world.client("a", Role.SOCIAL_WORKER).post(
        reverse("referral_form", args=[draft.pk]),
        {
            "form_version": form.versions.get().pk,
            "first_name": "Amina",
            "last_name": "Haddad",
            "date_of_birth": "1990-04-12",
            "consent": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    return Sent(referral=draft, participant=draft.participant, form=form)
