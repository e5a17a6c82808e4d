"""The interview's draft: saved as the coach goes, resumed on any device."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.surveys.interview_fixtures import client_of, interview_setting

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(world):
    return interview_setting(world)


def save(client, url, *, base_revision=0, client_uuid=None, version, **content):
    body = {
        "client_uuid": str(client_uuid or uuid.uuid4()),
        "base_revision": base_revision,
        "version": version,
        "position": content.pop("position", 0),
        "answers": content.pop("answers", {}),
        "notes": content.pop("notes", ""),
        "next_appointment": content.pop("next_appointment", ""),
        "steps": content.pop("steps", {}),
    }
    return client.post(url, json.dumps(body), content_type="application/json")


def version_of(setting, kind="orientation_interview"):
    return setting.forms[kind].published_version.pk


def test_a_draft_saved_on_one_tablet_resumes_on_another_coachs_tablet(setting):
    url = setting.url("orientation_interview", "draft")
    first = client_of(setting.coach)
    assert first.get(url).status_code == 404
    answers = {
        "housing": "Studio à Schaerbeek",
        "strengths": ["cuisine", "langues"],
        "motivation": "4",
    }
    response = save(
        first,
        url,
        version=version_of(setting),
        position=2,
        answers={**answers, "not_a_question": "x"},
        notes="Vient avec sa sœur",
        next_appointment="2030-03-04T10:30",
    )
    assert response.status_code == 200, response.content
    assert response.json()["revision"] == 1

    other = client_of(setting.other_coach)
    draft = other.get(url).json()
    assert draft["revision"] == 1
    assert draft["position"] == 2
    assert draft["notes"] == "Vient avec sa sœur"
    assert draft["next_appointment"] == "2030-03-04T10:30"
    assert "not_a_question" not in draft["answers"]
    page = other.get(setting.url("orientation_interview")).content.decode()
    assert 'data-revision="1"' in page
    assert 'data-position="2"' in page
