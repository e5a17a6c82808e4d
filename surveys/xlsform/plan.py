"""What an XLSForm import would create, as plain data: the plan the manager
reads in the preview, and the small readers the planner uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from surveys.field_types import BaseFieldType
from surveys.xlsform.rows import XlsChoice, XlsQuestion

KEY = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
TRUE = {"yes", "true", "true()", "1", "y"}
FALSE = {"", "no", "false", "false()", "0", "n"}
TYPE_ALIASES = {
    "select one": "select_one",
    "select multiple": "select_multiple",
    "begin group": "begin_group",
    "end group": "end_group",
    "begin repeat": "begin_repeat",
    "end repeat": "end_repeat",
    "int": "integer",
    "string": "text",
    "datetime": "dateTime",
    "trigger": "acknowledge",
}
#: Filled in by the phone or the server, not asked: listed, not carried over.
METADATA = {
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "phonenumber",
    "simserial",
    "subscriberid",
    "audit",
    "email",
    "start-geopoint",
    "background-audio",
}
#: Columns the importer reads; a non-empty cell of any other column is listed.
READ_COLUMNS = {
    "type",
    "name",
    "label",
    "hint",
    "required",
    "relevant",
    "constraint",
    "appearance",
    "parameters",
    "repeat_count",
    "choice_filter",
}


@dataclass
class Problem:
    """Something the form builder cannot carry over, in plain words."""

    row: int | None
    column: str
    message: str


@dataclass
class PlannedQuestion:
    row: int
    xls_type: str
    definition: BaseFieldType
    key: str
    label: str


@dataclass
class ImportPlan:
    title: str
    source_language: str
    languages: list[str]
    #: The page's StreamField, as raw blocks (``type`` and ``value``).
    blocks: list[dict[str, Any]] = field(default_factory=list)
    #: language → {text in the source language → text in that language}.
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    questions: list[PlannedQuestion] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def can_create(self) -> bool:
        return bool(self.blocks)


def split_type(raw: str) -> tuple[str, str, bool]:
    """``select_one yes_no or_other`` → (``select_one``, ``yes_no``, True)."""
    text = " ".join(str(raw or "").split())
    text = TYPE_ALIASES.get(text.lower(), text)
    words = text.split(" ")
    kind = TYPE_ALIASES.get(words[0], words[0])
    list_name = words[1] if len(words) > 1 and kind.startswith("select_") else ""
    return kind, list_name, words[-1] == "or_other"


def in_language(question: XlsQuestion, language: str, source: str) -> XlsQuestion:
    """The question with only ``language``'s texts, the source's where it has none
    (so that a missing translation is never paired with a fallback)."""

    def pick(texts: dict[str, str]) -> dict[str, str]:
        text = texts.get(language) or texts.get(source)
        return {language: text} if text else {}

    return XlsQuestion(
        **{
            **question.__dict__,
            "labels": pick(question.labels),
            "hints": pick(question.hints),
            "choices": [XlsChoice(c.value, pick(c.labels)) for c in question.choices],
            "children": [in_language(c, language, source) for c in question.children],
        }
    )


#: Block settings that are not texts to translate.
NOT_TEXT = {"key", "value", "show_if", "version", "points", "required"}


def pair_texts(source: Any, target: Any, found: dict[str, str]) -> None:
    """Pair each text of a block's value with its translation."""
    if isinstance(source, dict) and isinstance(target, dict):
        for name, value in source.items():
            if name not in NOT_TEXT:
                pair_texts(value, target.get(name), found)
    elif isinstance(source, list) and isinstance(target, list):
        for one, other in zip(source, target, strict=False):
            pair_texts(one, other, found)
    elif isinstance(source, str) and isinstance(target, str):
        if source and target and source != target:
            found.setdefault(source, target)
            if source.startswith("<p>") and target.startswith("<p>"):
                found.setdefault(source[3:-4], target[3:-4])
