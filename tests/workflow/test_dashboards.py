"""A social worker's dashboard: *Refer a client* and her antenna's referrals
with where each stands; nobody else's (issue #13)."""

from __future__ import annotations

from django.urls import reverse

from tests.workflow.view_helpers import (
    COACH,
    HOME,
    SW,
    S,
    client_of,
    referral,
    text,
    url,
)


def test_the_social_worker_sees_her_referrals_and_refers_a_client(world):
    referral(world, S.SUBMITTED, name="Amina Yusuf")
    referral(world, S.ORIENTATION_DONE, name="Dawit Tesfaye")
    referral(world, S.SUBMITTED, "b", name="Other Cpas")
    response = client_of(world, "a", SW).get(HOME)
    markup = response.content.decode()
    shown = text(response)
    assert "Refer a client" in shown
    assert f'href="{url("new")}"' in markup
    assert "Amina Yusuf" in shown and "Dawit Tesfaye" in shown
    assert "Other Cpas" not in shown
    assert "<bdi>Amina Yusuf</bdi>" in markup  # a name in any script, isolated


def test_a_coach_has_no_refer_a_client_button_on_her_dashboard(world):
    referral(world, S.SUBMITTED, name="Amina Yusuf")
    assert "Refer a client" not in text(client_of(world, "a", COACH).get(HOME))


def test_the_coach_at_orientation_done_reads_that_the_manager_acts_next(world):
    made = referral(world, S.ORIENTATION_DONE, name="Dawit Tesfaye")
    page = text(client_of(world, "a", COACH).get(url("detail", made.pk)))
    assert "Who acts next:" in page
    assert "The programme manager: Put on the waiting list, Accept, Refuse" in page


def test_a_referral_sent_a_moment_ago_reads_just_now_in_the_inbox(world):
    referral(world, S.SUBMITTED, name="Amina Yusuf")
    page = text(client_of(world, "a", COACH).get(url("inbox")))
    assert "Just now" in page
    assert "0 minutes" not in page


def test_an_empty_list_says_so_in_a_whole_sentence(world):
    page = text(client_of(world, "a", COACH).get(reverse("survey_invitations:index")))
    assert "No invitation yet. Make a session code or a personal link." in page
    assert "There are no" not in page
