"""Export a published form as XLSForm: pyxform converts it, and importing it
gives back the same questions, keys, choices, conditions and translations."""

from __future__ import annotations

import io

import pytest
from django.utils import translation
from django.utils.translation import gettext
from pyxform.xls2xform import convert

from intake.roles import Role
from surveys.models import FormPage
from surveys.xlsform.creating import create_form
from surveys.xlsform.planning import plan_import
from surveys.xlsform.reading import read_xlsform
from tests.factories import choices, condition, form_page, programme_page, question
from tests.surveys.xlsform.xlsforms import three_languages


def blocks():
    return [
        question("singleline", "Votre prénom", "first_name", max_length=80),
        question("yes_no", "Motivée ?", "motivated"),
        question(
            "radio",
            "Pourquoi ?",
            "why",
            choices=choices(("language", "La langue"), ("work", "Le travail")),
            show_if=condition("motivated", "equals", "yes"),
        ),
        question(
            "checkboxes",
            "Besoins",
            "needs",
            choices=choices(("course", "Un cours"), ("housing", "Un logement")),
            required=False,
        ),
        ("page_break", {"title": "Suite", "show_if": condition("needs", "answered")}),
        question("likert", "Humeur", "mood", points="3"),
        question("number", "Âge", "age", min_value="18", max_value="99"),
        question("date", "Arrivée", "arrived", not_in_future=True),
        question("email", "E-mail", "email", required=False),
        question("multiline", "Remarques", "remarks", required=False),
        question("repeatable", "Amis", "friends", item_label="Prénom", max_items=5),
        question("country", "Pays", "country"),
        ("instructions", {"text": "<p>Merci !</p>"}),
    ]


def shape(schema):
    """What must survive the trip: types, keys, choices, conditions, steps."""
    return [
        (
            spec.type,
            spec.key,
            spec.required,
            [value for value, _label in spec.options.get("choices", [])],
            spec.condition,
            spec.step,
        )
        for spec in schema.fields
    ]


@pytest.fixture
def exported(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    page = form_page(world.programme["a"], blocks(), kind="participant_satisfaction")
    response = manager.get(f"/admin/xlsform/{page.pk}/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return page, response.content


def test_pyxform_converts_the_export(exported):
    _page, content = exported
    result = convert(xlsform=io.BytesIO(content), validate=False)
    assert "<h:title>" in result.xform


def test_importing_the_export_gives_the_same_form(
    world, exported, django_capture_on_commit_callbacks
):
    page, content = exported
    plan = plan_import(read_xlsform(content, "fr"), "fr", "Copie")
    assert plan.problems == []
    with django_capture_on_commit_callbacks(execute=True):
        copy = create_form(plan, world.programme["a"], page.kind, None)
    assert shape(copy.published_version.form_schema) == shape(
        page.published_version.form_schema
    )


def test_translations_travel_both_ways(world, django_capture_on_commit_callbacks):
    programme_page(world.programme["a"])
    plan = plan_import(read_xlsform(three_languages(), "fr"), "fr")
    with django_capture_on_commit_callbacks(execute=True):
        page = create_form(plan, world.programme["a"], "participant_satisfaction", None)
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    content = manager.get(f"/admin/xlsform/{page.pk}/export/").content
    again = plan_import(read_xlsform(content, "fr"), "fr")
    assert again.languages == ["en", "fr", "nl"]
    assert again.translations["nl"]["Êtes-vous content ?"] == "Ben je tevreden?"
    with django_capture_on_commit_callbacks(execute=True):
        copy = create_form(again, world.programme["a"], page.kind, None)
    dutch = FormPage.objects.get(
        translation_key=copy.translation_key, locale__language_code="nl"
    )
    with translation.override("nl"):
        dutch_other = gettext("Other")
    assert dutch.published_version.form_schema.question("liked").options["choices"] == [
        ["cooking", "Koken"],
        ["walk", "De wandeling"],
        ["museum", "Het museum"],
        ["other", dutch_other],
    ]


def test_only_the_programme_s_team_may_export(world, exported):
    page, _content = exported
    url = f"/admin/xlsform/{page.pk}/export/"
    assert world.client("b", Role.PROGRAMME_MANAGER).get(url).status_code == 404
    assert world.client("a", Role.SOCIAL_WORKER).get(url).status_code == 404
    assert world.client("a", Role.COACH).get(url).status_code == 200
