"""What the interview tests share: a programme with its demo forms, a coach of
it, and a participant referred to it."""

from __future__ import annotations

from dataclasses import dataclass

from django.test import Client
from django.urls import reverse

from intake.models import Referral
from intake.roles import Role
from surveys.builder import _FORM_CLASSES
from surveys.demo import seed_programme_forms
from surveys.models import FormPage
from tests.factories import (
    PASSWORD,
    AntennaFactory,
    programme_page,
    referral_in,
    staff_member,
)


@dataclass
class Setting:
    forms: dict[str, FormPage]
    referral: Referral
    coach: object
    other_coach: object

    @property
    def participant(self):
        return self.referral.participant

    def url(self, kind: str, name: str = "interview", referral=True) -> str:
        url = reverse(
            f"interviews:{name}", args=[self.forms[kind].pk, self.participant.pk]
        )
        return f"{url}?referral={self.referral.pk}" if referral else url


def client_of(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def interview_setting(world, key: str = "a") -> Setting:
    """The world's programme ``key`` with its demo forms and two coaches."""
    _FORM_CLASSES.clear()
    programme = world.programme[key]
    forms = {
        page.kind: page for page in seed_programme_forms(programme_page(programme))
    }
    referral = referral_in(
        "accepted",
        programme=programme,
        antenna=world.antenna[key],
        referred_by=world.user(key, Role.SOCIAL_WORKER),
    )
    other = staff_member(
        Role.COACH,
        cpas=world.cpas[key],
        programmes=[programme],
        email=f"second-coach@{key}.test",
    ).user
    return Setting(
        forms=forms,
        referral=referral,
        coach=world.user(key, Role.COACH),
        other_coach=other,
    )


__all__ = ["AntennaFactory", "Setting", "client_of", "interview_setting"]
