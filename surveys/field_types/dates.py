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


class Datetime(IsoType):
    name = "datetime"
    label = _("Date and time")
    icon = "time"

    def form_field(self, spec, options):
        options["widget"] = forms.DateTimeInput(attrs={"type": "datetime-local"})
        return forms.DateTimeField(**options)

    def display(self, spec, value):
        moment = parse_datetime(str(value))
        if timezone.is_aware(moment):
            moment = timezone.localtime(moment)
        return AnswerDisplay(formats.date_format(moment, "SHORT_DATETIME_FORMAT"))
