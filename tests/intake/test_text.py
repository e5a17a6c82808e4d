"""Names shown to others hide nothing: no direction override, no zero-width space."""

import pytest

from intake.models import Participant
from intake.models.participant import normalise_name
from intake.text import shown_safely
from tests.factories import ParticipantFactory


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("\u202eanimA", "animA"),  # right-to-left override: would read "Amina"
        ("Ami\u200bna", "Amina"),  # zero-width space
        ("\u2067Amina\u2069", "Amina"),  # an isolate
        ("Amina\u200f", "Amina"),  # a right-to-left mark
        ("Ami\x00na", "Amina"),  # NUL: PostgreSQL refuses it
        ("مهر\u200cناز", "مهر\u200cناز"),  # Persian needs the non-joiner: kept
        ("Jean-Luc  N'Diaye", "Jean-Luc  N'Diaye"),
    ],
)
def test_what_is_hidden_is_removed_and_real_spelling_kept(typed, kept):
    assert shown_safely(typed) == kept


@pytest.mark.django_db
def test_a_participants_name_is_stored_without_hidden_characters():
    person = ParticipantFactory(first_name="\u202eanimA", last_name="Had\u200bdad ")
    person.refresh_from_db()
    assert (person.first_name, person.last_name) == ("animA", "Haddad")
    assert Participant.objects.filter(normalised_name="anima haddad").exists()


def test_invisible_characters_do_not_make_another_person():
    assert normalise_name("Ami\u200bna Haddad") == normalise_name("Amina Haddad")
