"""What every field type is: one object carrying everything about the type.

A type is a subclass of :class:`BaseFieldType` (or :class:`LayoutType`), written
once and registered (:mod:`surveys.field_types.registry`). Its hooks are the only
places that know the type:

- the editor's block: ``block_base``, ``block_children``, ``icon``, ``label``;
- the frozen question: ``spec_values`` / ``options_from_block``;
- filling: ``form_field`` (asked by :class:`surveys.builder.SurveyFormBuilder`),
  ``form_template`` (its place in a form page), ``stored_value`` (the answer as
  JSON), ``posted_names``;
- checks: ``possible_values`` (for conditions), ``always_required``;
- what its answers do: ``grants_consent`` (and ``consent_terms``),
  ``has_action_steps``, ``signs``;
- storing: ``stamp`` (who recorded the answer and when, added as it is stored);
- reading: ``display``, ``summarise``, ``export_headings`` / ``export_cells``
  (``export_values`` for analysts' files);
- the participant's screens: ``participant_screens`` (each names its template);
- XLSForm (:mod:`surveys.xlsform`): ``xlsform_types`` and ``xlsform_fit`` (which
  rows it reads), ``from_xlsform`` (a row as its block), ``to_xlsform`` (itself
  as a row);
- the browser: ``script``, the name under which ``SurveyQuestions.types``
  (``static/surveys/js/questions.js`` and ``question_types.js``) reads its
  answer.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from django import forms
from wagtail import blocks

from surveys.blocks import QuestionBlock
from surveys.field_types.display import AnswerDisplay, answer_display
from surveys.field_types.screens import Screen, ScreenContext
from surveys.field_types.summary import QuestionSummary, text_list
from surveys.xlsform.conditions import condition_from_relevant, relevant_of
from surveys.xlsform.rows import XlsRow

if TYPE_CHECKING:
    from surveys.schema import FieldSpec
    from surveys.xlsform.rows import XlsQuestion

#: The parts every question has (not options of its type).
QUESTION_PARTS = frozenset(
    {"label", "key", "help_text", "required", "show_if", "sensitive"}
)


class BaseFieldType:
    """A type of question. Subclasses set the attributes and override the hooks
    that differ; the defaults are those of a plain text answer."""

    #: The block's name in the StreamField and the ``type`` of its questions.
    name: str = ""
    label: Any = ""
    icon: str = "form"
    #: False for blocks that show something but collect no answer.
    collects_answer = True
    #: True for the page break: it starts a step instead of being a field.
    starts_step = False
    #: Required whatever the editor ticked (a consent).
    always_required = False
    #: Its answers become action-plan steps to follow (surveys.interviews.action_plans).
    has_action_steps = False
    #: How ``static/surveys/js/questions.js`` reads its answer in the browser.
    script = "value"
    #: How it shows in a form page and an interview.
    form_template = "surveys/includes/question.html"
    #: True when a text answer's export cell is the text as typed
    #: (``export_values(spec, text) == [text]``): large exports skip the call.
    exports_text_as_typed = False

    def __repr__(self) -> str:
        return f"<field type {self.name}>"

    # --- the editor's block -------------------------------------------------------
    block_base: type[blocks.StructBlock] = QuestionBlock

    def block_children(self) -> dict[str, blocks.Block]:
        """The block's own settings, after what every question has (new instances)."""
        return {}

    @cached_property
    def block(self) -> type[blocks.StructBlock]:
        """The StreamField block class a manager adds to a form."""
        meta = type("Meta", (), {"label": self.label, "icon": self.icon})
        name = f"{type(self).__name__}Block"
        namespace = {
            **self.block_children(),
            "Meta": meta,
            "__module__": type(self).__module__,
        }
        return type(self.block_base)(name, (self.block_base,), namespace)

    def make_block(self) -> blocks.StructBlock:
        return self.block()

    @cached_property
    def option_names(self) -> tuple[str, ...]:
        """The block's settings that a question keeps (as ``options``)."""
        return tuple(
            name
            for name in self.make_block().child_blocks
            if name not in QUESTION_PARTS
        )

    @cached_property
    def optional_texts(self) -> tuple[str, ...]:
        """The optional ``CharBlock``/``TextBlock`` children of the block."""
        return tuple(
            name
            for name, child in self.make_block().child_blocks.items()
            if isinstance(child, blocks.CharBlock | blocks.TextBlock)
            and not child.required
        )

    def structured_options(self, value) -> dict[str, Any]:
        """Settings that are lists (choices, statements...), as plain data."""
        return {}

    def options_from_block(self, value) -> dict[str, Any]:
        """The type-specific settings of one block, as plain data."""
        options = self.structured_options(value)
        for name in self.option_names:
            if name in options or value.get(name) in (None, ""):
                continue
            item = value[name]
            options[name] = item if isinstance(item, bool | int | str) else str(item)
        return options

    def spec_values(self, value) -> dict[str, Any]:
        """What the frozen question (:class:`~surveys.schema.FieldSpec`) keeps of
        the block, besides its type, condition and place."""
        return {
            "key": value["key"],
            "label": value["label"],
            "help_text": value.get("help_text") or "",
            "required": bool(value.get("required")) or self.always_required,
            "options": self.options_from_block(value),
            "sensitive": bool(value.get("sensitive")),
        }

    # --- filling ------------------------------------------------------------------
    def form_field(self, spec: FieldSpec, options: dict) -> forms.Field:
        """The Django form field (``options``: label, help text, initial...)."""
        raise NotImplementedError(f"{self!r} has no form field.")

    def stored_value(self, value: Any) -> Any:
        """The cleaned answer as JSON, language-neutral."""
        return value

    def posted_names(self, spec: FieldSpec) -> tuple[set[str], tuple[str, ...]]:
        """The exact names and the name prefixes its widget sends."""
        return {spec.key}, ()

    # --- checks -------------------------------------------------------------------
    def possible_values(self, spec: FieldSpec) -> set[str] | None:
        """The values an answer can take, when they are a closed set."""
        return None

    def grants_consent(self, value: Any) -> bool:
        """Whether this answer is a consent given."""
        return False

    def consent_terms(self, spec: FieldSpec, value: Any) -> tuple[str, str]:
        """What a consent given (``grants_consent``) agreed to: the text the
        question showed and the version of that text."""
        return "", ""

    def signs(self, value: Any) -> bool:
        """Whether this answer is a signature given."""
        return False

    def stamp(self, value: Any, *, by, at) -> Any:
        """The stored answer with what the submission adds to it (who recorded
        it, ``by``, a user or ``None``, and when, ``at``); most answers add
        nothing."""
        return value

    # --- reading ------------------------------------------------------------------
    def display(self, spec: FieldSpec, value: Any) -> AnswerDisplay:
        """An answer (given, as stored) as a reader reads it."""
        return AnswerDisplay(str(value))

    def summarise(
        self, summary: QuestionSummary, spec: FieldSpec, answers: list[Any]
    ) -> QuestionSummary:
        """Fill ``summary`` from the question's given answers."""
        return text_list(summary, spec, answers)

    def export_headings(self, label: str, key: str) -> list[str]:
        """The spreadsheet's column headings for the question."""
        return [f"{label} [{key}]"]

    def export_cells(self, spec: FieldSpec, value: Any) -> list[Any]:
        """One cell per heading, for one submission's answer (maybe none)."""
        return [answer_display(spec, value).text]

    def export_values(self, spec: FieldSpec, value: Any) -> list[Any]:
        """Like :meth:`export_cells`, for analysts' files: a value a spreadsheet
        can count with where the type has one (a scale's point as a number)."""
        return self.export_cells(spec, value)

    # --- the participant's survey -------------------------------------------------
    def participant_screens(self, context: ScreenContext) -> list[Screen]:
        """The screens a participant answers it on (drawn by its form widget)."""
        return [context.screen("widget", hook=self.script, widget=context.bound_field)]

    def participant_preface(self, spec: FieldSpec) -> str | None:
        """Rich text shown before the next screen (instructions), or ``None``."""
        return None

    # --- XLSForm ------------------------------------------------------------------
    #: The XLSForm types (the ``type`` column's first word) it may read.
    xlsform_types: tuple[str, ...] = ()

    def xlsform_fit(self, question: XlsQuestion) -> int:
        """How well it carries ``question`` (of one of its ``xlsform_types``):
        -1 not at all, 0 as the general case, 1 as the special case it is for.
        The importer takes the best fit."""
        return 0

    def from_xlsform(self, question: XlsQuestion, language: str) -> dict[str, Any]:
        """Its block's value for ``question``, with the texts of ``language``."""
        return {
            "label": question.label(language) or question.name,
            "key": question.name,
            "help_text": question.hint(language),
            "required": question.required,
            "show_if": condition_from_relevant(question.relevant) or {},
        }

    def to_xlsform(self, spec: FieldSpec, language: str) -> XlsRow | None:
        """Itself as an XLSForm row with the texts of ``language``, or ``None``
        when the standard has nothing that carries it."""
        if not self.xlsform_types:
            return None
        return self.xlsform_row(spec, language, self.xlsform_types[0])

    def xlsform_row(
        self, spec: FieldSpec, language: str, xls_type: str, **more
    ) -> XlsRow:
        """A row with the question's key, label, hint and required."""
        texts = {"labels": {language: spec.label}}
        if spec.help_text:
            texts["hints"] = {language: spec.help_text}
        more.setdefault("relevant", relevant_of(spec))
        return XlsRow(
            xls_type=xls_type, name=spec.key, required=spec.required, **texts, **more
        )


class LayoutType(BaseFieldType):
    """A block that shows something but collects no answer."""

    collects_answer = False
    script = ""
    block_base = blocks.StructBlock

    def spec_values(self, value) -> dict[str, Any]:
        return {"options": self.options_from_block(value)}

    def participant_screens(self, context: ScreenContext) -> list[Screen]:
        return []
