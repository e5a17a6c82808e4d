"""Adding a field type is one module: this test module writes a small type (a
rating in stars), registers it, and the editor's block, the form builder, the
checks, the stored answers, the summary and the export take it as they take
the built-in types, with nothing else changed."""

from __future__ import annotations

import pytest
from django import forms
from django.http import QueryDict
from django.utils import translation
from wagtail import blocks

from intake.roles import Role
from surveys.builder import _FORM_CLASSES, SurveyFormBuilder, form_class_for
from surveys.field_types import register, unregister
from surveys.field_types.choices import CountedType
from surveys.field_types.display import AnswerDisplay
from surveys.models import FormVersion, Submission
from surveys.schema import Condition, FieldSpec, FormSchema, schema_from_stream
from surveys.selectors import FormCatalog, submission_summary
from surveys.services import submission_create
from surveys.validation import check_schema
from surveys.views.exports import export_headings, export_rows
from tests.factories import form_page, question


class Stars(CountedType):
    """One to ``most`` stars; exported as the number and as the stars drawn."""

    name = "stars"
    label = "Stars"
    icon = "pick"
    script = "choice"

    def block_children(self):
        return {"most": blocks.IntegerBlock(default=5, min_value=2, max_value=10)}

    def most(self, spec) -> int:
        return int(spec.options.get("most") or 5)

    def form_field(self, spec, options):
        options["choices"] = [(n, str(n)) for n in range(1, self.most(spec) + 1)]
        return forms.TypedChoiceField(
            coerce=int, empty_value=None, widget=forms.RadioSelect, **options
        )

    def possible_values(self, spec):
        return {str(n) for n in range(1, self.most(spec) + 1)}

    def fixed_choices(self, spec):
        return list(range(1, self.most(spec) + 1))

    def display(self, spec, value):
        return AnswerDisplay("★" * value + "☆" * (self.most(spec) - value))

    def export_headings(self, label, key):
        return [f"{label} [{key}]", f"{label} [{key}] ★"]

    def export_cells(self, spec, value):
        return [value or "", self.display(spec, value).text if value else ""]


@pytest.fixture(autouse=True)
def stars():
    definition = register(Stars())
    _FORM_CLASSES.clear()
    yield definition
    unregister("stars")
    _FORM_CLASSES.clear()


def post(**data) -> QueryDict:
    query = QueryDict(mutable=True)
    query.update(data)
    return query


def test_its_block_gives_the_question_its_settings(stars):
    stream_block = blocks.StreamBlock([("stars", stars.make_block())])
    stream = stream_block.to_python(
        [
            {
                "type": "stars",
                "id": "b1",
                "value": {"label": "Le groupe ?", "key": "group", "most": 4},
            }
        ]
    )
    (spec,) = schema_from_stream(stream).questions
    assert (spec.type, spec.key, spec.label, spec.options) == (
        "stars",
        "group",
        "Le groupe ?",
        {"most": 4},
    )


SPEC = FieldSpec(type="stars", key="group", label="Le groupe ?", options={"most": 4})


def test_the_builder_validates_and_stores_it():
    form_class = SurveyFormBuilder([SPEC]).get_form_class()
    form = form_class(post(group="3"))
    assert form.is_valid(), form.errors
    assert form.answers() == {"group": 3}
    with translation.override("en"):
        refused = form_class(post(group="5"))
        assert not refused.is_valid()
        assert "Select a valid choice" in str(refused.errors["group"])


def test_conditions_on_it_know_its_values():
    follow_up = FieldSpec(
        type="singleline",
        key="why",
        label="Pourquoi ?",
        condition=Condition("group", "one_of", ("1", "9")),
    )
    with translation.override("en"):
        errors = check_schema(FormSchema(fields=(SPEC, follow_up)))
    assert len(errors) == 1
    assert "“group” cannot be 9; it can be: 1, 2, 3, 4." in errors[0].message


@pytest.fixture
def version(world):
    """A published form whose second version asks the new type."""
    page = form_page(world.programme["a"], [question("yes_no", "Motivé ?", "ok")])
    schema = FormSchema(fields=(SPEC,))
    return FormVersion.objects.create(
        page=page,
        translation_key=page.translation_key,
        locale=page.locale,
        number=2,
        schema=schema.to_json(),
        structure_hash=schema.structure_hash(),
    )


def test_its_answers_are_stored_summed_up_and_exported(world, version):
    coach = world.user("a", Role.COACH)
    for given in ("4", "4", "1"):
        data = post(group=given)
        form = form_class_for(version)(data, page=version.page, user=coach)
        submission_create(
            page=version.page, version=version, form=form, data=data, user=coach
        )
    assert sorted(s.answers["group"] for s in Submission.objects.all()) == [1, 4, 4]

    summary = submission_summary(Submission.objects.all(), [version], "fr")
    (question_summary,) = summary.questions
    assert question_summary.type_label == "Stars"
    assert [(row.label, row.count) for row in question_summary.choices] == [
        ("★☆☆☆", 1),
        ("★★☆☆", 0),
        ("★★★☆", 0),
        ("★★★★", 2),
    ]

    catalog = FormCatalog([version], "fr")
    headings = export_headings(catalog, anonymous=True)
    assert headings[-2:] == ["Le groupe ? [group]", "Le groupe ? [group] ★"]
    rows = list(export_rows(Submission.objects.all(), catalog, anonymous=True))
    assert sorted(tuple(row[-2:]) for row in rows) == [
        (1, "★☆☆☆"),
        (4, "★★★★"),
        (4, "★★★★"),
    ]
    assert all(len(row) == len(headings) for row in rows)
