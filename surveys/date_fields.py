"""The form field of a date within sensible bounds, and its precise refusals
(a birth date in the future says which day is the latest accepted)."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class BoundedDateField(forms.DateField):
    """A date within sensible bounds (no birth date in the future, no year 1066)."""

    def __init__(
        self,
        *,
        not_in_future=False,
        not_in_past=False,
        max_years_ago=120,
        max_years_ahead=10,
        **kwargs,
    ):
        self.not_in_future = not_in_future
        self.not_in_past = not_in_past
        self.max_years_ago = max_years_ago
        self.max_years_ahead = max_years_ahead
        kwargs.setdefault(
            "widget", forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        )
        super().__init__(**kwargs)

    def bounds(self) -> tuple[datetime.date, datetime.date]:
        today = timezone.localdate()
        earliest = _shift_years(today, -int(self.max_years_ago or 120))
        latest = _shift_years(today, int(self.max_years_ahead or 0))
        if self.not_in_future:
            latest = today
        if self.not_in_past:
            earliest = today
        return earliest, latest

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        earliest, latest = self.bounds()
        attrs.update(min=earliest.isoformat(), max=latest.isoformat())
        return attrs

    def validate(self, value):
        super().validate(value)
        if value is None:
            return
        earliest, latest = self.bounds()
        if value > latest:
            message = (
                _("This date cannot be in the future: today is %(date)s.")
                if self.not_in_future
                else _("This date is too far ahead: the latest is %(date)s.")
            )
            raise forms.ValidationError(
                message, code="too_late", params={"date": _shown(latest)}
            )
        if value < earliest:
            message = (
                _("This date cannot be in the past: today is %(date)s.")
                if self.not_in_past
                else _("This date is too long ago: the earliest is %(date)s.")
            )
            raise forms.ValidationError(
                message, code="too_early", params={"date": _shown(earliest)}
            )


def _shown(day: datetime.date) -> str:
    """A date as the reader writes it (e.g. 01/12/2026)."""
    return date_format(day, "SHORT_DATE_FORMAT")


def _shift_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
