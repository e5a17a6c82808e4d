"""A form in a browser, with its script: one step at a time, a step shown only
when its condition holds, and nothing lost on reload."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from intake.roles import Role
from surveys.models import Submission
from tests.factories import choices, condition, form_page, question

#: One block of every field type, the page break in the middle.


# As in tests/browser/conftest.py, which is not imported: importing it would set
# DJANGO_ALLOW_ASYNC_UNSAFE for the whole test process.
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


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Debian's Chromium is missing: run `make services`."
    # Playwright's sync API runs an event loop in the test's thread, which still
    # reads the database synchronously; only while these tests run.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# One user story, told in order: step by step, reload, every answer still there.
@pytest.mark.browser
def test_with_javascript_one_step_at_a_time_and_nothing_lost_on_reload(
    world, live_server, chromium
):
    form = form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("yes_no", "Êtes-vous motivé ?", "motivated"),
            (
                "page_break",
                {
                    "title": "Votre motivation",
                    "show_if": condition("motivated", "equals", "yes"),
                },
            ),
            question(
                "radio",
                "Pourquoi ?",
                "why",
                choices=choices(("friends", "Des amis"), ("language", "La langue")),
            ),
            question(
                "multiline",
                "Quelle langue ?",
                "which",
                show_if=condition("why", "equals", "language"),
            ),
            ("page_break", {"title": "Pour finir"}),
            question(
                "repeatable",
                "Vos forces",
                "strengths",
                item_label="Force",
                max_items=2,
                required=False,
            ),
        ],
    )
    client = Client()
    client.force_login(world.user("a", Role.COACH))
    context = chromium.new_context(viewport={"width": 768, "height": 1024})
    context.set_default_timeout(15_000)
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    browser = context.new_page()
    browser.goto(live_server.url + form.url)
    progress = browser.locator("[data-progress-text]")

    # The conditional step is not counted until its condition holds.
    assert "1" in progress.inner_text() and "2" in progress.inner_text()
    assert browser.is_hidden("section[data-step='2']")
    assert browser.is_hidden("[data-send]")
    browser.click("[data-next]")
    assert browser.is_visible("#id_first_name_error")
    assert browser.evaluate("document.activeElement.id") == "id_first_name"

    browser.fill("#id_first_name", "Amina")
    browser.click("label[for=id_motivated_0]")
    assert "3" in progress.inner_text()
    browser.click("[data-next]")
    assert browser.is_visible("text=Votre motivation")
    assert browser.evaluate("document.activeElement.id") == "survey-step-1-title"

    # A question whose condition does not hold is hidden and not sent.
    assert browser.is_hidden("#id_which") and browser.is_disabled("#id_which")
    browser.check("#id_why_1")
    assert browser.is_visible("#id_which") and browser.is_enabled("#id_which")
    browser.fill("#id_which", "le néerlandais")

    # A reload keeps the answers and the step.
    browser.reload()
    assert browser.input_value("#id_which") == "le néerlandais"
    assert browser.is_visible("text=Votre motivation")

    browser.click("[data-next]")
    browser.fill("#id_strengths-0", "patiente")
    browser.click("[data-question=strengths] [data-add]")
    assert browser.evaluate("document.activeElement.id") == "id_strengths-1"
    assert browser.is_disabled("[data-question=strengths] [data-add]")  # at most 2
    browser.fill("#id_strengths-1", "curieuse")
    browser.click("[data-send]")
    browser.wait_for_selector("[data-survey-sent]")

    submission = Submission.objects.get()
    assert submission.answers == {
        "first_name": "Amina",
        "motivated": "yes",
        "why": "language",
        "which": "le néerlandais",
        "strengths": ["patiente", "curieuse"],
    }
    assert submission.client_uuid is not None
    assert browser.evaluate("sessionStorage.length") == 0
    context.close()
