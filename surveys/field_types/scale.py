"""Smiley scales: one question on a scale of 3 or 5 points (Likert), or several
statements on the same scale (a rating matrix). The answer is the point, 1 to N
(``{statement key: point}`` for a matrix)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail import blocks

from intake.parsing import parse_int
from surveys import formfields
from surveys.blocks import KeyBlock
from surveys.field_types.base import BaseFieldType
from surveys.field_types.display import AnswerDisplay, scale_text
from surveys.field_types.screens import Option, Screen, ScreenContext
from surveys.field_types.summary import scale_summary

#: The standard text of each point on a participant's screen, lowest first.
PARTICIPANT_SCALE = {
    3: [
        ("sad", pgettext_lazy("participant", "Not good")),
        ("neutral", pgettext_lazy("participant", "So-so")),
        ("happy", pgettext_lazy("participant", "Good")),
    ],
    5: [
        ("very-sad", pgettext_lazy("participant", "Very bad")),
        ("sad", pgettext_lazy("participant", "Bad")),
        ("neutral", pgettext_lazy("participant", "So-so")),
        ("happy", pgettext_lazy("participant", "Good")),
        ("very-happy", pgettext_lazy("participant", "Very good")),
    ],
}


class StatementBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=gettext_lazy("Statement"))
    key = KeyBlock(label=gettext_lazy("Key"))

    class Meta:
        label = gettext_lazy("Statement")


class ScaleType(BaseFieldType):
    script = "choice"

    def block_children(self):
        return {
            "points": blocks.ChoiceBlock(
                choices=[
                    ("3", gettext_lazy("3 points")),
                    ("5", gettext_lazy("5 points")),
                ],
                default="5",
                label=gettext_lazy("Points"),
            ),
            "point_labels": blocks.ListBlock(
                blocks.CharBlock(max_length=80),
                required=False,
                default=[],
                label=gettext_lazy("Text of each point (optional)"),
                help_text=gettext_lazy(
                    "From the lowest to the highest. Empty: the standard texts, "
                    "translated in every language."
                ),
            ),
        }

    def structured_options(self, value):
        return {
            "points": int(value["points"]),
            "point_labels": [str(label) for label in value.get("point_labels") or []],
        }

    def scale_screen(self, context: ScreenContext, checked, **values) -> Screen:
        """The points as big buttons, each with its face and its text."""
        spec = context.spec
        labels = spec.options.get("point_labels") or []
        points = PARTICIPANT_SCALE[int(spec.options.get("points") or 5)]
        options = [
            Option(
                value=str(index + 1),
                text=labels[index]
                if index < len(labels) and labels[index]
                else str(standard),
                face=face,
                checked=checked == str(index + 1),
            )
            for index, (face, standard) in enumerate(points)
        ]
        return context.options_screen("scale", options, hook="choice", **values)


class Likert(ScaleType):
    name = "likert"
    label = gettext_lazy("Smiley scale")
    icon = "pick"

    def form_field(self, spec, options):
        return formfields.ScaleField(
            points=spec.options.get("points", 5),
            point_labels=spec.options.get("point_labels", []),
            **options,
        )

    def possible_values(self, spec):
        return {str(point) for point in range(1, spec.options.get("points", 5) + 1)}

    def display(self, spec, value):
        return AnswerDisplay(scale_text(spec, value))

    def export_values(self, spec, value):
        return [parse_int(value)]

    def summarise(self, summary, spec, answers):
        summary.scales = [scale_summary(spec, "", answers)]
        return summary

    def participant_screens(self, context):
        return [self.scale_screen(context, context.data.get(context.spec.key))]

    xlsform_types = ("range",)

    def xlsform_fit(self, question):
        given = question.parameters
        scale = given.get("start") == "1" and given.get("step", "1") == "1"
        return 1 if scale and given.get("end") in ("3", "5") else -1

    def from_xlsform(self, question, language):
        return {
            **super().from_xlsform(question, language),
            "points": question.parameters["end"],
        }

    def to_xlsform(self, spec, language):
        points = spec.options.get("points", 5)
        return self.xlsform_row(
            spec, language, "range", parameters=f"start=1 end={points} step=1"
        )


class Matrix(ScaleType):
    name = "matrix"
    label = gettext_lazy("Rating matrix")
    icon = "table"
    script = "matrix"

    def block_children(self):
        return {
            **super().block_children(),
            "statements": blocks.ListBlock(
                StatementBlock(), min_num=1, label=gettext_lazy("Statements")
            ),
        }

    def structured_options(self, value):
        return {
            **super().structured_options(value),
            "statements": [[s["key"], s["text"]] for s in value["statements"]],
        }

    def form_field(self, spec, options):
        return formfields.MatrixField(
            statements=spec.options.get("statements", []),
            points=spec.options.get("points", 5),
            point_labels=spec.options.get("point_labels", []),
            **options,
        )

    def posted_names(self, spec):
        statements = spec.options.get("statements", [])
        return {f"{spec.key}-{statement}" for statement, _text in statements}, ()

    def display(self, spec, value):
        texts = dict(spec.options.get("statements", []))
        rows = tuple(
            (str(texts.get(key, key)), scale_text(spec, point))
            for key, point in value.items()
        )
        return AnswerDisplay(
            "; ".join(f"{text}: {point}" for text, point in rows),
            headers=(_("Statement"), _("Answer")),
            rows=rows,
        )

    def export_values(self, spec, value):
        texts = dict(spec.options.get("statements", []))
        if not isinstance(value, dict):
            return self.export_cells(spec, value)
        return ["; ".join(f"{texts.get(k, k)}: {p}" for k, p in value.items())]

    def summarise(self, summary, spec, answers):
        statements = dict(spec.options.get("statements", []))
        for answer in answers:
            if isinstance(answer, dict):
                for key in answer:
                    statements.setdefault(key, key)
        summary.scales = [
            scale_summary(
                spec,
                str(text),
                [a.get(key) for a in answers if isinstance(a, dict) and key in a],
            )
            for key, text in statements.items()
        ]
        return summary

    def participant_screens(self, context):
        """One screen per statement; a line answered shows no error."""
        spec, source = context.spec, context.source
        source_texts = dict(source.options.get("statements", [])) if source else {}
        screens = []
        for statement, text in spec.options.get("statements", []):
            name = f"{spec.key}-{statement}"
            untranslated = context.untranslated(text, source_texts.get(statement))
            screen = self.scale_screen(
                context,
                context.data.get(name),
                name=name,
                label=text,
                label_lang=context.source_language if untranslated else None,
                question_label=spec.label,
            )
            if any(option.checked for option in screen.options):
                screen.error = ""
            screens.append(screen)
        return screens
