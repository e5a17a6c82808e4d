"""Files refused before anything is read: too large, not a spreadsheet, macros,
formulas; each with a message that says what to do."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook

from surveys.xlsform.reading import XlsFormRefused, read_xlsform
from tests.surveys.xlsform.xlsforms import workbook

SIMPLE = [["type", "name", "label"], ["text", "name", "Nom"]]


def refused(data: bytes) -> str:
    with pytest.raises(XlsFormRefused) as error:
        read_xlsform(data, "fr")
    return str(error.value)


def test_a_file_over_the_limit_is_refused(settings):
    settings.XLSFORM_MAX_BYTES = 1000
    assert "too large" in refused(workbook(SIMPLE))


def test_a_file_that_is_not_a_spreadsheet_is_refused():
    assert "not a spreadsheet" in refused(b"%PDF-1.7 not a form")
    assert "not a spreadsheet" in refused(b"\x00binary")


def test_a_workbook_with_macros_is_refused():
    buffer = io.BytesIO(workbook(SIMPLE))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"macro")
    assert "macros" in refused(buffer.getvalue())


def test_a_formula_is_refused_with_its_cell():
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(["type", "name", "label"])
    sheet.append(["text", "name", '=HYPERLINK("http://x.example", "Nom")'])
    buffer = io.BytesIO()
    book.save(buffer)
    message = refused(buffer.getvalue())
    assert "C2" in message and "formula" in message


def test_a_csv_xlsform_is_read_and_a_csv_formula_refused():
    data = b"survey,type,name,label\n,text,name,Nom\nchoices,list_name,name,label\n"
    assert read_xlsform(data, "fr").survey[0]["name"] == "name"
    assert "formula" in refused(b"survey,type,name,label\n,text,name,=1+1\n")


def test_a_workbook_without_survey_is_refused():
    book = Workbook()
    book.active.title = "other"
    buffer = io.BytesIO()
    book.save(buffer)
    assert "survey" in refused(buffer.getvalue())
