"""What a summary shows of one question: counts per choice, scale means and
distributions, or the free texts. Each type picks one (its ``summarise`` hook)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from intake.parsing import parse_int
from surveys.field_types.display import answer_display, scale_text

if TYPE_CHECKING:
    from surveys.schema import FieldSpec

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


def share(count: int, answered: int) -> float:
    return round(100 * count / answered, 1) if answered else 0.0


def choice_rows(
    spec: FieldSpec, answers: list[Any], items, fixed: Iterable[Any]
) -> list[CountRow]:
    """One row per value given (``items(answer)`` lists an answer's values): the
    ``fixed`` values first, in their order, then the others, most given first."""
    counts: Counter = Counter()
    labels: dict[Any, str] = {}
    for answer in answers:
        for item in items(answer):
            text = answer_display(spec, item).text
            hashable = item if isinstance(item, str | int | bool) else text
            counts[hashable] += 1
            labels[hashable] = text
    fixed = list(fixed)
    for value in fixed:
        labels.setdefault(value, answer_display(spec, value).text)
    others = sorted(
        (value for value in counts if value not in fixed),
        key=lambda value: (-counts[value], labels[value].casefold()),
    )
    return [
        CountRow(labels[value], counts[value], share(counts[value], len(answers)))
        for value in [*fixed, *others]
    ]


def scale_summary(spec: FieldSpec, label: str, points: list[Any]) -> ScaleSummary:
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
                share(counts[point], len(values)),
            )
            for point in shown
        ],
    )


def text_list(
    summary: QuestionSummary, spec: FieldSpec, answers: list[Any]
) -> QuestionSummary:
    """The first answers as a reader reads them, and how many more there are."""
    summary.texts = [answer_display(spec, a).text for a in answers[:SUMMARY_TEXTS]]
    summary.more_texts = max(0, len(answers) - SUMMARY_TEXTS)
    return summary
