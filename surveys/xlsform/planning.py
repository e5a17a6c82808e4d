"""From the rows of an XLSForm to the blocks of a form page and its translations.

Nothing is created here: the plan (:mod:`surveys.xlsform.plan`) is what the
manager reads in the preview (the questions it will make, the languages it
found, every part it cannot carry over, each with its row and column), and what
:mod:`surveys.xlsform.creating` creates once she confirms.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from surveys.field_types import BaseFieldType, field_types
from surveys.schema import key_from_label
from surveys.xlsform.conditions import condition_from_relevant
from surveys.xlsform.constraints import understood_constraint
from surveys.xlsform.plan import (
    FALSE,
    KEY,
    METADATA,
    READ_COLUMNS,
    TRUE,
    ImportPlan,
    PlannedQuestion,
    Problem,
    in_language,
    pair_texts,
    split_type,
)
from surveys.xlsform.reading import XlsFile
from surveys.xlsform.rows import XlsChoice, XlsQuestion


class Planner:
    """Walks the survey sheet once, row by row."""

    def __init__(self, source: XlsFile, programme_language: str, title: str):
        self.file = source
        self.languages = sorted(set(source.languages.values()))
        has_programme_language = programme_language in self.languages
        self.source = (
            programme_language
            if has_programme_language
            else (self.languages[0] if self.languages else programme_language)
        )
        self.plan = ImportPlan(
            title=title or str(source.settings.get("form_title") or ""),
            source_language=self.source,
            languages=self.languages,
        )
        if self.languages and not has_programme_language:
            self.problem(
                None,
                "label",
                _(
                    "The form has no text in the programme's language (%(language)s): "
                    "its %(source)s texts are used; translate them in the editor."
                )
                % {"language": programme_language, "source": self.source},
            )
        for column, why in source.unknown_columns.items():
            self.problem(
                None, column, _("Column not carried over: %(why)s.") % {"why": why}
            )
        self.keys: dict[str, str] = {}  # XLSForm name → our key
        self.taken: set[str] = set()
        self.choices = self.choice_lists()
        self.group_conditions: list[bool] = []

    def problem(self, row, column, message) -> None:
        self.plan.problems.append(Problem(row, column, str(message)))

    # --- the sheets ---------------------------------------------------------------
    def texts(self, row: dict, part: str) -> dict[str, str]:
        found = {}
        for column, language in self.file.languages.items():
            if column.split("::")[0] == part and str(row.get(column) or "").strip():
                found.setdefault(language, str(row[column]).strip())
        return found

    def choice_lists(self) -> dict[str, list[XlsChoice]]:
        lists: dict[str, list[XlsChoice]] = {}
        for number, row in enumerate(self.file.choices, start=2):
            name, value = row.get("list_name"), row.get("name")
            if not name or value in (None, ""):
                continue
            lists.setdefault(str(name).strip(), []).append(
                XlsChoice(str(value).strip(), self.texts(row, "label"), number)
            )
        return lists

    def fix_choice_values(self, value: dict) -> None:
        """Choices a block stores under their value need values that are keys
        (a standard code list, such as countries, keeps its codes)."""
        for choice, source in zip(
            value.get("choices") or [], self.current_choices, strict=False
        ):
            if KEY.match(choice["value"]):
                continue
            fixed = key_from_label(choice["value"], set(), fallback="choice")
            self.problem(
                source.row,
                "name",
                _(
                    "Choice “%(value)s” is stored as “%(fixed)s” (lower-case "
                    "letters, digits and _ only)."
                )
                % {"value": choice["value"], "fixed": fixed},
            )
            choice["value"] = fixed

    # --- one row ------------------------------------------------------------------
    def question(self, number: int, row: dict) -> XlsQuestion:
        kind, list_name, or_other = split_type(row.get("type"))
        required = str(row.get("required") or "").strip().lower()
        if required not in TRUE | FALSE:
            self.problem(
                number,
                "required",
                _(
                    "“%(value)s”: a condition on “required” is not carried over; the "
                    "question is optional."
                )
                % {"value": row.get("required")},
            )
        parameters = dict(
            part.split("=", 1)
            for part in str(row.get("parameters") or "").replace(";", " ").split()
            if "=" in part
        )
        return XlsQuestion(
            row=number,
            xls_type=kind,
            name=str(row.get("name") or "").strip(),
            labels=self.texts(row, "label"),
            hints=self.texts(row, "hint"),
            required=required in TRUE,
            relevant=str(row.get("relevant") or "").strip(),
            constraint=str(row.get("constraint") or "").strip(),
            appearance=str(row.get("appearance") or "").strip(),
            parameters=parameters,
            list_name=list_name,
            choices=list(self.choices.get(list_name, [])),
            or_other=or_other,
            repeat_count=str(row.get("repeat_count") or ""),
        )

    def unread_columns(self, number: int, row: dict) -> None:
        for column, value in row.items():
            base = column.split("::")[0]
            if base in READ_COLUMNS or value in (None, ""):
                continue
            self.problem(
                number,
                column,
                _("Column “%(column)s” is not carried over (“%(value)s”).")
                % {"column": column, "value": str(value)[:60]},
            )
        if row.get("choice_filter"):
            self.problem(
                number,
                "choice_filter",
                _("The choice filter is not carried over: every choice is shown."),
            )

    def best_type(self, question: XlsQuestion) -> BaseFieldType | None:
        fits = [
            (definition.xlsform_fit(question), -index, definition)
            for index, definition in enumerate(field_types())
            if question.xls_type in definition.xlsform_types
        ]
        fits = [fit for fit in fits if fit[0] >= 0]
        return max(fits, key=lambda fit: fit[:2])[2] if fits else None

    def key_for(self, question: XlsQuestion) -> str | None:
        name = question.name
        if not name:
            return None
        key = name if KEY.match(name) else key_from_label(name.lower(), set(), "q")
        if key in self.taken:
            self.problem(
                question.row,
                "name",
                _("The name “%(name)s” is used twice: this row is not carried over.")
                % {"name": name},
            )
            return None
        if key != name:
            self.problem(
                question.row,
                "name",
                _(
                    "The name “%(name)s” is stored as “%(key)s” (lower-case letters, "
                    "digits and _ only)."
                )
                % {"name": name, "key": key},
            )
        self.taken.add(key)
        self.keys[name] = key
        return key

    def condition(self, question: XlsQuestion, column: str = "relevant") -> dict:
        show_if = condition_from_relevant(question.relevant)
        if show_if is None:
            self.problem(
                question.row,
                column,
                _(
                    "The condition “%(expression)s” is not carried over: only "
                    "“equals”, “is one of” and “is answered” on one earlier "
                    "question are; the question is always shown."
                )
                % {"expression": question.relevant},
            )
            return {}
        if show_if and show_if["field"] not in self.keys:
            self.problem(
                question.row,
                column,
                _(
                    "The condition refers to “%(name)s”, which is not an earlier "
                    "question: the question is always shown."
                )
                % {"name": show_if["field"]},
            )
            return {}
        if show_if:
            show_if["field"] = self.keys[show_if["field"]]
        return show_if

    # --- blocks -------------------------------------------------------------------
    def add(self, question: XlsQuestion) -> None:
        definition = self.best_type(question)
        if definition is None:
            self.problem(
                question.row,
                "type",
                _(
                    "The type “%(type)s” has no equivalent in the form builder: this "
                    "row is not carried over."
                )
                % {"type": question.xls_type},
            )
            return
        if question.xls_type.startswith("select_") and not question.choices:
            self.problem(
                question.row,
                "type",
                _(
                    "The choice list “%(list)s” is not in the choices sheet: this row "
                    "is not carried over."
                )
                % {"list": question.list_name},
            )
            return
        if not understood_constraint(question.constraint):
            self.problem(
                question.row,
                "constraint",
                _("The constraint “%(expression)s” is not carried over.")
                % {"expression": question.constraint},
            )
        key = None
        if definition.collects_answer:
            key = self.key_for(question)
            if key is None:
                return
        if question.or_other:
            question.choices.append(
                XlsChoice("other", self.in_each_language(gettext_lazy("Other")))
            )
        value = definition.from_xlsform(question, self.source)
        self.current_choices = question.choices
        self.fix_choice_values(value)
        if key:
            value["key"] = key
        if "show_if" in value:
            value["show_if"] = self.condition(question)
        self.plan.blocks.append({"type": definition.name, "value": value})
        self.plan.questions.append(
            PlannedQuestion(
                question.row,
                question.xls_type,
                definition,
                key or "",
                str(
                    value.get("label") or value.get("title") or value.get("text") or ""
                ),
            )
        )
        for language in self.languages:
            if language != self.source:
                texts = self.plan.translations.setdefault(language, {})
                pair_texts(
                    value,
                    definition.from_xlsform(
                        in_language(question, language, self.source), language
                    ),
                    texts,
                )
        if question.or_other:
            self.add(
                XlsQuestion(
                    row=question.row,
                    xls_type="text",
                    name=f"{question.name}_other",
                    labels=self.in_each_language(gettext_lazy("Which other?")),
                    relevant=f"selected(${{{question.name}}}, 'other')",
                )
            )

    def in_each_language(self, text) -> dict[str, str]:
        found = {}
        for language in self.languages or [self.source]:
            with translation.override(language):
                found[language] = str(text)
        return found

    def walk(self) -> ImportPlan:
        rows = self.file.survey
        index = 0
        while index < len(rows):
            row, number = rows[index], index + 2
            index += 1
            if not row or not row.get("type"):
                continue
            self.unread_columns(number, row)
            question = self.question(number, row)
            if question.xls_type in ("end_group", "end_repeat"):
                self.end_group(question, rows[index:])
            elif question.xls_type == "begin_repeat":
                question.children, index = self.repeat_children(rows, index)
                self.add(question)
            elif question.xls_type in METADATA:
                self.problem(
                    number,
                    "type",
                    _(
                        "“%(type)s” is recorded by the phone, not asked: not "
                        "carried over."
                    )
                    % {"type": question.xls_type},
                )
            else:
                if question.xls_type == "begin_group":
                    self.group_conditions.append(bool(question.relevant))
                self.add(question)
        return self.plan

    def end_group(self, question: XlsQuestion, rest: list[dict]) -> None:
        """After a group with a condition, the next questions start a new step
        (else the condition would hide them too)."""
        if question.xls_type != "end_group" or not self.group_conditions:
            return
        had_condition = self.group_conditions.pop()
        follows = next((row for row in rest if row and row.get("type")), None)
        next_type = split_type(follows.get("type"))[0] if follows else ""
        if had_condition and follows and next_type not in ("begin_group", "end_group"):
            self.add(XlsQuestion(row=question.row, xls_type="begin_group"))

    def repeat_children(self, rows: list[dict], index: int) -> tuple[list, int]:
        """The rows inside a repeat, and the index after its end."""
        children, depth = [], 1
        while index < len(rows):
            row, number = rows[index], index + 2
            index += 1
            kind = split_type((row or {}).get("type"))[0]
            if kind == "begin_repeat":
                depth += 1
            elif kind == "end_repeat":
                depth -= 1
                if depth == 0:
                    break
            if row and row.get("type"):
                children.append(self.question(number, row))
        if len(children) != 1 or children[0].xls_type != "text":
            self.problem(
                children[0].row if children else None,
                "type",
                _(
                    "A repeat is carried over only when it repeats one text question: "
                    "these %(count)s rows are not carried over."
                )
                % {"count": len(children)},
            )
        return children, index


def plan_import(
    source: XlsFile, programme_language: str, title: str = ""
) -> ImportPlan:
    """What importing ``source`` into a programme would create."""
    plan = Planner(source, programme_language, title).walk()
    if not plan.blocks:
        plan.problems.append(
            Problem(None, "survey", _("No question can be carried over."))
        )
    return plan
