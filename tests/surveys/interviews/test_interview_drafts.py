"""The interview's draft: saved as the coach goes, resumed on any device, never
overwritten silently, seen by the programme's team only."""

from __future__ import annotations

import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from intake.roles import Role
from surveys.models import DraftSave, InterviewDraft
from surveys.services import MAX_PAYLOAD
from tests.factories import ParticipantFactory, form_page, question
from tests.surveys.interview_fixtures import (
    client_of,
    draft_save,
    referral_of,
    version_of,
)

pytestmark = pytest.mark.django_db


ANSWERS = {
    "how_it_goes": "Mieux",
    "strengths": ["cuisine", "langues"],
    "grid-punctual": "4",
}


def test_a_draft_saved_on_one_tablet_resumes_on_another_coachs_tablet(setting):
    url = setting.url("follow_up", "draft")
    first = client_of(setting.coach)
    assert first.get(url).status_code == 404
    assert first.get(url).json() == {"error": "none"}
    response = draft_save(
        first,
        setting,
        position=1,
        answers={**ANSWERS, "not_a_question": "x", "csrfmiddlewaretoken": "y"},
        notes="Vient avec sa sœur",
        next_appointment="2030-03-04T10:30",
    )
    assert response.status_code == 200, response.content
    assert response.json()["revision"] == 1
    assert response.json()["draft_id"] == InterviewDraft.objects.get().pk

    other = client_of(setting.other_coach)
    response = other.get(url)
    assert "no-store" in response["Cache-Control"]  # never an old copy
    draft = response.json()
    assert draft["revision"] == 1
    assert draft["position"] == 1
    assert draft["answers"] == ANSWERS
    assert draft["notes"] == "Vient avec sa sœur"
    assert draft["next_appointment"] == "2030-03-04T10:30"
    assert draft["version"] == version_of(setting)
    assert draft["updated_by"] == setting.coach.get_full_name()
    page = other.get(setting.url("follow_up")).content.decode()
    assert 'data-revision="1"' in page
    assert 'data-position="1"' in page
    # The answers are in the page itself, before (or without) its script.
    assert 'value="Mieux"' in page
    assert 'value="cuisine"' in page
    assert "Vient avec sa sœur</textarea>" in page
    assert 'value="2030-03-04T10:30"' in page


def test_a_save_from_an_older_revision_is_a_conflict_that_keeps_both(setting):
    url = setting.url("follow_up", "draft")
    tablet_a, tablet_b = client_of(setting.coach), client_of(setting.other_coach)
    draft_save(tablet_a, setting, answers={"how_it_goes": "Bien"})
    tired = {"how_it_goes": "Fatiguée"}
    response = draft_save(tablet_b, setting, base_revision=1, answers=tired)
    assert response.json()["revision"] == 2

    mine = {"how_it_goes": "Très bien"}
    stale = draft_save(tablet_a, setting, base_revision=1, answers=mine)
    assert stale.status_code == 409
    answer = stale.json()
    assert answer["error"] == "conflict"
    assert answer["message"]
    assert answer["server"]["revision"] == 2
    assert answer["server"]["answers"] == {"how_it_goes": "Fatiguée"}
    # Nothing overwritten: the other tablet's answers stay until a coach chooses.
    assert tablet_a.get(url).json()["answers"] == {"how_it_goes": "Fatiguée"}
    # Choosing "keep mine" saves again from the server's revision.
    kept = draft_save(tablet_a, setting, base_revision=2, answers=mine)
    assert kept.json()["revision"] == 3
    assert tablet_b.get(url).json()["answers"] == {"how_it_goes": "Très bien"}


def test_starting_a_new_draft_when_one_exists_is_a_conflict(setting):
    draft_save(client_of(setting.coach), setting, answers={"how_it_goes": "Bien"})
    response = draft_save(
        client_of(setting.other_coach), setting, answers={"how_it_goes": "Autre"}
    )
    assert response.status_code == 409
    assert response.json()["server"]["answers"] == {"how_it_goes": "Bien"}
    assert InterviewDraft.objects.count() == 1


def test_a_repeated_save_is_stored_once_and_a_reused_id_is_refused(setting):
    url = setting.url("follow_up", "draft")
    coach = client_of(setting.coach)
    client_uuid = uuid.uuid4()
    fields = {"client_uuid": client_uuid, "answers": {"how_it_goes": "Bien"}}
    first = draft_save(coach, setting, **fields)
    again = draft_save(coach, setting, **fields)
    assert first.status_code == again.status_code == 200
    assert again.json()["revision"] == first.json()["revision"] == 1
    assert DraftSave.objects.count() == 1
    assert InterviewDraft.objects.get().revision == 1

    other = draft_save(
        coach, setting, client_uuid=client_uuid, answers={"how_it_goes": "Autre chose"}
    )
    assert other.status_code == 409
    assert other.json()["error"] == "client_uuid_reused"
    assert coach.get(url).json()["answers"] == {"how_it_goes": "Bien"}


def test_two_forms_drafts_for_one_participant_stay_apart(setting):
    coach = client_of(setting.coach)
    draft_save(coach, setting, answers={"how_it_goes": "Bien"})
    draft_save(
        coach,
        setting,
        "action_plan",
        answers={"project": "Cuisinière", "action_steps-0-goal": "Travail"},
    )
    follow_up = coach.get(setting.url("follow_up", "draft")).json()
    plan = coach.get(setting.url("action_plan", "draft")).json()
    assert follow_up["answers"] == {"how_it_goes": "Bien"}
    assert plan["answers"] == {
        "project": "Cuisinière",
        "action_steps-0-goal": "Travail",
    }
    assert InterviewDraft.objects.count() == 2


def test_a_version_of_another_form_is_refused(setting):
    response = draft_save(
        client_of(setting.coach), setting, version=version_of(setting, "action_plan")
    )
    assert response.status_code == 400
    assert response.json()["error"] == "malformed"
    assert not InterviewDraft.objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"client_uuid": "nope", "base_revision": 0}).encode(),
        # Nested far deeper than any draft: json.loads ended in RecursionError (500).
        b'{"answers": ' + b"[" * 20_000 + b"]" * 20_000 + b"}",
    ],
    ids=["not-json", "not-an-object", "bad-client-id", "deep"],
)
def test_a_malformed_save_is_refused(setting, content):
    response = client_of(setting.coach).post(
        setting.url("follow_up", "draft"), content, content_type="application/json"
    )
    assert response.status_code == 400
    assert not InterviewDraft.objects.exists()


def test_a_nul_character_is_refused_on_every_database(setting):
    # SQLite would store it; PostgreSQL refuses it in a text column (a 500 there).
    response = draft_save(client_of(setting.coach), setting, notes="Rendez-vous\x00")
    assert response.status_code == 400
    assert response.json()["error"] == "malformed"
    assert not InterviewDraft.objects.exists()
    assert draft_save(client_of(setting.coach), setting, notes="ok").status_code == 200


def test_a_too_large_save_is_refused(setting):
    too_much = {"how_it_goes": "x" * (MAX_PAYLOAD + 1)}
    response = draft_save(client_of(setting.coach), setting, answers=too_much)
    assert response.status_code == 413
    assert not InterviewDraft.objects.exists()


# --- who sees a draft ---------------------------------------------------------------


@pytest.fixture
def saved(setting):
    secret = {"how_it_goes": "Confidentiel"}
    draft_save(client_of(setting.coach), setting, answers=secret)
    return setting


@pytest.mark.parametrize(
    ("key", "role"),
    [
        ("b", Role.COACH),
        ("b", Role.PROGRAMME_MANAGER),
        ("b", Role.CPAS_ADMIN),
        ("a", Role.SOCIAL_WORKER),
        ("a", Role.CPAS_ADMIN),
    ],
)
def test_only_the_programme_team_reaches_the_interview(world, saved, key, role):
    client = world.client(key, role)
    for name in ("interview", "draft", "send"):
        url = saved.url("follow_up", name)
        response = client.post(url, {}) if name == "send" else client.get(url)
        assert response.status_code == 404, (name, response.status_code)
        assert b"Confidentiel" not in response.content
    response = draft_save(client, saved)
    assert response.status_code == 404
    assert InterviewDraft.objects.get().answers == {"how_it_goes": "Confidentiel"}


def test_the_programme_manager_reaches_the_teams_draft(world, saved):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    draft = manager.get(saved.url("follow_up", "draft")).json()
    assert draft["answers"] == {"how_it_goes": "Confidentiel"}


def test_someone_logged_out_is_sent_to_log_in(saved):
    anonymous = Client()
    page = anonymous.get(saved.url("follow_up"))
    assert page.status_code == 302
    assert reverse("wagtailadmin_login") in page["Location"]
    for name in ("draft", "send"):
        url = saved.url("follow_up", name)
        response = anonymous.post(url, {}) if name == "send" else anonymous.get(url)
        assert response.status_code == 403
        assert response.json()["error"] == "login_required"
        assert b"Confidentiel" not in response.content


def test_forged_addresses_find_nothing(world, saved):
    coach = client_of(saved.coach)
    form, person = saved.forms["follow_up"], saved.participant
    stranger = ParticipantFactory(antenna=world.antenna["a"])  # not referred
    elsewhere = referral_of(world, "b")
    other_form = form_page(
        world.programme["b"], [question("singleline", "Q", "q")], kind="follow_up"
    )
    referral_form = form_page(
        world.programme["a"], [question("singleline", "Q", "q")], kind="referral"
    )
    someone_else = referral_of(world)
    draft_referral = referral_of(world, state="draft")
    forged = [
        (form.pk, stranger.pk, ""),
        (form.pk, elsewhere.participant.pk, ""),
        (other_form.pk, person.pk, ""),
        (referral_form.pk, person.pk, ""),
        (999999, person.pk, ""),
        (form.pk, 999999, ""),
        (form.pk, person.pk, f"?referral={someone_else.pk}"),
        (form.pk, person.pk, f"?referral={elsewhere.pk}"),
        (form.pk, person.pk, "?referral=x"),
        (form.pk, draft_referral.participant.pk, ""),
    ]
    for form_id, participant_id, query in forged:
        for name in ("interview", "draft", "send"):
            url = reverse(f"interviews:{name}", args=[form_id, participant_id])
            url += query
            response = coach.post(url, {}) if name == "send" else coach.get(url)
            assert response.status_code == 404, (form_id, participant_id, query, name)
