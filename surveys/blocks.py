"""The parts of the blocks a manager arranges to build a form.

Each field type's own block is made by its type (:mod:`surveys.field_types`) from
:class:`QuestionBlock` (or :class:`ChoicesBlock`) and its settings.

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
    sensitive = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("Sensitive"),
        help_text=_(
            "Health, residence, family: the answer is shown only to the "
            "programme's coaches and managers, left out of exports unless asked "
            "for, and every reading of it is logged."
        ),
    )

    class Meta:
        icon = "form"


class ChoicesBlock(QuestionBlock):
    """A question whose choices the editor lists."""

    choices = blocks.ListBlock(ChoiceOptionBlock(), min_num=1, label=_("Choices"))
