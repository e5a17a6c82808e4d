"""A social worker refers a client; a coach reviews, plans and records the
orientation interview; a manager accepts; the social worker's list shows it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from intake.roles import Role
from tests.browser.conftest import log_in
from tests.factories import (
    PASSWORD,
    AntennaFactory,
    ProgrammeFactory,
    form_page,
    programme_page,
    question,
    staff_member,
)
from workflow.models import Referral, ReferralState

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def team(db):
    from wagtail.users.models import UserProfile

    programme = ProgrammeFactory(name="AMIE", slug="amie")
    programme_page(programme)
    form_page(
        programme,
        [
            question("singleline", "First name", "first_name"),
            question("singleline", "Last name", "last_name"),
            question("date", "Date of birth", "date_of_birth", not_in_future=True),
        ],
        kind="referral",
        title="Referral",
    )
    form_page(
        programme,
        [question("multiline", "Strengths", "strengths")],
        kind="orientation_interview",
        title="Orientation interview",
    )
    antenna = AntennaFactory(cpas=programme.cpas, name="Borgerhout")
    members = {
        role: staff_member(
            role, cpas=programme.cpas, antenna=antenna, programmes=[programme]
        )
        for role in (Role.SOCIAL_WORKER, Role.COACH, Role.PROGRAMME_MANAGER)
    }
    for member in members.values():
        profile = UserProfile.get_for_user(member.user)
        profile.preferred_language = "en"
        profile.save()
    return programme, {role: member.user for role, member in members.items()}


def as_user(new_context, live_server, user):
    page = new_context().new_page()
    log_in(page, live_server, user.username, PASSWORD)
    return page


def act(page, action: str) -> None:
    page.locator(f"#action-{action} button[type=submit]").click()
    page.wait_for_load_state()


def test_a_referral_from_antenna_to_acceptance(live_server, new_context, team):
    programme, users = team
    worker = as_user(new_context, live_server, users[Role.SOCIAL_WORKER])

    # The social worker starts a referral and fills the programme's referral form.
    worker.goto(f"{live_server.url}{reverse('referrals:new')}")
    worker.check(f"input[name='programme'][value='{programme.pk}']")
    worker.get_by_role("button", name="Start the referral").click()
    worker.wait_for_load_state()
    worker.get_by_role("link", name="Fill in the referral form").click()
    worker.fill("input[name='first_name']", "Amina")
    worker.fill("input[name='last_name']", "Haddad")
    worker.fill("input[name='date_of_birth']", "1990-04-12")
    worker.click("[data-send]")
    worker.wait_for_load_state()
    assert "sent to the programme" in worker.locator(".messages").inner_text()
    referral = Referral.objects.get()
    assert referral.state == ReferralState.SUBMITTED
    detail = f"{live_server.url}{reverse('referrals:detail', args=[referral.pk])}"

    # The coach reviews it, plans and records the orientation interview.
    coach = as_user(new_context, live_server, users[Role.COACH])
    coach.goto(f"{live_server.url}{reverse('referrals:inbox')}")
    assert "Amina" in coach.locator("main").inner_text()
    coach.goto(detail)
    act(coach, "start_review")
    coach.fill("#orientation-at", "2026-12-01T10:00")
    act(coach, "plan_orientation")
    assert Referral.objects.get().state == ReferralState.ORIENTATION_PLANNED
    # The interview mode, from the referral's Interviews block.
    coach.locator(
        "[data-interview-link] a", has_text="Orientation interview"
    ).first.click()
    coach.wait_for_selector("#interview[data-ready]")
    coach.fill("textarea[name='strengths']", "Speaks three languages")
    while not coach.locator("[data-send]").is_visible():
        coach.click("[data-next]")
    coach.click("[data-send]")
    coach.wait_for_url(lambda url: url.startswith(detail))
    assert (
        Referral.objects.get()
        .submissions.get(version__page__title="Orientation interview")
        .answers["strengths"]
        == "Speaks three languages"
    )
    act(coach, "record_orientation")
    assert Referral.objects.get().state == ReferralState.ORIENTATION_DONE
    assert coach.locator("#action-accept").count() == 0  # the manager's call

    # The manager accepts.
    manager = as_user(new_context, live_server, users[Role.PROGRAMME_MANAGER])
    manager.goto(detail)
    act(manager, "accept")
    assert Referral.objects.get().state == ReferralState.ACCEPTED

    # The social worker's list shows the new state.
    worker.goto(f"{live_server.url}{reverse('referrals:index')}")
    row = worker.locator("tr", has_text="Amina")
    assert "accepted" in row.inner_text().lower()
