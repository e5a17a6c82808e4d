"""Rows to files without holding them: CSV and JSON as streams of text, XLSX
with openpyxl's write-only workbook (rows go to a temporary file as they come).

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

from openpyxl import Workbook

from intake.spreadsheets import formula_safe

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


#: First characters that need :func:`formula_safe` (a quick test per cell).
_RISKY = frozenset("=+-@\t\r")


def _csv_cell(value: Any) -> Any:
    if value.__class__ is str:
        return formula_safe(value) if value[:1] in _RISKY else value
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
    for row in rows:
        yield writer.writerow([_csv_cell(value) for value in row])


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


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return formula_safe(value)


def write_xlsx(
    target: IO[bytes], headings: list[str], rows: Iterable[list[Any]], title: str
) -> int:
    """Write the workbook into ``target``; the number of rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append([formula_safe(heading) for heading in headings])
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(value) for value in row])
        count += 1
    workbook.save(target)
    return count
