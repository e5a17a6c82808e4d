"""The WebSocket of a user's notifications and of the rows her screens show.

Authenticated by the session (``security.sockets``) and checked against the
allowed hosts (``AllowedHostsOriginValidator``, see ``config.asgi``). A socket
joins its own user's group and the groups of the rows she may see, as the server
decides (:func:`workflow.live.groups_of`); the client chooses nothing but the
last id it saw, and receives what came after it on every (re)connection.
"""

from __future__ import annotations

import asyncio
from collections import deque
from urllib.parse import parse_qs

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from intake.parsing import parse_int
from workflow import layer_watch, live, live_hub, notifications

UNAUTHORISED = 4401
#: How many group messages a socket remembers, to pass over one it got twice
#: (through two of its groups).
REMEMBERED = 64


class NotificationConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self) -> None:
        user = self.scope.get("user")
        if user is None or not user.is_authenticated or not user.is_active:
            await self.close(code=UNAUTHORISED)
            return
        self.user = user
        # Her key in a move's "told", made once rather than for every message.
        self.user_key = str(user.pk)
        self.seen: deque[str] = deque(maxlen=REMEMBERED)
        # Only a page that shows rows asks for them (``?rows=1``): a tab with
        # the bell alone gets its notifications, one frame per message at most.
        self.wants_rows = self.query().get("rows") == ["1"]
        self.language, groups = await self._reader()
        self.groups = [notifications.group_for(user.pk), *groups]
        # Join first, then replay: nothing created in between is lost (the
        # client ignores ids it already has). What the hub brings meanwhile
        # waits for the replay.
        self.waiting: list[dict] | None = []
        if live_hub.serves(self.channel_layer):
            await live_hub.hub_for(self.channel_layer).join(self, self.groups)
        else:
            await asyncio.gather(
                *(
                    self.channel_layer.group_add(group, self.channel_name)
                    for group in self.groups
                )
            )
        await self.accept()
        await self.replay(self.last_id_from_query())
        waiting, self.waiting = self.waiting, None
        for message in waiting:
            await self.dispatch(message)
        # Groups live in Redis: if it restarts, the socket is told to come back.
        layer_watch.watch(self)

    async def hear(self, message) -> None:
        """A group message from the process's hub (workflow.live_hub)."""
        if self.waiting is not None:
            self.waiting.append(message)
        else:
            await self.dispatch(message)

    async def dispatch(self, message) -> None:
        """Each message to its handler, without Channels' default stop in the
        process's one thread for synchronous code first (``aclose_old_connections``,
        a hop per message and per socket): a move told to an antenna of 500 queued
        250 hops in each of two processes, in the thread that also runs the
        coach's own request, which waited for them (bench notify_latency). This
        consumer reads the database only through ``database_sync_to_async``,
        which closes stale connections itself."""
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def disconnect(self, code: int) -> None:
        layer_watch.forget(self)
        groups = getattr(self, "groups", [])
        if live_hub.serves(self.channel_layer):
            live_hub.hub_for(self.channel_layer).leave(self, groups)
            return
        for group in groups:
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content, **kwargs) -> None:
        if content.get("type") == "replay":
            await self.replay(parse_int(content.get("after"), 0))

    async def notification_push(self, event) -> None:
        await self.send_json({"type": "notification", **event["notification"]})

    async def live_event(self, event) -> None:
        """A referral changed: its row for the screens, and this user's
        notification if she is told of it (in her language)."""
        if event["key"] in self.seen:
            return
        self.seen.append(event["key"])
        mine = event.get("told", {}).get(self.user_key)
        if mine is not None:
            await self.send_json(self.notification(mine, event["notice"]))
        if self.wants_rows:
            await self.send_json({"type": "row", **event["row"]})

    def notification(self, pk: int, notice: dict) -> dict:
        """The user's notification: the text in her language, and her unread
        count kept by this socket (read at each replay, one more per push)."""
        texts = notice["texts"]
        if pk > self.last_pushed:
            self.last_pushed = pk
            self.unread += 1
        return {
            "type": "notification",
            "id": pk,
            "text": texts.get(self.language) or next(iter(texts.values())),
            "url": notice["url"],
            "referral": notice["referral"],
            "target": notice["target"],
            "created_at": notice["created_at"],
            "read": False,
            "unread": self.unread,
        }

    async def replay(self, after_id: int) -> None:
        rows, unread = await self._missed(after_id)
        self.unread = unread
        self.last_pushed = max([after_id, *(row["id"] for row in rows)])
        await self.send_json(
            {"type": "replay", "notifications": rows, "unread": unread}
        )

    # Reads in a small pool of threads, not the one thread every socket of the
    # process shares: 250 sockets coming back at once otherwise queue behind
    # each other past daphne's handshake time-out (bench reconnect_storm).
    async def _reader(self) -> tuple[str, list[str]]:
        def read() -> tuple[str, list[str]]:
            return notifications.language_of(self.user), live.groups_of(self.user)

        return await database_sync_to_async(read, thread_sensitive=False)()

    async def _missed(self, after_id: int) -> tuple[list[dict], int]:
        def read() -> tuple[list[dict], int]:
            return (
                notifications.missed(self.user, after_id),
                notifications.unread_count(self.user.pk),
            )

        return await database_sync_to_async(read, thread_sensitive=False)()

    def query(self) -> dict[str, list[str]]:
        return parse_qs(self.scope.get("query_string", b"").decode())

    def last_id_from_query(self) -> int:
        return parse_int((self.query().get("after") or ["0"])[0], 0)
