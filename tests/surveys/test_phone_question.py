"""A phone question: "abc" is refused with a message the person reads, a Belgian
number written the Belgian way is stored in E.164 and shown written out."""

from __future__ import annotations

import pytest
from django.utils import translation

from intake.roles import Role
from surveys.field_types import field_type
from surveys.field_types.display import answer_display
from surveys.models import Submission
from surveys.xlsform.rows import XlsQuestion
from tests.factories import form_page, question
from tests.surveys.interview_fixtures import english


@pytest.fixture
def form(world):
    return form_page(world.programme["a"], [question("phone", "Téléphone", "phone")])


def post(client, page, phone: str):
    return client.post(
        page.url, {"form_version": page.versions.get().pk, "phone": phone}
    )


def test_a_phone_number_that_is_not_one_is_refused_with_a_message(world, form):
    coach = english(world.client("a", Role.COACH))
    response = post(coach, form, "abc")
    assert response.status_code == 400  # the form again, saying what is wrong
    # A French form answers in French: the message names the value and the way
    # to write a number, whatever the language.
    html = response.content.decode()
    assert "abc" in html and "0470 12 34 56" in html
    assert not Submission.objects.exists()


def test_the_message_is_in_the_language_of_the_page(world, form):
    coach = world.client("a", Role.COACH)
    coach.defaults["HTTP_ACCEPT_LANGUAGE"] = "fr"
    html = post(coach, form, "abc").content.decode()
    with translation.override("fr"):
        expected = str(
            translation.gettext(
                "“%(value)s” is not a phone number. Write it as 0470 12 34 56 "
                "or with the country code, +32 470 12 34 56."
            )
            % {"value": "abc"}
        )
    assert expected in html.replace("&#x27;", "'")


def test_a_belgian_number_is_stored_in_e164_and_shown_written_out(world, form):
    coach = world.client("a", Role.COACH)
    assert post(coach, form, "0470 12 34 56").status_code == 200
    submission = Submission.objects.get()
    assert submission.answers == {"phone": "+32470123456"}
    spec = form.published_version.form_schema.question("phone")
    assert answer_display(spec, "+32470123456").text == "+32 470 12 34 56"
    # An answer kept from before the question was a phone number reads as typed.
    assert answer_display(spec, "chez sa sœur").text == "chez sa sœur"


def test_the_participant_types_it_on_a_phone_keypad(world, form):
    coach = world.client("a", Role.COACH)
    html = coach.get(form.url).content.decode()
    assert 'inputmode="tel"' in html


def test_xlsform_carries_it_as_text_with_a_phone_constraint(form):
    phone = field_type("phone")
    spec = form.published_version.form_schema.question("phone")
    row = phone.to_xlsform(spec, "fr")
    assert row.xls_type == "text"
    assert row.appearance == "numbers"
    back = XlsQuestion(
        row=2,
        xls_type="text",
        name="phone",
        constraint=row.constraint,
        appearance="numbers",
    )
    assert phone.xlsform_fit(back) == 1
    assert field_type("singleline").xlsform_fit(back) == 0
