"""What the interview browser tests share: a three-section interview for a
participant referred to a programme, its coaches, and a tablet to open it on."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from django.urls import reverse
from django.utils import translation

from intake.roles import Role
from tests.browser.conftest import log_in
from tests.factories import (
    PASSWORD,
    AntennaFactory,
    ProgrammeFactory,
    choices,
    condition,
    form_page,
    question,
    referral_in,
    staff_member,
)

PORTRAIT = {"width": 768, "height": 1024}
LANDSCAPE = {"width": 1024, "height": 768}


@dataclass
class Setting:
    page: object
    referral: object
    coach: object
    other_coach: object

    @property
    def participant(self):
        return self.referral.participant

    def path(self, name: str = "interview") -> str:
        with translation.override("en"):
            url = reverse(
                f"interviews:{name}", args=[self.page.pk, self.participant.pk]
            )
        return f"{url}?referral={self.referral.pk}"


def interview_blocks() -> list:
    """Three sections: about the person; strengths; a plan (only if motivated)."""
    return [
        question("singleline", "What do you like to be called?", "called"),
        question(
            "yes_no", "Do you want to look for work?", "motivated", required=False
        ),
        question(
            "radio",
            "How did you hear of the programme?",
            "heard",
            required=False,
            choices=choices(("friends", "From friends"), ("cpas", "At the CPAS")),
        ),
        ("page_break", {"title": "Strengths"}),
        question("multiline", "What are you good at?", "strengths", required=False),
        question(
            "checkboxes",
            "Which languages do you speak?",
            "languages",
            required=False,
            choices=choices(("ar", "Arabic"), ("fr", "French"), ("en", "English")),
        ),
        (
            "page_break",
            {"title": "Plans", "show_if": condition("motivated", "equals", "yes")},
        ),
        question("singleline", "Which job would you like?", "job", required=False),
    ]


def interview_setting() -> Setting:
    from wagtail.users.models import UserProfile

    programme = ProgrammeFactory(name="Move Up!", slug="move-up")
    antenna = AntennaFactory(cpas=programme.cpas, name="Borgerhout")
    coach = staff_member(Role.COACH, cpas=programme.cpas, programmes=[programme])
    other = staff_member(Role.COACH, cpas=programme.cpas, programmes=[programme])
    worker = staff_member(Role.SOCIAL_WORKER, cpas=programme.cpas, antenna=antenna)
    for member in (coach, other):
        profile = UserProfile.get_for_user(member.user)
        profile.preferred_language = "en"
        profile.save()
    page = form_page(
        programme,
        interview_blocks(),
        kind="orientation_interview",
        title="Orientation interview",
    )
    referral = referral_in(
        "accepted", programme=programme, antenna=antenna, referred_by=worker.user
    )
    referral.participant.first_name = "Amina"
    referral.participant.last_name = "Haddad"
    referral.participant.save()
    return Setting(
        page=page, referral=referral, coach=coach.user, other_coach=other.user
    )


_open_tablets: list = []


def tablet(new_context, live_server, user, *, viewport=PORTRAIT, **options):
    """A page on a touch tablet, logged in as ``user``."""
    context = new_context(viewport=viewport, has_touch=True, is_mobile=False, **options)
    page = context.new_page()
    _open_tablets.append(page)
    log_in(page, live_server, user.username, PASSWORD)
    return page


def same_tablet(page):
    """A new tab on the same tablet (same browser storage and login)."""
    again = page.context.new_page()
    _open_tablets.append(again)
    return again


IDLE = """() => {
    const interview = window.surveyInterview;
    return !interview || (!interview.syncing && !interview.timer
                          && !interview.sendInFlight);
}"""


@pytest.fixture(autouse=True)
def quiet_tablets(live_server, transactional_db, new_context):
    """After each test, let the tablets finish their saves, then close them,
    before the database is emptied under the live server's feet."""
    yield
    while _open_tablets:
        page = _open_tablets.pop()
        if page.is_closed():
            continue
        try:
            page.wait_for_function(IDLE, timeout=5_000)
        except Exception:  # noqa: BLE001 - a page gone elsewhere is idle too
            pass
        page.context.close()
    time.sleep(0.3)  # the server finishes what it was answering


def open_interview(page, live_server, setting: Setting) -> None:
    page.goto(f"{live_server.url}{setting.path()}")
    page.wait_for_selector("#interview[data-ready]")


def focused(page, selector: str) -> bool:
    return page.evaluate(
        "(s) => document.activeElement === document.querySelector(s)", selector
    )


def focus_in_sight(page) -> bool:
    """The focused element is between the sticky header and the sticky buttons
    (WCAG 2.4.11, focus not obscured)."""
    return page.evaluate(
        """() => {
            const focused = document.activeElement.getBoundingClientRect();
            const header = document.querySelector('.interview-header')
                .getBoundingClientRect();
            const nav = document.querySelector('.interview-nav')
                .getBoundingClientRect();
            return focused.top >= header.bottom - 1 && focused.bottom <= nav.top + 1;
        }"""
    )


def interview_sends(page) -> list:
    """The interview's sends (POSTs to its send address) the page makes from now
    on, as Playwright requests: the list grows as they go."""
    sends: list = []

    def seen(request):
        if request.method == "POST" and request.url.split("?")[0].endswith("/send/"):
            sends.append(request)

    page.on("request", seen)
    return sends


def kept_on_tablet(page, store: str = "drafts") -> list[dict]:
    """What the page's IndexedDB holds, waiting for the server."""
    return page.evaluate(
        """(name) => new Promise((resolve) => {
            const open = indexedDB.open('interviews');
            open.onsuccess = () => {
                const all = open.result.transaction(name).objectStore(name).getAll();
                all.onsuccess = () => resolve(all.result);
            };
        })""",
        store,
    )


def forget_state(page) -> None:
    """Clear the shown state, to wait for the next one (not the last one)."""
    page.evaluate("document.getElementById('save-state').removeAttribute('data-state')")


def save_state(page) -> str:
    return page.get_attribute("#save-state", "data-state") or ""


def wait_for_state(page, *states: str, timeout: float = 15_000) -> None:
    selector = ", ".join(f"#save-state[data-state='{state}']" for state in states)
    page.wait_for_selector(selector, timeout=timeout)


def wait_until_kept(page, setting: Setting) -> None:
    """Until the service worker keeps the interview page (it opens offline).

    The worker answers the page's "keep" message once the page is in its
    cache, and the page marks itself ``data-kept``; the cache is then read to
    be sure. (``wait_for_function`` takes any Promise for a truthy answer: an
    async predicate there would not wait at all.)
    """
    page.wait_for_selector("#interview[data-kept]", state="attached")
    kept_pages = page.evaluate(
        """async () => {
            const paths = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) {
                    paths.push(new URL(request.url).pathname);
                }
            }
            return paths;
        }"""
    )
    assert setting.path().split("?")[0] in kept_pages


def eventually(read, timeout: float = 10.0):
    """What ``read()`` gives once it is truthy (the server may still be busy)."""
    deadline = time.monotonic() + timeout
    value = _read_once(read)
    while not value and time.monotonic() < deadline:
        time.sleep(0.2)
        value = _read_once(read)
    return value


def _read_once(read):
    """``read()``, or ``None`` while the live server's thread holds a table of
    the shared in-memory test database ("database table is locked")."""
    from django.db import OperationalError

    try:
        return read()
    except OperationalError as error:
        if "locked" not in str(error):
            raise
        return None
