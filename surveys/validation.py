"""Checks on a form's questions when a manager saves it.

Keys must be unique, conditions must point to an earlier question and to values it
can take, and a key once published never changes nor comes back on another question:
that is what keeps every earlier answer where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from surveys.schema import Condition, FieldSpec, FormSchema

if TYPE_CHECKING:
    from surveys.models import FormPage


def _check_condition(
    condition: Condition, where: str, earlier: dict[str, FieldSpec]
) -> list[ValidationError]:
    target = earlier.get(condition.field)
    if target is None:
        return [
            ValidationError(
                _(
                    "%(where)s: the condition refers to “%(key)s”, "
                    "which is not an earlier question."
                )
                % {"where": where, "key": condition.field}
            )
        ]
    if condition.operator != "answered":
        if not condition.values:
            return [
                ValidationError(
                    _("%(where)s: the condition needs a value.") % {"where": where}
                )
            ]
        allowed = target.definition.possible_values(target)
        unknown = [
            value
            for value in condition.values
            if allowed is not None and value not in allowed
        ]
        if unknown:
            return [
                ValidationError(
                    _(
                        "%(where)s: “%(key)s” cannot be %(values)s; "
                        "it can be: %(allowed)s."
                    )
                    % {
                        "where": where,
                        "key": condition.field,
                        "values": ", ".join(unknown),
                        "allowed": ", ".join(sorted(allowed)),
                    }
                )
            ]
    return []


def check_schema(schema: FormSchema) -> list[ValidationError]:
    errors: list[ValidationError] = []
    earlier: dict[str, FieldSpec] = {}
    seen_steps = set()
    for spec in schema.fields:
        if spec.step not in seen_steps:
            seen_steps.add(spec.step)
            step = schema.steps[spec.step]
            if step.condition:
                errors += _check_condition(
                    step.condition, _("Step %(n)d") % {"n": step.index + 1}, earlier
                )
        if not spec.is_question:
            continue
        where = f"“{spec.label}”"
        if spec.key in earlier:
            errors.append(
                ValidationError(
                    _("%(where)s: the key “%(key)s” is used twice.")
                    % {"where": where, "key": spec.key}
                )
            )
        if spec.condition:
            errors += _check_condition(spec.condition, where, earlier)
        for list_name in ("choices", "statements"):
            values = [value for value, _label in spec.options.get(list_name, [])]
            if len(values) != len(set(values)):
                errors.append(
                    ValidationError(
                        _("%(where)s: two choices have the same stored value.")
                        % {"where": where}
                    )
                )
        earlier[spec.key] = spec
    return errors


def check_frozen_keys(page: FormPage, schema: FormSchema) -> list[ValidationError]:
    """A published question keeps its key; a published key stays with its question."""
    if not page.pk:
        return []
    published: dict[str, str] = {}  # block id -> key
    published_keys: dict[str, str] = {}  # key -> block id
    for version in page.versions.all():
        for spec in version.form_schema.questions:
            published.setdefault(spec.block_id, spec.key)
            published_keys.setdefault(spec.key, spec.block_id)
    errors = []
    for spec in schema.questions:
        old_key = published.get(spec.block_id)
        if old_key is not None and old_key != spec.key:
            errors.append(
                ValidationError(
                    _(
                        "“%(label)s”: its key was “%(old)s” when the form was "
                        "published and cannot change (answers are stored under it)."
                    )
                    % {"label": spec.label, "old": old_key}
                )
            )
        owner = published_keys.get(spec.key)
        if owner is not None and owner != spec.block_id and old_key is None:
            errors.append(
                ValidationError(
                    _(
                        "“%(label)s”: the key “%(key)s” belonged to a question "
                        "that was removed; choose another so old answers are not "
                        "mixed with new ones."
                    )
                    % {"label": spec.label, "key": spec.key}
                )
            )
    return errors


def check_form_fields(page: FormPage) -> list[ValidationError]:
    schema = page.draft_schema()
    return check_schema(schema) + check_frozen_keys(page, schema)
