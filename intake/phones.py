"""Phone numbers, read with Google's libphonenumber (the `phonenumbers` package).

A number is stored in E.164 (``+32470123456``) so that SMS reminders, WhatsApp
share links and duplicate checks compare like with like; a Belgian number may be
written the Belgian way (``0470 12 34 56``).
"""

from __future__ import annotations

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "BE"


def parse_phone(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in E.164, or None when ``raw`` is not a possible, valid number."""
    text = (raw or "").strip()
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_phone(value: str) -> None:
    """Model and form validator: an empty value passes, anything else must be a
    phone number."""
    if value and parse_phone(value) is None:
        raise ValidationError(
            _(
                "“%(value)s” is not a phone number. Write it as 0470 12 34 56 "
                "or with the country code, +32 470 12 34 56."
            ),
            code="invalid_phone",
            params={"value": value},
        )


def display_phone(value: str) -> str:
    """The stored number written for a reader (international format)."""
    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
