"""A published version of a form as an XLSForm workbook, with its translations.

Every language version published with the same structure (same keys, types and
choice values) gives its texts to the ``label::<Language> (<code>)`` and
``hint::…`` columns; a question the standard cannot carry is left out and
listed in the workbook's ``notes`` sheet (and returned).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from django.utils.text import slugify
from openpyxl import Workbook

from intake.languages import babel_locale
from surveys.models import FormVersion
from surveys.xlsform.conditions import relevant_of
from surveys.xlsform.rows import XlsRow

SURVEY_COLUMNS = ("type", "name")
RULE_COLUMNS = ("required", "relevant", "constraint", "appearance", "parameters")


@dataclass
class Export:
    content: bytes
    languages: list[str]
    left_out: list[str] = field(default_factory=list)


def language_versions(version: FormVersion) -> dict[str, FormVersion]:
    """The chosen version, and the latest of each translation with its structure."""
    found = {version.locale.language_code: version}
    same = (
        FormVersion.objects.filter(
            translation_key=version.translation_key,
            structure_hash=version.structure_hash,
        )
        .select_related("locale")
        .order_by("-number", "-pk")
    )
    for other in same:
        found.setdefault(other.locale.language_code, other)
    return found


def column(part: str, language: str) -> str:
    return f"{part}::{babel_locale(language).english_name} ({language})"


def merged_rows(versions: dict[str, FormVersion]) -> tuple[list[XlsRow], list[str]]:
    """One row per carried question, with the texts of every language."""
    schemas = {language: v.form_schema for language, v in versions.items()}
    first = next(iter(schemas))
    rows, left_out, step = [], [], 0
    for index, spec in enumerate(schemas[first].fields):
        if spec.step != step:
            rows += step_rows(schemas, spec.step, close=step > 0)
            step = spec.step
        definition = spec.definition
        per_language = {
            language: definition.to_xlsform(schema.fields[index], language)
            for language, schema in schemas.items()
            if index < len(schema.fields)
        }
        row = per_language.get(first)
        if row is None:
            left_out.append(f"{spec.label or spec.key} ({definition.label})")
            continue
        for language, other in per_language.items():
            if other is not None and language != first:
                merge_texts(row, other)
        rows.append(row)
    if step:
        rows.append(XlsRow("end_group", ""))
    return rows, left_out


def step_rows(schemas, index: int, *, close: bool) -> list[XlsRow]:
    """A step of the form is a group: its title in every language, its
    condition as the group's ``relevant``."""
    rows = [XlsRow("end_group", "")] if close else []
    first = next(iter(schemas.values())).steps[index]
    titles = {
        language: schema.steps[index].title
        for language, schema in schemas.items()
        if index < len(schema.steps)
    }
    rows.append(
        XlsRow("begin_group", f"step_{index}", titles, relevant=relevant_of(first))
    )
    return rows


def merge_texts(row: XlsRow, other: XlsRow) -> None:
    row.labels.update(other.labels)
    row.hints.update(other.hints)
    for mine, theirs in zip(row.choices, other.choices, strict=False):
        mine.labels.update(theirs.labels)
    for mine, theirs in zip(row.children, other.children, strict=False):
        merge_texts(mine, theirs)


# The three sheets of the standard (survey, choices, settings) and our notes,
# written row by row; a repeat's question goes between its begin and end rows.
def write_xlsform(version: FormVersion) -> Export:
    versions = language_versions(version)
    languages = list(versions)
    rows, left_out = merged_rows(versions)
    text_columns = [column(p, lang) for p in ("label", "hint") for lang in languages]
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append([*SURVEY_COLUMNS, *text_columns, *RULE_COLUMNS, "repeat_count"])
    choices = book.create_sheet("choices")
    choices.append(
        ["list_name", "name", *(column("label", lang) for lang in languages)]
    )
    written_lists: set[str] = set()
    notes = 0

    def write(row: XlsRow) -> None:
        nonlocal notes
        kind = row.xls_type
        if row.choices:
            list_name = row.list_name or row.name
            kind = f"{row.xls_type} {list_name}"
            if list_name not in written_lists:
                written_lists.add(list_name)
                for choice in row.choices:
                    choices.append(
                        [
                            list_name,
                            choice.value,
                            *(choice.labels.get(lang, "") for lang in languages),
                        ]
                    )
        if not row.name and kind not in ("end_group", "end_repeat"):
            notes += 1
            row.name = f"note_{notes}"
        texts = [
            getattr(row, part).get(lang, "")
            for part in ("labels", "hints")
            for lang in languages
        ]
        rules = [
            "yes" if row.required else "",
            row.relevant,
            row.constraint,
            row.appearance,
            row.parameters,
        ]
        survey.append([kind, row.name, *texts, *rules, row.repeat_count])
        if row.xls_type == "begin_repeat":
            for child in row.children:
                write(child)
            survey.append(["end_repeat", "", *([""] * (len(texts) + 6))])

    for row in rows:
        write(row)
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    page = version.page
    settings.append(
        [
            page.title,
            slugify(page.slug).replace("-", "_") or "form",
            str(version.number),
            f"{babel_locale(languages[0]).english_name} ({languages[0]})",
        ]
    )
    if left_out:
        sheet = book.create_sheet("notes")
        sheet.append(["not carried over"])
        for item in left_out:
            sheet.append([item])
    keep_as_text(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return Export(buffer.getvalue(), languages, left_out)


def keep_as_text(book: Workbook) -> None:
    """A label that starts with ``=`` stays text: never a formula in a sheet."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
