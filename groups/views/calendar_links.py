"""Links into the calendar."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse


def calendar_url(**params) -> str:
    return reverse("groups_calendar:index") + "?" + urlencode(params)
