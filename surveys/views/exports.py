"""A form's dataset as a spreadsheet: one row per submission, one column per key.

Columns are the submission's date, language, version and author, then every
question of every version (the newest version's order, then questions only older
versions had). Each heading reads ``label [key]``: the label in the reader's
language, the key that stays the same across versions and languages. Values are
the texts a reader sees on screen. A question's type decides its columns (one
for every built-in type).
"""

from __future__ import annotations

import csv
import datetime
import io
import random
from collections.abc import Callable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.http import FileResponse, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from intake.languages import language_name
from intake.spreadsheets import formula_safe
from surveys.participant_surveys.anonymity import SurveyGroups
from surveys.selectors import FormCatalog, local_datetime


def export_headings(
    catalog: FormCatalog,
    *,
    anonymous: bool = False,
    language: bool = True,
    leave_out: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    fixed = [
        (_("Submission date"), "submitted_at"),
        *([(_("Language"), "language")] if language else []),
        (_("Version"), "version"),
        *([] if anonymous else [(_("Submitted by"), "submitted_by")]),
    ]
    headings = [f"{label} [{key}]" for label, key in fixed]
    for key in catalog.keys():
        if key in leave_out:
            continue
        spec = catalog.spec_or_plain(key)
        headings += spec.definition.export_headings(spec.label, key)
    return headings


def export_rows(
    submissions: QuerySet,
    catalog: FormCatalog,
    *,
    anonymous: bool = False,
    when: Callable[[Any], Any] | None = None,
    language: bool = True,
    leave_out: frozenset[str] | set[str] = frozenset(),
) -> Iterator[list[Any]]:
    """One list per submission: a local datetime (or what ``when`` gives for
    it), then texts.

    An anonymous survey's rows name nobody and carry only the day (or the
    period ``when`` gives), in no particular order within it: the sequence and
    the minute of the answers would tell who wrote which to someone who watched
    the session.
    """
    keys = [key for key in catalog.keys() if key not in leave_out]
    rows = submissions.select_related("locale", "submitted_by").order_by(
        "submitted_at", "pk"
    )
    if anonymous:
        when = when or (lambda s: local_datetime(s.submitted_at).date())
        shuffle = random.Random()
        rows = sorted(rows, key=lambda s: (str(when(s)), shuffle.random()))
    else:
        rows = rows.iterator(chunk_size=500)
    for submission in rows:
        version = catalog.versions.get(submission.version_id)
        user = submission.submitted_by
        yield [
            when(submission) if anonymous else local_datetime(submission.submitted_at),
            *([language_name(submission.locale.language_code)] if language else []),
            version.number if version else "",
            *(
                []
                if anonymous
                else [(user.get_full_name() or user.get_username()) if user else ""]
            ),
            *answer_cells(catalog, submission, keys),
        ]


def answer_cells(catalog: FormCatalog, submission, keys: list[str]) -> list[Any]:
    """A submission's answers, in as many cells as each question's type has
    columns (the columns of the question's newest form, whatever the version)."""
    cells: list[Any] = []
    for key in keys:
        columns = catalog.spec_or_plain(key).definition
        spec = catalog.spec_or_plain(key, submission.version_id)
        cells += columns.export_cells(spec, submission.answers.get(key))
    return cells


def _text_cell(cell):
    """A cell openpyxl took for a formula (a text starting with ``=``: a label
    or an answer), kept as the text it is."""
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def csv_response(headings: list[str], rows: Iterator[list], filename: str):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # lets spreadsheet programs read UTF-8 (é, ë, ት...)
    writer = csv.writer(buffer)
    writer.writerow(
        [formula_safe(heading) for heading in headings]
    )  # a label is text too
    for row in rows:
        writer.writerow(
            [
                row[0].strftime("%Y-%m-%d %H:%M")
                if isinstance(row[0], datetime.datetime)
                else row[0].isoformat()
                if isinstance(row[0], datetime.date)
                else row[0],
                *(formula_safe(value) for value in row[1:]),
            ]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(headings: list[str], rows: Iterator[list], filename: str):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Submissions")[:31])
    sheet.append([_text_cell(WriteOnlyCell(sheet, heading)) for heading in headings])
    for row in rows:
        cells = []
        for value in row:
            cell = _text_cell(WriteOnlyCell(sheet, value))
            if isinstance(value, datetime.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ),
    )


def spreadsheet_response(
    submissions: QuerySet,
    catalog: FormCatalog,
    *,
    export_format: str,
    filename: str,
    anonymous: bool = False,
    groups: SurveyGroups | None = None,
    leave_out: frozenset[str] | set[str] = frozenset(),
):
    """The rows of ``submissions`` (already scoped and filtered) as CSV or XLSX;
    ``anonymous`` leaves out who sent them. With the survey's ``groups``, an
    anonymous export dates each answer by its period of at least five answers
    and has no language column when a language has fewer than five."""
    filename = f"{filename}-{timezone.localdate():%Y-%m-%d}"
    when, language = None, True
    if anonymous and groups is not None:

        def when(submission) -> str:
            return groups.period_of(submission.pk).label

        language = groups.each_language_a_group
    headings = export_headings(
        catalog, anonymous=anonymous, language=language, leave_out=leave_out
    )
    rows = export_rows(
        submissions,
        catalog,
        anonymous=anonymous,
        when=when,
        language=language,
        leave_out=leave_out,
    )
    if export_format == "xlsx":
        return xlsx_response(headings, rows, filename)
    return csv_response(headings, rows, filename)
