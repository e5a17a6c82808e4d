"""Answers written as text: a line, a longer text, an e-mail, a web address, and
the hidden answer the form's editor sets (e.g. which channel sent the form)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.compat import URLField

from surveys import formfields
from surveys.field_types.base import BaseFieldType
from surveys.field_types.screens import WIDGETS, Screen, ScreenContext
from surveys.xlsform.constraints import (
    EMAIL_CONSTRAINT,
    URL_CONSTRAINT,
    max_length_constraint,
    max_length_of,
)


class TextType(BaseFieldType):
    """Typed in one input on the participant's screen."""

    #: The participant's input: its ``type`` and ``inputmode``.
    screen_kind = "text"
    input_type = "text"
    input_mode = ""

    def participant_screens(self, context: ScreenContext) -> list[Screen]:
        return [
            context.screen(
                self.screen_kind,
                template=f"{WIDGETS}/text.html",
                hook=self.script,
                value=context.data.get(context.spec.key, ""),
                max_length=self.max_length(context.spec),
                input_type=self.input_type,
                input_mode=self.input_mode,
            )
        ]

    def max_length(self, spec) -> int | None:
        return None

    exports_text_as_typed = True

    def export_values(self, spec, value):
        # Stored as typed: the cell is the text itself (no lookup per answer).
        if isinstance(value, str):
            return [value]
        return self.export_cells(spec, value)


class Singleline(TextType):
    name = "singleline"
    label = _("Single line text")
    icon = "pilcrow"

    def block_children(self):
        return {
            "max_length": blocks.IntegerBlock(
                default=255, min_value=1, max_value=2000, label=_("Maximum length")
            )
        }

    def max_length(self, spec) -> int:
        return int(spec.options.get("max_length") or 255)

    def form_field(self, spec, options):
        options["max_length"] = self.max_length(spec)
        return forms.CharField(**options)

    xlsform_types = ("text",)

    def from_xlsform(self, question, language):
        length = max_length_of(question.constraint)
        return {
            **super().from_xlsform(question, language),
            "max_length": min(length, 2000) if length else 255,
        }

    def to_xlsform(self, spec, language):
        return self.xlsform_row(
            spec,
            language,
            "text",
            constraint=max_length_constraint(self.max_length(spec)),
        )


class Multiline(BaseFieldType):
    name = "multiline"
    label = _("Multi-line text")
    icon = "pilcrow"

    def form_field(self, spec, options):
        options["max_length"] = formfields.MAX_TEXT
        options["widget"] = forms.Textarea(attrs={"rows": 4})
        return forms.CharField(**options)

    xlsform_types = ("text",)

    def xlsform_fit(self, question):
        return 1 if "multiline" in question.appearance.split() else -1

    def to_xlsform(self, spec, language):
        return self.xlsform_row(spec, language, "text", appearance="multiline")

    def participant_screens(self, context: ScreenContext) -> list[Screen]:
        return [
            context.screen(
                "textarea",
                template=f"{WIDGETS}/textarea.html",
                hook=self.script,
                value=context.data.get(context.spec.key, ""),
            )
        ]

    exports_text_as_typed = True

    def export_values(self, spec, value):
        # Stored as typed: the cell is the text itself (no lookup per answer).
        if isinstance(value, str):
            return [value]
        return self.export_cells(spec, value)


class Email(TextType):
    name = "email"
    label = _("E-mail")
    icon = "mail"
    screen_kind = input_type = "email"

    def form_field(self, spec, options):
        return forms.EmailField(**options)

    xlsform_types = ("text",)

    def xlsform_fit(self, question):
        return 1 if question.constraint.strip() == EMAIL_CONSTRAINT else -1

    def to_xlsform(self, spec, language):
        return self.xlsform_row(spec, language, "text", constraint=EMAIL_CONSTRAINT)


class Url(BaseFieldType):
    name = "url"
    label = _("URL")
    icon = "link"

    def form_field(self, spec, options):
        return URLField(**options)

    xlsform_types = ("text",)

    def xlsform_fit(self, question):
        return 1 if question.constraint.strip() == URL_CONSTRAINT else -1

    def to_xlsform(self, spec, language):
        return self.xlsform_row(spec, language, "text", constraint=URL_CONSTRAINT)


class Hidden(BaseFieldType):
    """Nobody fills it: the form sends back the value its editor set."""

    name = "hidden"
    label = _("Hidden field")
    icon = "view"

    def block_children(self):
        return {"default_value": blocks.CharBlock(required=False, label=_("Value"))}

    def form_field(self, spec, options):
        return formfields.FixedValueField(value=spec.default_value, **options)

    xlsform_types = ("hidden",)

    def from_xlsform(self, question, language):
        return {**super().from_xlsform(question, language), "required": False}

    def participant_screens(self, context: ScreenContext) -> list[Screen]:
        return []
