"""A form's summary: counts per choice, scale means and distributions, free texts.

Computed in Python over ``(answers, version_id)`` pairs with the versions loaded
once, so a summary of a thousand submissions is two queries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from intake.parsing import parse_int
from surveys.field_types import FieldType
from surveys.models import FormVersion, Submission
from surveys.schema import FieldSpec, is_answered
from surveys.selectors.answers import answer_display, as_list, scale_text
from surveys.selectors.catalog import FormCatalog

#: Free-text answers listed per question in a summary.
SUMMARY_TEXTS = 50


@dataclass
class CountRow:
    label: str
    count: int
    share: float  # percent of the question's answers


@dataclass
class ScaleSummary:
    label: str
    answered: int
    mean: float | None
    distribution: list[CountRow]


@dataclass
class QuestionSummary:
    key: str
    label: str
    type_label: str
    current: bool
    answered: int = 0
    choices: list[CountRow] = field(default_factory=list)
    scales: list[ScaleSummary] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    more_texts: int = 0


@dataclass
class FormSummary:
    total: int
    questions: list[QuestionSummary]


#: How each type is summarised (others: free text, listed).
SUMMARY_KINDS: dict[str, str] = {
    FieldType.CHECKBOX: "choices",
    FieldType.CHECKBOXES: "choices",
    FieldType.MULTISELECT: "choices",
    FieldType.DROPDOWN: "choices",
    FieldType.RADIO: "choices",
    FieldType.YES_NO: "choices",
    FieldType.COUNTRY: "choices",
    FieldType.LANGUAGES: "choices",
    FieldType.CONSENT: "choices",
    FieldType.LIKERT: "scale",
    FieldType.MATRIX: "matrix",
}


def _fixed_choices(spec: FieldSpec) -> list[Any]:
    if spec.type == FieldType.YES_NO:
        return ["yes", "no"]
    return [value for value, _label in spec.options.get("choices", [])]


def _share(count: int, answered: int) -> float:
    return round(100 * count / answered, 1) if answered else 0.0


def _choice_rows(spec: FieldSpec, answers: list[Any]) -> list[CountRow]:
    counts: Counter = Counter()
    labels: dict[Any, str] = {}
    for answer in answers:
        for item in as_list(answer) if spec.type != FieldType.CONSENT else [answer]:
            text = answer_display(spec, item).text
            hashable = item if isinstance(item, str | int | bool) else text
            counts[hashable] += 1
            labels[hashable] = text
    fixed = _fixed_choices(spec)
    for value in fixed:
        labels.setdefault(value, answer_display(spec, value).text)
    others = sorted(
        (value for value in counts if value not in fixed),
        key=lambda value: (-counts[value], labels[value].casefold()),
    )
    return [
        CountRow(labels[value], counts[value], _share(counts[value], len(answers)))
        for value in [*fixed, *others]
    ]


def _scale_summary(spec: FieldSpec, label: str, points: list[Any]) -> ScaleSummary:
    values = [number for number in map(parse_int, points) if number is not None]
    counts = Counter(values)
    scale = int(spec.options.get("points") or 5)
    shown = sorted(set(range(1, scale + 1)) | set(counts))
    return ScaleSummary(
        label=label,
        answered=len(values),
        mean=round(sum(values) / len(values), 2) if values else None,
        distribution=[
            CountRow(
                scale_text(spec, point),
                counts[point],
                _share(counts[point], len(values)),
            )
            for point in shown
        ],
    )


def _summarise(
    summary: QuestionSummary, spec: FieldSpec, answers: list[Any]
) -> QuestionSummary:
    kind = SUMMARY_KINDS.get(spec.type, "texts")
    if kind == "choices":
        summary.choices = _choice_rows(spec, answers)
    elif kind == "scale":
        summary.scales = [_scale_summary(spec, "", answers)]
    elif kind == "matrix":
        statements = dict(spec.options.get("statements", []))
        for answer in answers:
            if isinstance(answer, dict):
                for key in answer:
                    statements.setdefault(key, key)
        summary.scales = [
            _scale_summary(
                spec,
                str(text),
                [a.get(key) for a in answers if isinstance(a, dict) and key in a],
            )
            for key, text in statements.items()
        ]
    else:
        summary.texts = [answer_display(spec, a).text for a in answers[:SUMMARY_TEXTS]]
        summary.more_texts = max(0, len(answers) - SUMMARY_TEXTS)
    return summary


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
        questions.append(_summarise(summary, spec, answers[key]))
    return FormSummary(total=total, questions=questions)


def _type_label(type_name: str) -> str:
    try:
        return FieldType(type_name).label
    except ValueError:
        return type_name
