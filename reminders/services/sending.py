"""The sending job (``manage.py send_reminders``): never one reminder twice.

Each reminder is a row inserted once (unique per session, person, kind and
key). A run claims a batch of due rows with one conditional UPDATE statement
(``pending`` → ``sending``, stamped with the run's id; a statement is a
transaction), *before* sending anything; a row another run claimed first is not
``pending`` any more, so the update leaves it alone (SQLite serialises the
writers; PostgreSQL re-checks the condition once the other's update
commits). Then it sends what it holds and records each outcome: sent,
skipped with its reason, failed with the provider's answer.
"""

from __future__ import annotations

import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from groups.models import Session
from intake.models import ContactChannel, Participant
from intake.phones import parse_phone
from reminders.backends import BaseBackend, SendFailed, backend_for
from reminders.models import Reminder, ReminderKind, ReminderState, SkipReason
from reminders.services.planning import reminders_plan
from reminders.texts import message_for

BATCH = 500
#: What sending reads of a reminder and its participant.
CLAIMED_FIELDS = [
    "session",
    "kind",
    "key",
    "participant__first_name",
    "participant__phone",
    "participant__email",
    "participant__preferred_language",
    "participant__contact_consent",
    "participant__contact_channel",
]


@dataclass
class RunReport:
    sent: int = 0
    skipped: int = 0
    failed: int = 0


def _claim(run_id: str, now: datetime.datetime, batch: int) -> list[Reminder] | None:
    """This run's next batch, or ``None`` when nothing is left to send.

    One UPDATE statement in its transaction: reading the due rows first and
    updating them after would let two SQLite runs both hold a read lock and
    neither get the write lock."""
    due = Reminder.objects.filter(state=ReminderState.PENDING, due_at__lte=now)
    if not due.exists():
        return None
    # PostgreSQL: rows another run is claiming are skipped, not waited for
    # (and never locked in two orders); SQLite has one writer at a time.
    batch_ids = due.order_by("pk").select_for_update(skip_locked=True)
    with transaction.atomic():
        Reminder.objects.filter(
            pk__in=batch_ids.values("pk")[:batch], state=ReminderState.PENDING
        ).update(state=ReminderState.SENDING, run=run_id)
    claimed = list(
        Reminder.objects.filter(run=run_id, state=ReminderState.SENDING)
        .select_related("participant")
        .only(*CLAIMED_FIELDS)
        .order_by("pk")
    )
    # A batch holds a few sessions: each read once, not once per reminder.
    sessions = Session.objects.select_related("programme__cpas", "group").in_bulk(
        {r.session_id for r in claimed}
    )
    for reminder in claimed:
        reminder.session = sessions[reminder.session_id]
    return claimed


def session_verdict(reminder: Reminder, now: datetime.datetime) -> str:
    """Why this reminder is no longer to be sent ("" if it is)."""
    session, kind = reminder.session, reminder.kind
    if kind == ReminderKind.CANCELLED:
        return "" if session.cancelled else SkipReason.SESSION_RESTORED
    if session.cancelled:
        return SkipReason.SESSION_CANCELLED
    if session.starts_at <= now:
        return SkipReason.TOO_LATE
    if kind == ReminderKind.MOVED and reminder.key != int(
        session.starts_at.timestamp() // 60
    ):
        return SkipReason.SESSION_MOVED_AGAIN
    return ""


def address_of(participant: Participant) -> tuple[str, str]:
    """``(address, "")`` for her channel, or ``("", reason)`` when none."""
    channel = participant.contact_channel
    if not participant.contact_consent or channel == ContactChannel.NONE:
        return "", SkipReason.NO_CONSENT
    if channel == ContactChannel.SMS:
        phone = parse_phone(participant.phone)
        return (phone, "") if phone else ("", SkipReason.INVALID_PHONE)
    return (participant.email, "") if participant.email else ("", SkipReason.NO_EMAIL)


def _deliver(
    reminder: Reminder, backends: dict[str, BaseBackend], now: datetime.datetime
) -> None:
    """Send one claimed reminder, or say why not; the outcome is on the row."""
    participant = reminder.participant
    reminder.channel = participant.contact_channel
    reason = session_verdict(reminder, now)
    address = ""
    if not reason:
        address, reason = address_of(participant)
    if reason:
        reminder.state, reminder.reason = ReminderState.SKIPPED, reason
        return
    message = message_for(reminder.kind, participant, reminder.session)
    reminder.language = message.language
    if reminder.channel not in backends:
        backends[reminder.channel] = backend_for(reminder.channel)
        backends[reminder.channel].open()
    try:
        backends[reminder.channel].send(
            to=address, subject=message.subject, body=message.body
        )
    except SendFailed as failure:
        reminder.state, reminder.reason = ReminderState.FAILED, failure.reason
        reminder.detail = failure.detail
        return
    reminder.state = ReminderState.SENT


def outcomes_record(claimed: list[Reminder]) -> None:
    """One UPDATE per distinct outcome (a batch has a handful), not one per row:
    Django's ``bulk_update`` builds a CASE per field and row, which costs more
    than the sending."""
    by_outcome: dict[tuple, list[int]] = defaultdict(list)
    for r in claimed:
        outcome = (r.state, r.reason, r.detail, r.channel, r.language)
        by_outcome[outcome].append(r.pk)
    sent_at = timezone.now()
    for (state, reason, detail, channel, language), ids in by_outcome.items():
        Reminder.objects.filter(pk__in=ids).update(
            state=state,
            reason=reason,
            detail=detail,
            channel=channel,
            language=language,
            sent_at=sent_at if state == ReminderState.SENT else None,
        )


def reminders_run(
    *, now: datetime.datetime | None = None, batch: int = BATCH
) -> RunReport:
    """Plan what is due at ``now``, then send it, batch by batch."""
    now = now or timezone.now()
    reminders_plan(now=now)
    run_id, report = uuid.uuid4().hex, RunReport()
    backends: dict[str, BaseBackend] = {}
    try:
        while (claimed := _claim(run_id, now, batch)) is not None:
            for reminder in claimed:
                _deliver(reminder, backends, now)
                setattr(report, reminder.state, getattr(report, reminder.state) + 1)
            outcomes_record(claimed)
    finally:
        for backend in backends.values():
            backend.close()
    return report
