"""Reading the configuration from the environment (twelve-factor).

Every function raises :class:`ImproperlyConfigured` with the variable's name, so a
bad deployment fails at start-up with a message that says what to fix.
"""

from __future__ import annotations

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def get_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of {sorted(TRUE | FALSE - {''})}, not {raw!r}."
    )


def get_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def get_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}.") from None


def require(name: str, why: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} is not set: {why}")
    return value


def get_database(name: str, default_url: str) -> dict:
    """Parse ``DATABASE_URL``-style variables (``postgres://``, ``sqlite:///``)."""
    url = os.environ.get(name, "").strip() or default_url
    try:
        # No persistent connections: under ASGI (daphne) each request's sync code
        # may run on a new thread, and each thread kept its own connection open for
        # a minute: the load_mix bench ran PostgreSQL out of connections ("too
        # many clients") within seconds. Django's advice for ASGI: none, or a pool.
        config = dj_database_url.parse(url, conn_max_age=0)
    except (ValueError, dj_database_url.UnknownSchemeError) as error:
        raise ImproperlyConfigured(
            f"{name} could not be parsed ({error}). Expected for example "
            "postgres://user:password@127.0.0.1:5432/cpas or sqlite:///var/db.sqlite3"
        ) from None
    if config.get("ENGINE") == "django.db.backends.sqlite3":
        # One writer at a time, waiting instead of failing: concurrent requests
        # (daphne, tests with threads) serialise their writes cleanly.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
        config["CONN_MAX_AGE"] = 0
    if not config.get("ENGINE") or not config.get("NAME"):
        raise ImproperlyConfigured(
            f"{name} names no database: {url!r}. Expected for example "
            "postgres://user:password@127.0.0.1:5432/cpas"
        )
    return config


#: Seconds a channel-layer read waits beyond the layer's blocking pop.
CHANNEL_LAYER_READ_MARGIN = 10
#: Connections of one process's channel-layer pool to Redis (redis-py's default
#: is 100); Redis itself accepts 10,000 clients, so ten workers fit.
CHANNEL_LAYER_MAX_CONNECTIONS = 1000
#: Seconds to open a connection to Redis before giving up (a dead server).
CHANNEL_LAYER_CONNECT_TIMEOUT = 5
#: Seconds a pooled connection may sit idle before it is checked with a PING.
CHANNEL_LAYER_HEALTH_CHECK = 30
#: Times a command is tried again on a fresh connection when its connection
#: broke (redis-py's pools try none): after a Redis restart every pooled
#: connection is dead, and each would otherwise fail one socket's handshake.
CHANNEL_LAYER_RETRIES = 2


def get_channel_layers(name: str) -> dict:
    """Redis when ``REDIS_URL`` is set (several processes), in-memory otherwise."""
    url = os.environ.get(name, "").strip()
    if not url:
        return {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(
            f"{name} must be a redis:// or rediss:// URL, not {url!r}."
        )
    from channels_redis.core import RedisChannelLayer
    from redis.asyncio.retry import Retry
    from redis.backoff import ExponentialBackoff

    return {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": [
                    {
                        "address": url,
                        # redis-py 8 gives every socket a 5 s read timeout, the
                        # same as the layer's blocking pop: an idle receiver then
                        # fails with "Timeout reading from ..." instead of
                        # waiting for its next message. The read must outlast
                        # the pop; a dead server is still noticed.
                        "socket_timeout": RedisChannelLayer.brpop_timeout
                        + CHANNEL_LAYER_READ_MARGIN,
                        # redis-py's asyncio pool stops at 100 connections and
                        # then raises MaxConnectionsError: 500 sockets joining
                        # their groups at once after a restart failed by the
                        # hundreds. Sized for every socket of one worker joining
                        # at the same moment (bench reconnect_storm).
                        "max_connections": CHANNEL_LAYER_MAX_CONNECTIONS,
                        "socket_connect_timeout": CHANNEL_LAYER_CONNECT_TIMEOUT,
                        "health_check_interval": CHANNEL_LAYER_HEALTH_CHECK,
                        "retry": Retry(
                            ExponentialBackoff(cap=0.5, base=0.05),
                            CHANNEL_LAYER_RETRIES,
                        ),
                    }
                ]
            },
        }
    }


def get_caches(name: str, *, required: bool = False) -> dict:
    """Redis (shared by every process: rate limits and lock-outs hold across
    workers) when ``name`` is set, the process's memory otherwise.

    ``required`` (production) refuses to start without it: a memory cache is per
    process, so a limit on guessing survey links would be multiplied by the
    number of workers, and nobody would notice.
    """
    url = os.environ.get(name, "").strip()
    if not url:
        if required:
            require(
                name,
                "production needs a shared cache for its rate limits, and the "
                "channel layer for live notifications: install Redis on the "
                "server (apt install redis-server) and set "
                "REDIS_URL=redis://127.0.0.1:6379/0.",
            )
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(
            f"{name} must be a redis:// or rediss:// URL, not {url!r}."
        )
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
        }
    }


def websocket_origins(base_url: str) -> list[str]:
    """The WebSocket origin of the site at ``base_url`` (``wss://host`` for
    ``https://host``), for the Content-Security-Policy's connect-src."""
    scheme, _separator, rest = base_url.partition("://")
    host = rest.split("/", 1)[0]
    if not host or scheme not in {"http", "https"}:
        return []
    return [f"{'wss' if scheme == 'https' else 'ws'}://{host}"]
