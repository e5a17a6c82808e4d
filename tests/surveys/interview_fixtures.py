"""What the interview and survey tests share: a programme with its forms, a coach
of it and a participant referred to it; drafts saved as the interview's script
saves them; session codes; the admin read in English."""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass

from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from intake.roles import Role
from surveys.builder import _FORM_CLASSES
from surveys.demo import seed_programme_forms
from surveys.models import FormPage, Invitation, InvitationKind
from surveys.participant_surveys.invitations import invitation_create
from tests.factories import (
    form_page,
    programme_page,
    question,
    referral_in,
    staff_member,
)
from tests.logins import log_in
from workflow.models import Referral


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
    return log_in(Client(), user)


def english(client: Client) -> Client:
    """``client``, asking for pages in English (the admin's own texts then do not
    depend on the catalogues)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def matrix(label: str, key: str, statements: dict[str, str], **value):
    """A grid question: one row a statement, ``{key: text}``."""
    rows = [{"key": row, "text": text} for row, text in statements.items()]
    return question("matrix", label, key, statements=rows, **value)


def relabelled(page: FormPage, labels: dict[str, str], *, drop=()) -> FormPage:
    """What a manager does in the editor: give the questions named in ``labels``
    a new label, remove those in ``drop``, publish."""
    raw = [
        block
        for block in copy.deepcopy(list(page.form_fields.raw_data))
        if block["value"].get("key") not in drop
    ]
    for block in raw:
        key = block["value"].get("key")
        if key in labels:
            block["value"]["label"] = labels[key]
    page.form_fields = raw
    page.save_revision().publish()
    return FormPage.objects.get(pk=page.pk)


def translate(page: FormPage, language: str, labels: dict[str, str]) -> FormPage:
    """A published translation of ``page`` (wagtail-localize's kind: the same
    translation key) where only the questions named in ``labels`` got a new
    label; the others keep the source's."""
    locale, _created = Locale.objects.get_or_create(language_code=language)
    return relabelled(page.copy_for_translation(locale, copy_parents=True), labels)


def small_forms(programme) -> dict[str, FormPage]:
    """A follow-up interview of two sections and an action plan: quicker to
    build than the demo forms, with the answer shapes that matter."""
    attitudes = {"punctual": "Ponctuel", "teamwork": "En équipe"}
    follow_up = form_page(
        programme,
        [
            question("singleline", "Comment ça va ?", "how_it_goes"),
            question("repeatable", "Forces", "strengths", required=False),
            matrix("Attitudes", "grid", attitudes, required=False, points="5"),
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


def referral_of(world, key: str = "a", state: str = "accepted") -> Referral:
    """A new participant referred to the world's programme ``key`` by its social
    worker, the referral already in ``state``."""
    return referral_in(
        state,
        programme=world.programme[key],
        antenna=world.antenna[key],
        referred_by=world.user(key, Role.SOCIAL_WORKER),
    )


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
    other = staff_member(
        Role.COACH,
        cpas=world.cpas[key],
        programmes=[programme],
        email=f"second-coach@{key}.test",
    ).user
    return Setting(
        forms=forms,
        referral=referral_of(world, key),
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


def draft_save(client, setting: Setting, kind: str = "follow_up", **fields):
    """Saves the draft of the ``kind`` interview as its script does: on the
    form's published version unless ``version`` says otherwise."""
    fields.setdefault("version", version_of(setting, kind))
    return save(client, setting.url(kind, "draft"), **fields)


def session_invitation(
    world, form: FormPage, *, key: str = "a", label: str = "Groupe", **options
) -> tuple[Invitation, str]:
    """A session code for ``form``, made by the coach of the programme ``key``."""
    return invitation_create(
        user=world.user(key, Role.COACH),
        form=form,
        kind=InvitationKind.SESSION,
        label=label,
        **options,
    )
