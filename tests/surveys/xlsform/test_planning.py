"""What an XLSForm becomes: every supported type, groups, repeats, conditions,
constraints and translations; every part that cannot come is listed with its
row and column, never silently dropped."""

from __future__ import annotations

import pytest

from surveys.xlsform.planning import plan_import
from surveys.xlsform.reading import read_xlsform
from tests.surveys.xlsform.xlsforms import FR, three_languages, workbook


@pytest.fixture
def plan():
    return plan_import(read_xlsform(three_languages(), "fr"), "fr")


def blocks_by_key(plan):
    return {block["value"].get("key"): block for block in plan.blocks}


def test_each_supported_type_becomes_its_block(plan):
    types = {key: block["type"] for key, block in blocks_by_key(plan).items() if key}
    assert types == {
        "happy": "yes_no",
        "why_not": "singleline",
        "mood": "likert",
        "age": "number",
        "hours": "number",
        "arrived": "date",
        "meeting": "datetime",
        "liked": "checkboxes",
        "liked_other": "singleline",
        "best": "dropdown",
        "comment": "multiline",
        "agree": "consent",
        "friends": "repeatable",
        "tricky": "singleline",
    }
    layout = [block["type"] for block in plan.blocks if not block["value"].get("key")]
    assert layout == ["instructions", "page_break", "page_break"]


def test_texts_come_in_the_programme_s_language(plan):
    happy = blocks_by_key(plan)["happy"]["value"]
    assert plan.source_language == "fr"
    assert plan.languages == ["en", "fr", "nl"]
    assert happy["label"] == "Êtes-vous content ?"
    assert happy["help_text"] == "Une réponse"
    assert happy["required"] is True


def test_constraints_become_the_builder_s_settings(plan):
    found = blocks_by_key(plan)
    assert (found["age"]["value"]["min_value"], found["age"]["value"]["max_value"]) == (
        "18",
        "120",
    )
    assert found["arrived"]["value"]["not_in_future"] is True
    assert found["mood"]["value"]["points"] == "5"
    assert found["friends"]["value"]["item_label"] == "Prénom"


def test_conditions_of_the_supported_forms_are_carried(plan):
    found = blocks_by_key(plan)
    assert found["why_not"]["value"]["show_if"] == {
        "field": "happy",
        "operator": "equals",
        "values": "no",
    }
    assert found["best"]["value"]["show_if"] == {
        "field": "liked",
        "operator": "one_of",
        "values": "cooking, walk",
    }
    assert found["comment"]["value"]["show_if"]["operator"] == "answered"
    group = next(b for b in plan.blocks if b["type"] == "page_break")
    assert group["value"]["title"] == "Plus de questions"
    assert group["value"]["show_if"]["field"] == "happy"


def test_or_other_adds_the_choice_and_the_question_that_asks_which(plan):
    found = blocks_by_key(plan)
    values = [choice["value"] for choice in found["liked"]["value"]["choices"]]
    assert values == ["cooking", "walk", "museum", "other"]
    assert found["liked_other"]["value"]["show_if"] == {
        "field": "liked",
        "operator": "one_of",
        "values": "other",
    }


def test_translations_pair_each_text_with_its_language(plan):
    assert plan.translations["nl"]["Êtes-vous content ?"] == "Ben je tevreden?"
    assert plan.translations["en"]["La cuisine"] == "Cooking"
    assert plan.translations["nl"]["Plus de questions"] == "Meer vragen"
    assert plan.translations["en"]["Bienvenue"] == "Welcome"


def test_what_cannot_come_is_listed_with_its_row_and_column(plan):
    problems = {(p.row, p.column): p.message for p in plan.problems}
    assert "rank" in problems[(19, "type")]
    assert "${age} > 30" in problems[(20, "relevant")]
    assert "choice filter" in problems[(12, "choice_filter")]
    assert "recorded by the phone" in problems[(21, "type")]
    # The question whose condition could not come is kept, always shown.
    assert blocks_by_key(plan)["tricky"]["value"]["show_if"] == {}


def test_names_that_are_not_keys_are_made_keys_and_said_so():
    data = workbook(
        [
            ["type", "name", "label"],
            ["text", "First-Name", "Prénom"],
            ["text", "First-Name", "Encore"],
        ]
    )
    plan = plan_import(read_xlsform(data, "fr"), "fr")
    assert [b["value"]["key"] for b in plan.blocks] == ["first_name"]
    messages = [p.message for p in plan.problems]
    assert any("stored as “first_name”" in m for m in messages)
    assert any("used twice" in m for m in messages)


def test_a_repeat_of_several_questions_is_listed_not_half_carried():
    data = workbook(
        [
            ["type", "name", "label"],
            ["begin_repeat", "kids", "Enfants"],
            ["text", "name", "Nom"],
            ["integer", "age", "Âge"],
            ["end_repeat", "", ""],
            ["text", "after", "Après"],
        ]
    )
    plan = plan_import(read_xlsform(data, "fr"), "fr")
    assert [b["value"]["key"] for b in plan.blocks] == ["after"]
    assert any("repeat" in p.message for p in plan.problems)


def test_a_form_without_the_programme_s_language_says_which_it_uses():
    data = workbook(
        [["type", "name", "label::English (en)"], ["text", "name", "Your name"]],
        settings={"form_title": "T", "default_language": "English (en)"},
    )
    plan = plan_import(read_xlsform(data, "nl"), "nl")
    assert plan.source_language == "en"
    assert plan.blocks[0]["value"]["label"] == "Your name"
    assert any(p.column == "label" for p in plan.problems)


def test_an_unknown_language_column_is_listed():
    data = workbook(
        [
            ["type", "name", f"label::{FR}", "label::Klingon (tlh)"],
            ["text", "a", "A", "B"],
        ]
    )
    plan = plan_import(read_xlsform(data, "fr"), "fr")
    assert plan.languages == ["fr"]
    assert [p.column for p in plan.problems] == ["label::Klingon (tlh)"]


def test_a_signature_travels_as_an_image_with_the_signature_appearance():
    data = workbook(
        [
            ["type", "name", "label", "appearance"],
            ["image", "signed", "Signature", "signature"],
            ["image", "photo", "Photo", ""],
        ]
    )
    plan = plan_import(read_xlsform(data, "fr"), "fr")
    assert [b["type"] for b in plan.blocks] == ["signature"]
    assert [(p.row, p.column) for p in plan.problems] == [(3, "type")]
