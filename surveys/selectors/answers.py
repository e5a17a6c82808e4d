"""One stored answer as a reader reads it: labels, scale words, names, tables."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.utils import formats, timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from intake.languages import language_name
from intake.parsing import parse_int
from surveys.countries import country_name
from surveys.field_types import FieldType
from surveys.formfields import SCALE_POINTS, scale_choices
from surveys.schema import FieldSpec, is_answered


@dataclass(frozen=True)
class AnswerDisplay:
    """An answer as a reader sees it: one line, and a list or table when it has one."""

    text: str
    items: tuple[str, ...] = ()
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()

    def __str__(self) -> str:
        return self.text


def as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _listed(labels: Iterable[str], separator: str = ", ") -> AnswerDisplay:
    items = tuple(str(label) for label in labels)
    return AnswerDisplay(separator.join(items), items=items)


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


def _date(spec: FieldSpec, value: Any) -> AnswerDisplay:
    day = parse_date(str(value))
    return AnswerDisplay(formats.date_format(day, "SHORT_DATE_FORMAT"))


def _datetime(spec: FieldSpec, value: Any) -> AnswerDisplay:
    moment = parse_datetime(str(value))
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return AnswerDisplay(formats.date_format(moment, "SHORT_DATETIME_FORMAT"))


def _matrix(spec: FieldSpec, value: dict) -> AnswerDisplay:
    texts = dict(spec.options.get("statements", []))
    rows = tuple(
        (str(texts.get(key, key)), scale_text(spec, point))
        for key, point in value.items()
    )
    return AnswerDisplay(
        "; ".join(f"{text}: {point}" for text, point in rows),
        headers=(_("Statement"), _("Answer")),
        rows=rows,
    )


def _action_plan(spec: FieldSpec, value: list) -> AnswerDisplay:
    rows = tuple(
        (
            row.get("goal", ""),
            row.get("step", ""),
            _date(spec, row["due_date"]).text if row.get("due_date") else "",
            row.get("owner", ""),
        )
        for row in value
    )
    return AnswerDisplay(
        "; ".join(" — ".join(part for part in row if part) for row in rows),
        headers=(_("Goal"), _("Step"), _("Due date"), _("Who")),
        rows=rows,
    )


def _consent(spec: FieldSpec, value: Any) -> AnswerDisplay:
    version = value.get("version") if isinstance(value, dict) else ""
    if version:
        return AnswerDisplay(_("accepted (version %(version)s)") % {"version": version})
    return AnswerDisplay(_("accepted"))


def _yes_no(spec: FieldSpec, value: Any) -> AnswerDisplay:
    return AnswerDisplay({"yes": _("Yes"), "no": _("No")}.get(value, str(value)))


#: How each type's answer reads; a new type adds one line.
DISPLAYS: dict[str, Callable[[FieldSpec, Any], AnswerDisplay]] = {
    FieldType.CHECKBOX: lambda spec, value: AnswerDisplay(
        _("Yes") if value else _("No")
    ),
    FieldType.CHECKBOXES: lambda spec, v: _listed(map(spec.choice_label, as_list(v))),
    FieldType.MULTISELECT: lambda spec, v: _listed(map(spec.choice_label, as_list(v))),
    FieldType.DROPDOWN: lambda spec, value: AnswerDisplay(spec.choice_label(value)),
    FieldType.RADIO: lambda spec, value: AnswerDisplay(spec.choice_label(value)),
    FieldType.NUMBER: lambda spec, value: AnswerDisplay(str(formats.localize(value))),
    FieldType.DATE: _date,
    FieldType.DATETIME: _datetime,
    FieldType.LIKERT: lambda spec, value: AnswerDisplay(scale_text(spec, value)),
    FieldType.MATRIX: _matrix,
    FieldType.YES_NO: _yes_no,
    FieldType.REPEATABLE: lambda spec, value: _listed(as_list(value), "; "),
    FieldType.ACTION_PLAN: _action_plan,
    FieldType.COUNTRY: lambda spec, value: AnswerDisplay(country_name(str(value))),
    FieldType.LANGUAGES: lambda spec, v: _listed(map(language_name, as_list(v))),
    FieldType.CONSENT: _consent,
}


def answer_display(spec: FieldSpec, value: Any) -> AnswerDisplay:
    """``value`` (as stored) as the reader reads it, in her language."""
    if not is_answered(value):
        return AnswerDisplay("")
    display = DISPLAYS.get(spec.type)
    try:
        return display(spec, value) if display else AnswerDisplay(str(value))
    except (AttributeError, KeyError, TypeError, ValueError):
        # An answer of an unexpected shape is shown as stored, never lost.
        return AnswerDisplay(json.dumps(value, ensure_ascii=False, default=str))


def local_datetime(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` in the reader's time zone, as a naive datetime (spreadsheets)."""
    return timezone.make_naive(timezone.localtime(moment))
