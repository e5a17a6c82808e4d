"""ASGI entry point: HTTP through Django, WebSocket through Channels.

Run with ``PYTHONPATH=site daphne config.asgi:application`` (see the Makefile).
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

# Django must be set up before anything imports models (consumers, routing).
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from channels.sessions import CookieMiddleware  # noqa: E402

from security.sockets import SocketAuthMiddleware  # noqa: E402
from workflow.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # The session cookie authenticates the socket (with the second factor
        # for those who need one); the Origin must be an allowed host.
        "websocket": AllowedHostsOriginValidator(
            CookieMiddleware(SocketAuthMiddleware(URLRouter(websocket_urlpatterns)))
        ),
    }
)


def _freeze_what_every_request_shares() -> None:
    """Move what start-up built (models, URL patterns, Wagtail's registries:
    some 300,000 objects) out of the garbage collector's sight. Otherwise a
    full collection now and then walks all of them, a pause of 0.2–0.5 s on
    this machine that held every socket of the process (bench notify_latency:
    its p95 and max were such pauses)."""
    import gc

    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view module
    gc.collect()
    gc.freeze()


_freeze_what_every_request_shares()
