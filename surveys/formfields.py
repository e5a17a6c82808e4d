"""Form fields and widgets of our own field types.

Each validates on the server whatever the browser sent; widgets render through
templates in ``templates/surveys/widgets/`` with labels, fieldsets and legends.
"""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

MAX_TEXT = 2000
TAMPERED_MESSAGE = _("This answer was changed outside the form. Reload the page.")

#: The standard text and pictogram of each scale point, lowest first.
SCALE_POINTS = {
    3: [("sad", _("Not good")), ("neutral", _("So-so")), ("happy", _("Good"))],
    5: [
        ("very-sad", _("Very bad")),
        ("sad", _("Bad")),
        ("neutral", _("So-so")),
        ("happy", _("Good")),
        ("very-happy", _("Very good")),
    ],
}


def scale_choices(points: int, labels: list[str]) -> list[tuple[int, str, str]]:
    """(value, text, pictogram) per point; manager's texts override the standard."""
    standard = SCALE_POINTS[points]
    return [
        (
            index + 1,
            labels[index] if index < len(labels) and labels[index] else text,
            face,
        )
        for index, (face, text) in enumerate(standard)
    ]


class ScaleWidget(forms.RadioSelect):
    template_name = "surveys/widgets/scale.html"
    option_template_name = "surveys/widgets/scale_option.html"

    def __init__(self, faces: dict[int, str], attrs=None):
        super().__init__(attrs)
        self.faces = faces

    def create_option(
        self, name, value, label, selected, index, subindex=None, attrs=None
    ):
        option = super().create_option(
            name, value, label, selected, index, subindex, attrs
        )
        option["face"] = self.faces.get(int(value)) if str(value).isdigit() else None
        return option


class ScaleField(forms.TypedChoiceField):
    """A smiley (Likert) scale of 3 or 5 points; the answer is the point, 1 to N."""

    def __init__(self, *, points: int, point_labels: list[str], **kwargs):
        choices = scale_choices(points, point_labels)
        kwargs["choices"] = [(value, text) for value, text, _face in choices]
        kwargs["coerce"] = int
        kwargs["empty_value"] = None
        kwargs["widget"] = ScaleWidget(
            faces={value: face for value, _t, face in choices}
        )
        super().__init__(**kwargs)


class YesNoWidget(forms.RadioSelect):
    template_name = "surveys/widgets/scale.html"
    option_template_name = "surveys/widgets/scale_option.html"

    def create_option(
        self, name, value, label, selected, index, subindex=None, attrs=None
    ):
        option = super().create_option(
            name, value, label, selected, index, subindex, attrs
        )
        option["face"] = {"yes": "yes", "no": "no"}.get(value)
        return option


class YesNoField(forms.ChoiceField):
    widget = YesNoWidget

    def __init__(self, **kwargs):
        kwargs["choices"] = [("yes", _("Yes")), ("no", _("No"))]
        super().__init__(**kwargs)


class MatrixWidget(forms.Widget):
    template_name = "surveys/widgets/matrix.html"

    def __init__(self, statements, choices, attrs=None):
        super().__init__(attrs)
        self.statements = statements
        self.choices = choices

    def value_from_datadict(self, data, files, name):
        return {key: data.get(f"{name}-{key}") for key, _text in self.statements}

    def value_omitted_from_data(self, data, files, name):
        return not any(f"{name}-{key}" in data for key, _text in self.statements)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        value = value if isinstance(value, dict) else {}
        context["widget"]["rows"] = [
            {
                "key": key,
                "text": text,
                "name": f"{name}-{key}",
                "id": f"{attrs.get('id', name)}-{key}",
                "value": str(value.get(key) or ""),
            }
            for key, text in self.statements
        ]
        context["widget"]["choices"] = [
            {"value": str(v), "text": t, "face": f} for v, t, f in self.choices
        ]
        return context


class MatrixField(forms.Field):
    """Several statements on one scale; the answer is ``{statement key: point}``."""

    def __init__(self, *, statements, points: int, point_labels: list[str], **kwargs):
        self.statements = [(key, text) for key, text in statements]
        self.points = points
        kwargs["widget"] = MatrixWidget(
            self.statements, scale_choices(points, point_labels)
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> dict[str, int]:
        if not isinstance(value, dict):
            return {}
        answers = {}
        for key, _text in self.statements:
            raw = value.get(key)
            if raw in (None, ""):
                continue
            try:
                point = int(raw)
            except (TypeError, ValueError):
                raise forms.ValidationError(
                    _("Choose one of the points of the scale.")
                ) from None
            if not 1 <= point <= self.points:
                raise forms.ValidationError(_("Choose one of the points of the scale."))
            answers[key] = point
        return answers

    def validate(self, value):
        if self.required:
            self.check_complete(value)

    def check_complete(self, value) -> None:
        """What "required" means for a matrix: every line answered."""
        if len(value or {}) < len(self.statements):
            raise forms.ValidationError(_("Answer every line."), code="required")


class RepeatableWidget(forms.Widget):
    template_name = "surveys/widgets/repeatable.html"

    def __init__(self, max_items: int, item_label: str, attrs=None):
        super().__init__(attrs)
        self.max_items = max_items
        self.item_label = item_label

    def value_from_datadict(self, data, files, name):
        getter = getattr(data, "getlist", None)
        values = getter(name) if getter else data.get(name, [])
        return values if isinstance(values, list) else [values]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        items = [item for item in (value or []) if item] or [""]
        context["widget"].update(
            items=items, max_items=self.max_items, item_label=self.item_label
        )
        return context


class RepeatableField(forms.Field):
    """Several short answers (strengths, dreams...); the answer is a list."""

    def __init__(self, *, max_items: int = 10, item_label: str = "", **kwargs):
        self.max_items = max_items
        kwargs["widget"] = RepeatableWidget(max_items, item_label)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in (None, ""):
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise forms.ValidationError(_("This answer has an unexpected form."))
        items = [item.strip() for item in value if item.strip()]
        if len(items) > self.max_items:
            raise forms.ValidationError(
                ngettext(
                    "Give at most %(n)d item.",
                    "Give at most %(n)d items.",
                    self.max_items,
                )
                % {"n": self.max_items}
            )
        if any(len(item) > 500 for item in items):
            raise forms.ValidationError(_("Each item can have at most 500 characters."))
        return items


ACTION_PLAN_PARTS = ("goal", "step", "due_date", "owner")


class ActionPlanWidget(forms.Widget):
    template_name = "surveys/widgets/action_plan.html"

    def __init__(self, max_steps: int, attrs=None):
        super().__init__(attrs)
        self.max_steps = max_steps

    def value_from_datadict(self, data, files, name):
        rows = []
        for index in range(self.max_steps):
            row = {
                part: data.get(f"{name}-{index}-{part}", "")
                for part in ACTION_PLAN_PARTS
            }
            rows.append(row)
        return rows

    def value_omitted_from_data(self, data, files, name):
        return not any(key.startswith(f"{name}-") for key in data)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        rows = [
            row for row in (value or []) if isinstance(row, dict) and any(row.values())
        ]
        context["widget"]["rows"] = rows + [dict.fromkeys(ACTION_PLAN_PARTS, "")] * (
            max(1, min(3, self.max_steps) - len(rows))
            if len(rows) < self.max_steps
            else 0
        )
        context["widget"]["max_steps"] = self.max_steps
        return context


class ActionPlanField(forms.Field):
    """Steps of an action plan: goal, step, due date, who. The answer is a list."""

    def __init__(self, *, max_steps: int = 8, **kwargs):
        self.max_steps = max_steps
        kwargs["widget"] = ActionPlanWidget(max_steps)
        super().__init__(**kwargs)

    def to_python(self, value):
        if not value:
            return []
        if not isinstance(value, list):
            raise forms.ValidationError(_("This answer has an unexpected form."))
        steps = []
        for row in value[: self.max_steps]:
            row = {
                part: str(row.get(part) or "").strip()[:500]
                for part in ACTION_PLAN_PARTS
            }
            if not any(row.values()):
                continue
            if not row["goal"] or not row["step"]:
                raise forms.ValidationError(_("Each step needs a goal and a step."))
            if row["due_date"]:
                try:
                    row["due_date"] = datetime.date.fromisoformat(
                        row["due_date"]
                    ).isoformat()
                except ValueError:
                    raise forms.ValidationError(
                        _("Write the due date as a date (YYYY-MM-DD).")
                    ) from None
            steps.append(row)
        return steps


class ConsentField(forms.BooleanField):
    """A consent that must be given; the answer records which text was accepted."""

    widget = forms.CheckboxInput

    def __init__(self, *, text: str, version: str, **kwargs):
        self.text = text
        self.version = version
        super().__init__(**kwargs)

    def clean(self, value):
        accepted = super().clean(value)
        if not accepted:
            return None
        return {"accepted": True, "version": self.version}


class FixedValueField(forms.CharField):
    """A hidden answer set by the form's editor (e.g. which channel sent the form).

    Nobody fills it: the browser only sends it back. Another value means the
    request was tampered with, so it is refused rather than stored; a request
    without it gets the configured value.
    """

    widget = forms.HiddenInput

    def __init__(self, *, value: str, **kwargs):
        self.value = value or ""
        kwargs["initial"] = self.value
        super().__init__(**kwargs)

    def clean(self, value):
        if value is not None and value != self.value:
            raise forms.ValidationError(TAMPERED_MESSAGE, code="tampered")
        return self.value
