"""A one-sheet XLSX written as it is read: the worksheet's XML goes straight into
the zip archive, a row at a time, and nothing is held but the row being written.

openpyxl's write-only workbook does the same with a ``Cell`` and an XML element
per cell (about 15 µs a cell with lxml, 150 µs without): 4.6 million cells took
most of a minute. Here a cell is one formatted string, chosen by the class of
its value (``bench/export_100k.py``: XLSX about ten times faster). What a
spreadsheet reads is the same: texts as inline strings, numbers, booleans, and
dates and times as serial numbers with a date format (as openpyxl writes them).
"""

from __future__ import annotations

import datetime
import decimal
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from typing import IO, Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from intake.spreadsheets import FORMULA_FIRST, formula_safe

#: Characters XML 1.0 may not hold (openpyxl refuses them): left out.
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: The styles of dates and times (``xl/styles.xml``'s ``cellXfs``).
DATETIME_STYLE, DATE_STYLE, TIME_STYLE = 1, 2, 3

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/></Relationships>'
)
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm:ss"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="166" formatCode="h:mm:ss"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/>'
    "</border></borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" '
    'applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" '
    'applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" '
    'applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    "</cellStyles></styleSheet>"
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData>"
)
SHEET_END = "</sheetData></worksheet>"


def _escaped(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if ILLEGAL.search(text):
        text = ILLEGAL.sub("", text)
    return text


def _text(ref: str, value: str) -> str:
    if value[:1] in FORMULA_FIRST:
        value = formula_safe(value)
    elif not value:
        return ""
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{_escaped(value)}</t></is></c>'


def _number(ref: str, value: Any) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def _boolean(ref: str, value: bool) -> str:
    return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'


def _datetime(ref: str, value: datetime.datetime) -> str:
    if value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return f'<c r="{ref}" s="{DATETIME_STYLE}"><v>{to_excel(value)}</v></c>'


def _date(ref: str, value: datetime.date) -> str:
    return f'<c r="{ref}" s="{DATE_STYLE}"><v>{to_excel(value)}</v></c>'


def _time(ref: str, value: datetime.time) -> str:
    return f'<c r="{ref}" s="{TIME_STYLE}"><v>{to_excel(value)}</v></c>'


def _nothing(ref: str, value: None) -> str:
    return ""


def _other(ref: str, value: Any) -> str:
    if isinstance(value, list | dict):
        return _text(ref, json.dumps(value, ensure_ascii=False))
    if isinstance(value, bool):
        return _boolean(ref, value)
    if isinstance(value, int | float | decimal.Decimal):
        return _number(ref, value)
    if isinstance(value, datetime.datetime):
        return _datetime(ref, value)
    if isinstance(value, datetime.date):
        return _date(ref, value)
    return _text(ref, str(value))


#: One converter per class of value: a dictionary look-up, then one call.
CELLS: dict[type, Callable[[str, Any], str]] = {
    str: _text,
    int: _number,
    float: _number,
    decimal.Decimal: _number,
    bool: _boolean,
    datetime.datetime: _datetime,
    datetime.date: _date,
    datetime.time: _time,
    type(None): _nothing,
}


def sheet_title(title: str) -> str:
    """What a sheet may be named: no ``[]:*?/\\``, at most 31 characters."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31]
    return _escaped(cleaned or "export").replace('"', "&quot;")


def write_sheet(
    target: IO[bytes], headings: list[str], rows: Iterable[list[Any]], title: str
) -> int:
    """Write a workbook of one sheet (headings, then rows) into ``target``; the
    number of rows written."""
    columns: list[str] = []
    cells = CELLS
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", ROOT_RELS)
        book.writestr("xl/workbook.xml", WORKBOOK.format(title=sheet_title(title)))
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        book.writestr("xl/styles.xml", STYLES)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(SHEET_START.encode())
            count = -1
            for count, row in enumerate(_chain(headings, rows)):
                number = count + 1
                while len(columns) < len(row):
                    columns.append(get_column_letter(len(columns) + 1))
                line = "".join(
                    [
                        cells.get(value.__class__, _other)(f"{column}{number}", value)
                        for column, value in zip(columns, row, strict=False)
                    ]
                )
                sheet.write(f'<row r="{number}">{line}</row>'.encode())
            sheet.write(SHEET_END.encode())
    return count


def _chain(headings: list[str], rows: Iterable[list[Any]]):
    yield [str(heading) for heading in headings]
    yield from rows
