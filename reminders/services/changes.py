"""A session moved or cancelled (``groups.signals.session_changed``): the
people it reminds get a notice at the next run of ``send_reminders``."""

from __future__ import annotations

from django.utils import timezone

from groups.models import Session
from groups.signals import CANCELLED, MOVED
from reminders.models import ReminderKind
from reminders.services.planning import change_rows, policy_tells_changes, rows_insert

KINDS = {MOVED: ReminderKind.MOVED, CANCELLED: ReminderKind.CANCELLED}


def on_session_changed(sender, *, session: Session, change: str, **kwargs) -> None:
    now = timezone.now()
    if change not in KINDS or session.starts_at <= now:
        return
    if not policy_tells_changes(session):
        return
    rows_insert(change_rows(session, KINDS[change], now))
