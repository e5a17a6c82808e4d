"""XLSForm ``constraint`` and ``relevant`` expressions the builder understands.

Only the plain forms are read; anything else is reported as not carried over
(never silently dropped) by :mod:`surveys.xlsform.planning`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: How our e-mail and web-address questions travel (XLSForm has no such type).
EMAIL_CONSTRAINT = r"regex(., '^[^@\s]+@[^@\s]+\.[^@\s]+$')"
URL_CONSTRAINT = r"regex(., '^https?://\S+$')"
#: A phone number as people write it: digits, spaces, dots, dashes, a leading +.
PHONE_CONSTRAINT = r"regex(., '^\+?[0-9][0-9 ./()-]{5,28}$')"

#: A date question's "not in the future" / "not in the past".
NOT_IN_FUTURE = ". <= today()"
NOT_IN_PAST = ". >= today()"

NUMBER = r"-?\d+(?:\.\d+)?"
_BOUND = re.compile(rf"^\.\s*(>=|<=|>|<)\s*({NUMBER})$")
_LENGTH = re.compile(r"^string-length\(\s*\.\s*\)\s*<=\s*(\d+)$")


def _parts(expression: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s+and\s+", expression.strip())]


def number_bounds(expression: str) -> tuple[Decimal | None, Decimal | None] | None:
    """``. >= 18 and . <= 120`` → (18, 120); ``None`` when not of that form."""
    if not expression.strip():
        return (None, None)
    low = high = None
    for part in _parts(expression):
        match = _BOUND.match(part)
        if not match:
            return None
        try:
            value = Decimal(match.group(2))
        except InvalidOperation:
            return None
        if match.group(1).startswith(">"):
            low = value
        else:
            high = value
    return (low, high)


def bounds_constraint(low, high) -> str:
    parts = []
    if low not in (None, ""):
        parts.append(f". >= {low}")
    if high not in (None, ""):
        parts.append(f". <= {high}")
    return " and ".join(parts)


def max_length_of(expression: str) -> int | None:
    match = _LENGTH.match(expression.strip())
    return int(match.group(1)) if match else None


def max_length_constraint(length: int) -> str:
    return f"string-length(.) <= {length}"


def understood_constraint(expression: str) -> bool:
    """Whether a type's hooks can carry the constraint (the rest is reported)."""
    text = expression.strip()
    return (
        not text
        or text
        in (
            EMAIL_CONSTRAINT,
            URL_CONSTRAINT,
            PHONE_CONSTRAINT,
            NOT_IN_FUTURE,
            NOT_IN_PAST,
        )
        or max_length_of(text) is not None
        or number_bounds(text) is not None
    )
