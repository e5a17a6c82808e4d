"""Where a person comes from and what she speaks: a country (ISO 3166 code) and
spoken languages (ISO 639 codes), named in the reader's language."""

from __future__ import annotations

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from intake.languages import language_name, spoken_language_choices
from surveys.countries import country_choices, country_name
from surveys.field_types.choices import CountedType
from surveys.field_types.display import AnswerDisplay, as_list, listed
from surveys.xlsform.rows import XlsChoice


class CodeListType(CountedType):
    """Its choices are a standard's codes, named in each language: XLSForm
    carries them as a choice list of that name."""

    xlsform_list = ""

    def code_choices(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def xlsform_fit(self, question):
        # Its own list beats a drop-down list's appearance.
        return 2 if question.list_name == self.xlsform_list else -1

    def to_xlsform(self, spec, language):
        with translation.override(language):
            choices = [
                XlsChoice(code, {language: str(name)})
                for code, name in self.code_choices()
                if code
            ]
        row = self.xlsform_row(
            spec, language, self.xlsform_types[0], appearance="minimal"
        )
        row.choices = choices
        row.list_name = self.xlsform_list
        return row


class Country(CodeListType):
    name = "country"
    label = _("Country")
    icon = "globe"
    xlsform_types = ("select_one",)
    xlsform_list = "country"

    def code_choices(self):
        return country_choices()

    def form_field(self, spec, options):
        options["choices"] = [("", "—"), *country_choices()]
        return forms.ChoiceField(**options)

    def display(self, spec, value):
        return AnswerDisplay(country_name(str(value)))


class Languages(CodeListType):
    name = "languages"
    label = _("Spoken languages")
    icon = "globe"
    xlsform_types = ("select_multiple",)
    xlsform_list = "language"

    def code_choices(self):
        return spoken_language_choices()

    def form_field(self, spec, options):
        options["choices"] = spoken_language_choices()
        options["widget"] = forms.SelectMultiple(attrs={"size": 8})
        return forms.MultipleChoiceField(**options)

    def display(self, spec, value):
        return listed(map(language_name, as_list(value)))
