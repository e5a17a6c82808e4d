"""An uploaded XLSForm: checked, then read with pyxform into rows.

Refused with a clear message: a file over the size limit, a file that is not a
spreadsheet (``.xlsx``, ``.xls`` or CSV, told by its content, not its name), a
workbook with macros, and a cell holding a formula.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from pyxform.errors import PyXFormError
from pyxform.xls2json_backends import get_xlsform

from config.languages import codes as language_codes

#: The first bytes of an OLE2 file (the old ``.xls``).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
#: ``label::Français (fr)``: the language's code in brackets ends the column name.
LANGUAGE_COLUMN = re.compile(
    r"^(?P<part>label|hint)::(?P<name>.*?)\((?P<code>[A-Za-z-]+)\)\s*$"
)
TEXT_PARTS = ("label", "hint")


class XlsFormRefused(Exception):
    """The file cannot be read as an XLSForm; the message says why, in words."""


@dataclass
class XlsFile:
    """A checked file: its kind and its sheets as pyxform reads them."""

    kind: str  # "xlsx", "xls" or "csv"
    survey: list[dict]
    choices: list[dict]
    settings: dict
    #: Column name → our language code, for the text columns with a language.
    languages: dict[str, str] = field(default_factory=dict)
    #: Text columns whose language is not one of ours (column → why).
    unknown_columns: dict[str, str] = field(default_factory=dict)


def max_bytes() -> int:
    return getattr(settings, "XLSFORM_MAX_BYTES", DEFAULT_MAX_BYTES)


def file_kind(data: bytes) -> str:
    if data.startswith(ZIP_MAGIC):
        return "xlsx"
    if data.startswith(OLE_MAGIC):
        return "xls"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    if text and "\x00" not in text and "," in text.splitlines()[0]:
        return "csv"
    raise XlsFormRefused(
        _("This file is not a spreadsheet: send an .xlsx, .xls or CSV XLSForm.")
    )


def refuse_macros_and_formulas(data: bytes, kind: str) -> None:
    if kind == "xlsx":
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile as error:
            raise XlsFormRefused(
                _("This file is damaged: it cannot be opened.")
            ) from error
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise XlsFormRefused(
                _("This workbook contains macros: save it without them (as .xlsx).")
            )
        if "xl/workbook.xml" not in names:
            raise XlsFormRefused(
                _("This file is not a spreadsheet: send an .xlsx, .xls or CSV XLSForm.")
            )
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        raise XlsFormRefused(
                            _(
                                "Sheet “%(sheet)s”, cell %(cell)s holds a formula. "
                                "An XLSForm holds only text: replace the formula "
                                "by its value."
                            )
                            % {"sheet": sheet.title, "cell": cell.coordinate}
                        )
    elif kind == "xls":
        if b"_VBA_PROJECT" in data or "_VBA_PROJECT".encode("utf-16-le") in data:
            raise XlsFormRefused(
                _("This workbook contains macros: save it without them (as .xlsx).")
            )
    else:
        for number, row in enumerate(
            csv.reader(io.StringIO(data.decode("utf-8-sig"))), 1
        ):
            for cell in row:
                if cell.startswith("="):
                    raise XlsFormRefused(
                        _(
                            "Line %(row)s holds a formula (“%(cell)s”). An XLSForm "
                            "holds only text."
                        )
                        % {"row": number, "cell": cell[:40]}
                    )


def text_columns(headers: list[str], default_language: str) -> tuple[dict, dict]:
    """Which language each label/hint column is in, and the columns we cannot use."""
    known = set(language_codes())
    found, unknown = {}, {}
    for header in headers:
        if header in TEXT_PARTS:
            found[header] = default_language
            continue
        match = LANGUAGE_COLUMN.match(header)
        if match:
            code = match.group("code").lower()
            if code in known:
                found[header] = code
            else:
                unknown[header] = _(
                    "the language “%(code)s” is not one of the platform's"
                ) % {"code": code}
        elif "::" in header and header.split("::")[0] in TEXT_PARTS:
            unknown[header] = _(
                "say the language's code in brackets, as label::Français (fr)"
            )
    return found, unknown


def read_xlsform(data: bytes, default_language: str) -> XlsFile:
    """Check ``data`` and read its sheets; plain ``label``/``hint`` columns are
    in the form's ``default_language`` setting, else in ``default_language``."""
    if len(data) > max_bytes():
        raise XlsFormRefused(
            _(
                "This file is too large (%(size)s kB): an XLSForm is at most "
                "%(limit)s kB."
            )
            % {"size": len(data) // 1024, "limit": max_bytes() // 1024}
        )
    kind = file_kind(data)
    refuse_macros_and_formulas(data, kind)
    try:
        definition = get_xlsform(io.BytesIO(data))
    except (PyXFormError, ValueError, KeyError, OSError) as error:
        raise XlsFormRefused(
            _("This file cannot be read as an XLSForm: %(why)s") % {"why": error}
        ) from error
    if not definition.survey:
        raise XlsFormRefused(_("This workbook has no “survey” sheet, or it is empty."))
    form_settings = (definition.settings or [{}])[0]
    declared = LANGUAGE_COLUMN.match(
        f"label::{form_settings.get('default_language', '')}"
    )
    default = declared.group("code").lower() if declared else default_language
    if default not in language_codes():
        default = default_language
    headers = [
        *(definition.survey_header or [{}])[0].keys(),
        *(definition.choices_header or [{}])[0].keys(),
    ]
    found, unknown = text_columns(list(dict.fromkeys(headers)), default)
    return XlsFile(
        kind, definition.survey, definition.choices or [], form_settings, found, unknown
    )
