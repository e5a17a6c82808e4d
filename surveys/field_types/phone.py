"""A phone number: read the way people write it (``0470 12 34 56``, ``+32 470
12 34 56``), refused when it is not a number (``abc``), stored in E.164
(``+32470123456``) as the participant's record keeps it (:mod:`intake.phones`),
and shown written out for a reader (``+32 470 12 34 56``); analysts' files get
the E.164 number (``export_values``, as every typed answer).

XLSForm has no phone type: the number goes out as a ``text`` row with the
``numbers`` appearance (ODK shows a number keypad) and a constraint that only a
phone number meets; a row with that constraint comes back as a phone question.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from intake.phones import display_phone, parse_phone, validate_phone
from surveys.field_types.display import AnswerDisplay
from surveys.field_types.text import TextType
from surveys.xlsform.constraints import PHONE_CONSTRAINT

#: Room for a number written with spaces, dots or a country code.
MAX_LENGTH = 30


class PhoneNumberField(forms.CharField):
    """A phone number; its cleaned value is the number in E.164."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_LENGTH)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"})
        )
        super().__init__(validators=[validate_phone], **kwargs)

    def clean(self, value):
        number = super().clean(value)
        return parse_phone(number) if number else number


class Phone(TextType):
    name = "phone"
    label = _("Phone number")
    icon = "mobile-alt"
    input_type = "tel"
    input_mode = "tel"

    def max_length(self, spec) -> int:
        return MAX_LENGTH

    def form_field(self, spec, options):
        return PhoneNumberField(**options)

    def display(self, spec, value):
        # Answers kept from before the question was a phone number stay as typed.
        return AnswerDisplay(display_phone(value) if parse_phone(value) else str(value))

    xlsform_types = ("text",)

    def xlsform_fit(self, question):
        return 1 if question.constraint.strip() == PHONE_CONSTRAINT else -1

    def to_xlsform(self, spec, language):
        return self.xlsform_row(
            spec, language, "text", appearance="numbers", constraint=PHONE_CONSTRAINT
        )
