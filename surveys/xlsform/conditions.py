"""XLSForm ``relevant`` expressions ⇄ the builder's conditions.

The builder shows a question when one earlier answer equals a value, is one of
some values, or is answered. The ``relevant`` expressions of those forms are
read (``${q} = 'v'``; ``selected(${q}, 'v')``, joined by ``or`` on one question;
``${q} != ''``); anything else is left to the importer's report.
"""

from __future__ import annotations

import re
from typing import Any

_REF = r"\$\{(?P<field>[A-Za-z_][\w.-]*)\}"
_VALUE = r"(?:'(?P<q1>[^']*)'|\"(?P<q2>[^\"]*)\"|(?P<bare>-?[\w.]+))"
_EQUALS = re.compile(rf"^{_REF}\s*=\s*{_VALUE}$")
_SELECTED = re.compile(rf"^selected\(\s*{_REF}\s*,\s*{_VALUE}\s*\)$")
_REF2 = _REF.replace("field", "field2")
_ANSWERED = re.compile(
    rf"^(?:{_REF}\s*!=\s*(?:''|\"\")"
    rf"|string-length\(\s*{_REF2}\s*\)\s*>\s*0)$"
)


def _value(match: re.Match) -> str:
    for group in ("q1", "q2", "bare"):
        if match.group(group) is not None:
            return match.group(group)
    return ""


def _strip_brackets(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0:
            return False
    return depth == 0


def condition_from_relevant(expression: str) -> dict[str, Any] | None:
    """The ``show_if`` block value for ``expression``; ``{}`` when it is empty,
    ``None`` when the builder cannot carry it."""
    text = _strip_brackets(expression or "")
    if not text:
        return {}
    answered = _ANSWERED.match(text)
    if answered:
        field = answered.group("field") or answered.group("field2")
        return {"field": field, "operator": "answered", "values": ""}
    parts = [_strip_brackets(part) for part in re.split(r"\s+or\s+", text)]
    fields, values, selected = set(), [], False
    for part in parts:
        match = _EQUALS.match(part) or _SELECTED.match(part)
        if match is None:
            return None
        selected = selected or part.startswith("selected(")
        fields.add(match.group("field"))
        values.append(_value(match))
    if len(fields) != 1 or not all(re.match(r"^[a-z][a-z0-9_]*$", v) for v in values):
        return None
    if len(values) == 1 and not selected:
        operator = "equals"
    else:
        operator = "one_of"
    return {"field": fields.pop(), "operator": operator, "values": ", ".join(values)}


def relevant_of(spec) -> str:
    """The ``relevant`` expression of a question's (or a step's) condition."""
    condition = getattr(spec, "condition", None)
    if condition is None or not condition.field:
        return ""
    reference = f"${{{condition.field}}}"
    if condition.operator == "answered":
        return f"{reference} != ''"
    if condition.operator == "equals" and condition.values:
        return f"{reference} = '{condition.values[0]}'"
    return " or ".join(
        f"selected({reference}, '{value}')" for value in condition.values
    )
