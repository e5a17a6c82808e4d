"""The network drops in the middle of an interview: the coach finishes it and
sends it; the page says it waits; when the network is back it is stored once."""

from __future__ import annotations

import pytest

from surveys.models import InterviewDraft, Submission
from tests.browser.interview_pages import (
    eventually,
    interview_sends,
    interview_setting,
    kept_on_tablet,
    open_interview,
    quiet_tablets,  # noqa: F401 (autouse)
    same_tablet,
    tablet,
    wait_for_state,
    wait_until_kept,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def finish_offline(page) -> None:
    """Sections 2, 3 and the end, filled without a network."""
    page.locator("[data-next]").tap()
    page.fill("textarea[name='strengths']", "Repairs bicycles")
    page.locator("[data-next]").tap()
    page.fill("input[name='job']", "Bicycle mechanic")
    page.locator("[data-next]").tap()
    page.fill("textarea[name='notes']", "Wants a workshop placement")
    page.fill("input[name='next_appointment']", "2026-12-03T10:30")


def test_sent_offline_then_stored_exactly_once_when_back_online(
    live_server, new_context
):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    sends = interview_sends(page)
    open_interview(page, live_server, setting)
    done = page.get_attribute("#interview", "data-done-url")
    page.fill("input[name='called']", "Amina")
    page.locator("label:has(input[name='motivated'][value='yes'])").tap()
    wait_for_state(page, "saved")

    page.context.set_offline(True)
    finish_offline(page)
    page.locator("[data-send]").tap()

    wait_for_state(page, "waiting")
    assert "sent when the network is back" in page.inner_text("#save-state")
    assert page.locator("#offline-banner").is_visible()
    assert page.locator("[data-send]").is_disabled()
    # Kept on the tablet meanwhile, with its client id.
    kept = kept_on_tablet(page, "sends")
    assert len(kept) == 1 and kept[0]["uuid"]
    page.wait_for_timeout(1500)  # a retry or two, still offline
    assert Submission.objects.count() == 0

    page.context.set_offline(False)
    page.wait_for_url(f"{live_server.url}{done}*", timeout=20_000)
    assert eventually(lambda: Submission.objects.count() == 1)
    submission = Submission.objects.get()
    assert submission.client_uuid is not None
    assert str(submission.client_uuid) == kept[0]["uuid"]
    assert submission.answers["called"] == "Amina"
    assert submission.answers["strengths"] == "Repairs bicycles"
    assert submission.answers["job"] == "Bicycle mechanic"
    assert submission.notes == "Wants a workshop placement"
    assert submission.participant == setting.participant
    draft = InterviewDraft.objects.get()
    assert draft.submission == submission
    # Deleted from the tablet once the server confirmed.
    page.goto(f"{live_server.url}{setting.path()}")
    assert kept_on_tablet(page, "sends") == []
    assert kept_on_tablet(page, "drafts") == []
    # Whatever retries happened, every one carried the same client id.
    assert sends
    assert all(kept[0]["uuid"] in (request.post_data or "") for request in sends)
    assert Submission.objects.count() == 1


def test_a_send_waiting_on_the_tablet_survives_a_reload(live_server, new_context):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    open_interview(page, live_server, setting)
    done = page.get_attribute("#interview", "data-done-url")
    page.fill("input[name='called']", "Amina")
    page.locator("label:has(input[name='motivated'][value='yes'])").tap()
    wait_for_state(page, "saved")
    # The worker keeps the page, so it opens again without a network.
    wait_until_kept(page, setting)

    page.context.set_offline(True)
    finish_offline(page)
    page.locator("[data-send]").tap()
    wait_for_state(page, "waiting")

    page.reload()
    page.wait_for_selector("#interview[data-ready]")
    wait_for_state(page, "waiting")
    assert page.input_value("textarea[name='notes']") == "Wants a workshop placement"
    assert Submission.objects.count() == 0

    page.context.set_offline(False)
    page.wait_for_url(f"{live_server.url}{done}*", timeout=20_000)
    assert eventually(lambda: Submission.objects.count() == 1)
    assert Submission.objects.get().answers["job"] == "Bicycle mechanic"


def test_answers_kept_on_the_tablet_come_back_when_the_page_is_reopened(
    live_server, new_context
):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    open_interview(page, live_server, setting)
    page.fill("input[name='called']", "Amina")
    assert eventually(
        lambda: InterviewDraft.objects.filter(answers__called="Amina").exists()
    )
    wait_for_state(page, "saved")

    # Offline, a newer answer stays on the tablet; the tab is closed.
    page.context.set_offline(True)
    page.fill("input[name='called']", "Amina Haddad")
    page.locator("[data-next]").tap()
    page.fill("textarea[name='strengths']", "Drives a truck")
    page.locator("[data-back]").tap()
    wait_for_state(page, "offline")
    again = same_tablet(page)
    page.close()
    assert InterviewDraft.objects.get().answers["called"] == "Amina"

    # Back online, the page comes from the server with the older draft: the
    # tablet's newer answers win, and are saved.
    again.context.set_offline(False)
    open_interview(again, live_server, setting)
    assert again.input_value("input[name='called']") == "Amina Haddad"
    assert again.input_value("textarea[name='strengths']") == "Drives a truck"
    draft = eventually(
        lambda: InterviewDraft.objects.filter(
            answers__called="Amina Haddad", answers__strengths="Drives a truck"
        ).first()
    )
    assert draft.revision > 1
    wait_for_state(again, "saved")
    assert kept_on_tablet(again) == []
