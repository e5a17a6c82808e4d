"""A number, between the bounds the editor set; stored as an integer when whole."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from surveys.field_types.display import AnswerDisplay
from surveys.field_types.text import TextType
from surveys.xlsform.constraints import bounds_constraint, number_bounds


class Number(TextType):
    name = "number"
    label = _("Number")
    icon = "decimal"
    screen_kind = "number"
    input_mode = "decimal"

    def block_children(self):
        return {
            "min_value": blocks.DecimalBlock(required=False, label=_("Smallest value")),
            "max_value": blocks.DecimalBlock(required=False, label=_("Largest value")),
        }

    def form_field(self, spec, options):
        for bound in ("min_value", "max_value"):
            if spec.options.get(bound) not in (None, ""):
                options[bound] = Decimal(str(spec.options[bound]))
        options["widget"] = forms.NumberInput(attrs={"inputmode": "decimal"})
        return forms.DecimalField(**options)

    def stored_value(self, value):
        if isinstance(value, Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        return value

    def display(self, spec, value):
        return AnswerDisplay(str(formats.localize(value)))

    xlsform_types = ("decimal", "integer", "range")

    def from_xlsform(self, question, language):
        low, high = number_bounds(question.constraint) or (None, None)
        if question.parameters:  # a range: its start and end are the bounds
            low = question.parameters.get("start", low)
            high = question.parameters.get("end", high)
        return {
            **super().from_xlsform(question, language),
            "min_value": None if low is None else str(low),
            "max_value": None if high is None else str(high),
        }

    def to_xlsform(self, spec, language):
        bounds = bounds_constraint(
            spec.options.get("min_value"), spec.options.get("max_value")
        )
        return self.xlsform_row(spec, language, "decimal", constraint=bounds)

    def export_values(self, spec, value):
        return [value if isinstance(value, int | float) else None]
