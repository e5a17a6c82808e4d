"""What other apps hear about sessions: a session moved or cancelled.

``groups`` does not know who wants to know (``reminders`` tells the people
enrolled); it sends :data:`session_changed` once the change is committed, from
every path that moves or cancels a session (the services and the admin form).
Receivers get ``session`` and ``change`` (``"moved"`` or ``"cancelled"``).
"""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

MOVED = "moved"
CANCELLED = "cancelled"

session_changed = Signal()


def session_change_announce(*, session, change: str) -> None:
    """Send :data:`session_changed` after the current transaction commits."""
    transaction.on_commit(
        lambda: session_changed.send(
            sender=type(session), session=session, change=change
        )
    )
