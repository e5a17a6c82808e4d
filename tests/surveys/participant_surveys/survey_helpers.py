"""A participant survey to answer in tests: the form, its links, what its page posts."""

from __future__ import annotations

import re
import uuid

from django.urls import reverse
from django.utils import translation

from surveys.models import Invitation, InvitationKind
from surveys.participant_surveys.invitations import invitation_create
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import translate

__all__ = [
    "ANSWERS",
    "STORED",
    "form_data",
    "invite",
    "satisfaction_form",
    "send_url",
    "survey_url",
    "translate",
]


#: The answers a participant gives to :func:`satisfaction_form`.
ANSWERS = {
    "overall": "4",
    "experience-welcome": "3",
    "experience-learned": "2",
    "recommend": "yes",
    "better": "Plus de sorties",
}
STORED = {
    "overall": 4,
    "experience": {"welcome": 3, "learned": 2},
    "recommend": "yes",
    "better": "Plus de sorties",
}


def satisfaction_form(programme, *, extra=(), **options):
    """A short participant survey in French: smileys, a matrix, yes/no, text."""
    return form_page(
        programme,
        [
            question(
                "likert",
                "Comment trouvez-vous le programme ?",
                "overall",
                points="5",
                point_labels=[],
            ),
            question(
                "matrix",
                "Qu'en pensez-vous ?",
                "experience",
                points="3",
                point_labels=[],
                statements=[
                    {"key": "welcome", "text": "Je suis bien accueilli."},
                    {"key": "learned", "text": "J'ai appris quelque chose."},
                ],
            ),
            question("yes_no", "Conseilleriez-vous le programme ?", "recommend"),
            question(
                "multiline", "Qu'est-ce qui peut être mieux ?", "better", required=False
            ),
            *extra,
        ],
        kind="participant_satisfaction",
        title="Votre avis",
        **options,
    )


def invite(form, *, kind=InvitationKind.SESSION, **options) -> tuple[Invitation, str]:
    return invitation_create(
        user=None, form=form, kind=kind, label="Module 3, mardi", **options
    )


def survey_url(token: str, language: str = "fr", **query) -> str:
    with translation.override(language):
        url = reverse("survey:survey", args=[token])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def send_url(token: str, language: str = "fr", **query) -> str:
    with translation.override(language):
        url = reverse("survey:send", args=[token])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def form_data(client, token: str, language: str = "fr", **answers) -> dict:
    """What the survey page's form posts: its version and a client id."""
    page = client.get(survey_url(token, language)).content.decode()
    version = re.search(r'name="form_version" value="(\d+)"', page).group(1)
    return {
        "form_version": version,
        "client_uuid": str(uuid.uuid4()),
        **(answers or ANSWERS),
    }
