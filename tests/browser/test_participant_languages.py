"""The participant's own language for real (issue #13): the demo satisfaction
survey answered in Tigrinya and in Pashto without a French word, every script
drawn by a font the project serves (no missing-glyph box), a French fallback on
the Arabic page isolated so that it reads in its own order, and axe-core on
these screens."""

from __future__ import annotations

import re

import pytest

from config.languages import codes
from surveys.builder import _FORM_CLASSES
from surveys.models import Submission
from tests.browser.axe import assert_accessible
from tests.factories import ProgrammeFactory
from tests.surveys.demo_helpers import translated_demo
from tests.surveys.participant_surveys.survey_helpers import (
    invite,
    satisfaction_form,
    translate,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
#: French a participant would meet if the survey were not translated.
FRENCH = (
    "Comment trouvez-vous",
    "Qu'en pensez-vous",
    "On m'accueille bien",
    "Conseilleriez-vous",
    "Merci pour votre avis",
    "Non traduit",
)


@pytest.fixture(autouse=True)
def fresh_form_classes():
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


@pytest.fixture
def demo_token(db):
    """The demo's satisfaction survey of Mod'Actions in the nine languages."""
    _programme, forms = translated_demo(slugs=("participant-satisfaction",))
    _invitation, token = invite(forms["participant-satisfaction"], max_uses=20)
    return token


def screen(page):
    return page.locator("[data-screen]:visible")


def fonts_ready(page) -> None:
    page.evaluate("() => document.fonts.ready.then(() => true)")


def fonts_drawing(page, selector: str) -> list[dict]:
    """The fonts Chromium drew the text of ``selector``'s first element with,
    each with its number of glyphs: a character no font has would be drawn by a
    system fallback (or as a box), never by one of the project's web fonts."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})
    cdp.detach()
    return fonts["fonts"]


def font_files(page) -> list[str]:
    return page.evaluate(
        """() => performance.getEntriesByType('resource')
            .map(entry => entry.name).filter(name => name.endsWith('.woff2'))"""
    )


def assert_drawn_by_project_fonts(page, live_server, selector: str, family: str):
    fonts_ready(page)
    drawing = fonts_drawing(page, selector)
    assert drawing, selector
    for font in drawing:
        assert font["isCustomFont"], (selector, drawing)
        assert font["familyName"].startswith("Noto Sans"), (selector, drawing)
    assert any(font["familyName"].startswith(family) for font in drawing), drawing
    text = page.locator(selector).first.inner_text()
    assert page.evaluate(
        '([family, text]) => document.fonts.check(`16px "${family}"`, text)',
        [family, text],
    )
    files = font_files(page)
    assert files
    assert all(url.startswith(f"{live_server.url}/static/vendor/") for url in files)


def answer_everything(page) -> None:
    """The first choice of each question, then a word in the text box."""
    while page.locator("[data-next]").is_visible():
        screen(page).locator("label.option").first.tap()
        page.locator("[data-next]").tap()


@pytest.mark.parametrize(("language", "reply"), [("ti", "ጽቡቕ ነይሩ"), ("ps", "ډېر ښه و")])
def test_a_participant_answers_the_demo_survey_in_her_language_without_french(
    live_server, new_context, demo_token, language, reply
):
    context = new_context(viewport=PHONE, has_touch=True, locale=language)
    page = context.new_page()
    page.goto(f"{live_server.url}/s/{demo_token}/")
    page.locator(f"a[hreflang={language}]").tap()
    page.wait_for_url(re.compile(f"/{language}/survey/{demo_token}/$"))
    assert_accessible(page, f"first question ({language})")
    seen = [page.locator("main").inner_text()]
    while page.locator("[data-next]").is_visible():
        screen(page).locator("label.option").first.tap()
        page.locator("[data-next]").tap()
        seen.append(page.locator("main").inner_text())
    assert_accessible(page, f"last question ({language})")
    screen(page).locator("textarea").fill(reply)
    page.locator("[data-send]").tap()
    page.wait_for_url(re.compile(f"/{language}/survey/{demo_token}/thanks/$"))
    seen.append(page.locator("main").inner_text())
    assert_accessible(page, f"thank-you page ({language})")

    for text in seen:
        for french in FRENCH:
            assert french not in text, (language, french, text)
    assert page.locator(".not-translated").count() == 0
    submission = Submission.objects.get()
    assert submission.locale.language_code == language
    assert submission.answers["what_can_be_better"] == reply
    assert set(submission.answers) >= {"overall", "experience", "would_recommend"}


#: The font that must draw each language's question (besides Noto Sans for
#: the programme's name and the punctuation).
SCRIPT_FONT = {
    "ar": "Noto Sans Arabic",
    "prs": "Noto Sans Arabic",
    "ps": "Noto Sans Arabic",
    "ti": "Noto Sans Ethiopic",
}


def test_every_language_is_drawn_by_the_fonts_the_project_serves(
    live_server, new_context, demo_token
):
    context = new_context(viewport=PHONE, has_touch=True)
    page = context.new_page()
    for language in codes():
        page.goto(f"{live_server.url}/{language}/survey/{demo_token}/")
        family = SCRIPT_FONT.get(language, "Noto Sans")
        label = "[data-screen] .question-label [data-speak]"
        assert_drawn_by_project_fonts(page, live_server, label, family)
        assert_drawn_by_project_fonts(page, live_server, ".option-text", "Noto Sans")
        assert_drawn_by_project_fonts(page, live_server, "h1", family)


def test_the_french_fallback_on_the_arabic_page_is_isolated(live_server, new_context):
    programme = ProgrammeFactory(name="Mod'Actions", slug="modactions")
    form = satisfaction_form(programme)
    translate(form, "ar", {"overall": "ما رأيك في البرنامج؟"})
    _invitation, token = invite(form, max_uses=5)
    context = new_context(viewport=PHONE, has_touch=True, locale="ar")
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/survey/{token}/")
    screen(page).locator("label.option").first.tap()
    page.locator("[data-next]").tap()

    # The matrix's question, not translated: French, inside the Arabic page.
    fallback = screen(page).locator(".question-context")
    assert fallback.inner_text() == "Qu'en pensez-vous ?"
    assert fallback.get_attribute("dir") == "auto"
    style = fallback.evaluate(
        "el => [getComputedStyle(el).direction, getComputedStyle(el).unicodeBidi]"
    )
    assert style == ["ltr", "isolate"]
    # Read in its own order: the question mark at the end (on the right), not
    # before "Qu'en" as an Arabic paragraph would put it.
    first, last = fallback.evaluate(
        """el => {
            const text = el.firstChild, range = document.createRange();
            const box = (at) => {
                range.setStart(text, at); range.setEnd(text, at + 1);
                return range.getBoundingClientRect().x;
            };
            return [box(0), box(text.length - 1)];
        }"""
    )
    assert first < last
    label = screen(page).locator(".question-label [data-speak]")
    assert label.get_attribute("lang") == "fr"
    assert label.evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page, "Arabic page with a French fallback")
