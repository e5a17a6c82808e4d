"""The lists update themselves: the coach's inbox shows a referral that has just
come in, without a reload; a social worker of another antenna sees nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.browser.test_live_bell import signed_in
from tests.services import free_port, wait_for_port

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
SETUP = Path(__file__).with_name("live_rows_setup.py")


@pytest.fixture
def served():
    """A daphne process on a fresh database with one submitted referral."""
    with tempfile.TemporaryDirectory() as folder:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        }
        env.update(
            DATABASE_URL=f"sqlite:///{folder}/db.sqlite3",
            DJANGO_SETTINGS_MODULE="config.settings",
            PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
        )
        setup = subprocess.run(
            [sys.executable, str(SETUP)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert setup.returncode == 0, setup.stderr[-3000:]
        data = json.loads(setup.stdout.strip().splitlines()[-1])
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
            + ["config.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, timeout=60)
            yield f"http://127.0.0.1:{port}", data
        finally:
            server.terminate()
            server.wait(timeout=20)


def test_the_inbox_shows_a_referral_as_it_comes_in_and_only_to_its_people(
    served, new_context
):
    url, data = served
    row = f"tr[data-referral='{data['referral']}']"
    # The coach's inbox of referrals in review: empty for now.
    coach = signed_in(new_context, url, data["coach_session"])
    coach.goto(f"{url}/admin/referrals/inbox/?state=in_review")
    coach.wait_for_selector("[data-cpas-bell][data-cpas-socket='open']")
    assert coach.locator(row).count() == 0
    # Another antenna's social worker has her list open.
    other = signed_in(new_context, url, data["other_worker_session"])
    other.goto(f"{url}/admin/referrals/")
    other.wait_for_selector("[data-cpas-bell][data-cpas-socket='open']")
    # The referral's own social worker too: she sees it move.
    worker = signed_in(new_context, url, data["worker_session"])
    worker.goto(f"{url}/admin/referrals/")
    worker.wait_for_selector("[data-cpas-bell][data-cpas-socket='open']")
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
