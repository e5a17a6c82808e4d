"""Group messages sent from a thread of their own, so the request that caused them
returns without waiting.

With Redis (several processes), a move's messages went from the request's thread
through the process's event loop — the loop that also writes to every socket of
that process — and the coach's response waited for them: with 500 people told,
``acting_p95_ms_500`` was four times ``acting_p95_ms_20`` (bench notify_latency).
Here one thread per process runs its own event loop (channels-redis keeps a pool
per loop); the request hands its messages over and returns. They leave in the
order they were handed over. A process that dies before sending loses the push,
not the notification: the rows are written, and sockets replay them. For the
same reason a batch that waited longer than :data:`STALE_SECONDS` (Redis hung,
each send waiting for its time-out) is dropped rather than sent late: the
sockets that were cut meanwhile replay it, and the queue catches up at once
when Redis answers again.

The in-memory layer (one process: ``make run``, the tests) belongs to the loop
that serves the sockets, so its messages are sent there, as before.

Within a request they are held until its response has gone (Django's
``request_started`` / ``request_finished``, which run in the request's own
thread): the process that serves the coach also serves sockets, and a move told
to 500 people put 250 frames in that process's loop ahead of her response
(bench notify_latency: ``acting_p95_ms_500`` several times ``acting_p95_ms_20``).
What a request that never finished cleanly held leaves with the next one.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from asgiref.sync import async_to_sync

logger = logging.getLogger(__name__)
#: A batch of messages: (group, message) pairs, sent together.
Sends = list[tuple[str, dict]]
#: Seconds after which a batch not sent yet is dropped (its rows are replayed).
STALE_SECONDS = 10.0


async def send_together(layer, sends: Sends) -> None:
    """Each message to its group, at once; a refusal is logged, not raised.
    Each message names its group: a process's hub hands it to that group's
    sockets only (:mod:`workflow.live_hub`)."""
    results = await asyncio.gather(
        *(
            layer.group_send(group, {**message, "group": group})
            for group, message in sends
        ),
        return_exceptions=True,
    )
    for (group, _message), result in zip(sends, results, strict=True):
        if isinstance(result, Exception):
            logger.warning("live: the channel layer refused %s: %r", group, result)


class Sender:
    """One thread, its event loop and a queue of batches sent one after another."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.queue: asyncio.Queue[tuple[float, object, Sends]] | None = None
        ready = threading.Event()
        self.thread = threading.Thread(
            target=self.run, args=(ready,), name="live-sender", daemon=True
        )
        self.thread.start()
        ready.wait()

    def run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.queue = asyncio.Queue()
        self.loop.call_soon(ready.set)
        self.loop.run_until_complete(self.drain())

    async def drain(self) -> None:
        while True:
            handed_over, layer, sends = await self.queue.get()
            if time.monotonic() - handed_over > STALE_SECONDS:
                logger.warning("live: %d messages dropped, too late", len(sends))
                continue
            await send_together(layer, sends)

    def hand_over(self, layer, sends: Sends) -> None:
        batch = (time.monotonic(), layer, sends)
        self.loop.call_soon_threadsafe(self.queue.put_nowait, batch)


_sender: Sender | None = None
_starting = threading.Lock()
#: The batches a request of this thread holds until its response has gone, and
#: when it started.
_held = threading.local()
#: Seconds after which a hold counts as left behind by a request that never
#: finished (a test client's request that raised): what it held leaves, and
#: nothing more is held.
HOLD_LIMIT = 30.0


def sender() -> Sender:
    global _sender
    with _starting:
        if _sender is None or not _sender.thread.is_alive():
            _sender = Sender()
    return _sender


def send_in_background(layer) -> bool:
    """Whether ``layer``'s messages leave from the sender's thread (a layer
    shared between processes) rather than from the caller."""
    return hasattr(layer, "hosts")  # channels-redis's layers name their servers


def hold_until_response_sent(**kwargs) -> None:
    """``request_started``: this thread's batches wait for the response."""
    release_held()
    _held.batches, _held.since = [], time.monotonic()


def release_held(**kwargs) -> None:
    """``request_finished``: the response has gone; the batches leave."""
    batches, _held.batches = getattr(_held, "batches", None), None
    for layer, sends in batches or ():
        sender().hand_over(layer, sends)


def holding() -> list | None:
    """This thread's held batches, if a request is under way in it."""
    batches = getattr(_held, "batches", None)
    if batches is not None and time.monotonic() - _held.since > HOLD_LIMIT:
        release_held()
        return None
    return batches


def dispatch(layer, sends: Sends) -> None:
    """Send ``sends`` without making the caller wait for Redis (after its
    response, in a request), or, in one process, from the caller, whose loop
    serves the sockets."""
    if send_in_background(layer):
        held = holding()
        if held is not None:
            held.append((layer, sends))
        else:
            sender().hand_over(layer, sends)
        return
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        async_to_sync(send_together)(layer, sends)
        return
    # This thread runs an event loop (code driving a browser, a consumer's
    # sync call): async_to_sync may not block it, so the sends go from a thread.
    thread = threading.Thread(target=async_to_sync(send_together), args=(layer, sends))
    thread.start()
    thread.join()
