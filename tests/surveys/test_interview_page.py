"""The interview page: one section per step, the end section, for every coach form."""

from __future__ import annotations

import json

import pytest
from django.utils.html import escape

from tests.surveys.interview_fixtures import client_of, interview_setting

pytestmark = pytest.mark.django_db

COMMON_INTERVIEWS = (
    "orientation_interview",
    "strengths_obstacles_dreams",
    "action_plan",
    "final_evaluation",
)


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
    assert (
        json.loads(
            response.content.decode()
            .split('id="interview-draft" type="application/json">')[1]
            .split("</script>")[0]
        )
        is None
    )
