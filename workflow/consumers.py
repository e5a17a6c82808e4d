"""The WebSocket of a user's notifications.

Authenticated by the session (``AuthMiddlewareStack``) and checked against the
allowed hosts (``AllowedHostsOriginValidator``, see ``config.asgi``). A socket
joins only its own user's group; the client chooses nothing but the last id it saw,
and receives what came after it on every (re)connection.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from intake.parsing import parse_int
from workflow import notifications

UNAUTHORISED = 4401


class NotificationConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self) -> None:
        user = self.scope.get("user")
        if user is None or not user.is_authenticated or not user.is_active:
            await self.close(code=UNAUTHORISED)
            return
        self.user = user
        self.group = notifications.group_for(user.pk)
        # Join first, then replay: nothing created in between is lost (the
        # client ignores ids it already has).
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self.replay(self.last_id_from_query())

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs) -> None:
        if content.get("type") == "replay":
            await self.replay(parse_int(content.get("after"), 0))

    async def notification_push(self, event) -> None:
        await self.send_json({"type": "notification", **event["notification"]})

    async def replay(self, after_id: int) -> None:
        rows, unread = await self._missed(after_id)
        await self.send_json(
            {"type": "replay", "notifications": rows, "unread": unread}
        )

    @database_sync_to_async
    def _missed(self, after_id: int):
        return notifications.missed(self.user, after_id), notifications.unread_count(
            self.user.pk
        )

    def last_id_from_query(self) -> int:
        query = parse_qs(self.scope.get("query_string", b"").decode())
        return parse_int((query.get("after") or ["0"])[0], 0)
