"""One listener per process for the groups of its sockets (with Redis).

Each socket used to join its groups under its own channel: a move told to an
antenna of 500 put 250 messages in each process's queue, each woken through
channels-redis's ``receive`` (a lock, two tasks and a wait per message) and
Channels' dispatch loop (a task per message) before its frame was written — 0.24
ms of CPU per socket on the bench machine, and every frame of the 250 left at the
end, after the last was made (bench notify_latency: the first socket heard of a
move 80 ms after it, the median one 170 ms).

Here the process joins each group once, under one channel of its own, receives
each message once, and hands it to the group's sockets of this process in a plain
loop, :data:`SLICE` at a time with a turn of the event loop between, so that
their frames leave as they are made and the process's other work (a coach's
response) is not held behind all of them.

Who hears what is unchanged: a socket is a member of the groups the server chose
for it (:func:`workflow.live.groups_of`), and the hub delivers a message only to
the members of the group it was sent to (``message["group"]``, set by
:func:`workflow.live_sender.send_together`).

The process's channel stays in a group after its last socket of that group
left: a group message then costs this process one message it drops, and a socket
that comes back finds the group joined. Memberships expire as any in
channels-redis (``group_expiry``); each joining socket renews its groups'.

The in-memory layer (one process, ``make run`` and the tests' first leg) keeps a
channel per socket: there is no second process to spare a message.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict

from workflow import live_sender

logger = logging.getLogger(__name__)

#: Sockets given a message between two turns of the event loop.
SLICE = 16
#: Seconds before listening again after the channel layer failed (Redis away).
RETRY = 0.5


class Hub:
    """The sockets of one process by group, and the task that listens for them."""

    def __init__(self, layer) -> None:
        self.layer = layer
        self.loop = asyncio.get_running_loop()
        self.members: defaultdict[str, set] = defaultdict(set)
        self.channel: str | None = None
        self.task: asyncio.Task | None = None

    async def join(self, consumer, groups: list[str]) -> None:
        """Make ``consumer`` hear the messages of ``groups`` from now on."""
        if self.channel is None:
            # channels-redis reads all of a process's channels from one queue,
            # by whichever receiver holds its lock: the hub's channel must be
            # named like the sockets' own to be read at all.
            self.channel = await self.layer.new_channel()
        if self.task is None or self.task.done():
            self.task = self.loop.create_task(self.listen())
        for group in groups:
            self.members[group].add(consumer)
        await asyncio.gather(
            *(self.layer.group_add(group, self.channel) for group in groups)
        )

    def leave(self, consumer, groups: list[str]) -> None:
        for group in groups:
            members = self.members.get(group)
            if members is not None:
                members.discard(consumer)
                if not members:
                    del self.members[group]

    async def listen(self) -> None:
        while True:
            try:
                message = await self.layer.receive(self.channel)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 — Redis away: the watcher
                # (workflow.layer_watch) tells the sockets to come back.
                logger.warning("live: the hub could not receive (%r)", error)
                await asyncio.sleep(RETRY)
                continue
            await self.deliver(message)

    async def deliver(self, message: dict) -> None:
        """``message`` to each socket of its group, a slice at a time."""
        consumers = list(self.members.get(message.get("group", ""), ()))
        for index, consumer in enumerate(consumers, start=1):
            try:
                await consumer.hear(message)
            except Exception:  # one socket's failure holds no other back
                logger.exception("live: a socket could not be told")
            if index % SLICE == 0:
                await asyncio.sleep(0)


_hubs: dict[int, Hub] = {}


def serves(layer) -> bool:
    """Whether sockets on ``layer`` join their groups through the process's hub:
    a layer shared between processes, as the sender decides it."""
    return layer is not None and live_sender.send_in_background(layer)


def hub_for(layer) -> Hub:
    """This process's hub on ``layer`` (one per event loop that serves sockets)."""
    hub = _hubs.get(id(layer))
    loop = asyncio.get_running_loop()
    if hub is None or hub.layer is not layer or hub.loop is not loop:
        hub = _hubs[id(layer)] = Hub(layer)
    return hub
