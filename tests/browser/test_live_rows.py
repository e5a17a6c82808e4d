"""The lists update themselves: the coach's inbox shows a referral that has just
come in, without a reload; a social worker of another antenna sees nothing. The
participant's page shows her referral's new state without a reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.live_server import served, signed_in, socket_open

pytestmark = pytest.mark.browser
SETUP = Path(__file__).with_name("live_rows_setup.py")


@pytest.fixture
def server():
    """A daphne process on a fresh database with one submitted referral."""
    with served(SETUP) as running:
        yield running


def test_the_inbox_shows_a_referral_as_it_comes_in_and_only_to_its_people(
    server, new_context
):
    url, data = server
    row = f"tr[data-referral='{data['referral']}']"
    # The coach's inbox of referrals in review: empty for now.
    coach = signed_in(new_context, url, data["coach_session"])
    coach.goto(f"{url}/admin/referrals/inbox/?state=in_review")
    socket_open(coach)
    assert coach.locator(row).count() == 0
    # Another antenna's social worker has her list open.
    other = signed_in(new_context, url, data["other_worker_session"])
    other.goto(f"{url}/admin/referrals/")
    socket_open(other)
    # The referral's own social worker too: she sees it move.
    worker = signed_in(new_context, url, data["worker_session"])
    worker.goto(f"{url}/admin/referrals/")
    socket_open(worker)
    before = worker.locator(f"{row} [data-cell='state']").inner_text()

    manager = signed_in(new_context, url, data["manager_session"])
    manager.goto(f"{url}{data['detail_url']}")
    manager.locator("#action-start_review button[type=submit]").click()
    manager.wait_for_load_state()

    coach.wait_for_selector(row, timeout=10_000)
    assert "Yonas" in coach.locator(row).inner_text()
    assert coach.locator(f"{row} [data-cpas-live-new]").is_visible()
    worker.wait_for_function(
        "([selector, before]) => document.querySelector(selector).textContent"
        ".trim() !== before.trim()",
        arg=[f"{row} [data-cell='state']", before],
        timeout=10_000,
    )
    assert other.locator(row).count() == 0
    assert "Yonas" not in other.locator("main").inner_text()
    # Nobody saw the page tell of a lost connection.
    assert coach.locator("[data-cpas-live-offline]").is_hidden()


def test_the_participant_page_shows_her_referral_move_without_a_reload(
    server, new_context
):
    url, data = server
    row = f"tr[data-referral='{data['referral']}']"
    worker = signed_in(new_context, url, data["worker_session"])
    worker.goto(f"{url}{data['participant_url']}")
    socket_open(worker)
    before = worker.locator(f"{row} [data-cell='state']").inner_text()
    # Another antenna's social worker may not open her page at all.
    other = signed_in(new_context, url, data["other_worker_session"])
    assert other.goto(f"{url}{data['participant_url']}").status == 404

    manager = signed_in(new_context, url, data["manager_session"])
    manager.goto(f"{url}{data['detail_url']}")
    manager.locator("#action-start_review button[type=submit]").click()
    manager.wait_for_load_state()

    message = worker.locator("[data-cpas-live-participant] [data-cpas-live-message]")
    message.wait_for(state="visible", timeout=10_000)
    # The state as written (the tag's style shows it in capitals).
    after = worker.locator(f"{row} [data-cell='state']").text_content().strip()
    assert after.upper() != before.upper()
    assert f"“{after}”" in message.inner_text()
    assert worker.locator("[data-cpas-live-offline]").is_hidden()
