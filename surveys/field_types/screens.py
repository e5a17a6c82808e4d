"""A participant's screens: one question per screen, each type drawing its own.

A type's ``participant_screens`` hook turns a :class:`ScreenContext` into
:class:`Screen` objects (a rating matrix gives one per statement); each screen
names its template (``templates/surveys/participant/widgets/``) and the script
hook ``static/surveys/js/questions.js`` reads its answer with.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from surveys.schema import FieldSpec

WIDGETS = "surveys/participant/widgets"


@dataclass
class Option:
    value: str
    text: str
    face: str | None = None
    checked: bool = False


@dataclass
class Screen:
    """One question on one screen (a rating matrix gives one per statement)."""

    key: str
    name: str
    kind: str
    label: str
    template: str = f"{WIDGETS}/form_widget.html"
    #: The script hook that reads its answer (``SurveyQuestions.types``).
    hook: str = "value"
    required: bool = False
    #: The language of the label when it is not the chosen one (fallback).
    label_lang: str | None = None
    help_text: str = ""
    question_label: str = ""
    options: list[Option] = field(default_factory=list)
    value: str = ""
    #: The consent's text.
    text: str = ""
    #: Instructions the form shows before this question (rich text).
    preface: str = ""
    error: str = ""
    audio_url: str = ""
    widget: Any = None
    max_length: int | None = None
    input_type: str = ""
    input_mode: str = ""

    @property
    def input_id(self) -> str:
        return f"q-{self.name}"

    @property
    def described_by(self) -> str:
        """Ids of the marker, the help text and the error shown with the question."""
        parts = [
            ("marker", self.label_lang),
            ("help", self.help_text),
            ("error", self.error),
        ]
        return " ".join(f"{self.input_id}-{name}" for name, shown in parts if shown)


@dataclass(frozen=True)
class ScreenContext:
    """What a type needs to draw the screens of one question."""

    spec: FieldSpec
    #: The same question in the survey's source language, when there is one.
    source: FieldSpec | None
    #: The answers sent (shown again with errors), or ``{}``.
    data: Mapping
    #: The source language, when the question's label is not translated.
    label_lang: str | None
    source_language: str
    #: The participant's words for what is wrong with the answer, or "".
    error: str
    #: The question's bound form field (for types drawn by their form widget).
    bound_field: Any
    #: Whether a text is still the source's (not translated): (text, source text).
    untranslated: Callable[[str, str | None], bool]

    def screen(self, kind: str, **values) -> Screen:
        """A screen of the question, with what every screen has."""
        spec = self.spec
        common = {
            "key": spec.key,
            "name": spec.key,
            "label": spec.label,
            "required": spec.required,
            "label_lang": self.label_lang,
            "help_text": spec.help_text,
            "error": self.error,
        }
        return Screen(**{**common, **values}, kind=kind)

    def options_screen(
        self, kind: str, options: list[Option], *, hook: str, **values
    ) -> Screen:
        """A screen of big buttons, one per option (radio buttons unless
        ``input_type`` says otherwise)."""
        values.setdefault("input_type", "radio")
        return self.screen(
            kind,
            template=f"{WIDGETS}/options.html",
            hook=hook,
            options=options,
            **values,
        )
