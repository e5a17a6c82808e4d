"""The blocks a manager arranges to build a form: one block per field type.

Every answer is stored under the question's ``key``: a :class:`KeyBlock`, filled
from the label when the question is first saved and frozen once a version of the
form was published (see :mod:`surveys.schema`). A ``KeyBlock`` is not a
``CharBlock``, so wagtail-localize does not offer it for translation: translations
keep the source's keys, and so keep the stored value of every choice.
"""

from __future__ import annotations

import re

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from surveys.field_types import FieldType

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,62}$"
KEY_MESSAGE = _("Use lower-case letters, digits and _ only, starting with a letter.")


class KeyBlock(blocks.FieldBlock):
    """A stable identifier (lower-case letters, digits, underscores).

    Left empty, it is filled from the label when the form is saved.
    """

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field_options = {"required": required, "help_text": help_text}
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.CharField(
            max_length=63,
            validators=[RegexValidator(KEY_PATTERN, KEY_MESSAGE)],
            **self.field_options,
        )

    def get_prep_value(self, value):
        return value or ""

    class Meta:
        default = ""


class KeyListBlock(blocks.FieldBlock):
    """Several keys, separated by commas (e.g. the values a condition accepts)."""

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field_options = {"required": required, "help_text": help_text}
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.CharField(max_length=500, **self.field_options)

    def clean(self, value):
        value = super().clean(value)
        keys = [part.strip() for part in (value or "").split(",") if part.strip()]
        for key in keys:
            if not re.match(KEY_PATTERN, key):
                raise forms.ValidationError(KEY_MESSAGE)
        return ", ".join(keys)

    class Meta:
        default = ""


class Operator(models.TextChoices):
    EQUALS = "equals", _("equals")
    ONE_OF = "one_of", _("is one of")
    ANSWERED = "answered", _("is answered")


class ConditionBlock(blocks.StructBlock):
    """Show the question (or the step) only when an earlier answer matches."""

    field = KeyBlock(
        label=_("Show only if the question with key"),
        help_text=_("Leave empty to always show."),
    )
    operator = blocks.ChoiceBlock(
        choices=Operator.choices, default=Operator.EQUALS, label=_("Operator")
    )
    values = KeyListBlock(
        label=_("Value(s)"),
        help_text=_(
            "The stored value(s) of the earlier answer, separated by commas: "
            "e.g. yes, or 1, 2 for a scale."
        ),
    )

    class Meta:
        label = _("Condition")
        form_classname = "struct-block condition-block"
        collapsed = True


class ChoiceOptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=255, label=_("Label"))
    value = KeyBlock(
        label=_("Stored value"),
        help_text=_("The same in every language. Filled from the label if empty."),
    )

    class Meta:
        label = _("Choice")


class QuestionBlock(blocks.StructBlock):
    """What every question has."""

    label = blocks.CharBlock(max_length=500, label=_("Question"))
    key = KeyBlock(
        label=_("Key"),
        help_text=_(
            "Where the answers are stored. Filled from the question if empty; it "
            "cannot change once the form is published."
        ),
    )
    help_text = blocks.TextBlock(required=False, label=_("Help text"))
    required = blocks.BooleanBlock(required=False, default=True, label=_("Required"))
    show_if = ConditionBlock(required=False)

    class Meta:
        icon = "form"


class SinglelineBlock(QuestionBlock):
    max_length = blocks.IntegerBlock(
        default=255, min_value=1, max_value=2000, label=_("Maximum length")
    )

    class Meta:
        label = FieldType.SINGLELINE.label
        icon = "pilcrow"


class MultilineBlock(QuestionBlock):
    class Meta:
        label = FieldType.MULTILINE.label
        icon = "pilcrow"


class EmailBlock(QuestionBlock):
    class Meta:
        label = FieldType.EMAIL.label
        icon = "mail"


class NumberBlock(QuestionBlock):
    min_value = blocks.DecimalBlock(required=False, label=_("Smallest value"))
    max_value = blocks.DecimalBlock(required=False, label=_("Largest value"))

    class Meta:
        label = FieldType.NUMBER.label
        icon = "decimal"


class UrlBlock(QuestionBlock):
    class Meta:
        label = FieldType.URL.label
        icon = "link"


class CheckboxBlock(QuestionBlock):
    class Meta:
        label = FieldType.CHECKBOX.label
        icon = "tick-inverse"


class ChoicesBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceOptionBlock(), min_num=1, label=_("Choices"))


class CheckboxesBlock(ChoicesBlock):
    class Meta:
        label = FieldType.CHECKBOXES.label
        icon = "list-ul"


class DropdownBlock(ChoicesBlock):
    class Meta:
        label = FieldType.DROPDOWN.label
        icon = "list-ul"


class MultiselectBlock(ChoicesBlock):
    class Meta:
        label = FieldType.MULTISELECT.label
        icon = "list-ul"


class RadioBlock(ChoicesBlock):
    class Meta:
        label = FieldType.RADIO.label
        icon = "radio-full"


class DateBlock(QuestionBlock):
    not_in_future = blocks.BooleanBlock(
        required=False, default=False, label=_("Not in the future (e.g. birth date)")
    )
    not_in_past = blocks.BooleanBlock(
        required=False, default=False, label=_("Not in the past (e.g. appointment)")
    )
    max_years_ago = blocks.IntegerBlock(
        required=False,
        default=120,
        min_value=0,
        max_value=150,
        label=_("At most this many years ago"),
    )
    max_years_ahead = blocks.IntegerBlock(
        required=False,
        default=10,
        min_value=0,
        max_value=50,
        label=_("At most this many years ahead"),
    )

    class Meta:
        label = FieldType.DATE.label
        icon = "date"


class DatetimeBlock(QuestionBlock):
    class Meta:
        label = FieldType.DATETIME.label
        icon = "time"


class HiddenBlock(QuestionBlock):
    default_value = blocks.CharBlock(required=False, label=_("Value"))

    class Meta:
        label = FieldType.HIDDEN.label
        icon = "view"


def points_block():
    return blocks.ChoiceBlock(
        choices=[("3", _("3 points")), ("5", _("5 points"))],
        default="5",
        label=_("Points"),
    )


def point_labels_block():
    return blocks.ListBlock(
        blocks.CharBlock(max_length=80),
        required=False,
        default=[],
        label=_("Text of each point (optional)"),
        help_text=_(
            "From the lowest to the highest. Empty: the standard texts, "
            "translated in every language."
        ),
    )


class LikertBlock(QuestionBlock):
    points = points_block()
    point_labels = point_labels_block()

    class Meta:
        label = FieldType.LIKERT.label
        icon = "pick"


class StatementBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=_("Statement"))
    key = KeyBlock(label=_("Key"))

    class Meta:
        label = _("Statement")


class MatrixBlock(QuestionBlock):
    points = points_block()
    point_labels = point_labels_block()
    statements = blocks.ListBlock(StatementBlock(), min_num=1, label=_("Statements"))

    class Meta:
        label = FieldType.MATRIX.label
        icon = "table"


class YesNoBlock(QuestionBlock):
    class Meta:
        label = FieldType.YES_NO.label
        icon = "tick"


class RepeatableBlock(QuestionBlock):
    item_label = blocks.CharBlock(max_length=120, label=_("Label of one item"))
    max_items = blocks.IntegerBlock(
        default=10, min_value=1, max_value=50, label=_("At most")
    )

    class Meta:
        label = FieldType.REPEATABLE.label
        icon = "list-ol"


class ActionPlanBlock(QuestionBlock):
    max_steps = blocks.IntegerBlock(
        default=8, min_value=1, max_value=30, label=_("At most this many steps")
    )

    class Meta:
        label = FieldType.ACTION_PLAN.label
        icon = "tasks"


class CountryBlock(QuestionBlock):
    class Meta:
        label = FieldType.COUNTRY.label
        icon = "globe"


class LanguagesBlock(QuestionBlock):
    class Meta:
        label = FieldType.LANGUAGES.label
        icon = "globe"


class ConsentBlock(QuestionBlock):
    text = blocks.TextBlock(label=_("Consent text"))
    version = KeyBlock(
        required=True,
        label=_("Version of the text"),
        help_text=_("Change it (e.g. v2) when the text changes: answers record it."),
    )

    class Meta:
        label = FieldType.CONSENT.label
        icon = "lock"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Heading"))

    class Meta:
        label = FieldType.HEADING.label
        icon = "title"


class InstructionsBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=["bold", "italic", "ol", "ul", "link"])

    class Meta:
        label = FieldType.INSTRUCTIONS.label
        icon = "help"


class PageBreakBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=200, required=False, label=_("Title of the next step")
    )
    show_if = ConditionBlock(required=False)

    class Meta:
        label = FieldType.PAGE_BREAK.label
        icon = "horizontalrule"


class FormFieldsBlock(blocks.StreamBlock):
    """The registry made concrete: one child per :class:`FieldType`, same names."""

    singleline = SinglelineBlock()
    multiline = MultilineBlock()
    email = EmailBlock()
    number = NumberBlock()
    url = UrlBlock()
    checkbox = CheckboxBlock()
    checkboxes = CheckboxesBlock()
    dropdown = DropdownBlock()
    multiselect = MultiselectBlock()
    radio = RadioBlock()
    date = DateBlock()
    datetime = DatetimeBlock()
    hidden = HiddenBlock()
    likert = LikertBlock()
    matrix = MatrixBlock()
    yes_no = YesNoBlock()
    repeatable = RepeatableBlock()
    action_plan = ActionPlanBlock()
    country = CountryBlock()
    languages = LanguagesBlock()
    consent = ConsentBlock()
    heading = HeadingBlock()
    instructions = InstructionsBlock()
    page_break = PageBreakBlock()
