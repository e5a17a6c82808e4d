"""Action plan follow-up: a sent plan's steps come back at the next interview,
where the coach marks them; every change is kept."""

from __future__ import annotations

import uuid

import pytest
from django.utils import translation

from intake.roles import Role
from surveys.interviews.action_plans import action_step_update, open_steps
from surveys.models import ActionStep, InterviewDraft, StepStatus, Submission
from tests.surveys.interview_fixtures import (
    client_of,
    draft_save,
    interview_setting,
    version_of,
)

pytestmark = pytest.mark.django_db


def send_plan(client, setting):
    return client.post(
        setting.url("action_plan", "send"),
        {
            "form_version": version_of(setting, "action_plan"),
            "client_uuid": str(uuid.uuid4()),
            "project": "Devenir aide-cuisinière",
            "action_steps-0-goal": "Apprendre le français",
            "action_steps-0-step": "S'inscrire au cours du soir",
            "action_steps-0-due_date": "2030-01-15",
            "action_steps-0-owner": "Amina",
            "action_steps-1-goal": "Trouver un stage",
            "action_steps-1-step": "Préparer un CV",
            "action_steps-1-owner": "Coach",
        },
        headers={"X-CSRFToken": "token"},
    )


def send_follow_up(client, setting, **reviews):
    return client.post(
        setting.url("follow_up", "send"),
        {
            "form_version": version_of(setting),
            "client_uuid": str(uuid.uuid4()),
            "how_it_goes": "Bien",
            "is_motivated": "yes",
            **reviews,
        },
        headers={"X-CSRFToken": "token"},
    )


def test_a_sent_plan_creates_its_steps_with_the_start_of_their_history(setting):
    response = send_plan(client_of(setting.coach), setting)
    assert response.status_code == 201, response.content
    plan = Submission.objects.get()
    steps = list(ActionStep.objects.order_by("row"))
    assert [(s.goal, s.step, s.owner) for s in steps] == [
        ("Apprendre le français", "S'inscrire au cours du soir", "Amina"),
        ("Trouver un stage", "Préparer un CV", "Coach"),
    ]
    assert str(steps[0].due_date) == "2030-01-15"
    assert steps[1].due_date is None
    assert {s.participant for s in steps} == {setting.participant}
    assert {s.submission for s in steps} == {plan}
    assert all(s.status == StepStatus.PLANNED for s in steps)
    assert [u.status for u in steps[0].updates.all()] == [StepStatus.PLANNED]


def test_sending_a_plan_closes_its_draft(setting):
    coach = client_of(setting.coach)
    draft_save(coach, setting, "action_plan", answers={"project": "Cuisine"})
    assert send_plan(coach, setting).status_code == 201
    assert InterviewDraft.objects.get().submission == Submission.objects.get()


def test_the_next_interview_shows_the_steps_and_records_their_review(setting):
    coach = client_of(setting.coach)
    send_plan(coach, setting)
    french, internship = ActionStep.objects.order_by("row")
    with translation.override("en"):
        page = coach.get(setting.url("follow_up")).content.decode()
    assert "Action plan follow-up" in page
    assert "Apprendre le français" in page
    assert f'name="step-{french.pk}-status"' in page
    assert f'name="step-{french.pk}-note"' in page
    assert f'id="step-{french.pk}-status-planned" value="planned" checked' in page

    response = send_follow_up(
        client_of(setting.other_coach),
        setting,
        **{
            f"step-{french.pk}-status": "done",
            f"step-{french.pk}-note": "Inscrite, commence lundi",
            f"step-{internship.pk}-status": "planned",
            f"step-{internship.pk}-note": "",
        },
    )
    assert response.status_code == 201, response.content
    interview = Submission.objects.get(pk=response.json()["submission"])
    french.refresh_from_db()
    internship.refresh_from_db()
    assert french.status == StepStatus.DONE
    assert internship.status == StepStatus.PLANNED
    review = french.updates.last()
    assert (review.status, review.note) == ("done", "Inscrite, commence lundi")
    assert review.submission == interview
    assert review.by == setting.other_coach
    # Looking at a step without changing it records nothing.
    assert internship.updates.count() == 1

    # A done step leaves the follow-up; the others come back with their history.
    with translation.override("en"):
        page = coach.get(setting.url("follow_up")).content.decode()
    assert f'name="step-{french.pk}-status"' not in page
    assert f'name="step-{internship.pk}-status"' in page
    assert "History of this step" in page


def test_a_review_in_progress_then_dropped_keeps_every_change(setting):
    coach = client_of(setting.coach)
    send_plan(coach, setting)
    step = ActionStep.objects.order_by("row").first()
    send_follow_up(coach, setting, **{f"step-{step.pk}-status": "in_progress"})
    send_follow_up(
        coach,
        setting,
        **{f"step-{step.pk}-status": "dropped", f"step-{step.pk}-note": "Déménage"},
    )
    assert [u.status for u in step.updates.order_by("at", "pk")] == [
        "planned",
        "in_progress",
        "dropped",
    ]
    # Each change is linked to the interview it was made at.
    plan, first, second = Submission.objects.order_by("pk")
    assert [u.submission for u in step.updates.order_by("at", "pk")] == [
        plan,
        first,
        second,
    ]


def test_a_repeated_send_records_the_review_once(setting):
    coach = client_of(setting.coach)
    send_plan(coach, setting)
    step = ActionStep.objects.order_by("row").first()
    data = {
        "form_version": version_of(setting),
        "client_uuid": str(uuid.uuid4()),
        "how_it_goes": "Bien",
        "is_motivated": "yes",
        f"step-{step.pk}-status": "done",
    }
    url = setting.url("follow_up", "send")
    headers = {"X-CSRFToken": "token"}
    assert coach.post(url, data, headers=headers).status_code == 201
    assert coach.post(url, data, headers=headers).status_code == 200
    assert step.updates.count() == 2  # planned, then done once


def test_steps_of_another_programme_cannot_be_reviewed(world, setting):
    coach_a = client_of(setting.coach)
    send_plan(coach_a, setting)
    step = ActionStep.objects.order_by("row").first()
    other = interview_setting(world, "b")
    response = send_follow_up(
        client_of(other.coach), other, **{f"step-{step.pk}-status": "dropped"}
    )
    assert response.status_code == 201
    step.refresh_from_db()
    assert step.status == StepStatus.PLANNED
    assert not open_steps(
        user=world.user("b", Role.COACH),
        participant=setting.participant,
        programme=world.programme["a"],
    ).exists()


def test_an_unknown_status_is_an_error_of_that_step(setting):
    coach = client_of(setting.coach)
    send_plan(coach, setting)
    step = ActionStep.objects.order_by("row").first()
    response = send_follow_up(coach, setting, **{f"step-{step.pk}-status": "lost"})
    assert response.status_code == 400
    assert f"step-{step.pk}-status" in response.json()["errors"]
    assert Submission.objects.count() == 1  # only the plan


def test_a_plan_sent_for_nobody_has_no_steps_to_follow(setting):
    from surveys.interviews.action_plans import action_steps_create

    plan = Submission.objects.create(
        version=setting.forms["action_plan"].published_version,
        translation_key=setting.forms["action_plan"].translation_key,
        programme=setting.referral.programme,
        locale=setting.forms["action_plan"].locale,
        answers={"action_steps": [{"goal": "G", "step": "S"}]},
    )
    assert action_steps_create(submission=plan) == []


def test_an_update_without_change_or_note_records_nothing(setting):
    send_plan(client_of(setting.coach), setting)
    step = ActionStep.objects.order_by("row").first()
    assert action_step_update(step=step, status="planned", user=setting.coach) is None
    update = action_step_update(
        step=step, status="planned", note="Rappelé", user=setting.coach
    )
    assert update.note == "Rappelé"
    assert step.updates.count() == 2


def test_a_draft_keeps_the_review_of_the_steps_until_sent(setting):
    coach = client_of(setting.coach)
    send_plan(coach, setting)
    step = ActionStep.objects.order_by("row").first()
    url = setting.url("follow_up", "draft")
    review = {str(step.pk): {"status": "in_progress", "note": "Cours trouvé"}}
    draft_save(coach, setting, steps=review)
    other = client_of(setting.other_coach)
    assert other.get(url).json()["steps"] == review
    assert other.get(url).json()["answers"] == {}
    page = other.get(setting.url("follow_up")).content.decode()
    assert f'id="step-{step.pk}-status-in_progress" value="in_progress" checked' in page
    assert "Cours trouvé</textarea>" in page
    step.refresh_from_db()
    assert step.status == StepStatus.PLANNED  # a draft changes no step
