"""A spreadsheet that says a person agrees to be contacted records her consent
as imported, by whoever confirmed the import (issue #12, scope 5)."""

from __future__ import annotations

from intake.models import ConsentRecord, ConsentSource, Participant
from intake.roles import Role
from tests.exchange.helpers import confirm, sheet, upload

HEAD = [
    "first name",
    "last name",
    "date of birth",
    "phone",
    "antenna",
    "agrees to be contacted",
    "channel for reminders",
]


def test_an_imported_consent_to_be_contacted_is_recorded_once(world):
    manager = world.client("a", Role.PROGRAMME_MANAGER)
    rows = sheet(
        [
            HEAD,
            ["Amina", "Haddad", "1990-05-01", "0470123456", "Antenna A", "yes", "SMS"],
            ["Bilal", "Haddad", "1991-05-01", "0470123457", "Antenna A", "no", ""],
        ]
    )
    response, token = upload(manager, "participants", rows)
    assert not response.context["report"].bad_rows
    assert not ConsentRecord.objects.exists()  # the dry run writes nothing

    confirm(manager, "participants", token)

    record = ConsentRecord.objects.get()
    assert record.participant == Participant.objects.get(first_name="Amina")
    assert record.source == ConsentSource.IMPORT
    assert record.recorded_by == world.user("a", Role.PROGRAMME_MANAGER)
    assert "sms" in record.text.lower()
    assert record.participant.contact_consent_changed_at is not None
