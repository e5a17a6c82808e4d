"""Access from the outside: only the programme's managers write its path (a
forged URL to another programme's path answers 404, a forged form of another
programme is refused); the path on the participant's page shows to whoever sees
her referral, never to another programme's coach."""

from __future__ import annotations

import pytest
from django.urls import reverse

from intake.roles import Role
from paths.models import PathStep
from paths.panels import participant_panel
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import english

pytestmark = pytest.mark.django_db


def edit_url(path) -> str:
    return reverse("programme_paths:edit", args=[path.pk])


def step_post(path, steps: list[dict]) -> dict:
    """The edit form as the admin posts it: the path and its inline steps."""
    data = {
        "programme": path.programme_id,
        "intro": "",
        "steps-TOTAL_FORMS": str(len(steps)),
        "steps-INITIAL_FORMS": str(len([s for s in steps if s.get("id")])),
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
    }
    for index, step in enumerate(steps):
        for name, value in {
            "kind": "",
            "title": "",
            "times": "1",
            "within_days": "",
            "form": "",
            "session_kind": "",
            "state": "",
            "phase": "",
            "ORDER": str(index + 1),
            "DELETE": "",
            **step,
        }.items():
            data[f"steps-{index}-{name}"] = value if value is not None else ""
    return data


def existing(path) -> list[dict]:
    return [
        {
            "id": str(step.pk),
            "kind": step.kind,
            "times": str(step.times),
            "within_days": "" if step.within_days is None else str(step.within_days),
            "form": str(step.form_id or ""),
            "session_kind": step.session_kind,
            "state": step.state,
            "phase": step.phase,
        }
        for step in path.steps.all()
    ]


def test_the_programme_s_manager_edits_its_path(path_setting):
    s = path_setting
    manager = english(s.world.client("a", Role.PROGRAMME_MANAGER))
    assert manager.get(edit_url(s.path)).status_code == 200
    steps = existing(s.path)
    steps[3]["DELETE"] = "1"  # no group phase any more
    response = manager.post(edit_url(s.path), step_post(s.path, steps))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert s.path.steps.count() == 3


def test_another_programme_s_manager_or_a_coach_cannot_edit_it(path_setting):
    s = path_setting
    other = english(s.world.client("b", Role.PROGRAMME_MANAGER))
    assert other.get(edit_url(s.path)).status_code == 404
    response = other.post(edit_url(s.path), step_post(s.path, existing(s.path)[:1]))
    assert response.status_code == 404
    coach = english(s.world.client("a", Role.COACH))
    assert coach.get(edit_url(s.path)).status_code in (302, 403)
    admin = english(s.world.client("a", Role.CPAS_ADMIN))
    assert admin.get(edit_url(s.path)).status_code in (302, 403, 404)
    assert s.path.steps.count() == 4


def test_a_form_of_another_programme_is_refused(path_setting):
    s = path_setting
    foreign = form_page(
        s.world.programme["b"], [question("singleline", "Question", "q")]
    )
    manager = english(s.world.client("a", Role.PROGRAMME_MANAGER))
    steps = existing(s.path)
    steps[1]["form"] = str(foreign.pk)
    response = manager.post(edit_url(s.path), step_post(s.path, steps))
    assert response.status_code == 200  # the form again, with its error
    assert PathStep.objects.get(pk=steps[1]["id"]).form_id == s.interview.pk


def test_a_step_tied_to_nothing_is_refused(path_setting):
    s = path_setting
    manager = english(s.world.client("a", Role.PROGRAMME_MANAGER))
    steps = [*existing(s.path), {"kind": "trial_week"}]
    response = manager.post(edit_url(s.path), step_post(s.path, steps))
    assert response.status_code == 200
    assert "Tie the step to one thing" in response.content.decode()
    assert s.path.steps.count() == 4


def test_the_path_shows_on_the_participant_s_page_to_her_programme_only(
    path_setting,
):
    s = path_setting
    s.sent(days=2)
    participant = s.referral.participant
    url = reverse("participant:inspect", args=[participant.pk])
    coach = english(s.world.client("a", Role.COACH))
    page = coach.get(url).content.decode()
    assert 'data-step-status="next"' in page
    assert (
        '<strong>Information session</strong> · <span class="path-step-status">'
        "Next</span>"
    ) in (" ".join(page.split()))
    worker = english(s.world.client("a", Role.SOCIAL_WORKER))
    assert 'data-step-status="next"' in worker.get(url).content.decode()

    other_coach = english(s.world.client("b", Role.COACH))
    assert other_coach.get(url).status_code == 404
    assert (
        participant_panel(participant=participant, user=s.world.user("b", Role.COACH))
        is None
    )
