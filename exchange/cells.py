"""A spreadsheet's cell read as a participant's or a referral's value, or a
sentence saying what is wrong with it, in the manager's language.

Dates may be written 2026-03-31, 31/03/2026 or 31.03.2026 (or be an Excel date);
yes/no in French, Dutch or English; a choice by its value or its label in any of
the staff languages; a phone number as :mod:`intake.phones` reads it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from intake.phones import parse_phone

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
#: A date and a time of day (as an export writes a moment: to the minute).
MOMENT_FORMATS = tuple(
    f"{date} {time}" for date in DATE_FORMATS for time in ("%H:%M", "%H:%M:%S")
)
YES = frozenset({"yes", "y", "oui", "o", "ja", "j", "true", "1", "x", "vrai", "waar"})
NO = frozenset({"no", "n", "non", "nee", "false", "0", "faux", "onwaar", ""})
STAFF_LANGUAGE_CODES = ("fr", "nl", "en")


class CellError(ValueError):
    """What is wrong with one cell, in words a manager understands."""


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raw = text(value)
    if not raw:
        return None
    raw = raw.split(" ")[0] if len(raw) > 10 else raw
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise CellError(
        _("“%(value)s” is not a date. Write it as 31/03/2026 or 2026-03-31.")
        % {"value": raw}
    )


def read_moment(value: Any) -> datetime.datetime | None:
    """A date, with its time of day when the cell gives one (an export's
    "state since"), else at midnight; in the platform's time zone."""
    moment = value if isinstance(value, datetime.datetime) else None
    raw = text(value)
    for pattern in MOMENT_FORMATS if moment is None and len(raw) > 10 else ():
        try:
            moment = datetime.datetime.strptime(raw, pattern)
            break
        except ValueError:
            continue
    if moment is None:
        day = read_date(value)
        if day is None:
            return None
        moment = datetime.datetime.combine(day, datetime.time.min)
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def read_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raw = text(value).casefold()
    if raw in YES:
        return True
    if raw in NO:
        return False
    raise CellError(_("“%(value)s”: write yes or no.") % {"value": text(value)})


def labels_in_every_language(choices: Iterable[tuple[str, Any]]) -> dict[str, str]:
    """Each choice's value and its label in fr, nl and en, folded, → value."""
    known: dict[str, str] = {}
    choices = list(choices)
    for code in STAFF_LANGUAGE_CODES:
        with translation.override(code):
            for value, label in choices:
                known[str(label).casefold()] = value
    for value, _label in choices:
        known[str(value).casefold()] = value
    return known


def read_choice(value: Any, known: dict[str, str], shown: list[str]) -> str:
    raw = text(value)
    if not raw:
        return ""
    found = known.get(raw.casefold())
    if found is None:
        raise CellError(
            _("“%(value)s” is not one of: %(choices)s.")
            % {"value": raw, "choices": ", ".join(shown)}
        )
    return found


def read_phone(value: Any) -> str:
    raw = text(value)
    if not raw:
        return ""
    phone = parse_phone(raw)
    if phone is None:
        raise CellError(
            _(
                "“%(value)s” is not a phone number. Write it as 0470 12 34 56 "
                "or with the country code, +32 470 12 34 56."
            )
            % {"value": raw}
        )
    return phone


def read_email(value: Any) -> str:
    raw = text(value)
    if raw:
        try:
            validate_email(raw)
        except ValidationError as error:
            raise CellError(
                _("“%(value)s” is not an e-mail address.") % {"value": raw}
            ) from error
    return raw


def read_text(value: Any, max_length: int) -> str:
    raw = text(value)
    if len(raw) > max_length:
        raise CellError(
            _("This text is too long: at most %(count)d characters.")
            % {"count": max_length}
        )
    return raw


def read_languages(value: Any) -> list[str]:
    raw = text(value)
    return [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]


def read_preferred_language(value: Any) -> str:
    raw = text(value).casefold()
    if not raw:
        return ""
    codes = {code.casefold(): code for code, _name in settings.LANGUAGES}
    if raw not in codes:
        raise CellError(
            _("“%(value)s” is not a language code of the platform (%(codes)s).")
            % {"value": text(value), "codes": ", ".join(codes.values())}
        )
    return codes[raw]
