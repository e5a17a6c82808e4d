"""Sending an interview: stored once, with its notes and next appointment, and
the draft closed; errors answered by field."""

from __future__ import annotations

import datetime
import json
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from surveys.models import InterviewDraft, Submission
from tests.surveys.interview_fixtures import client_of, draft_save, version_of

pytestmark = pytest.mark.django_db


def answers(setting, **extra) -> dict:
    return {
        "form_version": version_of(setting),
        "client_uuid": str(uuid.uuid4()),
        "how_it_goes": "Mieux qu'avant",
        "strengths": ["cuisine", "langues"],
        "grid-punctual": "4",
        "grid-teamwork": "5",
        "is_motivated": "yes",
        "notes": "  Parle de sa fille.  ",
        "next_appointment": "2030-03-04T10:30",
        **extra,
    }


def send(client, setting, data, **headers):
    return client.post(
        setting.url("follow_up", "send"),
        data,
        headers={"X-CSRFToken": "token", **headers},
    )


def test_a_sent_interview_is_stored_with_notes_and_next_appointment(setting):
    coach = client_of(setting.coach)
    draft_save(coach, setting, answers={"how_it_goes": "Mieux"})
    response = send(coach, setting, answers(setting))
    assert response.status_code == 201, response.content
    submission = Submission.objects.get()
    assert response.json() == {
        "submission": submission.pk,
        "redirect": reverse("referrals:detail", args=[setting.referral.pk]),
        "message": response.json()["message"],
    }
    assert submission.answers == {
        "how_it_goes": "Mieux qu'avant",
        "strengths": ["cuisine", "langues"],
        "grid": {"punctual": 4, "teamwork": 5},
        "is_motivated": "yes",
    }
    assert submission.notes == "Parle de sa fille."
    assert timezone.localtime(submission.next_appointment).replace(
        tzinfo=None
    ) == datetime.datetime(2030, 3, 4, 10, 30)
    assert submission.participant == setting.participant
    assert list(submission.referrals.all()) == [setting.referral]
    assert submission.submitted_by == setting.coach
    # The draft is closed: the next interview starts afresh.
    assert InterviewDraft.objects.get().submission == submission
    assert coach.get(setting.url("follow_up", "draft")).status_code == 404
    assert 'data-revision="0"' in coach.get(setting.url("follow_up")).content.decode()


def test_the_same_send_twice_is_stored_once(setting):
    coach = client_of(setting.coach)
    data = answers(setting)
    first = send(coach, setting, data)
    again = send(client_of(setting.other_coach), setting, data)
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json()["submission"] == first.json()["submission"]
    assert Submission.objects.count() == 1


def test_the_same_client_id_with_other_answers_is_refused(setting):
    coach = client_of(setting.coach)
    data = answers(setting)
    send(coach, setting, data)
    response = send(coach, setting, {**data, "how_it_goes": "Autre"})
    assert response.status_code == 409
    assert response.json()["error"] == "client_uuid_reused"
    assert Submission.objects.get().answers["how_it_goes"] == "Mieux qu'avant"


def test_answers_with_errors_are_answered_by_field(setting):
    with translation.override("en"):
        response = send(
            client_of(setting.coach),
            setting,
            answers(setting, how_it_goes="", next_appointment="demain"),
        )
    assert response.status_code == 400
    answer = response.json()
    assert answer["message"] == "Some answers need your attention."
    assert answer["errors"]["how_it_goes"] == ["This question needs an answer."]
    assert answer["errors"]["next_appointment"] == [
        "Write the next appointment as a date and a time."
    ]
    assert not Submission.objects.exists()


def test_a_saved_draft_cannot_be_saved_again_once_sent(setting):
    coach = client_of(setting.coach)
    draft_save(coach, setting, answers={"how_it_goes": "Bien"})
    send(coach, setting, answers(setting))
    late = draft_save(
        client_of(setting.other_coach),
        setting,
        base_revision=1,
        answers={"how_it_goes": "En retard"},
    )
    assert late.status_code == 410
    assert late.json()["error"] == "sent"
    assert late.json()["redirect"] == reverse(
        "referrals:detail", args=[setting.referral.pk]
    )
    # A new interview of the same form starts a new draft.
    fresh = draft_save(coach, setting, answers={"how_it_goes": "2"})
    assert fresh.status_code == 200
    assert InterviewDraft.objects.count() == 2


def test_without_javascript_the_send_goes_back_to_the_referral(setting):
    coach = client_of(setting.coach)
    response = coach.post(
        setting.url("follow_up", "send"),
        answers(setting, client_uuid=""),
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 303
    assert response["Location"] == reverse(
        "referrals:detail", args=[setting.referral.pk]
    )
    assert Submission.objects.count() == 1


def test_without_javascript_errors_show_on_the_page_with_the_answers(setting):
    with translation.override("en"):
        response = client_of(setting.coach).post(
            setting.url("follow_up", "send"),
            answers(setting, client_uuid="", is_motivated=""),
            headers={"Accept": "text/html"},
        )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Some answers need your attention." in page
    assert 'value="Mieux qu&#x27;avant"' in page
    assert "Parle de sa fille." in page
    assert not Submission.objects.exists()


def test_the_answer_is_json_for_the_script(setting):
    response = send(client_of(setting.coach), setting, answers(setting))
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["submission"]


def test_a_too_large_send_is_refused(setting):
    from surveys.services import MAX_PAYLOAD

    response = send(
        client_of(setting.coach),
        setting,
        answers(setting, how_it_goes="x" * (MAX_PAYLOAD + 1)),
    )
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"
    assert not Submission.objects.exists()
