"""A birth date in the future is refused with a message that says what is
wrong and the latest date accepted, in the reader's date format (issue #13)."""

from __future__ import annotations

import datetime

from django.utils import timezone, translation

from surveys.date_fields import BoundedDateField


def refusal(field: BoundedDateField, day: datetime.date) -> str:
    form_field = field
    try:
        form_field.clean(day.isoformat())
    except Exception as error:  # noqa: BLE001 - the message is what we read
        return " ".join(error.messages)
    raise AssertionError("accepted")


def test_a_birth_date_tomorrow_says_today_is_the_latest():
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)
    with translation.override("en"):
        message = refusal(BoundedDateField(not_in_future=True), tomorrow)
    assert message == (f"This date cannot be in the future: today is {today:%m/%d/%Y}.")
    with translation.override("fr"):
        message = refusal(BoundedDateField(not_in_future=True), tomorrow)
    assert f"{today:%d/%m/%Y}" in message


def test_a_date_too_long_ago_says_the_earliest_accepted():
    today = timezone.localdate()
    field = BoundedDateField(max_years_ago=100)
    with translation.override("en"):
        message = refusal(field, datetime.date(1900, 1, 1))
    earliest = today.replace(year=today.year - 100)
    assert message == (
        f"This date is too long ago: the earliest is {earliest:%m/%d/%Y}."
    )
