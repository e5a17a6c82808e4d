"""Each person's rights (GDPR art. 15 and 17): her whole record, and erasure.

Intake is the core and knows no other app, so a record is every row that points
to the participant (and every row pointing to those: a referral's transitions),
found through the models' relations. Erasure is anonymisation that keeps the
programme's counts: names, contact details and national number replaced, free
texts blanked (each app registers how, :data:`ERASERS`), counts and dates kept.
Both are written to the access log.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable

from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.http import HttpRequest
from django.utils import timezone

from intake.access_log import record_access
from intake.models import (
    AccessAction,
    ConsentPurpose,
    ConsentRecord,
    ContactChannel,
    Participant,
)
from intake.pseudonyms import pseudonym

#: What an app does to its own rows of an erased participant (blank free texts).
ERASERS: list[Callable[[Participant], None]] = []
#: The name every erased participant gets.
ERASED_NAME = "Anonymised"


def _rows_pointing_to(instance: models.Model) -> list[tuple[str, list]]:
    found = []
    for relation in instance._meta.related_objects:
        if relation.many_to_many or not relation.get_accessor_name():
            continue
        accessor = relation.get_accessor_name()
        try:
            related = getattr(instance, accessor)
        except relation.related_model.DoesNotExist:
            continue
        rows = list(related.all()) if hasattr(related, "all") else [related]
        if rows:
            found.append((relation.related_model._meta.label, rows))
    return found


def _serialised(rows: list) -> list[dict]:
    return [
        {"id": item["pk"], **item["fields"]}
        for item in serializers.serialize("python", rows)
    ]


def participant_record(participant: Participant) -> dict:
    """Her fields, then every row pointing to her and to those rows, by model."""
    record: dict = {"participant": _serialised([participant])[0]}
    for label, rows in _rows_pointing_to(participant):
        record.setdefault(label, []).extend(_serialised(rows))
        for row in rows:
            for inner_label, inner_rows in _rows_pointing_to(row):
                if inner_label == "intake.AccessLog":
                    continue
                record.setdefault(inner_label, []).extend(_serialised(inner_rows))
    record.pop("intake.AccessLog", None)
    return record


def participant_record_json(participant: Participant) -> str:
    return json.dumps(participant_record(participant), cls=DjangoJSONEncoder, indent=2)


def participant_access(request: HttpRequest, participant: Participant) -> dict:
    """Her record, for an access request; the request is logged."""
    record_access(request, AccessAction.ACCESS_REQUEST, participant=participant)
    return participant_record(participant)


def _consents_erase(participant: Participant) -> None:
    """Her consents stay counted (purpose, text, dates); the reasons she gave
    for a withdrawal are blanked, and no one may contact her any more."""
    consents = ConsentRecord.objects.filter(participant=participant)
    consents.update(withdrawal_reason="")
    consents.active().filter(purpose=ConsentPurpose.CONTACT).update(
        withdrawn_at=timezone.now()
    )


@transaction.atomic
def participant_erase(
    participant: Participant,
    *,
    request: HttpRequest | None = None,
    action: str = AccessAction.ERASURE,
) -> None:
    """Anonymise her: who she is and how to reach her gone, free texts blanked;
    the year of birth, nationality, status, dates and counts kept."""
    participant.first_name = ERASED_NAME
    participant.last_name = pseudonym(participant.pk)
    born = participant.date_of_birth
    participant.date_of_birth = datetime.date(born.year, 1, 1) if born else born
    participant.phone = participant.email = participant.national_number = ""
    participant.municipality = ""
    participant.whatsapp = participant.contact_consent = False
    participant.contact_channel = ContactChannel.NONE
    participant.possible_duplicate_of = None
    participant.save()
    _consents_erase(participant)
    for eraser in ERASERS:
        eraser(participant)
    record_access(request, action, participant=participant)
