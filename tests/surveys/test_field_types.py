"""Every field type: what a valid answer is stored as, and what is refused.

The questions are blocks as a manager builds them (``tests.factories.question``),
turned into the published schema the way a version freezes them (StreamField
round trip, :func:`surveys.schema.schema_from_stream`, JSON), then filled through
:class:`surveys.builder.SurveyFormBuilder` as the server does, without HTTP.
"""

from __future__ import annotations

import pytest
from django.http import QueryDict
from django.utils import translation
from wagtail.blocks import StreamValue

from surveys.builder import SurveyFormBuilder
from surveys.field_types import LAYOUT_TYPES, FieldType
from surveys.models import FormPage
from surveys.schema import FormSchema, schema_from_stream
from surveys.validation import check_schema
from tests.factories import question
from tests.surveys.field_type_cases import CASES, Case


def published_schema(blocks: list) -> FormSchema:
    """The schema a version freezes: StreamField round trip, then JSON."""
    stream_block = FormPage._meta.get_field("form_fields").stream_block
    stored = stream_block.get_prep_value(StreamValue(stream_block, blocks))
    schema = schema_from_stream(stream_block.to_python(stored))
    return FormSchema.from_json(schema.to_json())


SCHEMA = published_schema([case.block for case in CASES])


def post_data(data: dict) -> QueryDict:
    query = QueryDict(mutable=True)
    for name, value in data.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return query


def fill(case: Case, data: dict):
    """The bound form of the case's question alone, validated in English."""
    spec = SCHEMA.question(case.key)
    with translation.override("en"):
        form = SurveyFormBuilder([spec]).get_form_class()(post_data(data))
        form.is_valid()
        errors = {
            key: [str(error) for error in value] for key, value in form.errors.items()
        }
    return form, errors


def test_the_cases_cover_every_field_type():
    assert {case.type for case in CASES} == set(FieldType.values)
    assert check_schema(SCHEMA) == []


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.type not in LAYOUT_TYPES],
    ids=lambda case: case.key,
)
def test_a_valid_answer_is_stored_as_json(case):
    for data, expected in case.valid:
        form, errors = fill(case, data)
        assert errors == {}, data
        stored = form.answers()
        if expected is None:
            assert stored == {}, data
        else:
            assert stored == {case.key: expected}, data


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.invalid],
    ids=lambda case: case.key,
)
def test_an_invalid_answer_is_refused(case):
    for data, message in case.invalid:
        form, errors = fill(case, data)
        assert list(errors) == [case.key], data
        assert message in " ".join(errors[case.key]), (data, errors)
        assert case.key not in form.cleaned_data


@pytest.mark.parametrize("block_type", sorted(LAYOUT_TYPES))
def test_layout_blocks_show_something_and_store_nothing(block_type):
    layout = next(case.block for case in CASES if case.type == block_type)
    schema = published_schema([question("yes_no", "Motivé ?", "motivated"), layout])
    if block_type == FieldType.PAGE_BREAK:
        assert [step.title for step in schema.steps] == ["", "Suite"]
    else:
        assert [spec.type for spec in schema.fields] == ["yes_no", block_type]
    assert schema.keys == ("motivated",)

    form_class = SurveyFormBuilder(schema).get_form_class()
    form = form_class(post_data({"motivated": "yes", block_type: "x", "": "x"}))
    assert form.is_valid()
    assert list(form.fields) == ["motivated"]
    assert form.answers() == {"motivated": "yes"}


def test_a_whole_form_stores_each_answer_under_its_key():
    data, expected = {}, {}
    for case in CASES:
        if case.valid:
            sent, stored = case.valid[0]
            data.update(sent)
            expected[case.key] = stored
    with translation.override("en"):
        form = SurveyFormBuilder(SCHEMA).get_form_class()(post_data(data))
        assert form.is_valid(), form.errors
    assert form.answers() == expected
