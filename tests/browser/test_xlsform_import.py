"""A manager brings a three-language XLSForm (issue #18): she reads the preview,
confirms, and a participant answers the new survey in its second language."""

from __future__ import annotations

import re

import pytest

from home.services import cpas_page_group_sync
from intake.roles import Role
from surveys.models import FormPage, Submission
from tests.browser.axe import assert_accessible
from tests.browser.conftest import log_in
from tests.browser.groups_pages import in_english
from tests.factories import (
    PASSWORD,
    CpasFactory,
    ProgrammeFactory,
    programme_page,
    staff_member,
)
from tests.surveys.participant_surveys.survey_helpers import invite
from tests.surveys.xlsform.xlsforms import workbook

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FR, NL, EN = "French (fr)", "Dutch (nl)", "English (en)"


def survey_file(tmp_path):
    labels = [f"label::{FR}", f"label::{NL}", f"label::{EN}"]
    data = workbook(
        [
            ["type", "name", *labels, "required", "parameters"],
            [
                "select_one yes_no",
                "happy",
                "Content ?",
                "Tevreden?",
                "Happy?",
                "yes",
                "",
            ],
            [
                "range",
                "mood",
                "Humeur",
                "Stemming",
                "Mood",
                "yes",
                "start=1 end=5 step=1",
            ],
            ["text", "comment", "Un mot ?", "Een woordje?", "A word?", "", ""],
            ["rank", "order", "Classez", "Rangschik", "Rank", "", ""],
        ],
        [
            ["list_name", "name", *labels],
            ["yes_no", "yes", "Oui", "Ja", "Yes"],
            ["yes_no", "no", "Non", "Nee", "No"],
        ],
        {"form_title": "Tevredenheid", "default_language": FR},
    )
    path = tmp_path / "satisfaction.xlsx"
    path.write_bytes(data)
    return path


def test_a_manager_imports_an_xlsform_and_a_participant_answers_in_dutch(
    live_server, new_context, tmp_path
):
    cpas = CpasFactory()
    programme = ProgrammeFactory(cpas=cpas, name="Mod'Actions", slug="modactions")
    programme_page(programme)
    manager = staff_member(Role.PROGRAMME_MANAGER, cpas=cpas, programmes=[programme])
    cpas_page_group_sync(cpas=cpas)
    in_english(manager.user)

    page = new_context().new_page()
    log_in(page, live_server, manager.user.username, PASSWORD)
    page.get_by_role("link", name="Import an XLSForm").click()
    page.get_by_label("Programme").select_option(label=str(programme))
    page.get_by_label("XLSForm file").set_input_files(str(survey_file(tmp_path)))
    page.get_by_role("button", name="Preview").click()

    preview = page.locator("[data-xlsform-questions]")
    preview.wait_for()
    assert preview.get_by_text("Content ?").is_visible()
    problems = page.locator("[data-xlsform-problems]")
    assert "“rank” has no equivalent" in problems.inner_text()
    assert FormPage.objects.count() == 0
    assert_accessible(page, "the XLSForm import preview")
    page.get_by_role("button", name="Create the form").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))

    form = FormPage.objects.get(locale__language_code="fr")
    _invitation, token = invite(form, max_uses=5)
    participant = new_context(locale="nl-BE").new_page()
    participant.goto(f"{live_server.url}/s/{token}/")
    participant.get_by_role("link", name="Nederlands").click()
    participant.wait_for_url(re.compile(f"/nl/survey/{token}/$"))
    screen = participant.locator("[data-screen]:visible")
    assert "Tevreden?" in screen.inner_text()
    screen.locator("label.option").filter(has_text="Ja").click()
    participant.locator("[data-next]").click()
    assert "Stemming" in participant.locator("[data-screen]:visible").inner_text()
    participant.locator("[data-screen]:visible label.option").nth(4).click()
    participant.locator("[data-next]").click()
    participant.locator(
        "[data-screen]:visible textarea, [data-screen]:visible input[type=text]"
    ).fill("Goed")
    participant.locator("[data-send]").click()
    participant.wait_for_url(re.compile(f"/nl/survey/{token}/thanks/$"))
    submission = Submission.objects.get()
    assert submission.answers == {"happy": "yes", "mood": 5, "comment": "Goed"}
    assert submission.locale.language_code == "nl"
