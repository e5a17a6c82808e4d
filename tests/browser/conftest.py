"""Browser tests: Playwright drives Debian's Chromium (never Playwright's download)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP

from security.two_factor import two_factor_required
from tests.logins import authenticator, current_code

# Playwright's sync API runs an event loop in the test's thread, while the test
# (and the test database set-up) touch the database synchronously.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


CHROMIUM = Path("/usr/lib/chromium/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# One Chromium per test module, not per session: Playwright's sync API keeps an
# event loop running in the thread while it is open, and tests of other modules
# on the same worker (async_to_sync around channels' communicators) need none.
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise RuntimeError(
            "Debian's Chromium is missing: run `make services` "
            "(apt-get install chromium)."
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser):
    contexts = []
    script_errors: list[str] = []

    def watch(page):
        def thrown(error):
            script_errors.append(f"{page.url}: {error.name}: {error.message}")

        page.on("pageerror", thrown)

    def make(**options):
        options.setdefault("viewport", {"width": 1280, "height": 900})
        options.setdefault("locale", "en-GB")
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        context.on("page", watch)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    # A script that throws (a part of the interview loaded out of order, a
    # renamed method) may leave a page looking right: every page is watched.
    assert not script_errors, "\n".join(script_errors)


def code_step(device) -> int:
    """The authenticator's current time step (a code's number)."""
    return TOTP(device.bin_key, device.step, device.t0, device.digits).t()


def log_in(page, live_server, username: str, password: str) -> None:
    """The log-in form, then, for those who must use two factors, the code of
    their authenticator app (the tests' key, ``tests.logins``)."""
    user = get_user_model().objects.get(username=username)
    device = authenticator(user) if two_factor_required(user) else None
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    if device is not None:
        page.wait_for_url(f"{live_server.url}/two-factor/verify/**")
        # A code is accepted once: a second log-in within its 30 seconds
        # waits for the authenticator's next code, as a person would.
        device.refresh_from_db()
        while code_step(device) <= device.last_t:
            time.sleep(0.5)
        page.fill("#id_code", current_code(device))
        page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
