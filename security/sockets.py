"""The WebSocket follows the same rule as the pages: a user who must use two
factors and has not verified a code in this session is anonymous to the socket
(the consumer then refuses her)."""

from __future__ import annotations

from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware
from django.contrib.auth.models import AnonymousUser
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.models import Device

from security.two_factor import two_factor_required


def socket_user(user, session):
    """``user`` if she may use the socket now, else an anonymous user."""
    if not two_factor_required(user):
        return user
    persistent_id = session.get(DEVICE_ID_SESSION_KEY) if session else None
    device = Device.from_persistent_id(persistent_id) if persistent_id else None
    if device is not None and device.user_id == user.pk:
        return user
    return AnonymousUser()


class TwoFactorSocketMiddleware(BaseMiddleware):
    """Inside ``AuthMiddlewareStack``: reads the user it found."""

    async def __call__(self, scope, receive, send):
        user = scope.get("user")
        if user is not None:
            scope["user"] = await database_sync_to_async(socket_user)(
                user, scope.get("session")
            )
        return await super().__call__(scope, receive, send)
