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


class Multiline(BaseFieldType):
    name = "multiline"
    label = _("Multi-line text")
    icon = "pilcrow"

    def form_field(self, spec, options):
        options["max_length"] = formfields.MAX_TEXT
        options["widget"] = forms.Textarea(attrs={"rows": 4})
        return forms.CharField(**options)

    def participant_screens(self, context: ScreenContext) -> list[Screen]:
        return [
            context.screen(
                "textarea",
                template=f"{WIDGETS}/textarea.html",
                hook=self.script,
                value=context.data.get(context.spec.key, ""),
            )
        ]

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


class Url(BaseFieldType):
    name = "url"
    label = _("URL")
    icon = "link"

    def form_field(self, spec, options):
        return URLField(**options)


class Hidden(BaseFieldType):
    """Nobody fills it: the form sends back the value its editor set."""

    name = "hidden"
    label = _("Hidden field")
    icon = "view"

    def block_children(self):
        return {"default_value": blocks.CharBlock(required=False, label=_("Value"))}

    def form_field(self, spec, options):
        return formfields.FixedValueField(value=spec.default_value, **options)

    def participant_screens(self, context: ScreenContext) -> list[Screen]:
        return []
