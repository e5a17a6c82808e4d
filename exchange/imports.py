"""Importing participants and referrals from a spreadsheet, with a dry run.

The file's columns are found by their headings (the export's headings in fr,
nl or en, or the field's name), so an exported file comes back as it left.
Every row is read and checked; a row with a wrong cell writes nothing and is
reported with its row number, its column heading and what is wrong. Rows go to
the importer :data:`CHUNK` at a time, which reads what it needs to check them
in a few queries and writes them in bulk, so an import costs as many queries
for 20 rows as for 1,000 (``bench/import_20k.py``). The dry run does everything
inside a transaction that is rolled back, so its preview says exactly what the
import would do (a person on two rows is matched on the second). The real
import is one transaction too: one bad row writes nothing unless the manager
chose to skip bad rows.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import IO, Any

import tablib
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from exchange.cells import STAFF_LANGUAGE_CODES, CellError, text


@dataclass
class RowError:
    column: str
    message: str


@dataclass
class RowResult:
    """One row of the file: what it does (``create``, ``update``) or why not."""

    number: int
    action: str = ""
    summary: str = ""
    note: str = ""
    errors: list[RowError] = field(default_factory=list)

    @property
    def bad(self) -> bool:
        return bool(self.errors)


@dataclass
class ImportReport:
    rows: list[RowResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def bad_rows(self) -> list[RowResult]:
        return [row for row in self.rows if row.bad]

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action and not row.bad)


class FileUnreadable(ValueError):
    pass


def read_file(handle: IO[bytes], name: str) -> tablib.Dataset:
    """The sheet of a .csv or .xlsx file (headings on the first row)."""
    suffix = PurePath(name).suffix.lower()
    content = handle.read()
    try:
        if suffix == ".xlsx":
            return tablib.Dataset().load(io.BytesIO(content), format="xlsx")
        if suffix == ".csv":
            decoded = content.decode("utf-8-sig")
            return tablib.Dataset().load(decoded, format="csv")
    except Exception as error:  # tablib raises what its readers raise
        raise FileUnreadable(_("This file could not be read.")) from error
    raise FileUnreadable(_("Choose a .xlsx or .csv file."))


def heading_key(heading: Any) -> str:
    return " ".join(text(heading).lstrip("'").casefold().split())


def column_names(
    labels: dict[str, Any], aliases: dict[str, Any] | None = None
) -> dict[str, str]:
    """Every way a column may be headed (name, label or alias in fr/nl/en) →
    its name."""
    names: dict[str, str] = {}
    headed = [*(aliases or {}).items(), *labels.items()]
    for code in STAFF_LANGUAGE_CODES:
        with translation.override(code):
            for name, label in headed:
                names[heading_key(label)] = name
    for name in labels:
        names[heading_key(name)] = name
    return names


#: Rows handed to the importer at a time.
CHUNK = 1000

#: A checked row: its values by column name, and its result.
Row = tuple[dict[str, Any], RowResult]


@dataclass
class Importer:
    """What one kind of import reads: its columns, which are required, how each
    cell is read (``readers``) and how checked rows are written (``write``, a
    chunk at a time; it may still add errors to a row's result)."""

    labels: dict[str, Any]
    required: tuple[str, ...]
    readers: dict[str, Callable[[Any], Any]]
    write: Callable[[list[Row]], None]
    #: Other headings of a column (by its name), in every staff language.
    aliases: dict[str, Any] = field(default_factory=dict)

    def rows(self, dataset: tablib.Dataset) -> Iterator[tuple[int, dict]]:
        names = column_names(self.labels, self.aliases)
        positions = {}
        for index, heading in enumerate(dataset.headers or []):
            name = names.get(heading_key(heading))
            if name is not None and name not in positions:
                positions[name] = (index, text(heading))
        self.headings = {
            name: positions.get(name, (0, str(self.labels[name])))[1]
            for name in self.labels
        }
        missing = [name for name in self.required if name not in positions]
        if missing:
            raise FileUnreadable(
                _("The file has no column “%(columns)s”.")
                % {"columns": "”, “".join(str(self.labels[n]) for n in missing)}
            )
        for number, row in enumerate(dataset, start=2):
            if all(text(cell) == "" for cell in row):
                continue
            yield number, {name: row[index] for name, (index, _h) in positions.items()}

    def check(self, raw: dict[str, Any], result: RowResult) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, reader in self.readers.items():
            if name not in raw:
                continue
            try:
                values[name] = reader(raw[name])
            except CellError as error:
                result.errors.append(RowError(self.headings[name], str(error)))
        for name in self.required:
            if name in values and values[name] in ("", None):
                result.errors.append(
                    RowError(self.headings[name], _("This cell is required."))
                )
        return values


def import_run(
    importer: Importer,
    dataset: tablib.Dataset,
    *,
    write: bool,
    skip_bad_rows: bool = False,
) -> ImportReport:
    """Check and (``write``) import every row; see the module's docstring."""
    report = ImportReport()
    with transaction.atomic():
        try:
            chunk: list[Row] = []
            for number, raw in importer.rows(dataset):
                result = RowResult(number)
                values = importer.check(raw, result)
                report.rows.append(result)
                if not result.bad:
                    chunk.append((values, result))
                if len(chunk) == CHUNK:
                    importer.write(chunk)
                    chunk = []
            if chunk:
                importer.write(chunk)
        except FileUnreadable as problem:
            report.problems.append(str(problem))
        keep = (
            write
            and not report.problems
            and (skip_bad_rows or not report.bad_rows)
            and any(not row.bad for row in report.rows)
        )
        if not keep:
            transaction.set_rollback(True)
        report.written = keep
    return report
