"""Cells a spreadsheet program would run as formulas, kept as text.

Every file this platform writes for a spreadsheet (a form's answers, the lists'
exports) passes its headings and cells through :func:`formula_safe`: a text that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
apostrophe (a negative number written as text stays a number).
"""

from __future__ import annotations

from typing import Any

#: The leading characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The same, for a quick test of a cell's first character (``value[:1] in``):
#: writers of many cells call :func:`formula_safe` only for those.
FORMULA_FIRST = frozenset(FORMULA_STARTS)


def formula_safe(value: Any) -> Any:
    """A text a spreadsheet would run as a formula, kept as text."""
    if isinstance(value, str) and value[:1] in FORMULA_FIRST:
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value
