"""The referral screens: who reaches which, the buttons each role sees, taking an
action (and the refusals a user reads), the checklist, the inbox's filters and the
dashboard panel."""

from __future__ import annotations

import datetime
import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from intake.models import Participant
from intake.roles import Role
from tests.factories import (
    PASSWORD,
    ProgrammeFactory,
    form_page,
    question,
    referral_in,
    staff_member,
    submission_for,
)
from workflow.models import Referral, ReferralState, TransitionLog
from workflow.services import referral_actions

S = ReferralState
SW, COACH, MANAGER, ADMIN = (
    Role.SOCIAL_WORKER,
    Role.COACH,
    Role.PROGRAMME_MANAGER,
    Role.CPAS_ADMIN,
)
HOME = reverse("wagtailadmin_home")
#: The screens that not every role uses, and the roles that use them.
SCREENS = {"index": {SW}, "inbox": {COACH, MANAGER}, "new": {SW}}


def url(name: str, *args) -> str:
    return reverse(f"referrals:{name}", args=args)


def english(client: Client) -> Client:
    """The admin in English: the interface's texts do not depend on catalogues."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def client_of(world, key: str, role: Role) -> Client:
    return english(world.client(key, role))


def logged_in(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return english(client)


def text(response) -> str:
    """The page as a reader reads it: tags removed, entities decoded, one space."""
    assert response.status_code == 200, response.status_code
    body = re.sub(
        r"<script.*?</script>|<svg.*?</svg>", " ", response.content.decode(), flags=re.S
    )
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def buttons(response) -> dict[str, bool]:
    """The action buttons of a referral's page: label → enabled."""
    page = response.content.decode()
    section = re.search(
        r'aria-labelledby="actions-heading">(.*?)</section>', page, flags=re.S
    )
    assert section, "no actions section"
    found = re.findall(
        r"<button type=\"submit\" class=\"[^\"]*\"( disabled)?[^>]*>(.*?)</button>",
        section.group(1),
        flags=re.S,
    )
    return {html.unescape(label.strip()): not disabled for disabled, label in found}


def referral(world, state, key="a", *, name="", days=0, **fields) -> Referral:
    """A referral of CPAS ``key``'s antenna to its programme, in ``state`` since
    ``days`` days, whose participant is called ``name`` when given."""
    if days:
        fields["state_changed_at"] = timezone.now() - datetime.timedelta(days=days)
    made = referral_in(
        state,
        programme=world.programme[key],
        antenna=world.antenna[key],
        referred_by=world.user(key, SW),
        **fields,
    )
    if name:
        first, last = name.split()
        Participant.objects.filter(pk=made.participant_id).update(
            first_name=first, last_name=last
        )
    return Referral.objects.get(pk=made.pk)


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


# --- the page's other parts --------------------------------------------------------


def test_the_page_shows_the_answers_under_their_labels_and_the_forms(world):
    form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("yes_no", "Revenu d'intégration ?", "integration_income"),
        ],
        kind="referral",
        title="Orientation vers le programme",
    )
    plan = form_page(
        world.programme["a"],
        [question("singleline", "Objectif", "goal")],
        kind="action_plan",
        title="Plan d'action",
    )
    accepted = referral(world, S.ACCEPTED)
    sent = submission_for(
        accepted, "referral", {"first_name": "Amina", "integration_income": "yes"}
    )
    Referral.objects.filter(pk=accepted.pk).update(
        submission=sent, answers=sent.answers
    )
    coach = client_of(world, "a", COACH)

    response = coach.get(url("detail", accepted.pk))
    page = text(response)
    assert "Prénom Amina" in page
    assert "Revenu d'intégration ? Yes" in page
    markup = response.content.decode()
    detail = reverse("surveys_submissions:detail", args=[sent.version.page_id, sent.pk])
    assert f'href="{detail}"' in markup
    assert f'href="{plan.url}?referral={accepted.pk}"' in markup

    worker = client_of(world, "a", SW).get(url("detail", accepted.pk))
    assert f"?referral={accepted.pk}" not in worker.content.decode()


def test_a_draft_shows_its_answers_and_the_link_to_its_form(world):
    form_page(
        world.programme["a"],
        [question("singleline", "Prénom", "first_name")],
        kind="referral",
        title="Orientation",
    )
    draft = referral(world, S.DRAFT, answers={"first_name": "Bilal"})
    page = client_of(world, "a", SW).get(url("detail", draft.pk))
    assert "Draft: not sent yet. Prénom Bilal" in text(page)
    assert f'href="{reverse("referral_form", args=[draft.pk])}"' in (
        page.content.decode()
    )
    assert "Fill in the referral form" in text(page)


# --- starting a referral -------------------------------------------------------------


def test_a_social_worker_refers_a_client_to_a_programme_of_her_cpas(world):
    worker = client_of(world, "a", SW)
    assert f'href="{url("new")}"' in worker.get(url("index")).content.decode()
    page = text(worker.get(url("new")))
    assert "Programme A" in page and "Programme B" not in page

    forged = worker.post(url("new"), {"programme": world.programme["b"].pk})
    assert forged.status_code == 200
    assert not Referral.objects.exists()

    response = worker.post(url("new"), {"programme": world.programme["a"].pk})
    draft = Referral.objects.get()
    assert response.url == url("detail", draft.pk)
    assert (draft.state, draft.antenna, draft.referred_by) == (
        S.DRAFT,
        world.antenna["a"],
        world.user("a", SW),
    )
    assert "(no participant yet)" in text(worker.get(url("index")))


# --- the lists -------------------------------------------------------------------


def test_the_inbox_shows_open_referrals_oldest_first_and_filters_them(world):
    referral(world, S.SUBMITTED, name="Recent Submitted", days=1)
    referral(world, S.IN_REVIEW, name="Old Reviewed", days=30)
    referral(world, S.WAITLISTED, name="Middle Waiting", days=15)
    referral(world, S.ACCEPTED, name="Closed Accepted", days=40)
    referral(world, S.DRAFT, name="Hidden Draft", days=50)
    coach = client_of(world, "a", COACH)

    page = text(coach.get(url("inbox")))
    assert page.index("Old Reviewed") < page.index("Middle Waiting")
    assert page.index("Middle Waiting") < page.index("Recent Submitted")
    assert "Closed Accepted" not in page and "Hidden Draft" not in page

    page = text(coach.get(url("inbox"), {"state": "accepted"}))
    assert "Closed Accepted" in page and "Old Reviewed" not in page

    page = text(coach.get(url("inbox"), {"state": "all"}))
    assert "Closed Accepted" in page and "Recent Submitted" in page
    assert "Hidden Draft" not in page

    page = text(coach.get(url("inbox"), {"waiting": "14"}))
    assert "Old Reviewed" in page and "Middle Waiting" in page
    assert "Recent Submitted" not in page and "Closed Accepted" not in page


def test_the_inbox_shows_fifty_referrals_a_page(world):
    for _ in range(51):
        referral(world, S.SUBMITTED)
    page = text(client_of(world, "a", COACH).get(url("inbox")))
    assert "Page 1 of 2" in page


def test_a_social_worker_sees_her_antennas_referrals_and_filters_them(world):
    referral(world, S.DRAFT, name="Draft Person")
    referral(world, S.COMPLETED, name="Done Person")
    referral(world, S.SUBMITTED, "b", name="Other Cpas")
    worker = client_of(world, "a", SW)

    page = text(worker.get(url("index")))
    assert "Draft Person" in page and "Done Person" in page
    assert "Other Cpas" not in page
    page = text(worker.get(url("index"), {"state": "completed"}))
    assert "Done Person" in page and "Draft Person" not in page


# --- the dashboard -------------------------------------------------------------------


def test_the_dashboard_counts_the_referrals_per_state_and_those_waiting(world):
    referral(world, S.SUBMITTED, days=1)
    referral(world, S.SUBMITTED, days=20)
    referral(world, S.IN_REVIEW, days=30)
    referral(world, S.ACCEPTED, days=40)  # not open: not waiting
    referral(world, S.DRAFT, days=60)  # not sent: not counted
    referral(world, S.SUBMITTED, "b", days=60)  # another CPAS
    manager = client_of(world, "a", MANAGER)

    response = manager.get(HOME)
    markup = response.content.decode()
    counts = dict(re.findall(r'data-state="(\w+)">(\d+)<', markup))
    assert counts == {"submitted": "2", "in_review": "1", "accepted": "1"}
    assert "2 referrals wait for more than 14 days" in text(response)
    assert f'href="{url("inbox")}?state=open&amp;waiting=14"' in markup
    assert f'href="{url("inbox")}?state=submitted"' in markup

    assert "Referrals of your programmes" not in text(
        client_of(world, "a", SW).get(HOME)
    )
