"""A person's calendar on her phone: a secret iCalendar address she can revoke.

The token has 160 random bits; only its SHA-256 is stored, so the address is
shown once (making a new one revokes the old). Unknown, revoked or an inactive
person's address: 404, as anything outside one's tenancy.
"""

from __future__ import annotations

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from groups.models import CalendarFeed


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def feed_create(*, user) -> tuple[CalendarFeed, str]:
    """A new secret address for ``user`` (her older ones stop working)."""
    feed_revoke(user=user)
    token = secrets.token_urlsafe(20)
    feed = CalendarFeed.objects.create(user=user, token_hash=token_hash(token))
    return feed, token


def feed_revoke(*, user) -> int:
    """Stop every address of ``user``; how many were live."""
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def feed_for_token(token: str) -> CalendarFeed | None:
    """The live address with this token, or None."""
    if not token or len(token) > 100:
        return None
    feed = (
        CalendarFeed.objects.select_related("user")
        .filter(token_hash=token_hash(token), revoked_at__isnull=True)
        .first()
    )
    if feed is None or not feed.user.is_active:
        return None
    return feed


def feed_live(user) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first()
