"""The referral screens: who reaches which, the buttons each role sees, taking an
action (and the refusals a user reads) and the checklist."""

from __future__ import annotations

import pytest
from django.utils import timezone

from intake.roles import Role
from tests.factories import (
    ProgrammeFactory,
    staff_member,
    submission_for,
)
from tests.workflow.view_helpers import (
    ADMIN,
    COACH,
    HOME,
    MANAGER,
    SCREENS,
    SW,
    S,
    buttons,
    client_of,
    logged_in,
    referral,
    text,
    url,
)
from workflow.models import Referral, TransitionLog
from workflow.services import referral_actions

# --- who reaches what ---------------------------------------------------------------


def test_every_referral_url_answers_each_role_of_each_cpas(world):
    mine = referral(world, S.SUBMITTED, name="Amina Haddad")
    for key in ("a", "b"):
        for role in Role:
            client = client_of(world, key, role)
            for screen, users in SCREENS.items():
                response = client.get(url(screen))
                if role in users:
                    assert response.status_code == 200, (key, role, screen)
                    shown = "Amina Haddad" in text(response)
                    assert shown == (key == "a" and screen != "new"), (key, role)
                else:
                    assert (response.status_code, response.url) == (302, HOME), (
                        key,
                        role,
                        screen,
                    )

            detail = client.get(url("detail", mine.pk))
            assert detail.status_code == (200 if key == "a" else 404), (key, role)

            for action in referral_actions():
                # Each action on a fresh referral, so that one does not stop another.
                target = mine if key == "b" else referral(world, S.SUBMITTED)
                response = client.post(
                    url("act", target.pk, action),
                    {"state": target.state, "reason": "Because."},
                )
                if key == "a":
                    assert (response.status_code, response.url) == (
                        302,
                        url("detail", target.pk),
                    ), (role, action)
                else:
                    assert response.status_code == 404, (role, action)
            assert client.post(url("act", mine.pk, "teleport")).status_code == 404

    assert Referral.objects.get(pk=mine.pk).state == S.SUBMITTED
    assert not TransitionLog.objects.filter(referral=mine).exists()


def test_another_antenna_and_another_programme_of_the_same_cpas_see_nothing(world):
    mine = referral(world, S.SUBMITTED, name="Amina Haddad")
    colleague = staff_member(SW, cpas=world.cpas["a"]).user
    other_coach = staff_member(
        COACH, cpas=world.cpas["a"], programmes=[ProgrammeFactory(cpas=world.cpas["a"])]
    ).user
    for user, screen, action in (
        (colleague, "index", "withdraw"),
        (other_coach, "inbox", "start_review"),
    ):
        client = logged_in(user)
        assert "Amina Haddad" not in text(client.get(url(screen)))
        assert client.get(url("detail", mine.pk)).status_code == 404
        response = client.post(url("act", mine.pk, action), {"state": mine.state})
        assert response.status_code == 404
    assert Referral.objects.get(pk=mine.pk).state == S.SUBMITTED


def test_the_menu_shows_each_role_the_screens_it_uses(world):
    index, inbox = f'"{url("index")}"', f'"{url("inbox")}"'
    worker = client_of(world, "a", SW).get(HOME).content.decode()
    assert index in worker and inbox not in worker
    coach = client_of(world, "a", COACH).get(HOME).content.decode()
    assert inbox in coach and index not in coach
    admin = client_of(world, "a", ADMIN).get(HOME).content.decode()
    assert inbox not in admin and index not in admin


# --- the buttons -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (
            S.SUBMITTED,
            {
                SW: ["Withdraw the referral"],
                COACH: ["Start the review"],
                MANAGER: ["Start the review", "Refuse"],
                ADMIN: [],
            },
        ),
        (
            S.ORIENTATION_DONE,
            {
                SW: ["Withdraw the referral"],
                COACH: [],
                MANAGER: ["Put on the waiting list", "Accept", "Refuse"],
                ADMIN: [],
            },
        ),
    ],
)
def test_the_page_shows_only_the_buttons_the_user_may_take(world, state, expected):
    shown = referral(world, state)
    for role, labels in expected.items():
        response = client_of(world, "a", role).get(url("detail", shown.pk))
        assert list(buttons(response)) == labels, role
        if not labels:
            assert "No action is yours to take on this referral now." in text(response)


def test_an_action_whose_form_is_missing_is_disabled_with_the_reason(world):
    planned = referral(world, S.ORIENTATION_PLANNED)
    coach = client_of(world, "a", COACH)

    response = coach.get(url("detail", planned.pk))
    assert buttons(response)["Orientation interview done"] is False
    assert "The orientation interview form is not filled in yet." in text(response)

    submission_for(planned, "orientation_interview")
    assert buttons(coach.get(url("detail", planned.pk)))["Orientation interview done"]


# --- taking an action ------------------------------------------------------------


def test_an_action_moves_the_referral_and_says_so(world):
    sent = referral(world, S.SUBMITTED)
    coach = client_of(world, "a", COACH)

    response = coach.post(
        url("act", sent.pk, "start_review"), {"state": "submitted"}, follow=True
    )

    assert Referral.objects.get(pk=sent.pk).state == S.IN_REVIEW
    page = text(response)
    assert "“Start the review”: done. The referral is now “In review”." in page
    assert "Submitted → In review" in page  # the history
    assert "Test Coach" in page


def test_the_same_action_twice_reads_changed_meanwhile_never_an_error(world):
    sent = referral(world, S.SUBMITTED)
    coach, manager = client_of(world, "a", COACH), client_of(world, "a", MANAGER)
    seen = {"state": "submitted"}

    assert coach.post(url("act", sent.pk, "start_review"), seen).status_code == 302
    again = manager.post(url("act", sent.pk, "start_review"), seen)

    assert (again.status_code, again.url) == (302, url("detail", sent.pk))
    page = text(manager.get(again.url))
    assert "This referral changed meanwhile: it is now “In review”. Look again." in page
    assert TransitionLog.objects.filter(referral=sent).count() == 1


def test_an_action_that_needs_a_reason_is_refused_without_one(world):
    sent = referral(world, S.SUBMITTED)
    manager = client_of(world, "a", MANAGER)

    response = manager.post(
        url("act", sent.pk, "reject"),
        {"state": "submitted", "reason": "  "},
        follow=True,
    )
    assert "Write the reason." in text(response)
    assert Referral.objects.get(pk=sent.pk).state == S.SUBMITTED

    response = manager.post(
        url("act", sent.pk, "reject"),
        {"state": "submitted", "reason": "Lives outside the area."},
        follow=True,
    )
    assert Referral.objects.get(pk=sent.pk).state == S.REJECTED
    assert "Lives outside the area." in text(response)


def test_planning_the_orientation_interview_asks_for_its_date(world):
    reviewed = referral(world, S.IN_REVIEW)
    coach = client_of(world, "a", COACH)
    page = coach.get(url("detail", reviewed.pk)).content.decode()
    assert 'type="datetime-local"' in page and 'name="orientation_at"' in page

    response = coach.post(
        url("act", reviewed.pk, "plan_orientation"),
        {"state": "in_review"},
        follow=True,
    )
    assert "Give the date and time of the orientation interview." in text(response)

    coach.post(
        url("act", reviewed.pk, "plan_orientation"),
        {"state": "in_review", "orientation_at": "2030-05-06T10:30"},
    )
    planned = Referral.objects.get(pk=reviewed.pk)
    assert planned.state == S.ORIENTATION_PLANNED
    assert timezone.localtime(planned.orientation_at).strftime("%Y-%m-%d %H:%M") == (
        "2030-05-06 10:30"
    )


# --- the checklist ---------------------------------------------------------------


def born_years_ago(years: int) -> str:
    today = timezone.localdate()
    return today.replace(year=today.year - years).isoformat()


@pytest.fixture
def adults_only(world):
    programme = world.programme["a"]
    programme.eligibility_rules = [
        ("minimum_age", {"age": 18, "blocking": True, "note": "Adults only."})
    ]
    programme.save()
    return programme


def test_the_checklist_says_not_met_for_a_sixteen_year_old(world, adults_only):
    young = referral(world, S.SUBMITTED, answers={"date_of_birth": born_years_ago(16)})
    adult = referral(world, S.SUBMITTED, answers={"date_of_birth": born_years_ago(30)})
    coach = client_of(world, "a", COACH)

    page = text(coach.get(url("detail", young.pk)))
    assert (
        "Minimum age not met blocking 16 years old (at least 18). Adults only." in page
    )
    assert "A blocking rule is not met: Minimum age." in page

    page = text(coach.get(url("detail", adult.pk)))
    assert "Minimum age met blocking 30 years old (at least 18)." in page
    assert "A blocking rule is not met" not in page


def test_accepting_despite_a_failed_rule_needs_a_written_override(world, adults_only):
    young = referral(
        world, S.ORIENTATION_DONE, answers={"date_of_birth": born_years_ago(16)}
    )
    manager = client_of(world, "a", MANAGER)
    response = manager.get(url("detail", young.pk))
    assert buttons(response)["Accept"] is True
    assert 'name="override_reason"' in response.content.decode()

    response = manager.post(
        url("act", young.pk, "accept"), {"state": "orientation_done"}, follow=True
    )
    assert "Write why the participant is admitted all the same." in text(response)
    assert Referral.objects.get(pk=young.pk).state == S.ORIENTATION_DONE

    manager.post(
        url("act", young.pk, "accept"),
        {"state": "orientation_done", "override_reason": "Turns 18 next month."},
    )
    accepted = Referral.objects.get(pk=young.pk)
    assert accepted.state == S.ACCEPTED
    assert accepted.eligibility_override == "Turns 18 next month."
