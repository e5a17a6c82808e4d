"""A coach fills half an interview on one tablet, closes it, and goes on on
another: every answer and the section she was on come back. The page is an
installable app whose service worker keeps it for offline use."""

from __future__ import annotations

import pytest

from surveys.models import InterviewDraft
from tests.browser.interview_pages import (
    LANDSCAPE,
    PORTRAIT,
    eventually,
    focus_in_sight,
    interview_setting,
    kept_on_tablet,
    open_interview,
    quiet_tablets,  # noqa: F401 (autouse)
    tablet,
    wait_for_state,
    wait_until_kept,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    "viewport", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"]
)
def test_half_an_interview_resumes_on_another_tablet(
    live_server, new_context, viewport
):
    setting = interview_setting()
    first = tablet(new_context, live_server, setting.coach, viewport=viewport)
    open_interview(first, live_server, setting)
    assert first.inner_text("#interview-progress-text") == "Section 1 of 3"
    assert "Amina Haddad" in first.inner_text(".interview-participant")

    first.fill("input[name='called']", "Amina")
    first.locator("label:has(input[name='motivated'][value='yes'])").tap()
    first.locator("label:has(input[name='heard'][value='cpas'])").tap()
    first.locator("[data-next]").tap()
    # Motivated: the "Plans" section now counts; the heading has the focus.
    assert first.inner_text("#interview-progress-text") == "Section 2 of 4"
    assert first.evaluate("document.activeElement.textContent") == "Strengths"
    assert focus_in_sight(first)
    first.fill("textarea[name='strengths']", "Cooking for many people")
    first.locator("label:has(input[name='languages'][value='ar'])").tap()
    wait_for_state(first, "saved")
    assert "Saved" in first.inner_text("#save-state")
    draft = eventually(
        lambda: InterviewDraft.objects.filter(
            answers__strengths="Cooking for many people", answers__languages=["ar"]
        ).first()
    )
    assert draft.position == 1
    assert draft.answers["called"] == "Amina"
    first.context.close()

    # Another tablet, another browser: nothing of the first one's storage.
    second = tablet(new_context, live_server, setting.coach, viewport=viewport)
    open_interview(second, live_server, setting)
    assert second.locator("#interview-step-1-title").is_visible()
    assert not second.locator("#interview-step-0-title").is_visible()
    assert second.inner_text("#interview-progress-text") == "Section 2 of 4"
    assert second.input_value("textarea[name='strengths']") == "Cooking for many people"
    assert second.is_checked("input[name='languages'][value='ar']")
    assert not second.is_checked("input[name='languages'][value='fr']")
    second.locator("[data-back]").tap()
    assert second.input_value("input[name='called']") == "Amina"
    assert second.is_checked("input[name='motivated'][value='yes']")
    assert second.is_checked("input[name='heard'][value='cpas']")


def test_touch_targets_and_type_fit_a_tablet(live_server, new_context):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    open_interview(page, live_server, setting)
    page.fill("input[name='called']", "Amina")
    page.locator("[data-next]").tap()
    sizes = page.evaluate(
        """() => [...document.querySelectorAll(
              '[data-next], [data-back], .question-group label, input, textarea')]
            .filter(e => e.offsetParent && e.type !== 'checkbox' && e.type !== 'radio')
            .map(e => {
              const r = e.getBoundingClientRect();
              return [e.outerHTML.slice(0, 60), r.width, r.height,
                      parseFloat(getComputedStyle(e).fontSize)];
            })"""
    )
    assert sizes
    for html, width, height, font in sizes:
        assert width >= 44 and height >= 44, html
        assert font >= 18, html
    # Nothing sticks out sideways on a portrait tablet.
    assert page.evaluate("document.documentElement.scrollWidth") <= 768


def test_the_interview_is_an_installable_app_that_works_offline(
    live_server, new_context
):
    setting = interview_setting()
    page = tablet(new_context, live_server, setting.coach)
    open_interview(page, live_server, setting)

    manifest = page.get_attribute("link[rel='manifest']", "href")
    assert manifest == "/interviews/manifest.webmanifest"
    answer = page.request.get(f"{live_server.url}{manifest}")
    assert answer.ok and answer.json()["display"] == "standalone"
    worker = page.evaluate(
        "navigator.serviceWorker.ready.then(r => r.active.scriptURL)"
    )
    assert worker == f"{live_server.url}/interviews/sw.js"
    # The page asked the worker to keep it; wait until it has.
    wait_until_kept(page, setting)

    page.context.set_offline(True)
    page.reload()
    page.wait_for_selector("#interview[data-ready]")
    assert page.locator("input[name='called']").is_visible()
    assert page.evaluate("typeof window.SurveyConditions") == "object"
    page.fill("input[name='called']", "Amina")
    wait_for_state(page, "offline")
    assert "waiting for the network" in page.inner_text("#save-state")
    assert page.locator("#offline-banner").is_visible()
    kept = kept_on_tablet(page)
    assert [record["payload"]["answers"]["called"] for record in kept] == ["Amina"]

    page.context.set_offline(False)
    wait_for_state(page, "saved")
    assert not page.locator("#offline-banner").is_visible()
    assert kept_on_tablet(page) == []
    # The worker kept pages and files, never the draft API's answers.
    kept_urls = page.evaluate(
        """async () => {
            const urls = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) urls.push(request.url);
            }
            return urls;
        }"""
    )
    assert any("/static/surveys/js/interview.js" in url for url in kept_urls)
    assert not [url for url in kept_urls if "/draft/" in url or "/send/" in url]
    assert eventually(
        lambda: InterviewDraft.objects.filter(answers__called="Amina").exists()
    )
