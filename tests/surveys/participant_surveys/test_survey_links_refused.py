"""Links that open nothing: a friendly page in the participant's language on
every endpoint, for every reason, and guessing is rate-limited (issue #7)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from surveys.models import Invitation, Submission
from surveys.participant_surveys.invitations import (
    invitation_withdraw,
)
from tests.surveys.participant_surveys.survey_helpers import (
    ANSWERS,
    form_data,
    invite,
    send_url,
    survey_url,
)

# --- links that open nothing --------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ti", "ar"])
def test_an_unknown_link_gets_a_friendly_page_in_the_language(client, db, language):
    response = client.get(survey_url("not-a-real-token", language))
    assert response.status_code == 404
    html = response.content.decode()
    with translation.override(language):
        from surveys.participant_surveys.screens import INVALID_TITLES

        assert str(INVALID_TITLES["unknown"]) in html
    assert f'<html lang="{language}"' in html
    assert "Traceback" not in html
    # The other languages are offered, each in its own script.
    assert 'lang="ti" dir="ltr"' in html and "ትግርኛ" in html


def test_an_unknown_link_at_the_entry_is_friendly(client, db):
    response = client.get(
        reverse("survey_entry:open", args=["nothing"]), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 404
    assert "This link does not work." in response.content.decode()


def test_an_expired_link_is_closed(client, survey):
    _invitation, token = invite(
        survey, expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    for url in (survey_url(token, "en"), reverse("survey_entry:open", args=[token])):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 410
        assert "This survey is closed." in response.content.decode()
    sent = client.post(send_url(token, "en"), {"form_version": "1", **ANSWERS})
    assert sent.status_code == 410
    assert not Submission.objects.exists()


def test_a_withdrawn_link_is_closed(client, session):
    invitation, token = session
    invitation_withdraw(invitation)
    response = client.get(survey_url(token, "ar"))
    assert response.status_code == 410
    with translation.override("ar"):
        from surveys.participant_surveys.screens import INVALID_TITLES

        assert str(INVALID_TITLES["withdrawn"]) in response.content.decode()
    assert 'dir="rtl"' in response.content.decode()


def test_guessing_links_is_rate_limited_but_valid_links_still_work(
    client, session, settings
):
    settings.SURVEY_TOKEN_RATE = "3/m"
    _invitation, token = session
    for attempt in range(3):
        assert client.get(survey_url(f"guess-{attempt}", "en")).status_code == 404
    refused = client.get(survey_url("guess-4", "en"))
    assert refused.status_code == 429
    assert "Too many tries." in refused.content.decode()
    assert client.get(reverse("survey_entry:open", args=["guess-5"])).status_code == 429
    # A valid link opens the survey all the same.
    assert client.get(survey_url(token, "en")).status_code == 200
    assert (
        client.post(send_url(token, "en"), form_data(client, token, "en")).status_code
        == 303
    )


# --- every endpoint, every reason -----------------------------------------------------


def closed_link(survey, reason: str) -> str:
    """A token that opens nothing, for ``reason``."""
    if reason == "unknown":
        return "never-made-token"
    if reason == "expired":
        past = timezone.now() - datetime.timedelta(seconds=1)
        return invite(survey, expires_at=past)[1]
    invitation, token = invite(survey, max_uses=1)
    if reason == "withdrawn":
        invitation_withdraw(invitation)
    else:
        Invitation.objects.filter(pk=invitation.pk).update(use_count=1)
    return token


@pytest.mark.parametrize(
    ("reason", "status", "title"),
    [
        ("unknown", 404, "This link does not work."),
        ("expired", 410, "This survey is closed."),
        ("used", 410, "This link was already used."),
        ("withdrawn", 410, "This survey is closed."),
    ],
)
def test_a_link_that_opens_nothing_is_refused_kindly_everywhere(
    client, survey, reason, status, title
):
    token = closed_link(survey, reason)
    data = {"form_version": str(survey.versions.get().pk), **ANSWERS}
    responses = [
        client.get(
            reverse("survey_entry:open", args=[token]), HTTP_ACCEPT_LANGUAGE="en"
        ),
        client.get(survey_url(token, "en")),
        client.post(send_url(token, "en"), data),
    ]
    for response in responses:
        assert response.status_code == status
        html = response.content.decode()
        assert f'<h1 class="participant-title">{title}</h1>' in html
        assert "no-store" in response["Cache-Control"]
    as_json = client.post(send_url(token, "en"), data, HTTP_ACCEPT="application/json")
    assert as_json.status_code == status
    assert as_json.json() == {"error": reason}
    assert not Submission.objects.exists()
