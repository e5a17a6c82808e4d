"""A participant's admin pages: the coach finds the interviews where the list
takes her (the edit page) as well as on the inspect page."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from intake.roles import Role
from tests.surveys.interview_fixtures import client_of, interview_setting

pytestmark = pytest.mark.django_db


def page_of(user, name: str, participant) -> str:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    with translation.override("en"):
        response = client_of(user).get(reverse(name, args=[participant.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_edit_page_offers_the_coach_her_programmes_interviews(world):
    setting = interview_setting(world)
    page = page_of(setting.coach, "participant:edit", setting.participant)
    assert page.count("Start interview") == 2
    with translation.override("en"):
        follow_up = setting.url("follow_up").replace("&", "&amp;")
    assert f'href="{follow_up}"' in page
    # The block stands before the form, which still edits her.
    assert page.index("Start interview") < page.index('id="w-editor-form"')
    assert 'name="first_name"' in page


def test_the_referring_social_worker_edits_her_without_interviews(world):
    setting = interview_setting(world)
    social_worker = world.user("a", Role.SOCIAL_WORKER)
    page = page_of(social_worker, "participant:edit", setting.participant)
    assert 'name="first_name"' in page
    assert "Start interview" not in page


def test_a_coach_of_another_cpas_cannot_open_the_edit_page(world):
    setting = interview_setting(world)
    stranger = world.user("b", Role.COACH)
    url = reverse("participant:edit", args=[setting.participant.pk])
    assert client_of(stranger).get(url).status_code == 404
