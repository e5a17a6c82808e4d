"""The one way other apps write to the access log."""

from __future__ import annotations

from django.http import HttpRequest

from intake.models import AccessAction, AccessLog, Cpas, Participant


def client_address(request: HttpRequest | None) -> str | None:
    """The reader's address as the server saw it (the proxy sets REMOTE_ADDR)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record_access(
    request: HttpRequest | None,
    action: AccessAction | str,
    *,
    participant: Participant | None = None,
    cpas: Cpas | None = None,
    detail: str = "",
    user=None,
) -> AccessLog | None:
    """Write who (``request.user`` or ``user``) did ``action`` to what, when and
    from where. Nothing is written without a CPAS to file it under."""
    user = user if user is not None else getattr(request, "user", None)
    if user is not None and not user.is_authenticated:
        user = None
    cpas_id = (
        participant.cpas_id if participant is not None else getattr(cpas, "pk", None)
    )
    if cpas_id is None:
        return None
    return AccessLog.objects.create(
        cpas_id=cpas_id,
        user=user,
        username=user.get_username() if user is not None else "",
        participant=participant,
        action=action,
        detail=detail[:500],
        ip_address=client_address(request),
    )
