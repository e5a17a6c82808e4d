"""A form's submissions: one row per submission, one column per stable key
across every version (the field type's ``export_headings`` /
``export_values``), with the version and the language as columns."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields

from exchange.resources.base import CHUNK, PERSONAL_FIELDS, ExchangeResource
from exchange.writers import CheckedRow, checked_cell
from intake.languages import language_name
from intake.pseudonyms import pseudonym
from intake.spreadsheets import FORMULA_FIRST
from surveys.models import Submission
from surveys.selectors import FormCatalog

#: Answers kept in memory per question, so that a choice or a point is turned
#: into its cell once, not once per submission.
MEMO_LIMIT = 1000


SCALARS = (str, int, float, bool, type(None))


def memo_key(version_id: int | None, value: Any) -> tuple | None:
    """The memo's key for an answer: scalars and lists of scalars."""
    if type(value) in SCALARS:
        return (version_id, value)
    if type(value) is list and all(type(item) in SCALARS for item in value):
        return (version_id, tuple(value))
    return None


class AnswerColumns:
    """One question's cells, asked of its field type once per version and per
    (hashable) answer: for a spreadsheet (checked, :class:`CheckedRow`) or as
    they are (JSON)."""

    def __init__(self, catalog: FormCatalog, key: str) -> None:
        self.catalog, self.key = catalog, key
        self.definition = catalog.spec_or_plain(key).definition
        self.specs: dict[int | None, Any] = {}
        self.memos: dict[bool, dict[tuple, list[Any]]] = {True: {}, False: {}}

    def headings(self) -> list[str]:
        spec = self.catalog.spec_or_plain(self.key)
        return self.definition.export_headings(spec.label, self.key)

    def cells(
        self, version_id: int | None, value: Any, checked: bool = True
    ) -> list[Any]:
        memo = self.memos[checked]
        key = memo_key(version_id, value)
        if key is not None and key in memo:
            return memo[key]
        spec = self.specs.get(version_id)
        if spec is None:
            spec = self.specs[version_id] = self.catalog.spec_or_plain(
                self.key, version_id
            )
        cells = self.definition.export_values(spec, value)
        if checked:
            cells = [checked_cell(cell) for cell in cells]
        if key is not None and len(memo) < MEMO_LIMIT:
            memo[key] = cells
        return cells


def person_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


class SubmissionResource(ExchangeResource):
    """Built for one form: ``catalog`` holds its versions, labelled in the
    language the export was asked in. ``anonymous``: nobody is named (an
    anonymous survey)."""

    participant_id_path = "participant_id"

    class Meta:
        model = Submission

    def __init__(
        self,
        catalog: FormCatalog,
        *,
        anonymous: bool = False,
        pseudonymised: bool = False,
    ) -> None:
        self.catalog, self.anonymous = catalog, anonymous
        keys = catalog.keys()
        if pseudonymised or anonymous:
            keys = [key for key in keys if key not in PERSONAL_FIELDS]
        self.answer_columns = [AnswerColumns(catalog, key) for key in keys]
        super().__init__(pseudonymised=pseudonymised and not anonymous)

    def columns(self):
        columns = {
            "submitted_at": fields.Field(
                column_name=_("Submission date"),
                dehydrate_method=lambda s: timezone.localtime(s.submitted_at),
            ),
            "language": fields.Field(
                column_name=_("Language"),
                dehydrate_method=lambda s: language_name(s.locale.language_code),
            ),
            "version": fields.Field(
                column_name=_("Version"),
                dehydrate_method=lambda s: self._version_number(s.version_id),
            ),
        }
        if not self.anonymous:
            columns["submitted_by"] = fields.Field(
                column_name=_("Submitted by"),
                dehydrate_method=lambda s: (
                    (s.submitted_by.get_full_name() or s.submitted_by.get_username())
                    if s.submitted_by
                    else ""
                ),
            )
            columns["first_name"] = fields.Field(
                attribute="participant__first_name", column_name=_("first name")
            )
            columns["last_name"] = fields.Field(
                attribute="participant__last_name", column_name=_("last name")
            )
        for index, answer in enumerate(self.answer_columns):
            for column, heading in enumerate(answer.headings()):
                columns[f"answer-{index}-{column}"] = fields.Field(
                    column_name=heading,
                    dehydrate_method=lambda s, a=answer, c=column: a.cells(
                        s.version_id, s.answers.get(a.key)
                    )[c],
                )
        return columns

    def _version_number(self, version_id: int) -> Any:
        version = self.catalog.versions.get(version_id)
        return version.number if version else ""

    def rows(
        self, queryset: QuerySet, *, spreadsheet: bool = True
    ) -> Iterator[list[Any]]:
        """The fast path: plain values read in chunks, no model instances. For a
        spreadsheet each cell is checked once where it is made (a
        :class:`CheckedRow`); otherwise (JSON) the values are as they are."""
        named = not self.anonymous
        values = queryset.order_by("submitted_at", "pk").values_list(
            "submitted_at",
            "locale__language_code",
            "version_id",
            "answers",
            "submitted_by__first_name",
            "submitted_by__last_name",
            "submitted_by__username",
            "participant_id",
            "participant__first_name",
            "participant__last_name",
        )
        languages: dict[str, str] = {}
        zone = timezone.get_current_timezone()
        moments = (1,) if self.pseudonymised else (0,)
        # JSON: nothing is risky, every cell goes as it is.
        risky = FORMULA_FIRST if spreadsheet else frozenset()
        check = checked_cell if spreadsheet else _as_it_is
        new_row = CheckedRow if spreadsheet else _plain_row
        # Per column, once: its key, whether a text goes out as typed, its memo.
        columns = [
            (
                answer.key,
                answer.definition.exports_text_as_typed,
                answer.memos[spreadsheet],
                answer,
            )
            for answer in self.answer_columns
        ]
        pseudonymised = self.pseudonymised
        numbers: dict[int, Any] = {}  # version id → its number
        for moment, code, version_id, answers, *people in driver_rows(values):
            if moment.__class__ is str:  # a driver that gives text
                moment = datetime.datetime.fromisoformat(moment)
            if moment.tzinfo is None:  # SQLite: UTC, naive
                moment = moment.replace(tzinfo=UTC)
            if answers.__class__ is str:
                answers = json.loads(answers)
            if code not in languages:
                languages[code] = check(language_name(code))
            first, last, username, participant_id, p_first, p_last = people
            if version_id not in numbers:
                numbers[version_id] = self._version_number(version_id)
            row = new_row(moments=moments)
            if pseudonymised:
                row.append(pseudonym(participant_id) if participant_id else "")
            row += [
                moment.astimezone(zone).replace(tzinfo=None),
                languages[code],
                numbers[version_id],
            ]
            if named:
                row.append(check(person_name(first, last) or username or ""))
            if named and not pseudonymised:
                row += [check(p_first or ""), check(p_last or "")]
            answer_of = answers.get
            for key, as_typed, memo, answer in columns:
                # 40 cells a row: no call for a text or an answer seen before.
                value = answer_of(key)
                kind = value.__class__
                if kind is str and as_typed:
                    row.append(value if value[:1] not in risky else check(value))
                    continue
                try:
                    row += memo[(version_id, tuple(value) if kind is list else value)]
                except (KeyError, TypeError):  # new, or not hashable
                    row += answer.cells(version_id, value, spreadsheet)
            yield row


UTC = datetime.UTC


def driver_rows(values: QuerySet) -> Iterator[tuple]:
    """The rows of a ``values_list`` query as the database's driver gives them,
    ``CHUNK`` at a time through Django's chunked cursor (a server-side cursor on
    PostgreSQL): without the per-row converters of ``QuerySet.iterator``, which
    cost a tenth of a 100,000-row export. Moments and JSON come as the driver
    gives them (on SQLite a naive UTC moment and the JSON's text): the caller
    reads them."""
    connection = connections[values.db]
    sql, params = values.query.get_compiler(values.db).as_sql()
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(CHUNK):
            yield from rows


def _as_it_is(value: Any) -> Any:
    return value


def _plain_row(moments: tuple[int, ...]) -> list[Any]:
    return []
