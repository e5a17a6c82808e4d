"""Answers made of several items: a repeatable list of short answers (strengths,
dreams...) and the steps of an action plan (goal, step, due date, who)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from surveys import formfields
from surveys.field_types.base import BaseFieldType
from surveys.field_types.display import AnswerDisplay, as_list, listed, short_date
from surveys.xlsform.rows import XlsRow


class Repeatable(BaseFieldType):
    name = "repeatable"
    label = gettext_lazy("Repeatable list")
    icon = "list-ol"
    script = "list"

    def block_children(self):
        return {
            "item_label": blocks.CharBlock(
                max_length=120, label=gettext_lazy("Label of one item")
            ),
            "max_items": blocks.IntegerBlock(
                default=10, min_value=1, max_value=50, label=gettext_lazy("At most")
            ),
        }

    def form_field(self, spec, options):
        return formfields.RepeatableField(
            max_items=spec.options.get("max_items", 10),
            item_label=spec.options.get("item_label", ""),
            **options,
        )

    def display(self, spec, value):
        return listed(as_list(value), "; ")

    xlsform_types = ("begin_repeat",)

    def xlsform_fit(self, question):
        kinds = [child.xls_type for child in question.children]
        return 1 if kinds == ["text"] else -1

    def from_xlsform(self, question, language):
        item = question.children[0]
        count = question.repeat_count.strip()
        return {
            **super().from_xlsform(question, language),
            "required": item.required,
            "item_label": item.label(language) or item.name,
            "max_items": min(int(count), 50)
            if count.isdigit() and count != "0"
            else 10,
        }

    def to_xlsform(self, spec, language):
        row = self.xlsform_row(spec, language, "begin_repeat")
        row.required = False
        row.repeat_count = str(spec.options.get("max_items", 10))
        item_label = spec.options.get("item_label", "")
        row.children = [
            XlsRow("text", "item", {language: item_label}, required=spec.required)
        ]
        return row


class ActionPlan(BaseFieldType):
    """Its rows become action steps followed at the next interviews."""

    name = "action_plan"
    label = gettext_lazy("Action plan steps")
    icon = "tasks"
    script = "plan"
    has_action_steps = True

    def block_children(self):
        return {
            "max_steps": blocks.IntegerBlock(
                default=8,
                min_value=1,
                max_value=30,
                label=gettext_lazy("At most this many steps"),
            )
        }

    def form_field(self, spec, options):
        return formfields.ActionPlanField(
            max_steps=spec.options.get("max_steps", 8), **options
        )

    def posted_names(self, spec):
        return set(), (f"{spec.key}-",)

    def display(self, spec, value):
        rows = tuple(
            (
                row.get("goal", ""),
                row.get("step", ""),
                short_date(row["due_date"]) if row.get("due_date") else "",
                row.get("owner", ""),
            )
            for row in value
        )
        return AnswerDisplay(
            "; ".join(" — ".join(part for part in row if part) for row in rows),
            headers=(_("Goal"), _("Step"), _("Due date"), _("Who")),
            rows=rows,
        )
