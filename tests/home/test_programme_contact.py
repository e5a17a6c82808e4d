"""A programme's public page says how to reach the team: address, phone and
e-mail, the same in every language (issue #13)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.factories import ProgrammeFactory, programme_page

pytestmark = pytest.mark.django_db


def test_the_programme_page_shows_its_contact(client):
    page = programme_page(ProgrammeFactory(name="Mod'Actions", slug="modactions"))
    page.contact_address = "Place Saint-Lambert 1\n4000 Liège"
    page.contact_phone = "+3242205811"
    page.contact_email = "modactions@liege.demo"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "data-contact" in html
    assert "Place Saint-Lambert 1<br>4000 Liège" in html
    assert 'href="tel:+3242205811"' in html and "+32 4 220 58 11" in html
    assert 'href="mailto:modactions@liege.demo"' in html


def test_a_phone_that_is_no_number_is_refused():
    page = programme_page(ProgrammeFactory(name="AMIE", slug="amie"))
    page.contact_phone = "abc"
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    with translation.override("en"):
        assert "is not a phone number" in str(refused.value)
