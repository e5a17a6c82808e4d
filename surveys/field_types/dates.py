"""A date (within sensible bounds) and a date with a time; stored as ISO 8601."""

from __future__ import annotations

from django import forms
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from surveys.date_fields import BoundedDateField
from surveys.field_types.base import BaseFieldType
from surveys.field_types.display import AnswerDisplay, short_date
from surveys.xlsform.constraints import NOT_IN_FUTURE, NOT_IN_PAST


class IsoType(BaseFieldType):
    def stored_value(self, value):
        return value.isoformat() if hasattr(value, "isoformat") else value


class Date(IsoType):
    name = "date"
    label = _("Date")
    icon = "date"

    def block_children(self):
        return {
            "not_in_future": blocks.BooleanBlock(
                required=False,
                default=False,
                label=_("Not in the future (e.g. birth date)"),
            ),
            "not_in_past": blocks.BooleanBlock(
                required=False,
                default=False,
                label=_("Not in the past (e.g. appointment)"),
            ),
            "max_years_ago": blocks.IntegerBlock(
                required=False,
                default=120,
                min_value=0,
                max_value=150,
                label=_("At most this many years ago"),
            ),
            "max_years_ahead": blocks.IntegerBlock(
                required=False,
                default=10,
                min_value=0,
                max_value=50,
                label=_("At most this many years ahead"),
            ),
        }

    def form_field(self, spec, options):
        return BoundedDateField(
            not_in_future=bool(spec.options.get("not_in_future")),
            not_in_past=bool(spec.options.get("not_in_past")),
            max_years_ago=spec.options.get("max_years_ago", 120),
            max_years_ahead=spec.options.get("max_years_ahead", 10),
            **options,
        )

    def display(self, spec, value):
        return AnswerDisplay(short_date(value))

    xlsform_types = ("date",)

    def from_xlsform(self, question, language):
        constraint = question.constraint.strip()
        return {
            **super().from_xlsform(question, language),
            "not_in_future": constraint == NOT_IN_FUTURE,
            "not_in_past": constraint == NOT_IN_PAST,
        }

    def to_xlsform(self, spec, language):
        constraint = ""
        if spec.options.get("not_in_future"):
            constraint = NOT_IN_FUTURE
        elif spec.options.get("not_in_past"):
            constraint = NOT_IN_PAST
        return self.xlsform_row(spec, language, "date", constraint=constraint)


class Datetime(IsoType):
    name = "datetime"
    label = _("Date and time")
    icon = "time"

    def form_field(self, spec, options):
        options["widget"] = forms.DateTimeInput(attrs={"type": "datetime-local"})
        return forms.DateTimeField(**options)

    xlsform_types = ("dateTime",)

    def display(self, spec, value):
        moment = parse_datetime(str(value))
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        return AnswerDisplay(formats.date_format(moment, "SHORT_DATETIME_FORMAT"))
