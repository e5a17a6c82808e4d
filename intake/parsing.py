"""Reading numbers and identifiers that come from outside: a query string, a form,
a JSON body, a WebSocket message. Anything unreadable is ``None`` (or the default
given), never an exception: the caller decides whether that is a 400, a 404 or
simply "nothing"."""

from __future__ import annotations

import json
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


#: How deep a JSON body may nest: the deepest the platform sends is 4 (an
#: interview draft's matrix answer); anything far deeper is an attack.
MAX_JSON_DEPTH = 32


def parse_json_object(
    body: bytes | str, *, max_depth: int = MAX_JSON_DEPTH
) -> dict | None:
    """A JSON body that must be an object, else ``None``: not JSON, not an object,
    nested deeper than ``max_depth`` (which would otherwise end in Python's
    ``RecursionError``, a 500) or holding a NUL character anywhere (which
    PostgreSQL cannot store in a text)."""
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    if not isinstance(payload, dict) or not _sound(payload, max_depth):
        return None
    return payload


def _sound(payload: Any, max_depth: int) -> bool:
    """No deeper than ``max_depth`` and no NUL in any key or text (iterative)."""
    pending = [(payload, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            if "\x00" in value:
                return False
        elif isinstance(value, dict | list):
            if depth > max_depth:
                return False
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and "\x00" in key:
                    return False
                pending.append((item, depth + 1))
    return True
