"""Survey results: shown only for groups of at least five, with filters and exports."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Locale

from intake.roles import Role
from surveys.models import FormPage, Submission
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import english, session_invitation


@pytest.fixture
def survey(world) -> FormPage:
    return form_page(
        world.programme["a"],
        [
            question("likert", "Le module vous a plu ?", "module", points="5"),
            question("multiline", "Un commentaire ?", "comment", required=False),
        ],
        kind="participant_satisfaction",
        title="Satisfaction Mod'Actions",
    )


def session(world, survey, label="Mardi"):
    invitation, _token = session_invitation(world, survey, label=label, max_uses=30)
    return invitation


def answer(survey, *, module, comment="", language="fr", invitation=None, days_ago=0):
    locale, _created = Locale.objects.get_or_create(language_code=language)
    submission = Submission.objects.create(
        version=survey.versions.get(),
        translation_key=survey.translation_key,
        programme=survey.programme,
        locale=locale,
        answers={"module": module, **({"comment": comment} if comment else {})},
        invitation=invitation,
    )
    if days_ago:
        Submission.objects.filter(pk=submission.pk).update(
            submitted_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
    return submission


def url(survey, **query) -> str:
    base = reverse("survey_results:survey", args=[survey.pk])
    if not query:
        return base
    return base + "?" + "&".join(f"{key}={value}" for key, value in query.items())


def page(world, target, role=Role.COACH) -> str:
    response = english(world.client("a", role)).get(target)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


HIDDEN = "Too few answers to show (at least 5)"


def test_four_answers_show_their_number_and_nothing_else(world, survey):
    for point in (5, 4, 4, 3):
        answer(survey, module=point, comment=f"Remarque {point}")

    content = page(world, url(survey))

    assert "4 answers, in every language." in content
    assert HIDDEN in content
    assert "Mean:" not in content and "Remarque" not in content
    assert "export=csv" not in content
    refused = page(world, url(survey, export="csv"))
    assert "Nothing was exported" in refused and "Remarque" not in refused


def test_five_answers_show_distribution_mean_and_texts_with_their_language(
    world, survey
):
    for point in (5, 4, 4, 3):
        answer(survey, module=point)
    answer(survey, module=1, comment="الدرس كان صعبا", language="ar")

    content = page(world, url(survey))

    assert HIDDEN not in content
    assert "5 answers, in every language." in content
    assert "Mean: 3.40 (5 answers)" in content
    assert "4 / 5 (Good)" in content  # a point with its words
    assert (
        '<td lang="ar" dir="auto" style="white-space: pre-line;">الدرس كان صعبا</td>'
        in content
    )
    assert "<td>Arabic</td>" in content


@pytest.mark.parametrize("role", [Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN])
def test_the_team_and_the_cpas_administrator_read_the_results(world, survey, role):
    for point in (5, 4, 4, 3, 2):
        answer(survey, module=point)
    assert "Mean: 3.60" in page(world, url(survey), role)


def test_filters_offer_only_groups_of_five_fixed_for_the_whole_survey(world, survey):
    """A session, a language or a day of three answers is never a filter of its
    own (the whole minus the others would show it): it is pooled, and a pool
    still too small takes in the next group (tests/security has the attacks)."""
    tuesday, thursday = session(world, survey, "Mardi"), session(world, survey, "Jeudi")
    for point in (5, 4, 4, 3, 2):
        answer(survey, module=point, invitation=tuesday)
    for point in (1, 1, 2):
        answer(survey, module=point, invitation=thursday, language="ti", days_ago=10)

    everything = page(world, url(survey))
    assert "8 answers, in every language." in everything and "Mean: 2.75" in everything
    assert f'<option value="{tuesday.pk}"' not in everything
    assert f'<option value="{thursday.pk}"' not in everything
    assert '<option value="ti"' not in everything
    assert "Other sessions, together" in everything

    on_tuesday = page(world, url(survey, session=tuesday.pk))  # not a choice
    assert "Mean: 3.60" not in on_tuesday

    pooled = page(world, url(survey, session="other"))
    assert "8 answers of 8, with these filters." in pooled

    today = timezone.localdate().isoformat()
    this_week = page(world, url(survey, start=today, end=today))
    assert "8 answers of 8" in this_week and "Mean: 2.75" in this_week
    assert "widened to whole groups of at least five answers" in this_week


def test_the_export_follows_the_filters_and_names_nobody(world, survey):
    tuesday = session(world, survey)
    for point in (5, 4, 4, 3, 2):
        answer(survey, module=point, invitation=tuesday, comment=f"Texte {point}")
    for _n in range(5):
        answer(survey, module=1)  # without a session: a group of five too
    client = english(world.client("a", Role.COACH))

    response = client.get(url(survey, session=tuesday.pk, export="csv"))

    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1 + 5
    assert not any("Submitted by" in heading for heading in rows[0])
    # The day only: the minute and the order would tell who answered what.
    today = timezone.localdate().isoformat()
    assert {row[0] for row in rows[1:]} == {today}
    assert sorted(row[-1] for row in rows[1:]) == [
        f"Texte {p}" for p in (2, 3, 4, 4, 5)
    ]

    workbook = client.get(url(survey, export="xlsx"))
    sheet = load_workbook(io.BytesIO(b"".join(workbook.streaming_content))).active
    assert sheet.max_row == 1 + 10


def test_an_anonymous_survey_has_no_per_submission_screens(world, survey):
    submission = answer(survey, module=4)
    client = world.client("a", Role.COACH)
    results = url(survey)
    for name, args in [
        ("index", [survey.pk]),
        ("summary", [survey.pk]),
        ("detail", [survey.pk, submission.pk]),
    ]:
        response = client.get(reverse(f"surveys_submissions:{name}", args=args))
        assert response.status_code == 302 and response["Location"] == results
    export = client.get(
        reverse("surveys_submissions:index", args=[survey.pk]) + "?export=csv"
    )
    assert export.status_code == 302


def test_a_survey_that_identifies_people_keeps_its_list(world, survey):
    FormPage.objects.filter(pk=survey.pk).update(identify_participant=True)
    answer(survey, module=4)
    client = world.client("a", Role.COACH)
    response = client.get(reverse("surveys_submissions:index", args=[survey.pk]))
    assert response.status_code == 200


def test_another_programmes_results_do_not_exist_for_me(world, survey):
    for point in (5, 4, 4, 3, 2):
        answer(survey, module=point)
    client = world.client("b", Role.COACH)
    assert client.get(url(survey)).status_code == 404
    assert client.get(url(survey, export="csv")).status_code == 404
    worker = world.client("a", Role.SOCIAL_WORKER)
    assert worker.get(url(survey)).status_code == 404
    listing = worker.get(reverse("survey_results:index"))
    assert listing.status_code == 302  # Wagtail's refusal: back to the admin's home


def test_the_results_list_names_the_programmes_surveys(world, survey):
    content = page(world, reverse("survey_results:index"))
    assert (
        "Satisfaction Mod&#x27;Actions" in content
        or "Satisfaction Mod'Actions" in content
    )
    assert url(survey) in content
