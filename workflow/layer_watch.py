"""Sockets told to reconnect when Redis comes back.

A socket joins its groups once, when it connects; the groups live in Redis. When
Redis restarts they are gone, and a socket that stayed open (the channel layer's
client retries quietly) would never hear of its groups again; when Redis was only
out of reach, the messages sent meanwhile were refused. Either way the socket's
page is behind and does not know it.

One watcher per process asks each Redis of the channel layer who it is (its
``run_id``) every :data:`INTERVAL` seconds while sockets are open. When one did
not answer and answers again, or answers as another server (restarted), every
socket of the process is closed with 4012 (*service restart*): the page reconnects
as after any cut (notifications.js), joins its groups again and gets what it
missed (the replay). Nothing else is needed: notifications are rows first.

The in-memory layer (one process) has nothing to watch.
"""

from __future__ import annotations

import asyncio
import logging
import weakref

logger = logging.getLogger(__name__)

#: Seconds between two questions to Redis (a reconnection then takes 1–2 s more).
INTERVAL = 1.0
#: Seconds after which a question not answered counts as "Redis is away".
TIMEOUT = 2.0
#: WebSocket close code: come back (1012, *service restart*, in the application's
#: range: the WebSocket library sends only 1000 and 3000–4999).
SERVICE_RESTART = 4012


async def identities(layer) -> list[str]:
    """The ``run_id`` of each Redis server of the layer (raises when one is away)."""
    answers = []
    for index in range(layer.ring_size):
        info = await layer.connection(index).info("server")
        answers.append(str(info.get("run_id", "")))
    return answers


class Watcher:
    """The sockets of one process, and the task that watches their Redis."""

    def __init__(self, layer, ask=identities) -> None:
        self.layer = layer
        self.ask = ask
        self.sockets: weakref.WeakSet = weakref.WeakSet()
        self.task: asyncio.Task | None = None
        self.known: list[str] | None = None
        self.away = False

    def watch(self, consumer) -> None:
        self.sockets.add(consumer)
        if self.task is None or self.task.done():
            self.task = asyncio.get_running_loop().create_task(self.run())

    async def run(self) -> None:
        while self.sockets:
            await self.check()
            await asyncio.sleep(INTERVAL)
        self.task = None

    async def check(self) -> bool:
        """Ask once; close every socket if Redis came back. True if it did."""
        try:
            answer = await asyncio.wait_for(self.ask(self.layer), TIMEOUT)
        except Exception as error:  # noqa: BLE001 — any failure means "away"
            if not self.away:
                logger.warning("live: Redis does not answer (%r)", error)
            self.away = True
            return False
        came_back = self.away or (self.known is not None and answer != self.known)
        self.known, self.away = answer, False
        if came_back:
            await self.close_all()
        return came_back

    async def close_all(self) -> None:
        """Close every socket at once; one that hangs (its consumer already
        ended, say) holds no other back."""
        sockets = list(self.sockets)
        self.sockets = weakref.WeakSet()
        logger.warning(
            "live: Redis is back; %d sockets told to come back", len(sockets)
        )
        await asyncio.gather(*(self.close_one(consumer) for consumer in sockets))

    @staticmethod
    async def close_one(consumer) -> None:
        try:
            await asyncio.wait_for(consumer.close(code=SERVICE_RESTART), TIMEOUT)
        except Exception:  # noqa: BLE001 — a socket already gone
            logger.debug("live: a socket could not be closed", exc_info=True)


_watchers: dict[int, Watcher] = {}


def watch(consumer) -> None:
    """Watch the Redis of ``consumer``'s channel layer for it, if it has one."""
    layer = consumer.channel_layer
    if layer is None or not hasattr(layer, "ring_size"):
        return
    watcher = _watchers.get(id(layer))
    if watcher is None or watcher.layer is not layer:
        watcher = _watchers[id(layer)] = Watcher(layer)
    watcher.watch(consumer)


def forget(consumer) -> None:
    watcher = _watchers.get(id(getattr(consumer, "channel_layer", None)))
    if watcher is not None:
        watcher.sockets.discard(consumer)
