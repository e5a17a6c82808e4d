"""Who is at the other end of a WebSocket: the user of the session cookie, by
the same rules as the pages — a user who must use two factors and has not
verified a code in this session is anonymous to the socket (the consumer then
refuses her).

One read, in the small pool of threads (``thread_sensitive=False``), not in the
process's one thread for synchronous code that every page request also waits
for. Channels' ``AuthMiddlewareStack`` took three turns of that thread per
socket (the session, the user, here the second factor): after a restart, 250
sockets coming back to a process queued 750 turns behind its requests, and some
waited more than 20 s for their first frame (bench reconnect_storm). The socket
never changes its session, so it has none of Channels' session wrapper, which
looked at the session after every frame sent.
"""

from __future__ import annotations

from channels.auth import get_user
from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils.module_loading import import_string
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


def session_and_user(session_key: str | None):
    """The session of ``session_key`` and who may use the socket with it."""
    engine = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    session = engine(session_key)
    # Channels' own reading of the session's user (its hash checked, as pages do).
    user = get_user.func({"session": session})
    return session, socket_user(user, session)


class SocketAuthMiddleware(BaseMiddleware):
    """Inside Channels' ``CookieMiddleware``: sets ``scope["session"]`` and
    ``scope["user"]``."""

    async def __call__(self, scope, receive, send):
        key = scope.get("cookies", {}).get(settings.SESSION_COOKIE_NAME)
        session, user = await database_sync_to_async(
            session_and_user, thread_sensitive=False
        )(key)
        scope = dict(scope, session=session, user=user)
        return await super().__call__(scope, receive, send)
