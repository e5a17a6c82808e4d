"""What the interview tests share: a programme with its demo forms, a coach of
it, and a participant referred to it."""

from __future__ import annotations

import json
import uuid
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
    form_page,
    programme_page,
    question,
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


def small_forms(programme) -> dict[str, FormPage]:
    """A follow-up interview of two sections and an action plan: quicker to
    build than the demo forms, with the answer shapes that matter."""
    follow_up = form_page(
        programme,
        [
            question("singleline", "Comment ça va ?", "how_it_goes"),
            question("repeatable", "Forces", "strengths", required=False),
            question(
                "matrix",
                "Attitudes",
                "grid",
                required=False,
                points="5",
                statements=[
                    {"text": "Ponctuel", "key": "punctual"},
                    {"text": "En équipe", "key": "teamwork"},
                ],
            ),
            ("page_break", {"title": "Suite", "show_if": {}}),
            question("yes_no", "Motivé ?", "is_motivated"),
        ],
        kind="follow_up",
        title="Entretien de suivi",
    )
    plan = form_page(
        programme,
        [
            question("singleline", "Projet", "project", required=False),
            question("action_plan", "Étapes", "action_steps", max_steps=5),
        ],
        kind="action_plan",
        title="Plan d'action",
    )
    return {"follow_up": follow_up, "action_plan": plan}


def interview_setting(world, key: str = "a", *, demo: bool = False) -> Setting:
    """The world's programme ``key`` with forms (the demo ones, or two small
    ones), a participant referred to it and two coaches of it."""
    _FORM_CLASSES.clear()
    programme = world.programme[key]
    if demo:
        forms = {
            page.kind: page for page in seed_programme_forms(programme_page(programme))
        }
    else:
        forms = small_forms(programme)
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


def body(*, version, base_revision=0, client_uuid=None, **content) -> dict:
    return {
        "client_uuid": str(client_uuid or uuid.uuid4()),
        "base_revision": base_revision,
        "version": version,
        "position": content.pop("position", 0),
        "answers": content.pop("answers", {}),
        "notes": content.pop("notes", ""),
        "next_appointment": content.pop("next_appointment", ""),
        "steps": content.pop("steps", {}),
    }


def save(client, url, **fields):
    return client.post(url, json.dumps(body(**fields)), content_type="application/json")


def version_of(setting, kind="follow_up") -> int:
    return setting.forms[kind].published_version.pk
