"""Every response says what the browser may load and run: a
Content-Security-Policy without inline scripts on the participant and interview
pages, Permissions-Policy, and nothing asked from another site."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from home.services import cpas_page_group_sync
from intake.roles import Role
from tests.factories import programme_page
from tests.surveys.interview_fixtures import interview_setting
from tests.surveys.participant_surveys.survey_helpers import (
    invite,
    satisfaction_form,
    survey_url,
)

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def inline_scripts(html: str) -> list[str]:
    """``<script>`` elements that run inline code (not data, not a file)."""
    return [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag
        and "application/json" not in tag
        and "application/ld+json" not in tag
    ]


def assert_strict(response) -> None:
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]  # no nonce, no 'unsafe-inline'
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "'self'" in policy["connect-src"]
    assert inline_scripts(response.content.decode()) == []


def test_the_participant_survey_runs_no_inline_script(world):
    form = satisfaction_form(world.programme["a"])
    _invitation, token = invite(form, max_uses=5)
    response = Client().get(survey_url(token), follow=True)
    assert_strict(response)


def test_the_interview_runs_no_inline_script(world):
    setting = interview_setting(world)
    response = world.client("a", Role.COACH).get(setting.url("follow_up"))
    assert_strict(response)


def test_permissions_policy_turns_off_camera_microphone_and_location(world):
    for response in (
        Client().get("/admin/login/"),
        world.client("a", Role.COACH).get("/admin/"),
    ):
        policy = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()"):
            assert feature in policy


def test_wagtails_inline_scripts_carry_the_nonce_of_the_header(world):
    """The page editor's date widgets (scheduled publishing) run inline code:
    allowed by the request's nonce only, never by 'unsafe-inline'."""
    page = programme_page(world.programme["a"])
    cpas_page_group_sync(cpas=world.cpas["a"])
    client = world.client("a", Role.PROGRAMME_MANAGER)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    script_src = directives(response)["script-src"]
    assert "'unsafe-inline'" not in script_src
    (nonce,) = [value for value in script_src if value.startswith("'nonce-")]
    scripts = inline_scripts(response.content.decode())
    assert scripts, "the editor has inline scripts"
    for tag in scripts:
        assert f'nonce="{nonce[7:-1]}"' in tag


def test_no_page_asks_an_avatar_service_for_a_picture(world):
    html = world.client("a", Role.COACH).get("/admin/").content.decode()
    assert "gravatar" not in html
    assert not re.findall(r'src="https?://(?!testserver)', html)
