"""A manager creates a weekly group on a tablet and finds its sessions in the
calendar; axe-core finds nothing to fix on the calendar."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from groups.models import Group, Session
from tests.browser.axe import assert_accessible
from tests.browser.groups_pages import group_setting
from tests.browser.interview_pages import (
    LANDSCAPE,
    quiet_tablets,  # noqa: F401 (autouse)
    tablet,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def type_in(page, selector: str, value: str) -> None:
    """A date or a time, written into its field without focusing it: the admin's
    date picker opens on focus, some time later, and then covers the buttons
    under it (what is tested here is the group and its calendar, not the
    picker)."""
    page.eval_on_selector(
        selector,
        """(input, value) => {
            input.value = value;
            input.dispatchEvent(new Event("change", {bubbles: true}));
        }""",
        value,
    )


def next_monday() -> datetime.date:
    today = timezone.localdate()
    return today + datetime.timedelta(days=7 - today.weekday())


def test_a_manager_creates_a_weekly_group_and_sees_it_in_the_calendar(
    live_server, new_context
):
    setting = group_setting()
    page = tablet(new_context, live_server, setting.team.manager)
    page.goto(f"{live_server.url}{reverse('groups:add')}")
    monday = next_monday()
    page.fill("#id_name", "Avancés")
    page.fill("#id_level", "advanced")
    page.fill("#id_place", "Rue Haute 298a")
    type_in(page, "#id_starts_on", monday.isoformat())
    type_in(page, "#id_ends_on", (monday + datetime.timedelta(weeks=8)).isoformat())
    page.locator(f"input[name='coaches'][value='{setting.team.coach.pk}']").check()
    page.get_by_role("button", name="Add sessions that come back").click()
    page.locator("input[name='series-0-weekdays'][value='2']").check()
    type_in(page, "#id_series-0-start_time", "13:30")
    type_in(page, "#id_series-0-end_time", "16:30")
    type_in(page, "#id_series-0-starts_on", monday.isoformat())
    type_in(
        page, "#id_series-0-ends_on", (monday + datetime.timedelta(weeks=8)).isoformat()
    )
    page.locator("button[type='submit']:has-text('Create')").first.click()
    page.wait_for_url(f"{live_server.url}{reverse('groups:index')}*")

    group = Group.objects.get(name="Avancés")
    assert Session.objects.filter(group=group).count() == 8  # eight Wednesdays

    wednesday = monday + datetime.timedelta(days=2)
    page.goto(
        f"{live_server.url}{reverse('groups_calendar:index')}"
        f"?view=week&day={wednesday.isoformat()}&programme={setting.team.programme.pk}"
    )
    week = page.locator(".calendar-week").inner_text()
    assert "13:30–16:30" in week and "Avancés" in week
    page.get_by_role("link", name="Month").click()
    # The click returns once the month starts to arrive: its text is read
    # after the whole page has, not from the first weeks parsed.
    page.wait_for_url("**view=month**", wait_until="load")
    month = page.locator(".calendar-month").inner_text()
    assert month.count("Avancés") >= 4


def test_the_calendar_has_no_accessibility_violation(live_server, new_context):
    setting = group_setting()
    page = tablet(new_context, live_server, setting.team.coach, viewport=LANDSCAPE)
    page.goto(f"{live_server.url}{reverse('groups_calendar:index')}")
    page.wait_for_selector(".calendar-month")
    assert "Débutants" in page.inner_text(".calendar-month")
    assert_accessible(page, "the month")
    page.get_by_role("link", name="Week").click()
    page.wait_for_url("**view=week**", wait_until="load")
    assert_accessible(page, "the week")
