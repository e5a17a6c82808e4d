"""A programme's path in the browser: the participant signs her PIIS contract
on the tablet (the interview mode) and the contract step shows done on her
page; the programme's manager removes a step of the path in the admin and her
page follows."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from groups.models import Attendance, Presence, Session, SessionKind
from intake.roles import Role
from paths.models import PathStep, ProgrammePath, StepKind
from surveys.models import Submission
from tests.browser.axe import assert_accessible
from tests.browser.conftest import log_in
from tests.browser.interview_pages import (
    Setting,
    eventually,
    interview_setting,
    open_interview,
    quiet_tablets,  # noqa: F401 (autouse)
    tablet,
)
from tests.factories import PASSWORD, form_page, question, staff_member
from workflow.models import ReferralState, TransitionLog

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def contract_setting() -> tuple[Setting, ProgrammePath]:
    """The interview setting's programme with a path (information session,
    PIIS contract, group phase) and a contract form whose last question is the
    participant's signature; she came to the information session."""
    base = interview_setting()
    programme = base.referral.programme
    contract = form_page(
        programme,
        [
            question("singleline", "Agreed goals", "goals", required=False),
            question("signature", "Participant's signature", "signature"),
        ],
        kind="contract",
        title="PIIS contract",
    )
    path = ProgrammePath.objects.create(programme=programme)
    for order, step in enumerate(
        [
            {"kind": StepKind.INFO_SESSION, "session_kind": SessionKind.INFO_SESSION},
            {"kind": StepKind.CONTRACT, "form": contract, "within_days": 14},
            {"kind": StepKind.GROUP_PHASE, "state": ReferralState.IN_PROGRESS},
        ]
    ):
        PathStep.objects.create(path=path, sort_order=order, **step)
    referral = base.referral
    TransitionLog.objects.create(
        referral=referral,
        action="submit",
        source=ReferralState.DRAFT,
        target=ReferralState.SUBMITTED,
        actor=referral.referred_by,
    )
    starts = timezone.now() - datetime.timedelta(days=2)
    session = Session.objects.create(
        programme=programme,
        kind=SessionKind.INFO_SESSION,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
    )
    Attendance.objects.create(
        session=session,
        participant=referral.participant,
        status=Presence.PRESENT,
        minutes=120,
    )
    setting = Setting(
        page=contract,
        referral=referral,
        coach=base.coach,
        other_coach=base.other_coach,
    )
    return setting, path


def participant_url(live_server, setting: Setting) -> str:
    with translation.override("en"):
        path = reverse("participant:inspect", args=[setting.participant.pk])
    return f"{live_server.url}{path}"


def step_states(page) -> list[str]:
    return page.eval_on_selector_all(
        "[data-path] [data-step-status]",
        "items => items.map(item => item.getAttribute('data-step-status'))",
    )


def sign(page) -> None:
    """A finger's stroke across the signature box."""
    box = page.locator("[data-signature-box]")
    box.scroll_into_view_if_needed()
    area = box.bounding_box()
    x, y = area["x"], area["y"] + area["height"] / 2
    page.mouse.move(x + 20, y)
    page.mouse.down()
    for step in range(1, 12):
        page.mouse.move(x + 20 + step * 25, y + (15 if step % 2 else -15), steps=3)
    page.mouse.up()


def test_the_participant_signs_on_the_tablet_and_the_step_is_done(
    live_server, new_context
):
    setting, _path = contract_setting()
    page = tablet(new_context, live_server, setting.coach)
    page.goto(participant_url(live_server, setting))
    assert step_states(page) == ["done", "next", "later"]

    open_interview(page, live_server, setting)
    done = page.get_attribute("#interview", "data-done-url")
    assert page.inner_text("[data-signature-state]") == "Not signed yet."
    sign(page)
    page.wait_for_function(
        "() => document.querySelector('[data-signature-value]').value"
        ".startsWith('data:image/png;base64,')"
    )
    assert page.inner_text("[data-signature-state]") == "Signed."
    assert_accessible(page, "the contract with its signature box")
    while not page.locator("[data-send]").is_visible():
        page.locator("[data-next]").tap()
    page.locator("[data-send]").tap()
    page.wait_for_url(f"{live_server.url}{done}*", timeout=20_000)

    submission = eventually(
        lambda: Submission.objects.filter(version__page=setting.page).first()
    )
    assert submission.answers["signature"]["recorded_by_id"] == setting.coach.pk
    page.goto(participant_url(live_server, setting))
    assert step_states(page) == ["done", "done", "next"]
    contract = page.locator("[data-path] li").nth(1).inner_text()
    assert "Signed on" in contract and "Done" in contract


def test_a_manager_removes_a_step_and_the_participant_s_page_follows(
    live_server, new_context
):
    setting, path = contract_setting()
    manager = staff_member(
        Role.PROGRAMME_MANAGER,
        cpas=path.programme.cpas,
        programmes=[path.programme],
    ).user
    page = new_context().new_page()
    log_in(page, live_server, manager.username, PASSWORD)
    page.goto(participant_url(live_server, setting))
    assert step_states(page) == ["done", "next", "later"]

    with translation.override("en"):
        edit = reverse("programme_paths:edit", args=[path.pk])
    page.goto(f"{live_server.url}{edit}")
    page.click("#id_steps-0-DELETE-button")  # no information session any more
    page.locator("button[type=submit]", has_text="Save").first.click()
    page.wait_for_url(f"{live_server.url}/admin/programme-paths/**")
    assert eventually(lambda: path.steps.count() == 2)

    page.goto(participant_url(live_server, setting))
    assert step_states(page) == ["next", "later"]
    first = page.locator("[data-path] li").first.inner_text()
    assert "Information session" not in first and "Contract signature" in first
