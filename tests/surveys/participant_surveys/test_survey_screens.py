"""The participant survey's screens: the language choice, one question per
screen, right-to-left scripts, a shared tablet, untranslated content and the
recorded questions (issue #7)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from surveys.models import Submission
from surveys.participant_surveys.invitations import (
    invitation_withdraw,
)
from tests.surveys.interview_fixtures import translate
from tests.surveys.participant_surveys.survey_helpers import (
    STORED,
    form_data,
    send_url,
    survey_url,
)

# --- language choice ----------------------------------------------------------


def test_the_language_choice_names_each_language_in_its_own_script(client, session):
    _invitation, token = session
    response = client.get(reverse("survey_entry:open", args=[token]))
    assert response.status_code == 200
    html = response.content.decode()
    for code, name, direction in [
        ("fr", "Français", "ltr"),
        ("nl", "Nederlands", "ltr"),
        ("en", "English", "ltr"),
        ("ar", "العربية", "rtl"),
        ("ti", "ትግርኛ", "ltr"),
        ("prs", "دری", "rtl"),
        ("ps", "پښتو", "rtl"),
        ("so", "Soomaali", "ltr"),
        ("uk", "Українська", "ltr"),
    ]:
        assert (
            f'href="/{code}/survey/{token}/" lang="{code}" dir="{direction}"' in html
        ), code
        assert f">{name}</a>" in html, code
    assert "no-store" in response["Cache-Control"]
    assert "wagtail" not in html.lower()  # no staff chrome


def test_the_survey_shows_one_screen_per_question_with_smileys_and_text(
    client, session
):
    _invitation, token = session
    response = client.get(survey_url(token))
    assert response.status_code == 200
    html = response.content.decode()
    # Four questions, the matrix split in its two statements: five screens.
    assert html.count("data-screen ") == 5
    assert "Comment trouvez-vous le programme ?" in html
    assert "Je suis bien accueilli." in html
    assert html.count('class="face face-') >= 5 + 3 + 3 + 2
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="client_uuid"' in html
    assert 'name="form_version"' in html
    assert response.cookies.get("csrftoken") is not None
    assert "no-store" in response["Cache-Control"]
    assert "Not yet translated" not in html and "Pas encore traduit" not in html


@pytest.mark.parametrize("language", ["ar", "prs", "ps"])
def test_arabic_dari_and_pashto_pages_read_right_to_left(client, session, language):
    _invitation, token = session
    html = client.get(survey_url(token, language)).content.decode()
    assert f'<html lang="{language}" dir="rtl">' in html


@pytest.mark.parametrize("language", ["fr", "ti", "so", "uk"])
def test_other_languages_read_left_to_right(client, session, language):
    _invitation, token = session
    html = client.get(survey_url(token, language)).content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html


# --- shared tablet ------------------------------------------------------------


def test_kiosk_mode_goes_back_to_the_language_choice_with_a_thank_you(client, session):
    _invitation, token = session
    entry = client.get(reverse("survey_entry:open", args=[token]) + "?kiosk=1")
    html = entry.content.decode()
    assert f'href="/ti/survey/{token}/?kiosk=1"' in html
    assert "data-kiosk" in html and "data-idle-seconds=" in html
    survey_page = client.get(survey_url(token, "ti", kiosk=1)).content.decode()
    assert f'action="{send_url(token, "ti", kiosk=1)}"' in survey_page
    sent = client.post(send_url(token, "ti", kiosk=1), form_data(client, token, "ti"))
    assert sent.status_code == 303
    assert sent["Location"] == (
        reverse("survey_entry:open", args=[token]) + "?kiosk=1&thanks=1"
    )
    back = client.get(sent["Location"], HTTP_ACCEPT_LANGUAGE="en")
    assert "data-kiosk-thanks" in back.content.decode()
    assert "no-store" in back["Cache-Control"]


# --- languages of the content -------------------------------------------------


def test_a_survey_not_translated_is_shown_in_its_source_language_with_a_marker(
    client, session
):
    _invitation, token = session
    html = client.get(survey_url(token, "ti")).content.decode()
    assert '<html lang="ti" dir="ltr">' in html
    # "Not yet translated – language: French", in Tigrinya.
    assert "ገና ኣይተተርጎመን – ቋንቋ: ፈረንሳይኛ" in html
    assert html.count('class="not-translated"') == 1 + 5  # the page, each screen
    assert (
        '<span data-speak dir="auto" lang="fr">Comment trouvez-vous le programme ?'
        in html
    )
    assert 'id="q-overall-marker"' in html
    assert "ኣዝዩ ጽቡቕ" in html  # the interface itself is in Tigrinya


def test_only_the_questions_left_untranslated_carry_the_marker(client, session):
    invitation, token = session
    dutch = translate(
        invitation.form,
        "nl",
        {"overall": "Hoe vind je het programma?", "better": "Wat kan beter?"},
    )
    html = client.get(survey_url(token, "nl")).content.decode()
    assert "Hoe vind je het programma?" in html
    assert 'id="q-overall-marker"' not in html
    assert 'id="q-better-marker"' not in html
    assert 'id="q-recommend-marker"' in html
    assert (
        '<span data-speak dir="auto" lang="fr">Conseilleriez-vous le programme ?'
        in html
    )
    assert 'id="q-experience-welcome-marker"' in html  # statements too
    data = form_data(client, token, "nl")
    assert data["form_version"] == str(dutch.versions.get().pk)
    assert client.post(send_url(token, "nl"), data).status_code == 303
    submission = Submission.objects.get()
    assert submission.locale.language_code == "nl"
    assert submission.version.page_id == dutch.pk
    assert submission.answers == STORED


# --- recorded questions -------------------------------------------------------


@pytest.fixture
def recording(session, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from surveys.models import QuestionAudio

    settings.MEDIA_ROOT = tmp_path
    invitation, _token = session
    return QuestionAudio.objects.create(
        programme=invitation.programme,
        form=invitation.form,
        translation_key=invitation.translation_key,
        question_key="overall",
        language="ti",
        file=SimpleUploadedFile("overall-ti.mp3", b"ID3-tigrinya", "audio/mpeg"),
    )


def audio_url(token: str, key: str, language: str) -> str:
    with translation.override(language):
        return reverse("survey:audio", args=[token, key])


def test_a_recorded_question_is_played_with_a_valid_link(client, session, recording):
    _invitation, token = session
    html = client.get(survey_url(token, "ti")).content.decode()
    assert f'data-audio="{audio_url(token, "overall", "ti")}"' in html
    assert html.count("data-audio=") == 1
    response = client.get(audio_url(token, "overall", "ti"))
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/mpeg"
    assert b"".join(response.streaming_content) == b"ID3-tigrinya"
    # No recording of this question in Arabic.
    assert client.get(audio_url(token, "overall", "ar")).status_code == 404
    assert "data-audio=" not in client.get(survey_url(token, "ar")).content.decode()


def test_a_recorded_question_needs_a_valid_link(client, session, recording):
    invitation, token = session
    assert client.get(audio_url("not-a-token", "overall", "ti")).status_code == 404
    invitation_withdraw(invitation)
    assert client.get(audio_url(token, "overall", "ti")).status_code == 410
