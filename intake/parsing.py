"""Reading numbers and identifiers that come from outside: a query string, a form,
a JSON body, a WebSocket message. Anything unreadable is ``None`` (or the default
given), never an exception: the caller decides whether that is a 400, a 404 or
simply "nothing"."""

from __future__ import annotations

import uuid
from typing import Any, overload


@overload
def parse_int(value: Any) -> int | None: ...
@overload
def parse_int(value: Any, default: int) -> int: ...
def parse_int(value: Any, default: int | None = None) -> int | None:
    """``value`` as an integer (``"12"``, ``12``), else ``default``.

    ``True`` and ``False`` are not numbers here, although Python counts them as
    1 and 0: a JSON body saying ``"position": true`` is malformed.
    """
    if isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: JSON's 1e999
        return default


def parse_uuid(value: Any) -> uuid.UUID | None:
    """``value`` as a UUID (any of the forms ``uuid.UUID`` reads), else ``None``."""
    if value is None or value == "":
        return None
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        return None
