"""What a demo form is made of, and the small helpers that write its blocks.

A demo form is content, not interface: it is written once, in the programme's
working language (French or Dutch), as a manager would write it in the admin. So
its texts are not gettext strings; :class:`Writer` picks the French or the Dutch
wording. Keys and stored choice values are English and the same in every
programme, so that the same question lands under the same key everywhere.

The value of each block follows :mod:`surveys.blocks`: choices as
``{"label", "value"}``, statements as ``{"text", "key"}``, conditions as
``{"field", "operator", "values"}`` with comma-separated values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: One StreamField block: ``(block type, value)``.
Block = tuple[str, dict[str, Any]]


class Writer:
    """Chooses the wording of the programme's working language.

    ``w("Prénom", "Voornaam")`` gives the French text for a French-speaking CPAS
    and the Dutch text for a Dutch-speaking one; any other language gets French.
    """

    def __init__(self, language: str) -> None:
        self.language = "nl" if language == "nl" else "fr"

    def __call__(self, fr: str, nl: str) -> str:
        return nl if self.language == "nl" else fr

    def lines(self, *pairs: tuple[str, str]) -> list[str]:
        """Several texts at once, e.g. the labels of a scale's points."""
        return [self(fr, nl) for fr, nl in pairs]


@dataclass(frozen=True)
class FormDraft:
    """Everything needed to create one form page."""

    slug: str
    kind: str
    title: str
    intro: str
    fields: list[Block]
    thank_you_text: str


def question(
    block_type: str,
    key: str,
    label: str,
    *,
    required: bool = True,
    help_text: str = "",
    show_if: dict | None = None,
    **options: Any,
) -> Block:
    """A question block; ``options`` are the type's own settings (choices...)."""
    value: dict[str, Any] = {
        "label": label,
        "key": key,
        "help_text": help_text,
        "required": required,
        **options,
    }
    if show_if is not None:
        value["show_if"] = show_if
    return (block_type, value)


def choices(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    """``(stored value, label)`` pairs as a choices list."""
    return [{"label": label, "value": value} for value, label in pairs]


def statements(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    """``(key, text)`` pairs as the statements of a matrix."""
    return [{"text": text, "key": key} for key, text in pairs]


def show_if(field: str, operator: str, *values: str) -> dict[str, str]:
    """Show a question only when the earlier answer to ``field`` matches."""
    return {"field": field, "operator": operator, "values": ", ".join(values)}


def heading(text: str) -> Block:
    return ("heading", {"text": text})


def instructions(html: str) -> Block:
    return ("instructions", {"text": html})


def page_break(title: str) -> Block:
    """Start a new step of the form."""
    return ("page_break", {"title": title})
