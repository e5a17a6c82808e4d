"""Template helpers of the groups app."""

from __future__ import annotations

import uuid

from django import template
from django.utils.formats import date_format

from groups.recurrence import BRUSSELS
from intake.languages import language_name

register = template.Library()


@register.filter
def brussels(value, format_string: str = "DATETIME_FORMAT") -> str:
    """A datetime in Brussels time, formatted in the active language."""
    if not value:
        return ""
    return date_format(value.astimezone(BRUSSELS), format_string)


@register.filter
def language_label(code: str) -> str:
    return language_name(code) if code else ""


@register.simple_tag
def new_uuid() -> str:
    """A client id for a form sent without the script (a resend is stored once)."""
    return str(uuid.uuid4())
