"""Blocks that show something but collect no answer: a section heading, an
instruction text, and the page break that starts the next step."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from surveys.blocks import ConditionBlock
from surveys.field_types.base import LayoutType


class Heading(LayoutType):
    name = "heading"
    label = _("Section heading")
    icon = "title"
    form_template = "surveys/includes/heading.html"

    def block_children(self):
        return {"text": blocks.CharBlock(max_length=200, label=_("Heading"))}

    def spec_values(self, value):
        return {**super().spec_values(value), "label": str(value["text"])}


class Instructions(LayoutType):
    name = "instructions"
    label = _("Instruction text")
    icon = "help"
    form_template = "surveys/includes/instructions.html"

    def block_children(self):
        return {
            "text": blocks.RichTextBlock(
                features=["bold", "italic", "ol", "ul", "link"]
            )
        }

    def options_from_block(self, value):
        text = value["text"]
        return {"text": str(text.source if hasattr(text, "source") else text)}

    def participant_preface(self, spec):
        return spec.options.get("text", "")


class PageBreak(LayoutType):
    """Starts the next step; its condition shows or hides the whole step."""

    name = "page_break"
    label = _("Page break")
    icon = "horizontalrule"
    starts_step = True
    form_template = ""

    def block_children(self):
        return {
            "title": blocks.CharBlock(
                max_length=200, required=False, label=_("Title of the next step")
            ),
            "show_if": ConditionBlock(required=False),
        }

    def spec_values(self, value):
        """The next step's title (``label``)."""
        return {"label": value.get("title") or ""}
