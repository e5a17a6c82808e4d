"""Writes on consents: given (from a form, a survey or her page), withdrawn.

The one way to change Participant.contact_consent is :func:`contact_consent_set`:
the flag that reminders read and the consent's record change together.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from intake.access_log import record_access
from intake.models import (
    AccessAction,
    ConsentPurpose,
    ConsentRecord,
    ConsentSource,
    ContactChannel,
    Participant,
    text_hash,
)

#: What the team member reads to the person before ticking her agreement.
CONTACT_CONSENT_TEXT = gettext_noop(
    "The person agrees to receive reminders of her appointments and messages "
    "from the programme by %(channel)s, at the number or address on her record. "
    "She may withdraw this agreement at any time."
)

CONTACT_FIELDS = ["contact_consent", "contact_consent_changed_at"]


def _name(user) -> str:
    if user is None or not user.is_authenticated:
        return ""
    return user.get_full_name() or user.get_username()


def contact_consent_text(channel: str) -> str:
    """The contact consent's text in the active language, for ``channel``."""
    return gettext(CONTACT_CONSENT_TEXT) % {
        "channel": ContactChannel(channel).label.lower()
    }


@transaction.atomic
def consent_give(
    *,
    participant: Participant,
    purpose: ConsentPurpose | str,
    text: str,
    source: ConsentSource | str,
    version: str = "",
    by=None,
    at=None,
    origin: str = "",
) -> ConsentRecord:
    """Record a consent given; one ``origin`` (a form's answer) is recorded once."""
    fields = {
        "purpose": purpose,
        "text": text,
        "version": version[:100],
        "text_hash": text_hash(text),
        "given_at": at or timezone.now(),
        "recorded_by": by if by is not None and by.is_authenticated else None,
        "recorded_by_name": _name(by),
        "source": source,
    }
    if origin:
        record, _created = ConsentRecord.objects.get_or_create(
            participant=participant, origin=origin, defaults=fields
        )
        return record
    return ConsentRecord.objects.create(participant=participant, **fields)


@transaction.atomic
def contact_consents_record(
    participants: Iterable[Participant],
    *,
    source: ConsentSource | str,
    by=None,
    at=None,
) -> list[ConsentRecord]:
    """Record, in bulk, the consent to be contacted of those whose record says
    she agrees (a channel chosen) and who have no such consent standing: once
    each, by ``by``, in one query to read and one to write (an import's chunk,
    the demo's people). Their record's flag is left as it is."""
    agreed = {
        person.pk: person
        for person in participants
        if person.pk is not None
        and person.contact_consent
        and person.contact_channel != ContactChannel.NONE
    }
    standing = ConsentRecord.objects.active().filter(
        purpose=ConsentPurpose.CONTACT, participant_id__in=agreed
    )
    for pk in standing.values_list("participant_id", flat=True):
        agreed.pop(pk, None)
    if not agreed:
        return []
    at = at or timezone.now()
    texts = {
        channel: contact_consent_text(channel)
        for channel in {person.contact_channel for person in agreed.values()}
    }
    records = [
        ConsentRecord(
            participant=person,
            purpose=ConsentPurpose.CONTACT,
            text=texts[person.contact_channel],
            text_hash=text_hash(texts[person.contact_channel]),
            given_at=at,
            recorded_by=by if by is not None and by.is_authenticated else None,
            recorded_by_name=_name(by),
            source=source,
        )
        for person in agreed.values()
    ]
    ConsentRecord.objects.bulk_create(records, batch_size=500)
    Participant.objects.filter(pk__in=agreed).update(contact_consent_changed_at=at)
    for person in agreed.values():
        person.contact_consent_changed_at = at
    return records


@transaction.atomic
def consent_withdraw(
    *, record: ConsentRecord, by, reason: str, request: HttpRequest | None = None
) -> ConsentRecord:
    """Withdraw a consent (once). Withdrawing the consent to be contacted stops
    the reminders when no other such consent of hers stands."""
    record = ConsentRecord.objects.select_for_update().get(pk=record.pk)
    if record.withdrawn_at is not None:
        return record
    record.withdrawn_at = timezone.now()
    record.withdrawn_by = by if by is not None and by.is_authenticated else None
    record.withdrawn_by_name = _name(by)
    record.withdrawal_reason = reason.strip()
    record.save()
    participant = record.participant
    if (
        record.purpose == ConsentPurpose.CONTACT
        and participant.contact_consent
        and not participant.consents.active().filter(purpose=record.purpose).exists()
    ):
        participant.contact_consent = False
        participant.contact_consent_changed_at = record.withdrawn_at
        participant.save(update_fields=CONTACT_FIELDS)
    record_access(
        request,
        AccessAction.CONSENT_WITHDRAWN,
        participant=participant,
        detail=record.get_purpose_display(),
        user=by,
    )
    return record


@transaction.atomic
def contact_consent_set(
    *,
    participant: Participant,
    consent: bool,
    channel: str,
    by,
    source: ConsentSource | str = ConsentSource.PARTICIPANT_PAGE,
    reason: str = "",
    request: HttpRequest | None = None,
) -> Participant:
    """She agrees (or no longer agrees) to be contacted by ``channel``: her
    record's flag and channel, and the consent given or withdrawn."""
    participant.contact_consent = consent
    participant.contact_channel = channel if consent else participant.contact_channel
    participant.contact_consent_changed_at = timezone.now()
    participant.save(update_fields=[*CONTACT_FIELDS, "contact_channel"])
    standing = participant.consents.active().filter(purpose=ConsentPurpose.CONTACT)
    if consent:
        standing.update(
            withdrawn_at=participant.contact_consent_changed_at,
            withdrawn_by=by,
            withdrawn_by_name=_name(by),
            withdrawal_reason=gettext("Replaced by a newer consent."),
        )
        consent_give(
            participant=participant,
            purpose=ConsentPurpose.CONTACT,
            text=contact_consent_text(channel),
            source=source,
            by=by,
        )
        record_access(
            request, AccessAction.CONSENT_RECORDED, participant=participant, user=by
        )
    else:
        for record in standing:
            consent_withdraw(record=record, by=by, reason=reason, request=request)
    return participant
