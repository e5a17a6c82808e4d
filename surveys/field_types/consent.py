"""A consent that must be given; the answer records which text was accepted."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from surveys import formfields
from surveys.blocks import KeyBlock
from surveys.field_types.choices import CountedType
from surveys.field_types.display import AnswerDisplay
from surveys.field_types.screens import WIDGETS


class Consent(CountedType):
    name = "consent"
    label = gettext_lazy("Consent")
    icon = "lock"
    script = "record"
    always_required = True

    def block_children(self):
        return {
            "text": blocks.TextBlock(label=gettext_lazy("Consent text")),
            "version": KeyBlock(
                required=True,
                label=gettext_lazy("Version of the text"),
                help_text=gettext_lazy(
                    "Change it (e.g. v2) when the text changes: answers record it."
                ),
            ),
        }

    def form_field(self, spec, options):
        return formfields.ConsentField(
            text=spec.options.get("text", ""),
            version=spec.options.get("version", ""),
            **options,
        )

    def grants_consent(self, value):
        return isinstance(value, dict) and value.get("accepted") is True

    def consent_terms(self, spec, value):
        version = value.get("version") if isinstance(value, dict) else ""
        return spec.options.get("text", ""), version or spec.options.get("version", "")

    def display(self, spec, value):
        version = value.get("version") if isinstance(value, dict) else ""
        if version:
            return AnswerDisplay(
                _("accepted (version %(version)s)") % {"version": version}
            )
        return AnswerDisplay(_("accepted"))

    def summary_items(self, answer):
        return [answer]  # one record per answer, not a list of values

    def participant_screens(self, context):
        spec = context.spec
        return [
            context.screen(
                "consent",
                template=f"{WIDGETS}/consent.html",
                hook=self.script,
                text=spec.options.get("text", ""),
                value="on" if context.data.get(spec.key) else "",
            )
        ]

    xlsform_types = ("acknowledge",)

    def xlsform_fit(self, question):
        return 1 if question.required else -1

    def from_xlsform(self, question, language):
        return {
            **super().from_xlsform(question, language),
            "help_text": "",
            "text": question.hint(language) or question.label(language),
            "version": "v1",
        }

    def to_xlsform(self, spec, language):
        row = self.xlsform_row(spec, language, "acknowledge")
        row.hints = {language: spec.options.get("text", "")}
        return row
