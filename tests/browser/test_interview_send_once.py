"""Send tapped twice, and the very same request replayed: one submission."""

from __future__ import annotations

import pytest

from surveys.models import Submission
from tests.browser.interview_pages import (
    eventually,
    interview_sends,
    interview_setting,
    open_interview,
    quiet_tablets,  # noqa: F401 (autouse)
    tablet,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_double_tap_and_a_replay_store_one_submission(live_server, new_context):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    sends = interview_sends(page)
    open_interview(page, live_server, setting)
    done = page.get_attribute("#interview", "data-done-url")
    page.fill("input[name='called']", "Amina")
    page.locator("[data-next]").tap()
    page.fill("textarea[name='strengths']", "Sews clothes")
    page.locator("[data-next]").tap()
    page.fill("textarea[name='notes']", "Calm and clear")

    # Two taps at the same spot, as fast as a finger (no waiting in between).
    box = page.locator("[data-send]").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.touchscreen.tap(x, y)
    page.touchscreen.tap(x, y)
    page.wait_for_url(f"{live_server.url}{done}*", timeout=20_000)

    assert len(sends) == 1
    assert eventually(lambda: Submission.objects.count() == 1)
    submission = Submission.objects.get()
    assert submission.answers["strengths"] == "Sews clothes"
    assert submission.notes == "Calm and clear"

    # The same request again (a retry whose first answer was lost on the way).
    first = sends[0]
    replay = page.request.post(
        first.url,
        data=first.post_data_buffer,
        headers={
            "Content-Type": first.headers["content-type"],
            "X-CSRFToken": first.headers["x-csrftoken"],
            "Accept": "application/json",
        },
    )
    assert replay.status == 200, replay.text()
    assert replay.json()["submission"] == submission.pk
    assert Submission.objects.count() == 1
    assert str(submission.client_uuid) in first.post_data


def test_the_send_button_is_locked_while_sending(live_server, new_context):
    setting = interview_setting()
    # No service worker here: the test holds the send back with a route, which
    # only sees the page's own requests.
    page = tablet(new_context, live_server, setting.coach, service_workers="block")
    open_interview(page, live_server, setting)
    page.fill("input[name='called']", "Amina")
    page.locator("[data-next]").tap()
    page.locator("[data-next]").tap()

    # Hold the answer back: the page shows it is sending and refuses a new send.
    held = []
    page.route("**/send/**", lambda route: held.append(route))
    page.locator("[data-send]").tap()
    for _ in range(75):  # Playwright runs the route's handler while it waits
        if held:
            break
        page.wait_for_timeout(200)
    assert held, "the send never left the page"
    assert page.locator("[data-send]").is_disabled()
    assert page.evaluate("document.querySelector('[data-step=end]').inert")
    held[0].continue_()
    page.wait_for_url("**/referrals/**", timeout=20_000)
    assert Submission.objects.count() == 1
