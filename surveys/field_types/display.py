"""One stored answer as a reader reads it: labels, scale words, names, tables.

Each type says how its answers read (:meth:`BaseFieldType.display`) with the
helpers below; :func:`answer_display` asks the question's type and never fails.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.utils import formats
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from intake.parsing import parse_int
from surveys.field_types.registry import field_type
from surveys.formfields import SCALE_POINTS, scale_choices

if TYPE_CHECKING:
    from surveys.schema import FieldSpec


@dataclass(frozen=True)
class AnswerDisplay:
    """An answer as a reader sees it: one line, and a list or table when it has one."""

    text: str
    items: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    def __str__(self) -> str:
        return self.text


def is_answered(value: Any) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return False
    return value is not False


def as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def listed(labels: Iterable[str], separator: str = ", ") -> AnswerDisplay:
    items = tuple(str(label) for label in labels)
    return AnswerDisplay(separator.join(items), items=items)


def short_date(value: Any) -> str:
    """``2030-06-30`` in the reader's short date format."""
    return formats.date_format(parse_date(str(value)), "SHORT_DATE_FORMAT")


def scale_text(spec: FieldSpec, point: Any) -> str:
    """``4 / 5 (Good)``: the point, the scale and the point's words."""
    points = int(spec.options.get("points") or 5)
    labels = {}
    if points in SCALE_POINTS:
        labels = {
            value: str(text)
            for value, text, _face in scale_choices(
                points, spec.options.get("point_labels", [])
            )
        }
    label = labels.get(parse_int(point))
    if label is None:
        return f"{point} / {points}"
    return _("%(point)s / %(points)s (%(label)s)") % {
        "point": point,
        "points": points,
        "label": label,
    }


def answer_display(spec: FieldSpec, value: Any) -> AnswerDisplay:
    """``value`` (as stored) as the reader reads it, in her language."""
    if not is_answered(value):
        return AnswerDisplay("")
    try:
        return field_type(spec.type).display(spec, value)
    except (AttributeError, KeyError, TypeError, ValueError):
        # An answer of an unexpected shape is shown as stored, never lost.
        return AnswerDisplay(json.dumps(value, ensure_ascii=False, default=str))
