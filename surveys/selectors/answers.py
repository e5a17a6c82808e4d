"""One stored answer as a reader reads it: each question's type says how
(:mod:`surveys.field_types.display`); the spreadsheet's moments are local."""

from __future__ import annotations

import datetime

from django.utils import timezone

from surveys.field_types.display import (
    AnswerDisplay,
    answer_display,
    as_list,
    scale_text,
)

__all__ = [
    "AnswerDisplay",
    "answer_display",
    "as_list",
    "local_datetime",
    "scale_text",
]


def local_datetime(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` in the reader's time zone, as a naive datetime (spreadsheets)."""
    return timezone.make_naive(timezone.localtime(moment))
