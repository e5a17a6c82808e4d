"""A form's structure as plain, frozen data: what a published version stores.

A :class:`FormSchema` is built once from the page's StreamField when a version is
published and read back from JSON afterwards, so serving a form never walks the
blocks again. It carries the conditional logic too: the same rules run here (on
the server) and in ``static/surveys/js/conditions.js`` (in the browser), both
reading :meth:`FormSchema.rules`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from django.utils.text import slugify

from surveys.field_types import BaseFieldType, field_type
from surveys.field_types.display import is_answered

#: Option keys that carry a language-neutral structure (hashed for versions).
STRUCTURE_OPTIONS = ("choices", "statements", "points", "version")


@dataclass(frozen=True)
class Condition:
    """Show when the answer to ``field`` equals / is one of ``values`` / exists."""

    field: str
    operator: str = "equals"
    values: tuple[str, ...] = ()

    def holds(self, answers: Mapping[str, Any]) -> bool:
        answer = answers.get(self.field)
        if self.operator == "answered":
            return is_answered(answer)
        given = answer if isinstance(answer, list) else [answer]
        given = {str(value) for value in given if is_answered(value)}
        if self.operator == "equals":
            return bool(self.values) and given == {self.values[0]}
        if self.operator == "one_of":
            return bool(given & set(self.values))
        return False


@dataclass(frozen=True)
class FieldSpec:
    """One block of the form, as the form builder and the answers see it."""

    type: str
    key: str = ""
    label: str = ""
    help_text: str = ""
    required: bool = False
    options: dict = field(default_factory=dict)
    condition: Condition | None = None
    step: int = 0
    block_id: str = ""
    #: Health, residence, family...: shown only to the programme's team, left
    #: out of exports unless asked for (issue #12).
    sensitive: bool = False

    # The attribute names wagtail.contrib.forms' FormBuilder reads.
    @property
    def clean_name(self) -> str:
        return self.key

    @property
    def field_type(self) -> str:
        return self.type

    @property
    def default_value(self) -> str:
        return self.options.get("default_value", "")

    @property
    def definition(self) -> BaseFieldType:
        """Its type (:mod:`surveys.field_types`): everything about it."""
        return field_type(self.type)

    @property
    def is_question(self) -> bool:
        return self.definition.collects_answer

    def choice_label(self, value: Any) -> str:
        for choice_value, label in self.options.get("choices", []):
            if choice_value == value:
                return label
        return str(value)


@dataclass(frozen=True)
class Step:
    index: int
    title: str = ""
    condition: Condition | None = None


@dataclass(frozen=True)
class FormSchema:
    fields: tuple[FieldSpec, ...]
    steps: tuple[Step, ...] = (Step(0),)

    # --- reading -----------------------------------------------------------
    @property
    def questions(self) -> tuple[FieldSpec, ...]:
        return tuple(spec for spec in self.fields if spec.is_question)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(spec.key for spec in self.questions)

    def question(self, key: str) -> FieldSpec | None:
        return next((spec for spec in self.questions if spec.key == key), None)

    def visible_keys(self, answers: Mapping[str, Any]) -> set[str]:
        """Keys of the questions shown for these answers, in form order.

        A question hidden by its condition, or in a step hidden by its condition,
        counts as unanswered for the conditions after it.
        """
        shown: dict[str, Any] = {}
        visible_steps = set()
        for step in self.steps:
            if step.condition is None or step.condition.holds(shown):
                visible_steps.add(step.index)
            # Answers of a step count from the next step's condition on.
            for spec in self.questions:
                if spec.step != step.index or step.index not in visible_steps:
                    continue
                if spec.condition is None or spec.condition.holds(shown):
                    shown[spec.key] = answers.get(spec.key)
        return set(shown)

    def rules(self) -> dict:
        """The conditions, as the browser's script reads them."""
        return {
            "fields": {
                spec.key: asdict(spec.condition) if spec.condition else None
                for spec in self.questions
            },
            "steps": [
                asdict(step.condition) if step.condition else None
                for step in self.steps
            ],
            "order": [[spec.key, spec.step] for spec in self.questions],
        }

    def structure_hash(self) -> str:
        """Identical for every translation of the same structure."""
        structure = [
            [
                spec.type,
                spec.key,
                spec.required,
                asdict(spec.condition) if spec.condition else None,
                spec.step,
                {
                    name: _values_only(name, value)
                    for name, value in sorted(spec.options.items())
                    if name in STRUCTURE_OPTIONS
                },
            ]
            for spec in self.fields
        ]
        text = json.dumps(structure, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    # --- JSON ----------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "fields": [asdict(spec) for spec in self.fields],
            "steps": [asdict(step) for step in self.steps],
        }

    @classmethod
    def from_json(cls, data: Mapping) -> FormSchema:
        def condition(value):
            if not value:
                return None
            return Condition(
                field=value["field"],
                operator=value["operator"],
                values=tuple(value["values"]),
            )

        fields = tuple(
            FieldSpec(**{**spec, "condition": condition(spec.get("condition"))})
            for spec in data["fields"]
        )
        steps = tuple(
            Step(
                index=step["index"],
                title=step["title"],
                condition=condition(step["condition"]),
            )
            for step in data["steps"]
        )
        return cls(fields=fields, steps=steps)


def _values_only(name: str, value: Any) -> Any:
    # Labels are translated; only the stored values make the structure.
    if name == "choices":
        return [choice_value for choice_value, _label in value]
    if name == "statements":
        return [key for key, _text in value]
    return value


# --- building from the page's blocks ---------------------------------------


def condition_from_block(value: Mapping | None) -> Condition | None:
    if not value or not value.get("field"):
        return None
    values = tuple(
        part.strip() for part in (value.get("values") or "").split(",") if part.strip()
    )
    return Condition(
        field=value["field"], operator=value.get("operator") or "equals", values=values
    )


def schema_from_stream(stream: Iterable) -> FormSchema:
    """Build the schema of a page's ``fields`` StreamField value: each block's
    type says what its question keeps; a page break starts the next step."""
    fields: list[FieldSpec] = []
    steps = [Step(0)]
    for child in stream:
        definition = field_type(child.block_type)
        values = definition.spec_values(child.value)
        condition = condition_from_block(child.value.get("show_if"))
        if definition.starts_step:
            steps.append(
                Step(index=len(steps), title=values["label"], condition=condition)
            )
            continue
        fields.append(
            FieldSpec(
                type=child.block_type,
                **values,
                condition=condition,
                step=len(steps) - 1,
                block_id=child.id or "",
            )
        )
    return FormSchema(fields=tuple(fields), steps=tuple(steps))


# --- keys ------------------------------------------------------------------


def key_from_label(label: str, taken: set[str], fallback: str = "q") -> str:
    """A readable key for ``label``, unique among ``taken``."""
    base = slugify(label or "").replace("-", "_")[:40].strip("_")
    if not base or not re.match(r"[a-z]", base):
        base = f"{fallback}_{base}" if base else fallback
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}_{number}"
        number += 1
    taken.add(candidate)
    return candidate


def fill_missing_keys(raw_blocks: list[dict]) -> bool:
    """Give every question, choice and statement without a key one from its label.

    Works on the StreamField's raw data (``stream.raw_data``); returns whether
    anything changed. Existing keys are never touched. Optional texts left out
    (``None``, as blocks built in code store them) become ``""``: wagtail-localize
    cannot extract a ``None`` text and would refuse to translate the form.
    """
    changed = False
    taken = {
        block["value"].get("key")
        for block in raw_blocks
        if isinstance(block.get("value"), dict) and block["value"].get("key")
    }
    for block in raw_blocks:
        value = block.get("value")
        if not isinstance(value, dict):
            continue
        definition = field_type(block["type"])
        for name in definition.optional_texts:
            if value.get(name) is None:
                value[name] = ""
                changed = True
        if not definition.collects_answer:
            continue
        if not value.get("key"):
            value["key"] = key_from_label(value.get("label", ""), taken)
            changed = True
        for list_name, label_name, key_name in (
            ("choices", "label", "value"),
            ("statements", "text", "key"),
        ):
            items = value.get(list_name) or []
            item_taken = {
                _item(item).get(key_name) for item in items if _item(item).get(key_name)
            }
            for item in items:
                item_value = _item(item)
                if not item_value.get(key_name):
                    item_value[key_name] = key_from_label(
                        item_value.get(label_name, ""), item_taken, fallback="c"
                    )
                    changed = True
    return changed


def _item(item: Any) -> dict:
    # ListBlock raw data holds {"type": "item", "value": ..., "id": ...} items.
    if isinstance(item, dict) and "value" in item and "type" in item:
        return item["value"]
    return item
