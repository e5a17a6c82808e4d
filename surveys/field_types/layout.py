"""Blocks that show something but collect no answer: a section heading, an
instruction text, and the page break that starts the next step."""

from __future__ import annotations

from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from surveys.blocks import ConditionBlock
from surveys.field_types.base import LayoutType
from surveys.xlsform.conditions import condition_from_relevant
from surveys.xlsform.rows import XlsRow

#: A note whose label starts so is a heading (Markdown, which ODK shows).
MARKDOWN_HEADING = "# "


class Heading(LayoutType):
    name = "heading"
    label = _("Section heading")
    icon = "title"
    form_template = "surveys/includes/heading.html"

    def block_children(self):
        return {"text": blocks.CharBlock(max_length=200, label=_("Heading"))}

    def spec_values(self, value):
        return {**super().spec_values(value), "label": str(value["text"])}

    xlsform_types = ("note",)

    def xlsform_fit(self, question):
        labels = question.labels.values()
        return 1 if any(text.startswith("#") for text in labels) else -1

    def from_xlsform(self, question, language):
        return {"text": question.label(language).lstrip("#").strip()}

    def to_xlsform(self, spec, language):
        return XlsRow("note", "", {language: MARKDOWN_HEADING + spec.label})


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

    xlsform_types = ("note",)

    def from_xlsform(self, question, language):
        return {"text": f"<p>{escape(question.label(language))}</p>"}

    def to_xlsform(self, spec, language):
        text = " ".join(strip_tags(spec.options.get("text", "")).split())
        return XlsRow("note", "", {language: text})


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

    xlsform_types = ("begin_group",)

    def from_xlsform(self, question, language):
        return {
            "title": question.label(language),
            "show_if": condition_from_relevant(question.relevant) or {},
        }

    # Its XLSForm row is written from the form's steps (surveys.xlsform.writing).
