"""The referral's page (answers, forms, a draft), starting a referral, the lists
(the inbox and a social worker's) and the dashboard panel."""

from __future__ import annotations

import re

from django.urls import reverse

from tests.factories import (
    form_page,
    question,
    submission_for,
)
from tests.workflow.view_helpers import (
    COACH,
    HOME,
    MANAGER,
    SW,
    S,
    client_of,
    referral,
    text,
    url,
)
from workflow.models import Referral

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
