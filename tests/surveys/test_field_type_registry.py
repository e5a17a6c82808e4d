"""The field-type registry: every type is one object with every hook, and the
rest of the project asks it instead of branching on a type's name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django import forms
from django.template.loader import get_template
from wagtail import blocks

from surveys.field_types import (
    BUILT_IN,
    LAYOUT_TYPES,
    BaseFieldType,
    FieldType,
    FormFieldsBlock,
    field_type,
    field_types,
)
from surveys.field_types.display import AnswerDisplay
from surveys.field_types.screens import Screen, ScreenContext
from surveys.field_types.summary import QuestionSummary
from tests.surveys.test_field_types import CASES, SCHEMA

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "static" / "surveys" / "js"
HOOKS = (
    "block_children",
    "make_block",
    "options_from_block",
    "spec_values",
    "form_field",
    "stored_value",
    "posted_names",
    "possible_values",
    "grants_consent",
    "signs",
    "stamp",
    "display",
    "summarise",
    "export_headings",
    "export_cells",
    "participant_screens",
    "participant_preface",
    "xlsform_fit",
    "from_xlsform",
    "to_xlsform",
)


def script_hooks() -> set[str]:
    """The entries of ``SurveyQuestions.types`` the scripts define."""
    text = "".join(
        (SCRIPTS / name).read_text()
        for name in ("questions.js", "question_types.js", "signature.js")
    )
    return set(re.findall(r"^\s*types\.(\w+) = \{", text, re.M))


def screen_context(spec, data=None) -> ScreenContext:
    return ScreenContext(
        spec=spec,
        source=None,
        data=data or {},
        label_lang=None,
        source_language="fr",
        error="",
        bound_field=None,
        untranslated=lambda text, source_text: False,
    )


def test_the_registry_lists_every_type_once_in_the_editor_s_order():
    names = [definition.name for definition in field_types()]
    assert names == list(FieldType.values) == list(FormFieldsBlock.base_blocks)
    assert len(set(names)) == len(names)
    assert [definition.name for definition in BUILT_IN] == names
    assert LAYOUT_TYPES == {"heading", "instructions", "page_break"}


@pytest.mark.parametrize("name", FieldType.values)
def test_every_type_is_one_object_with_every_hook(name):
    definition = field_type(name)
    assert isinstance(definition, BaseFieldType)
    assert definition.name == name
    assert str(definition.label) == str(FieldType(name).label)
    for hook in HOOKS:
        assert callable(getattr(definition, hook)), hook
    block = definition.make_block()
    assert isinstance(block, blocks.StructBlock)
    assert str(block.meta.label) == str(definition.label)
    assert type(FormFieldsBlock.base_blocks[name]) is definition.block
    if definition.form_template:
        get_template(definition.form_template)
    else:
        assert definition.starts_step  # a page break is a step, not an item


@pytest.mark.parametrize(
    "spec", SCHEMA.questions, ids=lambda spec: f"{spec.type}-{spec.key}"
)
def test_every_question_type_fills_reads_and_shows(spec):
    definition = spec.definition
    assert definition.collects_answer
    assert isinstance(definition.form_field(spec, {"required": False}), forms.Field)
    assert definition.script in script_hooks(), "its script hook has no entry"
    case = next(case for case in CASES if case.key == spec.key and case.valid)
    stored = case.valid[0][1]
    assert isinstance(definition.display(spec, stored), AnswerDisplay)
    headings = definition.export_headings(spec.label, spec.key)
    assert len(definition.export_cells(spec, stored)) == len(headings) >= 1
    summary = QuestionSummary(spec.key, spec.label, str(definition.label), True, 1)
    assert definition.summarise(summary, spec, [stored]) is summary
    for screen in definition.participant_screens(screen_context(spec)):
        assert isinstance(screen, Screen)
        assert screen.hook in script_hooks()
        get_template(screen.template)


@pytest.mark.parametrize("name", sorted(LAYOUT_TYPES))
def test_layout_types_collect_nothing(name):
    definition = field_type(name)
    assert not definition.collects_answer
    with pytest.raises(NotImplementedError):
        definition.form_field(None, {})


#: What a branch on one type's name looks like, in Python and in templates.
TYPE_BRANCHES = re.compile(
    r"FieldType\.[A-Z_]+"
    r"|\.type\s*(?:==|!=)\s*[\"']"
    r"|\.type\s+(?:not\s+)?in\s+[(\[{]"
    r"|data-kind"
)


def test_nothing_outside_the_field_types_branches_on_a_type():
    places = [
        *ROOT.glob("surveys/**/*.py"),
        *ROOT.glob("workflow/**/*.py"),
        *ROOT.glob("intake/**/*.py"),
        *ROOT.glob("*/templates/**/*.html"),
        *SCRIPTS.glob("*.js"),
    ]
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in places
        if "field_types" not in path.parts and "migrations" not in path.parts
        for match in TYPE_BRANCHES.finditer(path.read_text())
    ]
    assert found == []
