"""How long a staff session lasts: 30 minutes without a request (idle), 10 hours
in all (absolute), whatever the cookie says. The times are settings
(``SESSION_IDLE_TIMEOUT``, ``SESSION_ABSOLUTE_TIMEOUT``)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

#: Session keys: when the user logged in, and when she was last seen.
STARTED = "security_started"
LAST_SEEN = "security_last_seen"
#: Write the last-seen time at most once a minute, not on every request.
LAST_SEEN_RESOLUTION = 60


def session_start(sender, request: HttpRequest, user, **kwargs) -> None:
    """Receiver of ``user_logged_in``: the absolute timeout counts from here."""
    now = timezone.now().timestamp()
    request.session[STARTED] = now
    request.session[LAST_SEEN] = now


def session_expired(request: HttpRequest) -> bool:
    """Whether the session of the logged-in user is over (idle or too old);
    else note that she was seen now."""
    session = request.session
    now = timezone.now().timestamp()
    started = session.setdefault(STARTED, now)
    last_seen = session.get(LAST_SEEN, now)
    idle = settings.SESSION_IDLE_TIMEOUT.total_seconds()
    absolute = settings.SESSION_ABSOLUTE_TIMEOUT.total_seconds()
    if now - last_seen > idle or now - started > absolute:
        return True
    if LAST_SEEN not in session or now - last_seen >= LAST_SEEN_RESOLUTION:
        session[LAST_SEEN] = now
    return False
