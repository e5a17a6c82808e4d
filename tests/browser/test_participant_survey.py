"""A participant answers on her phone or on the group's tablet (issue #7):
the session's QR link, her language, smileys, one question per screen; on a
shared tablet the next person starts clean; every screen passes axe-core."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from surveys.models import QuestionAudio, Submission
from tests.browser.axe import assert_accessible
from tests.factories import ProgrammeFactory
from tests.surveys.participant_surveys.survey_helpers import (
    invite,
    satisfaction_form,
    translate,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
TABLET = {"width": 768, "height": 1024}
VIEWPORTS = [pytest.param(PHONE, id="phone"), pytest.param(TABLET, id="tablet")]


@pytest.fixture
def link(db):
    """A group session's survey and its token."""
    programme = ProgrammeFactory(name="Mod'Actions", slug="modactions")
    form = satisfaction_form(programme)
    invitation, token = invite(form, max_uses=20)
    return invitation, token


def device(new_context, viewport, language="en-GB"):
    context = new_context(viewport=viewport, has_touch=True, locale=language)
    return context.new_page()


def screen(page):
    """The question on screen now."""
    return page.locator("[data-screen]:visible")


def choose(page, text: str) -> None:
    options = screen(page).locator("label.option")
    options.filter(has=page.get_by_text(text, exact=True)).tap()


def tap_next(page) -> None:
    page.locator("[data-next]").tap()


def checked_answers(page) -> list[str]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('input:checked'))
            .map(i => i.name + '=' + i.value)
            .concat(Array.from(document.querySelectorAll('textarea'))
              .filter(t => t.value).map(t => t.name + '=' + t.value))"""
    )


def eventually(read, timeout: float = 10.0):
    import time

    deadline = time.monotonic() + timeout
    value = read()
    while not value and time.monotonic() < deadline:
        time.sleep(0.2)
        value = read()
    return value


# One user story, told in order: the QR link, the language, each screen, the thanks.
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_a_participant_opens_the_qr_link_picks_tigrinya_and_answers_with_smileys(
    live_server, new_context, link, viewport, settings, tmp_path
):
    invitation, token = link
    settings.MEDIA_ROOT = tmp_path
    from django.core.files.uploadedfile import SimpleUploadedFile

    QuestionAudio.objects.create(
        programme=invitation.programme,
        form=invitation.form,
        translation_key=invitation.translation_key,
        question_key="overall",
        language="ti",
        file=SimpleUploadedFile("overall.mp3", b"ID3", "audio/mpeg"),
    )
    page = device(new_context, viewport)
    page.goto(f"{live_server.url}/s/{token}/")
    page.get_by_role("link", name="ትግርኛ").tap()
    page.wait_for_url(re.compile(f"/ti/survey/{token}/$"))
    assert page.locator("html").get_attribute("lang") == "ti"

    # One question per screen, with its progress.
    assert screen(page).count() == 1
    assert page.locator("[data-progress-text]").inner_text() == "ሕቶ 1 ካብ 5"
    # Smileys with a text, big enough to tap.
    cards = screen(page).locator(".option-card")
    assert cards.count() == 5
    for index in range(5):
        box = cards.nth(index).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
        assert cards.nth(index).locator("svg.face").count() == 1
    # The recorded question can be played; the next one has no recording (and
    # headless Chromium has no voice): no button there.
    assert screen(page).locator("[data-read-aloud]").is_visible()

    tap_next(page)  # without an answer: asked for one, in Tigrinya
    assert screen(page).locator("[data-field-error]").inner_text() == (
        "በጃኹም ነዚ ሕቶ መልሱ።"
    )
    choose(page, "ኣዝዩ ጽቡቕ")  # very good
    tap_next(page)
    assert page.locator("[data-progress-text]").inner_text() == "ሕቶ 2 ካብ 5"
    assert not screen(page).locator("[data-read-aloud]").is_visible()
    choose(page, "ጽቡቕ")  # good
    tap_next(page)
    choose(page, "ማእከላይ")  # so-so
    tap_next(page)
    choose(page, "እወ")  # yes
    tap_next(page)
    assert page.locator("[data-next]").is_hidden()
    screen(page).locator("textarea").fill("ጽቡቕ ነይሩ")
    for selector in ("[data-back]", "[data-send]"):
        box = page.locator(selector).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
    page.locator("[data-send]").tap()
    page.wait_for_url(re.compile(f"/ti/survey/{token}/thanks/$"))
    assert "የቐንየልና!" in page.locator("h1").inner_text()

    submission = eventually(lambda: Submission.objects.first())
    assert submission.answers == {
        "overall": 5,
        "experience": {"welcome": 3, "learned": 2},
        "recommend": "yes",
        "better": "ጽቡቕ ነይሩ",
    }
    assert submission.locale.language_code == "ti"
    assert submission.participant is None and submission.submitted_by is None


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_on_a_shared_tablet_the_next_person_starts_clean(
    live_server, new_context, link, viewport
):
    _invitation, token = link
    page = device(new_context, viewport)
    page.goto(f"{live_server.url}/s/{token}/?kiosk=1")

    def answer_all() -> None:
        page.get_by_role("link", name="English").tap()
        page.wait_for_url(re.compile(f"/en/survey/{token}/"))
        for text in ("Very good", "Good", "So-so", "Yes"):
            choose(page, text)
            tap_next(page)
        screen(page).locator("textarea").fill("More outings")
        page.locator("[data-send]").tap()
        page.wait_for_url(re.compile(f"/s/{token}/"))

    answer_all()
    # Back to the language choice, with a short thank-you.
    assert page.locator("[data-kiosk-thanks]").is_visible()
    assert page.url == f"{live_server.url}/s/{token}/?kiosk=1"
    assert_accessible(page, "language choice with the thank-you (kiosk)")

    # The next person: nothing of the first one's answers.
    page.get_by_role("link", name="English").tap()
    page.wait_for_url(re.compile(f"/en/survey/{token}/"))
    assert checked_answers(page) == []
    assert page.locator("[data-progress-text]").inner_text() == "Question 1 of 5"
    # Nor with the browser's Back button.
    assert page.go_back() is not None
    page.wait_for_load_state()
    assert page.url == f"{live_server.url}/en/survey/{token}/?kiosk=1"  # the first's
    assert checked_answers(page) == []
    assert "More outings" not in page.content()

    # Left alone, the tablet goes back to the language choice.
    page.goto(f"{live_server.url}/en/survey/{token}/?kiosk=1")
    choose(page, "Bad")
    page.evaluate("document.body.setAttribute('data-idle-seconds', '1')")
    page.wait_for_url(f"{live_server.url}/s/{token}/?kiosk=1", timeout=10_000)
    assert Submission.objects.count() == 1


def test_an_arabic_page_reads_right_to_left(live_server, new_context, link):
    _invitation, token = link
    page = device(new_context, PHONE, language="ar")
    page.goto(f"{live_server.url}/ar/survey/{token}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    # The numbers of the progress stay left-to-right inside the Arabic text.
    progress = page.locator("[data-progress-text]")
    assert progress.inner_text() == "السؤال 1 من 5"
    assert progress.locator("bdi[dir=ltr]").count() == 2
    # The first choice is on the right, where an Arabic reader starts.
    first, last = (
        screen(page).locator(".option-card").nth(i).bounding_box() for i in (0, 4)
    )
    if first["y"] == last["y"]:  # in a row (tablet) rather than a column
        assert first["x"] > last["x"]
    logo = page.locator(".participant-logo")
    assert logo.get_attribute("dir") == "ltr"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_an_expired_link_shows_the_friendly_page(
    live_server, new_context, link, viewport
):
    invitation, token = link
    invitation.expires_at = timezone.now() - datetime.timedelta(hours=1)
    invitation.save()
    page = device(new_context, viewport, language="en-GB")
    response = page.goto(f"{live_server.url}/s/{token}/")
    assert response.status == 410
    assert page.locator("h1").inner_text() == "This survey is closed."
    # Read in another language: the same page in Tigrinya.
    page.get_by_role("link", name="ትግርኛ").tap()
    page.wait_for_url(re.compile(f"/ti/survey/{token}/"))
    assert page.locator("h1").inner_text() == "እዚ መጠይቕ ተዓጽዩ እዩ።"


# --- accessibility -------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "ar", "ti"])
def test_every_participant_screen_passes_axe(live_server, new_context, link, language):
    _invitation, token = link
    page = device(new_context, PHONE, language=language)
    page.goto(f"{live_server.url}/s/{token}/")
    assert page.locator("html").get_attribute("lang") == language
    assert_accessible(page, f"language choice ({language})")

    page.goto(f"{live_server.url}/{language}/survey/{token}/")
    assert_accessible(page, f"first question ({language})")
    page.locator("[data-next]").tap()  # unanswered: the error shows
    assert screen(page).locator("[data-field-error]").is_visible()
    assert_accessible(page, f"question with an error ({language})")
    for _question in range(4):
        screen(page).locator("label.option").first.tap()
        page.locator("[data-next]").tap()
    assert page.locator("[data-send]").is_visible()
    assert_accessible(page, f"last step ({language})")
    page.locator("[data-send]").tap()
    page.wait_for_url(re.compile("/thanks/$"))
    assert_accessible(page, f"thank-you page ({language})")

    page.goto(f"{live_server.url}/{language}/survey/not-a-token/")
    assert_accessible(page, f"friendly error page ({language})")

    # Without JavaScript's help too: the long form, every question at once.
    page.goto(f"{live_server.url}/{language}/survey/{token}/")
    page.evaluate(
        """() => document.querySelectorAll('[data-screen]')
            .forEach(s => { s.hidden = false; })"""
    )
    assert_accessible(page, f"whole survey ({language})")


# --- read aloud and conditions -------------------------------------------------------

#: A speech synthesis whose voices arrive late, like Chromium's, with one
#: Arabic voice; what it says is kept in ``window.spoken``.
FAKE_SPEECH = """(() => {
  const listeners = [];
  let voices = [];
  window.spoken = [];
  const synthesis = {
    getVoices: () => voices,
    addEventListener: (name, listener) => {
      if (name === 'voiceschanged') listeners.push(listener);
    },
    speak: (utterance) => window.spoken.push(
      {text: utterance.text, lang: utterance.lang}),
    cancel: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', {value: synthesis});
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  setTimeout(() => {
    voices = [{lang: 'ar-SA', name: 'Arabic'}];
    listeners.forEach((listener) => listener());
  }, 300);
})();"""


def test_read_aloud_uses_a_voice_of_the_language_and_hides_without_one(
    live_server, new_context, link
):
    invitation, token = link
    translate(invitation.form, "ar", {"overall": "ما رأيك في البرنامج؟"})
    context = new_context(viewport=PHONE, has_touch=True)
    context.add_init_script(FAKE_SPEECH)
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/survey/{token}/")
    button = screen(page).locator("[data-read-aloud]")
    button.wait_for(state="visible")  # once the voices arrived
    assert button.inner_text() == "استمع"
    button.tap()
    spoken = page.evaluate("window.spoken")
    assert spoken[0]["lang"] == "ar-SA"
    assert spoken[0]["text"].startswith("ما رأيك في البرنامج؟")
    assert "جيد جدًا" in spoken[0]["text"]  # the choices are read too
    # A question not translated yet is in French: no French voice, no button.
    for answer in ("جيد جدًا", "جيد", "جيد"):
        choose(page, answer)
        tap_next(page)
    assert screen(page).locator("[data-read-aloud]").get_attribute("data-lang") == "fr"
    assert screen(page).locator("[data-read-aloud]").is_hidden()

    page.goto(f"{live_server.url}/ti/survey/{token}/")
    page.wait_for_timeout(800)  # the voices came: none for Tigrinya
    assert screen(page).locator("[data-read-aloud]").is_hidden()


def test_read_aloud_in_dari_uses_a_persian_voice(live_server, new_context, link):
    """Browsers name Dari's voices Persian of Afghanistan (config/languages.py)."""
    invitation, token = link
    translate(invitation.form, "prs", {"overall": "نظر شما در باره برنامه چیست؟"})
    context = new_context(viewport=PHONE, has_touch=True)
    context.add_init_script(
        FAKE_SPEECH.replace(
            "lang: 'ar-SA', name: 'Arabic'", "lang: 'fa-AF', name: 'Dari'"
        )
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/prs/survey/{token}/")
    button = screen(page).locator("[data-read-aloud]")
    button.wait_for(state="visible")  # once the voices arrived
    button.tap()
    spoken = page.evaluate("window.spoken")
    assert spoken[0]["lang"] == "fa-AF"
    assert spoken[0]["text"].startswith("نظر شما در باره برنامه چیست؟")


def test_a_question_shown_only_for_some_answers_is_skipped_otherwise(
    live_server, new_context
):
    from tests.factories import condition, question

    programme = ProgrammeFactory(name="AMIE", slug="amie")
    form = satisfaction_form(
        programme,
        extra=[
            question(
                "multiline",
                "Pourquoi pas ?",
                "why_not",
                required=True,
                show_if=condition("recommend", "equals", "no"),
            )
        ],
    )
    _invitation, token = invite(form, max_uses=5)
    page = device(new_context, PHONE)
    page.goto(f"{live_server.url}/en/survey/{token}/")
    assert page.locator("[data-progress-text]").inner_text() == "Question 1 of 5"
    for text in ("Good", "Good", "Good"):
        choose(page, text)
        tap_next(page)
    choose(page, "No")
    assert page.locator("[data-progress-text]").inner_text() == "Question 4 of 6"
    choose(page, "Yes")
    assert page.locator("[data-progress-text]").inner_text() == "Question 4 of 5"
    tap_next(page)
    page.locator("[data-send]").tap()
    page.wait_for_url(re.compile("/thanks/$"))
    submission = eventually(lambda: Submission.objects.first())
    assert "why_not" not in submission.answers
    assert submission.answers["recommend"] == "yes"
