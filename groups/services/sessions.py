"""Moving and cancelling a session."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from groups.models import Session
from groups.services.errors import Refused
from groups.signals import CANCELLED, MOVED, session_change_announce


def _locked(session: Session) -> Session:
    return Session.objects.select_for_update().get(pk=session.pk)


@transaction.atomic
def session_move(
    *,
    session: Session,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    place: str | None = None,
) -> Session:
    """Move a session to another time (and place); it keeps the day it was first
    planned for, so its series does not plan it again."""
    if ends_at <= starts_at:
        raise Refused("invalid", _("A session must end after it starts."))
    locked = _locked(session)
    if locked.cancelled:
        raise Refused("cancelled", _("This session was cancelled."), status=409)
    if locked.moved_from is None and locked.starts_at != starts_at:
        locked.moved_from = locked.starts_at
    moved = locked.starts_at != starts_at or (
        place is not None and place != locked.place
    )
    locked.starts_at, locked.ends_at = starts_at, ends_at
    if place is not None:
        locked.place = place
    locked.save(update_fields=["starts_at", "ends_at", "place", "moved_from"])
    if moved:
        session_change_announce(session=locked, change=MOVED)
    return locked


@transaction.atomic
def session_cancel(*, session: Session, reason: str) -> Session:
    """Cancel a session (a reason is required); a register already taken for it
    stays, and no new one can be taken."""
    reason = (reason or "").strip()
    if not reason:
        raise Refused("invalid", _("Say why the session is cancelled."))
    locked = _locked(session)
    newly = not locked.cancelled
    if newly:
        locked.cancelled_at = timezone.now()
    locked.cancel_reason = reason[:300]
    locked.save(update_fields=["cancelled_at", "cancel_reason"])
    if newly:
        session_change_announce(session=locked, change=CANCELLED)
    return locked


@transaction.atomic
def session_restore(*, session: Session) -> Session:
    """Undo a cancellation."""
    locked = _locked(session)
    locked.cancelled_at = None
    locked.cancel_reason = ""
    locked.save(update_fields=["cancelled_at", "cancel_reason"])
    return locked
