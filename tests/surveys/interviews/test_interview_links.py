"""The "Interviews" block on the referral's and the participant's admin pages."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from intake.roles import Role
from tests.surveys.interview_fixtures import client_of, draft_save

pytestmark = pytest.mark.django_db


def url_of(setting, kind) -> str:
    """The interview's address as the (English) admin page links it."""
    with translation.override("en"):
        return setting.url(kind).replace("&", "&amp;")


def in_english(user):
    """A client of ``user``, whose admin speaks English (the admin follows the
    user's own language, not the active one)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return client_of(user)


def referral_page(client, setting) -> str:
    with translation.override("en"):
        response = client.get(reverse("referrals:detail", args=[setting.referral.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_referral_page_offers_each_interview_to_start(setting):
    page = referral_page(in_english(setting.coach), setting)
    assert "Interviews" in page
    for kind in ("follow_up", "action_plan"):
        assert f'href="{url_of(setting, kind)}"' in page
    assert page.count("Start interview") == 2


def test_a_saved_draft_is_offered_to_resume_with_who_saved_it(setting):
    draft_save(client_of(setting.other_coach), setting, answers={"how_it_goes": "Bien"})
    page = referral_page(in_english(setting.coach), setting)
    assert "Resume interview (saved" in page
    assert f"by {setting.other_coach.get_full_name()})" in page
    assert page.count("Start interview") == 1


def test_the_referrer_sees_no_interviews(world, setting):
    page = referral_page(in_english(world.user("a", Role.SOCIAL_WORKER)), setting)
    assert "Start interview" not in page


def test_the_participant_page_offers_the_interviews_of_her_programmes(world, setting):
    url = reverse("participant:inspect", args=[setting.participant.pk])
    with translation.override("en"):
        page = in_english(setting.coach).get(url).content.decode()
        referrer = in_english(world.user("a", Role.SOCIAL_WORKER)).get(url)
    referrer = referrer.content.decode()
    assert "Programme A" in page
    assert page.count("Start interview") == 2
    assert f'href="{url_of(setting, "follow_up")}"' in page
    assert "Start interview" not in referrer
