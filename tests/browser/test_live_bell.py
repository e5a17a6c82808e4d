"""The social worker's page is open; the coach acts in another browser; the bell
and a toast appear in the social worker's page without a reload."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.services import free_port, wait_for_port

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "tests" / "workflow" / "multiprocess_setup.py"


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


def signed_in(new_context, url: str, session: str):
    context = new_context()
    context.add_cookies([{"name": "sessionid", "value": session, "url": url}])
    return context.new_page()


def test_the_bell_rings_without_a_reload(served, new_context):
    url, data = served
    worker = signed_in(new_context, url, data["worker_session"])
    worker.goto(f"{url}/admin/")
    worker.wait_for_selector("[data-cpas-bell][data-cpas-socket='open']")
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
