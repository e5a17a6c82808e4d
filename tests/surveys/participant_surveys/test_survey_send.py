"""Sending a participant survey: stored once, places of a session code and a
personal link, anonymous unless agreed, a changed survey (issue #7)."""

from __future__ import annotations

import uuid

import pytest
from django.urls import reverse
from django.utils import translation

from intake.roles import Role
from surveys.models import InvitationKind, Submission
from tests.factories import question
from tests.surveys.participant_surveys.survey_helpers import (
    ANSWERS,
    STORED,
    form_data,
    invite,
    satisfaction_form,
    send_url,
    survey_url,
)

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
