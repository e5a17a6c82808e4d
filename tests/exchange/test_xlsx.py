"""The XLSX writer of large exports reads, in a spreadsheet, as openpyxl's own
write-only workbook does (the one it replaces for speed)."""

from __future__ import annotations

import datetime
import decimal
import io

from django.utils.translation import gettext_lazy
from openpyxl import Workbook, load_workbook

from exchange.writers import write_xlsx
from intake.spreadsheets import formula_safe

HEADINGS = ["Name", "=Heading", gettext_lazy("Language"), "Count", "When"]
ROWS = [
    ["Amina", "=1+2", "fr", 3, datetime.datetime(2026, 3, 31, 14, 5)],
    ["  spaced  ", "+32 470", "nl", 2.5, datetime.date(2026, 1, 2)],
    ["Ça & <b>", "-12", "en", decimal.Decimal("1.25"), None],
    ["", "@SUM(A1)", "ti", True, datetime.time(9, 30)],
    ["tab\tin", "\tstart", "", False, "-x"],
    ["line\nnext", None, "ar", -4, "2026-01-01"],
]


def read(content: bytes) -> tuple[str, list[list]]:
    sheet = load_workbook(io.BytesIO(content)).active
    return sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]


def openpyxl_write_only(headings, rows, title) -> bytes:
    """What the exports wrote before: openpyxl's write-only workbook."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title)
    sheet.append([formula_safe(str(heading)) for heading in headings])
    for row in rows:
        sheet.append([formula_safe(value) for value in row])
    target = io.BytesIO()
    workbook.save(target)
    return target.getvalue()


def test_the_sheet_reads_as_openpyxls_write_only_workbook_does():
    target = io.BytesIO()
    written = write_xlsx(target, HEADINGS, iter(ROWS), "participants-2026-03-31")

    assert written == len(ROWS)
    title, rows = read(target.getvalue())
    expected_title, expected = read(
        openpyxl_write_only(HEADINGS, ROWS, "participants-2026-03-31")
    )
    assert title == expected_title
    # openpyxl writes an empty text as an empty cell, and so do we.
    assert rows == expected


def test_no_cell_starts_a_formula_and_dates_stay_dates():
    target = io.BytesIO()
    write_xlsx(target, HEADINGS, iter(ROWS), "x")

    _title, rows = read(target.getvalue())
    assert rows[0][1] == "'=Heading"
    assert [row[1] for row in rows[1:5]] == ["'=1+2", "'+32 470", "-12", "'@SUM(A1)"]
    assert rows[5][1] == "'\tstart"
    assert rows[1][4] == datetime.datetime(2026, 3, 31, 14, 5)
    assert rows[2][4] == datetime.datetime(2026, 1, 2)
    assert rows[2][0] == "  spaced  " and rows[3][0] == "Ça & <b>"
    assert rows[4][3] is True and rows[3][3] == 1.25


def test_a_title_a_sheet_may_not_have_is_cleaned_and_control_characters_dropped():
    target = io.BytesIO()
    write_xlsx(target, ["A"], iter([["bell\x07 here"]]), "a/b:c*d?[e]" + "x" * 40)

    title, rows = read(target.getvalue())
    assert title == "a b c d  e " + "x" * 20
    assert rows == [["A"], ["bell here"]]
