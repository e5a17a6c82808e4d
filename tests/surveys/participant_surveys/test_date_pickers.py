"""The date pickers of the new session code page and of the results' filters
load their script before the page calls it (``initDateChooser is not defined``
was thrown there, issue #13)."""

from __future__ import annotations

from django.urls import reverse

from intake.roles import Role
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import english

SCRIPT = "wagtailadmin/js/date-time-chooser.js"


def survey(world):
    return form_page(
        world.programme["a"],
        [question("likert", "Le module ?", "module", points="5")],
        kind="participant_satisfaction",
        title="Satisfaction",
    )


def assert_script_before_its_use(html: str) -> None:
    assert SCRIPT in html
    assert "initDateChooser(" in html
    assert html.index(SCRIPT) < html.rindex("initDateChooser(")


def test_the_new_session_code_page_loads_the_date_picker(world):
    survey(world)
    response = english(world.client("a", Role.COACH)).get(
        reverse("survey_invitations:add_session")
    )
    assert response.status_code == 200
    assert_script_before_its_use(response.content.decode())


def test_the_results_filters_load_the_date_picker(world):
    form = survey(world)
    response = english(world.client("a", Role.COACH)).get(
        reverse("survey_results:survey", args=[form.pk])
    )
    assert response.status_code == 200
    assert_script_before_its_use(response.content.decode())
