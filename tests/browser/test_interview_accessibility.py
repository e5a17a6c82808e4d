"""axe-core (WCAG 2.2 AA) on every screen of an interview, and what a coach
notices when answers are missing or the plan's steps are reviewed."""

from __future__ import annotations

import datetime

import pytest

from surveys.models import ActionStep, ActionStepUpdate, StepStatus, Submission
from tests.browser.axe import assert_accessible
from tests.browser.interview_pages import (
    LANDSCAPE,
    PORTRAIT,
    eventually,
    focus_in_sight,
    focused,
    interview_setting,
    open_interview,
    quiet_tablets,  # noqa: F401 (autouse)
    tablet,
)
from tests.factories import submission_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def plan_step(setting) -> ActionStep:
    """An open step of an earlier action plan, with one update in its history."""
    plan = submission_for(setting.referral, "action_plan")
    step = ActionStep.objects.create(
        participant=setting.participant,
        programme=setting.referral.programme,
        submission=plan,
        question_key="plan",
        row=0,
        goal="Find a training",
        step="Visit the training centre",
        due_date=datetime.date(2026, 12, 15),
        owner="Amina",
    )
    ActionStepUpdate.objects.create(
        action_step=step, status=StepStatus.PLANNED, note="Agreed together"
    )
    return step


@pytest.mark.parametrize(
    "viewport", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"]
)
def test_every_interview_screen_passes_axe(live_server, new_context, viewport):
    setting = interview_setting()
    step = plan_step(setting)
    page = tablet(new_context, live_server, setting.coach, viewport=viewport)
    open_interview(page, live_server, setting)

    assert_accessible(page, "the first section")
    page.fill("input[name='called']", "Amina")
    page.locator("label:has(input[name='motivated'][value='yes'])").tap()
    page.locator("[data-next]").tap()
    assert_accessible(page, "a middle section")
    page.locator("[data-next]").tap()
    page.locator("[data-next]").tap()
    assert focused(page, "#interview-step-end-title")
    assert page.inner_text("#interview-progress-text") == "Section 4 of 4"
    assert "Find a training" in page.inner_text(".plan-review")
    assert_accessible(page, "the end section with the action plan")

    # The step is marked done, with a note: part of the draft, then of the send.
    page.locator(f"label[for='step-{step.pk}-status-done']").tap()
    page.fill(f"textarea[name='step-{step.pk}-note']", "Registered for January")
    done = page.get_attribute("#interview", "data-done-url")
    page.locator("[data-send]").tap()
    page.wait_for_url(f"{live_server.url}{done}*")
    sent = eventually(lambda: Submission.objects.filter(draft__isnull=False).first())
    assert sent.answers["called"] == "Amina"
    step.refresh_from_db()
    assert step.status == StepStatus.DONE
    assert step.updates.order_by("-pk").first().note == "Registered for January"


def test_missing_answers_are_shown_next_to_them_and_in_a_summary(
    live_server, new_context
):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    open_interview(page, live_server, setting)
    # The first question is required; the coach goes on without it.
    page.locator("[data-next]").tap()
    page.locator("[data-next]").tap()
    page.locator("[data-send]").tap()

    summary = page.locator("#errors")
    assert summary.is_visible() and focused(page, "#errors")
    assert "What do you like to be called?" in summary.inner_text()
    assert page.locator("#interview-step-0-title").is_visible()
    assert page.get_attribute("input[name='called']", "aria-invalid") == "true"
    assert "needs an answer" in page.inner_text("[data-question='called']")
    assert_accessible(page, "the error summary")
    assert Submission.objects.count() == 0

    # Its link leads to the field, not hidden under the sticky header.
    page.locator("#errors a").first.tap()
    assert focused(page, "input[name='called']")
    assert focus_in_sight(page)
    page.fill("input[name='called']", "Amina")
    assert page.get_attribute("input[name='called']", "aria-invalid") is None
    page.locator("[data-next]").tap()
    page.locator("[data-next]").tap()
    done = page.get_attribute("#interview", "data-done-url")
    page.locator("[data-send]").tap()
    page.wait_for_url(f"{live_server.url}{done}*")
    assert eventually(lambda: Submission.objects.count() == 1)


def test_answers_refused_by_the_server_are_shown_where_they_are(
    live_server, new_context
):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    open_interview(page, live_server, setting)
    page.fill("input[name='called']", "Amina")
    page.locator("[data-next]").tap()
    page.locator("[data-next]").tap()
    # A value the browser lets through but the server refuses.
    page.evaluate(
        """() => {
            const input = document.querySelector("input[name='called']");
            input.value = "x".repeat(600);
        }"""
    )
    page.locator("[data-send]").tap()

    summary = page.locator("#errors")
    summary.wait_for()
    assert focused(page, "#errors")
    assert page.locator("#interview-step-0-title").is_visible()
    assert page.get_attribute("input[name='called']", "aria-invalid") == "true"
    assert page.locator("[data-question='called'] [data-field-error]").is_visible()
    # Nothing waits to be sent: she corrects and sends again.
    assert not page.locator("[data-send]").is_disabled()
    assert page.evaluate("window.surveyInterview.sendRecord") is None
    assert Submission.objects.count() == 0
