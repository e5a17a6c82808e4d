"""The participant's survey by link: language choice, questions, sending, and the
friendly pages for links that open nothing (issue #7)."""

from __future__ import annotations

import datetime
import re
import uuid

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from intake.roles import Role
from surveys.models import Invitation, InvitationKind, Submission
from surveys.participant_surveys.invitations import (
    invitation_create,
    invitation_withdraw,
)
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import translate

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


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()  # the rate limit's counters
    yield
    cache.clear()


@pytest.fixture
def survey(world):
    return satisfaction_form(world.programme["a"])


@pytest.fixture
def session(survey):
    return invite(survey, max_uses=3)


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


# --- sending ------------------------------------------------------------------


def test_the_interface_speaks_tigrinya(client, session):
    _invitation, token = session
    html = client.get(survey_url(token, "ti")).content.decode()
    assert '<html lang="ti" dir="ltr">' in html
    assert "ኣዝዩ ጽቡቕ" in html  # "Very good" under the smiley
    assert "መልስታተይ ስደድ" in html  # "Send my answers"
    assert "ሕቶ {current} ካብ {total}" in html  # "Question {current} of {total}"
    assert "ስምዑ" in html  # "Read aloud"


def test_a_participant_sends_her_answers_and_reads_thank_you(client, session):
    invitation, token = session
    response = client.post(send_url(token, "ti"), form_data(client, token, "ti"))
    assert response.status_code == 303
    assert response["Location"] == f"/ti/survey/{token}/thanks/"
    submission = Submission.objects.get()
    assert submission.answers == STORED
    assert submission.invitation == invitation
    assert submission.programme == invitation.programme
    assert submission.locale.language_code == "ti"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "የቐንየልና!" in thanks.content.decode()  # "Thank you!"


def test_without_javascript_missing_answers_show_the_form_again(client, session):
    _invitation, token = session
    data = form_data(client, token, "en", better="x")
    response = client.post(send_url(token, "en"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please answer this question." in html
    assert "data-error-summary" in html
    assert not Submission.objects.exists()


def test_the_same_answers_sent_twice_are_stored_once(client, session):
    _invitation, token = session
    data = form_data(client, token)
    first = client.post(send_url(token), data, HTTP_ACCEPT="application/json")
    again = client.post(send_url(token), data, HTTP_ACCEPT="application/json")
    assert first.status_code == 201
    assert again.status_code == 200
    assert first.json() == again.json() == {"submission": Submission.objects.get().pk}
    html_again = client.post(send_url(token), data)
    assert html_again.status_code == 303
    assert Submission.objects.count() == 1


def test_json_errors_name_the_questions(client, session):
    _invitation, token = session
    data = form_data(client, token, "en", better="x")
    with translation.override("en"):
        response = client.post(
            send_url(token, "en"), data, HTTP_ACCEPT="application/json"
        )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"overall", "experience", "recommend"}
    assert errors["overall"] == ["Please answer this question."]


def test_a_session_code_serves_n_people_then_closes(client, survey):
    invitation, token = invite(survey, max_uses=3)
    for _person in range(3):
        sent = client.post(send_url(token, "en"), form_data(client, token, "en"))
        assert sent.status_code == 303
    assert Submission.objects.count() == 3
    closed = client.get(survey_url(token, "en"))
    assert closed.status_code == 410
    assert "This link was already used." in closed.content.decode()
    late = client.post(
        send_url(token, "en"),
        {"form_version": "1", "client_uuid": str(uuid.uuid4()), **ANSWERS},
        HTTP_ACCEPT="application/json",
    )
    assert late.status_code == 410
    assert late.json() == {"error": "used"}
    invitation.refresh_from_db()
    assert invitation.use_count == 3


def test_the_last_place_is_not_taken_twice(client, survey):
    _invitation, token = invite(survey, max_uses=1)
    first = form_data(client, token)
    second = form_data(client, token)
    assert client.post(send_url(token), first).status_code == 303
    response = client.post(send_url(token), second, HTTP_ACCEPT="application/json")
    assert response.status_code == 410
    assert Submission.objects.count() == 1


def test_a_personal_link_is_used_once(client, world, survey):
    from tests.factories import ParticipantFactory

    person = ParticipantFactory(antenna=world.antenna["a"])
    _invitation, token = invite(
        survey, kind=InvitationKind.PERSONAL, participant=person
    )
    data = form_data(client, token, "en")
    assert client.post(send_url(token, "en"), data).status_code == 303
    # The same send again (a double tap) is the same submission, not an error.
    assert client.post(send_url(token, "en"), data).status_code == 303
    again = client.get(survey_url(token, "en"))
    assert again.status_code == 410
    assert "Your answers were already sent. Thank you." in again.content.decode()
    entry = client.get(reverse("survey_entry:open", args=[token]))
    assert entry.status_code == 410
    assert Submission.objects.count() == 1


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


# --- anonymous by default -----------------------------------------------------


CONSENT = question(
    "consent",
    "Votre nom avec vos réponses",
    "consent",
    text="Mes réponses peuvent être liées à mon nom.",
    version="v1",
    required=False,
)


def test_answers_are_anonymous_by_default_even_from_a_logged_in_tablet(world, survey):
    from tests.factories import ParticipantFactory

    coach = world.client("a", Role.COACH)  # a coach's tablet, still logged in
    person = ParticipantFactory(antenna=world.antenna["a"])
    _invitation, token = invite(
        survey, kind=InvitationKind.PERSONAL, participant=person
    )
    assert coach.post(send_url(token), form_data(coach, token)).status_code == 303
    submission = Submission.objects.get()
    assert submission.participant is None
    assert submission.submitted_by is None


@pytest.mark.parametrize(
    ("identify", "personal", "agreed", "linked"),
    [
        (True, True, True, True),
        (True, True, False, False),  # no consent question: she was not asked
        (True, False, True, False),
        (False, True, True, False),
    ],
)
def test_answers_are_linked_only_if_asked_personal_and_agreed(
    client, world, identify, personal, agreed, linked
):
    from tests.factories import ParticipantFactory

    form = satisfaction_form(world.programme["a"], extra=[CONSENT] if agreed else [])
    if identify:
        form.identify_participant = True
        form.save_revision().publish()
    person = ParticipantFactory(antenna=world.antenna["a"])
    if personal:
        _invitation, token = invite(
            form, kind=InvitationKind.PERSONAL, participant=person
        )
    else:
        _invitation, token = invite(form)
    answers = {**ANSWERS, **({"consent": "on"} if agreed else {})}
    if agreed:
        page = client.get(survey_url(token, "en")).content.decode()
        assert "Yes, I agree." in page
        assert page.count("Mes réponses peuvent être liées à mon nom.") == 1
    data = form_data(client, token, **answers)
    assert client.post(send_url(token), data).status_code == 303
    submission = Submission.objects.get()
    assert submission.participant == (person if linked else None)
    assert submission.submitted_by is None


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
        '<span data-speak lang="fr" dir="auto">Comment trouvez-vous le programme ?'
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
        '<span data-speak lang="fr" dir="auto">Conseilleriez-vous le programme ?'
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


def test_answers_to_another_survey_version_are_not_stored(client, world, session):
    _invitation, token = session
    other = satisfaction_form(world.programme["a"])
    data = {
        **form_data(client, token, "en"),
        "form_version": str(other.versions.get().pk),
    }
    response = client.post(send_url(token, "en"), data)
    assert response.status_code == 409
    assert "The survey changed." in response.content.decode()
    as_json = client.post(send_url(token, "en"), data, HTTP_ACCEPT="application/json")
    assert as_json.status_code == 409
    assert not Submission.objects.exists()
