"""Invitation tokens: made with 160 random bits, stored as a hash, checked, used.

A token is shown once (when the invitation is made or renewed); the database
keeps only its SHA-256, so a copy of the database opens no survey. A personal
link is used once; a session code by up to ``max_uses`` people. Using one is a
conditional update in the submission's transaction, so two people can never
take the last place twice.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F
from django.utils import timezone

# The module, not the package: the services (the page model's) import this.
from surveys.models.invitation import Invitation, InvitationKind

if TYPE_CHECKING:
    from surveys.models import FormPage

#: Random bytes per token: 160 bits, more than the 128 the issue asks for.
TOKEN_BYTES = 20
#: Default validity of a personal link and of a session code.
PERSONAL_VALIDITY = datetime.timedelta(days=14)
SESSION_VALIDITY = datetime.timedelta(days=1)


class InvitationInvalid(Exception):
    """The token opens nothing; ``reason`` is one of unknown/expired/used/withdrawn."""

    def __init__(self, reason: str, invitation: Invitation | None = None):
        super().__init__(reason)
        self.reason = reason
        self.invitation = invitation


def token_new() -> str:
    """A fresh token, URL-safe (27 characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def default_end(kind: str) -> datetime.datetime:
    """When an invitation made or renewed now stops working, unless told."""
    personal = kind == InvitationKind.PERSONAL
    return timezone.now() + (PERSONAL_VALIDITY if personal else SESSION_VALIDITY)


@transaction.atomic
def invitation_create(
    *,
    user,
    form: FormPage,
    kind: str,
    label: str,
    max_uses: int | None = None,
    expires_at: datetime.datetime | None = None,
    session_date: datetime.date | None = None,
    participant=None,
) -> tuple[Invitation, str]:
    """Make an invitation; returns it with its token (the only time it is known)."""
    personal = kind == InvitationKind.PERSONAL
    if expires_at is None:
        expires_at = default_end(kind)
    token = token_new()
    invitation = Invitation.objects.create(
        kind=kind,
        form=form,
        translation_key=form.translation_key,
        programme=form.programme,
        label=label,
        session_date=session_date,
        token_hash=token_hash(token),
        max_uses=1 if personal else max(1, max_uses or 30),
        expires_at=expires_at,
        participant=participant if personal else None,
        created_by=user if user is not None and user.is_authenticated else None,
    )
    return invitation, token


def invitation_renew(invitation: Invitation) -> str:
    """A new token for ``invitation`` (the old link stops working). An expired
    invitation gets a new validity of its kind's default length from now: a
    renewed link that is dead on arrival helps nobody; one still valid keeps
    its end."""
    token = token_new()
    invitation.token_hash = token_hash(token)
    fields = ["token_hash"]
    if invitation.is_expired:
        invitation.expires_at = default_end(invitation.kind)
        fields.append("expires_at")
    invitation.save(update_fields=fields)
    return token


def invitation_withdraw(invitation: Invitation) -> None:
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])


def invitation_for_token(token: str) -> Invitation:
    """The invitation that ``token`` opens, or :class:`InvitationInvalid`."""
    if not token or len(token) > 100:
        raise InvitationInvalid("unknown")
    invitation = (
        Invitation.objects.select_related("form", "programme")
        .filter(token_hash=token_hash(token))
        .first()
    )
    if invitation is None:
        raise InvitationInvalid("unknown")
    if invitation.revoked_at is not None:
        raise InvitationInvalid("withdrawn", invitation)
    if invitation.is_expired:
        raise InvitationInvalid("expired", invitation)
    if invitation.is_used_up:
        raise InvitationInvalid("used", invitation)
    return invitation


def invitation_use(invitation: Invitation) -> bool:
    """Take one place of the invitation; ``False`` when none is left.

    Call it inside the transaction that stores the answers.
    """
    taken = Invitation.objects.filter(
        pk=invitation.pk,
        use_count__lt=F("max_uses"),
        revoked_at__isnull=True,
        expires_at__gt=timezone.now(),
    ).update(use_count=F("use_count") + 1)
    return bool(taken)
