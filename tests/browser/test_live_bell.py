"""The social worker's page is open; the coach acts in another browser; the bell
and a toast appear in the social worker's page without a reload."""

from __future__ import annotations

import pytest

from tests.browser.live_server import ROOT, served, signed_in, socket_open

pytestmark = pytest.mark.browser
SETUP = ROOT / "tests" / "workflow" / "multiprocess_setup.py"


@pytest.fixture
def server():
    """A daphne process on a fresh database with one submitted referral."""
    with served(SETUP) as running:
        yield running


def test_the_bell_rings_without_a_reload(server, new_context):
    url, data = server
    worker = signed_in(new_context, url, data["worker_session"])
    worker.goto(f"{url}/admin/")
    socket_open(worker)
    count = worker.locator("[data-cpas-bell-count]")
    assert count.is_hidden()

    coach = signed_in(new_context, url, data["coach_session"])
    coach.goto(f"{url}{data['detail_url']}")
    coach.locator("#action-start_review button[type=submit]").click()
    coach.wait_for_load_state()

    worker.wait_for_selector("[data-cpas-toast]", timeout=10_000)
    assert "Yonas" in worker.locator("[data-cpas-toast]").first.inner_text()
    assert count.inner_text() == "1"
    label = worker.locator("[data-cpas-bell]").get_attribute("aria-label")
    assert "1" in label

    # The notification page lists it unread; opening it leads to the referral.
    worker.goto(f"{url}/admin/notifications/")
    item = worker.locator(".notification--unread").first
    assert "Yonas" in item.inner_text()
    item.locator(".notification__link").click()
    worker.wait_for_url(f"{url}{data['detail_url']}")
