"""A form's summary: counts per choice, scale means and distributions, free texts
(each question's type says which: :mod:`surveys.field_types.summary`).

Computed in Python over ``(answers, version_id)`` pairs with the versions loaded
once, so a summary of a thousand submissions is two queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from surveys.field_types import field_type, is_registered
from surveys.field_types.summary import (
    CountRow,
    QuestionSummary,
    ScaleSummary,
)
from surveys.models import FormVersion, Submission
from surveys.schema import is_answered
from surveys.selectors.catalog import FormCatalog

__all__ = [
    "CountRow",
    "FormSummary",
    "QuestionSummary",
    "ScaleSummary",
    "submission_summary",
]


@dataclass
class FormSummary:
    total: int
    questions: list[QuestionSummary]


def submission_summary(
    submissions: QuerySet[Submission] | Iterable[tuple[dict, int]],
    schema_versions: Iterable[FormVersion],
    language: str,
) -> FormSummary:
    """Counts, means and distributions per question, newest questions first.

    ``submissions`` are read as ``(answers, version_id)`` pairs, most recent first
    (free-text answers are listed in that order).
    """
    if isinstance(submissions, QuerySet):
        submissions = submissions.order_by("-submitted_at", "-pk").values_list(
            "answers", "version_id"
        )
    catalog = FormCatalog(schema_versions, language)
    keys = catalog.keys()
    answers: dict[str, list[Any]] = {key: [] for key in keys}
    total = 0
    for submitted, _version_id in submissions:
        total += 1
        for key, value in (submitted or {}).items():
            if key in answers and is_answered(value):
                answers[key].append(value)
    questions = []
    for key in keys:
        spec = catalog.spec_or_plain(key)
        summary = QuestionSummary(
            key=key,
            label=spec.label,
            type_label=str(_type_label(spec.type)),
            current=catalog.is_current(key),
            answered=len(answers[key]),
        )
        questions.append(spec.definition.summarise(summary, spec, answers[key]))
    return FormSummary(total=total, questions=questions)


def _type_label(type_name: str) -> str:
    return field_type(type_name).label if is_registered(type_name) else type_name
