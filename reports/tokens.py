"""Writes and reads of personal access tokens: create (the secret is returned
once), revoke, and find the user a bearer secret stands for."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from reports.models import ApiToken

#: Every secret starts so, to be recognised in a leaked file or a log.
SECRET_PREFIX = "cpas_"
#: ``last_used_at`` is written at most this often per token.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


def token_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def token_create(
    *,
    user,
    name: str,
    pseudonymised: bool = True,
    expires_at: datetime.datetime | None = None,
) -> tuple[ApiToken, str]:
    """A new token of ``user`` and its secret, which is not kept anywhere."""
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name,
        digest=token_digest(secret),
        prefix=secret[: len(SECRET_PREFIX) + 4],
        pseudonymised=pseudonymised,
        expires_at=expires_at,
    )
    return token, secret


def token_revoke(*, token: ApiToken) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_for_secret(secret: str) -> ApiToken | None:
    """The usable token whose secret this is (its user active), noting its use."""
    if not secret.startswith(SECRET_PREFIX):
        return None
    token = (
        ApiToken.objects.usable()
        .select_related("user")
        .filter(digest=token_digest(secret), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
