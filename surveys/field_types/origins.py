"""Where a person comes from and what she speaks: a country (ISO 3166 code) and
spoken languages (ISO 639 codes), named in the reader's language."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from intake.languages import language_name, spoken_language_choices
from surveys.countries import country_choices, country_name
from surveys.field_types.choices import CountedType
from surveys.field_types.display import AnswerDisplay, as_list, listed


class Country(CountedType):
    name = "country"
    label = _("Country")
    icon = "globe"

    def form_field(self, spec, options):
        options["choices"] = [("", "—"), *country_choices()]
        return forms.ChoiceField(**options)

    def display(self, spec, value):
        return AnswerDisplay(country_name(str(value)))


class Languages(CountedType):
    name = "languages"
    label = _("Spoken languages")
    icon = "globe"

    def form_field(self, spec, options):
        options["choices"] = spoken_language_choices()
        options["widget"] = forms.SelectMultiple(attrs={"size": 8})
        return forms.MultipleChoiceField(**options)

    def display(self, spec, value):
        return listed(map(language_name, as_list(value)))
