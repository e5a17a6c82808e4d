"""The fund report as an XLSX file: the same sections as the screen."""

from __future__ import annotations

import io
from typing import Any

from django.http import FileResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from intake.spreadsheets import formula_safe
from reports.figures import FundReport
from reports.sections import plain, report_sections

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def text_safe(value: Any) -> Any:
    """A text a spreadsheet would run as a formula, kept as text."""
    return plain(formula_safe(value))


def report_workbook(report: FundReport) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Fund report")[:31])
    bold = Font(bold=True)

    def append(values: list[Any], *, heading: bool = False) -> None:
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, text_safe(value))
            if cell.data_type == "f":  # openpyxl reads "=..." as a formula
                cell.data_type = "s"
            if heading:
                cell.font = bold
            cells.append(cell)
        sheet.append(cells)

    append([report.programme.name, report.programme.cpas.name], heading=True)
    append([_("Period"), report.period.start, report.period.end])
    append([_("Fund"), report.fund_name])
    append([_("Split key"), report.split_key])
    for section in report_sections(report):
        append([])
        append([section.title], heading=True)
        if section.note:
            append([section.note])
        append(section.headings, heading=True)
        for row in section.rows:
            append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def report_response(report: FundReport) -> FileResponse:
    filename = (
        f"{report.programme.slug}-fund-report-"
        f"{report.period.start:%Y-%m-%d}-{report.period.end:%Y-%m-%d}.xlsx"
    )
    return FileResponse(
        io.BytesIO(report_workbook(report)),
        as_attachment=True,
        filename=filename,
        content_type=XLSX_TYPE,
    )
