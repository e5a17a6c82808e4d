"""Answers chosen, not written: a ticked box, choices the editor lists (boxes,
drop-down lists, radio buttons) and yes / no. Each choice stores its
language-neutral value and shows its label."""

from __future__ import annotations

from django import forms
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from surveys import formfields
from surveys.blocks import ChoicesBlock
from surveys.field_types.base import BaseFieldType
from surveys.field_types.display import AnswerDisplay, as_list, listed
from surveys.field_types.screens import Option, Screen, ScreenContext
from surveys.field_types.summary import choice_rows
from surveys.xlsform.rows import XlsChoice

#: Yes and no on a participant's screen: value, text, pictogram.
PARTICIPANT_YES_NO = [
    ("yes", pgettext_lazy("participant", "Yes"), "yes"),
    ("no", pgettext_lazy("participant", "No"), "no"),
]


class CountedType(BaseFieldType):
    """Summarised as counts per value given."""

    def summary_items(self, answer) -> list:
        """The values one answer gives (several for a list of choices)."""
        return as_list(answer)

    def fixed_choices(self, spec) -> list:
        """The values every summary lists, even when nobody gave them."""
        return [value for value, _label in spec.options.get("choices", [])]

    def summarise(self, summary, spec, answers):
        summary.choices = choice_rows(
            spec, answers, self.summary_items, self.fixed_choices(spec)
        )
        return summary


class ChoicesType(CountedType):
    """The editor lists the choices (a stored value and a label each)."""

    block_base = ChoicesBlock

    def structured_options(self, value):
        return {
            "choices": [
                [choice["value"], choice["label"]] for choice in value["choices"]
            ]
        }

    def choices(self, spec) -> list[tuple[str, str]]:
        return [(value, label) for value, label in spec.options.get("choices", [])]

    def possible_values(self, spec):
        return {str(value) for value, _label in spec.options["choices"]}

    def display(self, spec, value):
        return AnswerDisplay(spec.choice_label(value))

    def from_xlsform(self, question, language):
        return {
            **super().from_xlsform(question, language),
            "choices": [
                {"label": label, "value": value}
                for value, label in question.choice_labels(language)
            ],
        }

    def to_xlsform(self, spec, language):
        return self.xlsform_row(
            spec,
            language,
            self.xlsform_types[0],
            appearance=self.xlsform_appearance,
            choices=[
                XlsChoice(str(value), {language: label})
                for value, label in self.choices(spec)
            ],
        )

    #: The ``appearance`` that tells it from its sibling (a drop-down list).
    xlsform_appearance = ""

    def xlsform_fit(self, question):
        wanted = self.xlsform_appearance
        given = question.appearance.split()
        if wanted:
            return 1 if wanted in given else -1
        return 0

    def option_screen(self, context: ScreenContext, kind: str, checked) -> Screen:
        """The choices as big buttons; ``checked(value)``: chosen before."""
        options = [
            Option(value, label, None, checked(value))
            for value, label in self.choices(context.spec)
        ]
        return context.options_screen(
            kind,
            options,
            hook=self.script,
            input_type="checkbox" if kind == "checks" else "radio",
        )


class Checkbox(CountedType):
    name = "checkbox"
    label = gettext_lazy("Checkbox")
    icon = "tick-inverse"
    script = "flag"

    def form_field(self, spec, options):
        return forms.BooleanField(**options)

    def possible_values(self, spec):
        return {"True"}

    def display(self, spec, value):
        return AnswerDisplay(_("Yes") if value else _("No"))

    xlsform_types = ("acknowledge",)


class Checkboxes(ChoicesType):
    name = "checkboxes"
    label = gettext_lazy("Checkboxes")
    icon = "list-ul"
    script = "choices"
    xlsform_types = ("select_multiple",)

    def form_field(self, spec, options):
        options["choices"] = self.choices(spec)
        options["initial"] = []
        options["widget"] = forms.CheckboxSelectMultiple
        return forms.MultipleChoiceField(**options)

    def display(self, spec, value):
        return listed(map(spec.choice_label, as_list(value)))

    def participant_screens(self, context):
        data = context.data
        given = data.getlist(context.spec.key) if hasattr(data, "getlist") else []
        return [self.option_screen(context, "checks", lambda value: value in given)]


class Dropdown(ChoicesType):
    name = "dropdown"
    label = gettext_lazy("Drop-down list")
    icon = "list-ul"
    xlsform_types = ("select_one",)
    xlsform_appearance = "minimal"

    def form_field(self, spec, options):
        options["choices"] = self.choices(spec)
        return forms.ChoiceField(**options)


class Multiselect(ChoicesType):
    name = "multiselect"
    label = gettext_lazy("Multiple select")
    icon = "list-ul"
    xlsform_types = ("select_multiple",)
    xlsform_appearance = "minimal"

    def form_field(self, spec, options):
        options["choices"] = self.choices(spec)
        return forms.MultipleChoiceField(**options)

    def display(self, spec, value):
        return listed(map(spec.choice_label, as_list(value)))


class Radio(ChoicesType):
    name = "radio"
    label = gettext_lazy("Radio buttons")
    icon = "radio-full"
    script = "choice"
    xlsform_types = ("select_one",)

    def form_field(self, spec, options):
        options["choices"] = self.choices(spec)
        options["widget"] = forms.RadioSelect
        return forms.ChoiceField(**options)

    def participant_screens(self, context):
        given = context.data.get(context.spec.key)
        return [self.option_screen(context, "choice", lambda value: given == value)]


class YesNo(CountedType):
    name = "yes_no"
    label = gettext_lazy("Yes / no")
    icon = "tick"
    script = "choice"

    def form_field(self, spec, options):
        return formfields.YesNoField(**options)

    def possible_values(self, spec):
        return {"yes", "no"}

    def fixed_choices(self, spec):
        return ["yes", "no"]

    def display(self, spec, value):
        return AnswerDisplay({"yes": _("Yes"), "no": _("No")}.get(value, str(value)))

    xlsform_types = ("select_one",)

    def xlsform_fit(self, question):
        values = {choice.value for choice in question.choices}
        return 1 if values == {"yes", "no"} and not question.or_other else -1

    def to_xlsform(self, spec, language):
        with translation.override(language):
            choices = [
                XlsChoice(value, {language: str(text)})
                for value, text, _face in PARTICIPANT_YES_NO
            ]
        return self.xlsform_row(spec, language, "select_one", choices=choices)

    def participant_screens(self, context):
        given = context.data.get(context.spec.key)
        options = [
            Option(value, str(text), face, given == value)
            for value, text, face in PARTICIPANT_YES_NO
        ]
        return [context.options_screen("scale", options, hook=self.script)]
