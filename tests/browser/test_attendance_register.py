"""A coach takes the register on a tablet without a network; back online it is
stored once, the hours follow, and the social worker sees it on the
participant's page. axe-core finds nothing to fix on the register."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from groups.models import Attendance, RegisterSave
from tests.browser.axe import assert_accessible
from tests.browser.conftest import log_in
from tests.browser.groups_pages import (
    group_setting,
    kept_registers,
    register_state,
    wait_for_register,
)
from tests.browser.interview_pages import (
    eventually,
    quiet_tablets,  # noqa: F401 (autouse)
    tablet,
)
from tests.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def register_saves(page) -> list:
    """The register's saves the page posts from now on (retries included)."""
    sent: list = []

    def seen(request):
        if request.method == "POST" and request.url.endswith("/save/"):
            sent.append(request)

    page.on("request", seen)
    return sent


def open_register(page, live_server, setting) -> None:
    page.goto(f"{live_server.url}{setting.register_path()}")
    page.wait_for_selector("#register-form")


def row(page, person):
    return page.locator(f"[data-participant='{person.pk}']")


def test_taken_offline_then_stored_once_with_the_hours_and_seen_by_the_social_worker(
    live_server, new_context
):
    setting = group_setting()
    amina, yonas, olena = setting.team.people
    page = tablet(new_context, live_server, setting.team.coach)
    sent = register_saves(page)
    open_register(page, live_server, setting)
    page.wait_for_selector("#register[data-kept]", state="attached")

    page.context.set_offline(True)
    # The page opens again without a network (the service worker kept it).
    page.reload()
    page.wait_for_selector("#register-form")
    assert page.locator("#offline-banner").is_visible()
    page.locator("[data-everyone-present]").tap()
    row(page, yonas).locator("label:has(input[value='late'])").tap()
    row(page, yonas).locator(f"#missed-{yonas.pk}").fill("30")
    row(page, olena).locator("label:has(input[value='excused'])").tap()
    row(page, olena).locator(f"#note-{olena.pk}").fill("Médecin")
    page.locator("[data-save]").tap()
    wait_for_register(page, "waiting")
    assert "sent when the network is back" in page.inner_text("#save-state")
    kept = kept_registers(page)
    assert len(kept) == 1
    page.wait_for_timeout(1500)  # retries, still offline
    assert not Attendance.objects.exists()

    page.context.set_offline(False)
    wait_for_register(page, "saved", timeout=30_000)
    assert eventually(lambda: Attendance.objects.count() == 3)
    marks = {a.participant_id: a for a in Attendance.objects.all()}
    assert marks[amina.pk].status == "present" and marks[amina.pk].minutes == 210
    assert (marks[yonas.pk].status, marks[yonas.pk].minutes) == ("late", 180)
    assert (marks[olena.pk].status, marks[olena.pk].note) == ("excused", "Médecin")
    # Retried while offline, each save with its own client id, each stored once.
    ids = [json.loads(request.post_data)["client_uuid"] for request in sent]
    assert len(ids) > len(set(ids))
    stored = [str(save.client_uuid) for save in RegisterSave.objects.all()]
    assert sorted(stored) == sorted(set(ids))
    assert kept_registers(page) == []
    # The hours of the week follow.
    assert "This week: 3.5 h of 21.0 h" in row(page, amina).inner_text()
    assert "This week: 3.0 h of 21.0 h" in row(page, yonas).inner_text()

    worker = new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(worker, live_server, setting.team.worker.username, PASSWORD)
    worker.goto(f"{live_server.url}{reverse('participant:inspect', args=[yonas.pk])}")
    text = worker.locator("main").inner_text()
    assert "Groups and attendance" in text
    assert "Débutants" in text
    assert "Late" in text
    assert "3.0 h" in text


def test_the_register_has_big_targets_and_no_accessibility_violation(
    live_server, new_context
):
    setting = group_setting()
    page = tablet(new_context, live_server, setting.team.coach)
    open_register(page, live_server, setting)
    sizes = page.evaluate(
        """() => [...document.querySelectorAll(
                '.register-status span, [data-save], [data-everyone-present]')]
            .map((e) => e.getBoundingClientRect())
            .map((r) => [r.width, r.height])"""
    )
    assert sizes and all(w >= 44 and h >= 44 for w, h in sizes), sizes
    assert_accessible(page, "the register")
    page.locator("[data-everyone-present]").tap()
    wait_for_register(page, "saved")
    assert register_state(page) == "saved"
    row(page, setting.team.people[0]).locator("label:has(input[value='excused'])").tap()
    assert_accessible(page, "the register with an absence's details")
