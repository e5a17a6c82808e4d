"""Rows to files without holding them: CSV and JSON as streams of text, XLSX
written a row at a time into its zip archive (:mod:`exchange.xlsx`).

Every heading and every cell of a spreadsheet goes through
:func:`intake.spreadsheets.formula_safe`.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from exchange.xlsx import write_sheet
from intake.spreadsheets import FORMULA_FIRST, formula_safe

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
FORMATS = tuple(CONTENT_TYPES)


class _Line:
    """A file-like object whose ``write`` hands back what it was given."""

    def write(self, text: str) -> str:
        return text


#: Cells the CSV writer takes as they are (it writes ``None`` as nothing).
_PLAIN = frozenset({int, float, bool, type(None)})


class CheckedRow(list):
    """A row whose maker already did the writers' per-cell work: every text is
    formula-safe (:func:`checked_cell`) and every other cell is a number, a
    boolean, nothing or a day, except the moments (``datetime``) at the
    positions ``moments``. A form's 100,000 submissions are 4 million cells:
    the CSV writer then formats the moments and writes the row as it is."""

    __slots__ = ("moments",)

    def __init__(self, cells: Iterable[Any] = (), moments: tuple[int, ...] = ()):
        super().__init__(cells)
        self.moments = moments


def checked_cell(value: Any) -> Any:
    """A cell as a :class:`CheckedRow` may hold it: texts formula-safe, a
    moment as text, a list or a mapping as JSON text."""
    if value.__class__ is str:
        return formula_safe(value) if value[:1] in FORMULA_FIRST else value
    if value.__class__ in _PLAIN or isinstance(value, decimal.Decimal):
        return value
    if isinstance(value, datetime.datetime):
        return _csv_cell(value)
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, list | dict):
        return formula_safe(json.dumps(value, ensure_ascii=False))
    return formula_safe(str(value))


def _csv_cell(value: Any) -> Any:
    """A cell that is not a plain text nor a number: escaped, or formatted."""
    if isinstance(value, str):
        return formula_safe(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return formula_safe(value)


def csv_lines(headings: list[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    """The CSV, a line at a time, with a byte-order mark for spreadsheet
    programs (é, ë, ት...)."""
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow([formula_safe(h) for h in headings])
    risky, plain, convert = FORMULA_FIRST, _PLAIN, _csv_cell
    for row in rows:
        if row.__class__ is CheckedRow:
            for index in row.moments:
                row[index] = convert(row[index])
            yield writer.writerow(row)
            continue
        # Most cells are a text that starts harmlessly, or a number: no call.
        yield writer.writerow(
            [
                value
                if (value.__class__ is str and value[:1] not in risky)
                or value.__class__ in plain
                else convert(value)
                for value in row
            ]
        )


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def json_chunks(headings: list[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    """A JSON list of objects keyed by the headings, one object at a time."""
    yield "["
    separator = ""
    for row in rows:
        item = dict(zip(headings, map(_json_value, row), strict=False))
        yield separator + json.dumps(item, ensure_ascii=False, default=str)
        separator = ",\n"
    yield "]\n"


def write_xlsx(
    target: IO[bytes], headings: list[str], rows: Iterable[list[Any]], title: str
) -> int:
    """Write the workbook into ``target``; the number of rows written."""
    return write_sheet(target, headings, rows, title)
