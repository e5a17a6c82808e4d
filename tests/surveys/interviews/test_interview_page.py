"""The interview page: one section per step, the end section, for every coach form."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from intake.roles import Role
from tests.surveys.interview_fixtures import client_of, interview_setting

pytestmark = pytest.mark.django_db

COMMON_INTERVIEWS = (
    "orientation_interview",
    "strengths_obstacles_dreams",
    "action_plan",
    "final_evaluation",
)


def script(html: str, script_id: str) -> str:
    return html.split(f'id="{script_id}" type="application/json">')[1].split(
        "</script>"
    )[0]


@pytest.fixture
def setting(world):
    return interview_setting(world, demo=True)


@pytest.mark.parametrize("kind", COMMON_INTERVIEWS)
def test_each_interview_of_the_programme_opens_with_the_person_and_programme(
    setting, kind
):
    response = client_of(setting.coach).get(setting.url(kind))
    assert response.status_code == 200
    html = response.content.decode()
    page = setting.forms[kind]
    assert f"<bdi>{setting.participant}</bdi>" in html
    assert "Programme A" in html
    assert f'<h1 class="interview-form-title">{escape(page.title)}</h1>' in html
    steps = page.published_version.form_schema.steps
    assert html.count('<section class="interview-step"') == len(steps)
    assert 'data-step="end"' in html
    assert 'name="notes"' in html
    if kind == "orientation_interview":
        # Its own last question asks for the next appointment: not twice.
        assert html.count('name="next_appointment"') == 1
    else:
        assert 'type="datetime-local" name="next_appointment"' in html
    assert 'id="interview-progress"' in html
    assert json.loads(script(html, "interview-draft")) is None


@pytest.mark.parametrize(
    ("slug", "kind"),
    [("interactief", "competency_grid"), ("move-up", "language_placement")],
)
def test_the_programmes_own_assessments_open_as_interviews(world, slug, kind):
    from surveys.demo import seed_programme_forms
    from tests.factories import (
        ProgrammeFactory,
        programme_page,
        referral_in,
        staff_member,
    )

    programme = ProgrammeFactory(cpas=world.cpas["a"], slug=slug, name=slug)
    forms = {p.kind: p for p in seed_programme_forms(programme_page(programme))}
    coach = staff_member(Role.COACH, cpas=world.cpas["a"], programmes=[programme])
    referral = referral_in(
        "in_progress",
        programme=programme,
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    url = reverse(
        "interviews:interview", args=[forms[kind].pk, referral.participant.pk]
    )
    response = client_of(coach.user).get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<bdi>{referral.participant}</bdi>" in html
    steps = forms[kind].published_version.form_schema.steps
    assert html.count('<section class="interview-step"') == len(steps)
    assert 'data-step="end"' in html


def test_surveys_for_participants_and_referrers_are_not_interviews(world):
    setting = interview_setting(world, demo=True)
    coach = client_of(setting.coach)
    for kind in ("referral", "participant_satisfaction", "referrer_satisfaction"):
        assert coach.get(setting.url(kind)).status_code == 404


def test_the_page_holds_what_the_script_needs(world):
    setting = interview_setting(world)
    with translation.override("en"):
        response = client_of(setting.coach).get(setting.url("follow_up"))
        draft_url = escape(setting.url("follow_up", "draft"))
        send_url = escape(setting.url("follow_up", "send"))
        manifest = reverse("interviews_offline:manifest")
    html = response.content.decode()
    version = setting.forms["follow_up"].published_version
    main = html.split('<main id="interview"')[1].split(">")[0]
    assert draft_url.startswith("/en/interviews/")
    for attribute in (
        f'data-draft-url="{draft_url}"',
        f'data-send-url="{send_url}"',
        f'data-version="{version.pk}"',
        'data-revision="0"',
        'data-position="0"',
        f'data-done-url="{reverse("referrals:detail", args=[setting.referral.pk])}"',
        f'data-participant="{setting.participant.pk}"',
        f'data-form-key="{setting.forms["follow_up"].translation_key}"',
        "data-csrf-token=",
    ):
        assert attribute in main
    assert f'<link rel="manifest" href="{manifest}">' in html
    assert '<meta name="theme-color"' in html
    assert "surveys/js/interview.js" in html
    assert "surveys/css/interview.css" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<input type="hidden" name="client_uuid" value="">' in html
    assert f'<input type="hidden" name="form_version" value="{version.pk}">' in html
    for selector in (
        "data-back",
        "data-next",
        'type="submit" class="button button-primary" data-send',
    ):
        assert selector in html
    assert 'id="save-state" class="interview-save-state" role="status"' in html
    assert 'aria-live="polite"' in html
    assert '<div id="conflict"' in html
    assert '<div id="errors"' in html
    assert "Section 1 of 3" in html
    # Without the script every section shows: none starts hidden.
    first = '<section class="interview-step" data-step="0" aria-labelledby='
    assert f'{first}"interview-step-0-title">' in html
    texts = json.loads(
        html.split('id="interview-texts" type="application/json">')[1].split(
            "</script>"
        )[0]
    )
    assert texts["saved_offline"] == "Saved on this tablet, waiting for the network"
    assert texts["progress"] == "Section {current} of {total}"
    assert texts["keep_mine"] == "Keep all of mine"
    assert texts["keep_chosen"] == "Keep the ticked answers"
    rules = json.loads(script(html, "form-rules"))
    assert rules == version.form_schema.rules()


def test_the_page_loads_each_part_of_the_interview_script_in_order(world):
    setting = interview_setting(world)
    html = client_of(setting.coach).get(setting.url("follow_up")).content.decode()
    scripts = re.findall(r'<script[^>]*\ssrc="([^"]+)"', html)
    folder = Path(__file__).resolve().parents[3] / "static" / "surveys" / "js"
    parts = sorted(path.name for path in (folder / "interview").glob("*.js"))

    def position(name: str) -> int:
        assert static(name) in scripts, name
        return scripts.index(static(name))

    # Each script uses those above it: the shared ones, the small tools that
    # every part takes, the parts, then interview.js, which assembles them.
    first = position("surveys/js/interview/tools.js")
    assert position("surveys/js/questions.js") < position("surveys/js/steps.js") < first
    last = position("surveys/js/interview.js")
    assert parts and all(
        first <= position(f"surveys/js/interview/{name}") < last for name in parts
    )
    assert last == len(scripts) - 1


def test_the_interview_shows_in_the_coachs_language(world):
    """A form with a Dutch translation shows in Dutch at /nl/."""
    from wagtail.models import Locale

    setting = interview_setting(world)
    form = setting.forms["follow_up"]
    dutch = Locale.objects.get_or_create(language_code="nl")[0]
    parent = form.get_parent()
    parent.copy_for_translation(dutch, copy_parents=True).save_revision().publish()
    translated = form.copy_for_translation(dutch)
    translated.title = "Opvolgingsgesprek"
    translated.save_revision().publish()
    with translation.override("nl"):
        url = setting.url("follow_up")
        html = client_of(setting.coach).get(url).content.decode()
    assert url.startswith("/nl/")
    assert "Opvolgingsgesprek" in html
    assert '<html lang="nl"' in html
