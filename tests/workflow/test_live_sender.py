"""With Redis, a move's group messages leave from the sender's thread: the coach's
request does not wait for them, however slow the layer, and they still leave in
the order of the moves."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from django.core.handlers.asgi import ASGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from workflow import live, live_sender


class SlowRedisLayer:
    """Looks like channels-redis's layer (it names its servers) and holds each
    message until it is let go."""

    hosts = [{"address": "redis://127.0.0.1:1"}]

    def __init__(self) -> None:
        self.let_go = threading.Event()
        self.sent: list[str] = []
        self.all_sent = threading.Event()

    async def group_send(self, group: str, message: dict) -> None:
        while not self.let_go.is_set():
            await asyncio.sleep(0.01)
        self.sent.append(message["key"])
        if len(self.sent) == 4:
            self.all_sent.set()


def test_the_request_returns_before_a_slow_layer_sends_and_the_order_is_kept(
    monkeypatch,
):
    layer = SlowRedisLayer()
    monkeypatch.setattr(live, "get_channel_layer", lambda: layer)
    started = time.perf_counter()
    for n in range(4):
        live.group_send_all([(live.antenna_group(1), {"key": f"move {n}"})])
    handed_over = time.perf_counter() - started
    assert handed_over < 0.5
    assert layer.sent == []

    layer.let_go.set()
    assert layer.all_sent.wait(5)
    assert layer.sent == ["move 0", "move 1", "move 2", "move 3"]


def test_a_refused_message_does_not_stop_the_ones_after_it(monkeypatch, caplog):
    class RefusingOnce(SlowRedisLayer):
        async def group_send(self, group: str, message: dict) -> None:
            if message["key"] == "refused":
                raise ConnectionError("Redis is down")
            await super().group_send(group, message)

    layer = RefusingOnce()
    layer.let_go.set()
    monkeypatch.setattr(live, "get_channel_layer", lambda: layer)
    live.group_send_all([(live.antenna_group(1), {"key": "refused"})])
    for n in range(4):
        live.group_send_all([(live.antenna_group(1), {"key": f"move {n}"})])
    assert layer.all_sent.wait(5)
    assert "refused live.antenna.1" in caplog.text


def test_a_batch_that_waited_too_long_is_dropped_not_sent_late(monkeypatch, caplog):
    """Redis hung: the sockets that were cut replay the rows; what waited past
    the limit is not pushed late, and what comes next is not held up by it."""
    layer = SlowRedisLayer()
    monkeypatch.setattr(live, "get_channel_layer", lambda: layer)
    monkeypatch.setattr(live_sender, "STALE_SECONDS", 0.2)
    live.group_send_all([(live.antenna_group(1), {"key": "held"})])
    live.group_send_all([(live.antenna_group(1), {"key": "stale"})])
    time.sleep(0.4)
    layer.let_go.set()
    for n in range(3):
        live.group_send_all([(live.antenna_group(1), {"key": f"move {n}"})])
    deadline = time.monotonic() + 5
    while len(layer.sent) < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert layer.sent == ["held", "move 0", "move 1", "move 2"]
    assert "1 messages dropped, too late" in caplog.text


class Recorder:
    """Stands for the sender's thread: notes each batch handed over."""

    def __init__(self) -> None:
        self.batches: list[list] = []

    def hand_over(self, layer, sends) -> None:
        self.batches.append(sends)


@pytest.fixture
def handed_over(monkeypatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(live_sender, "sender", lambda: recorder)
    monkeypatch.setattr(live, "get_channel_layer", SlowRedisLayer)
    return recorder


def test_within_a_request_the_messages_wait_until_its_response_has_gone(
    handed_over,
):
    """The process that serves the coach also serves sockets: her response goes
    first (Django sends ``request_finished`` once it has), then the move's
    messages, none lost. Django's own signals, as the handler sends them."""
    # As the test client does: no database here, whose connections Django's
    # own receiver would look at.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        request_started.send(sender=ASGIHandler, scope={})
        live.group_send_all([(live.antenna_group(1), {"key": "the move"})])
        live.group_send_all([(live.programme_group(1), {"key": "the move"})])
        assert handed_over.batches == []
        request_finished.send(sender=ASGIHandler)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert handed_over.batches == [
        [(live.antenna_group(1), {"key": "the move"})],
        [(live.programme_group(1), {"key": "the move"})],
    ]


def test_outside_a_request_a_move_leaves_at_once(handed_over):
    live.group_send_all([(live.antenna_group(1), {"key": "from a command"})])
    assert handed_over.batches == [[(live.antenna_group(1), {"key": "from a command"})]]


def test_what_a_request_held_and_never_released_leaves_with_the_next_one(
    handed_over,
):
    live_sender.hold_until_response_sent()
    live.group_send_all([(live.antenna_group(1), {"key": "interrupted"})])
    assert handed_over.batches == []
    live_sender.hold_until_response_sent()  # the next request starts
    assert handed_over.batches == [[(live.antenna_group(1), {"key": "interrupted"})]]
    live_sender.release_held()


def test_a_hold_left_by_a_request_that_never_finished_expires(handed_over, monkeypatch):
    live_sender.hold_until_response_sent()
    live.group_send_all([(live.antenna_group(1), {"key": "left behind"})])
    monkeypatch.setattr(live_sender, "HOLD_LIMIT", 0.0)
    live.group_send_all([(live.antenna_group(1), {"key": "later"})])
    assert handed_over.batches == [
        [(live.antenna_group(1), {"key": "left behind"})],
        [(live.antenna_group(1), {"key": "later"})],
    ]


def test_each_message_names_the_group_it_is_sent_to():
    """A process's hub hands a message to the sockets of its group only
    (workflow.live_hub): the group travels in the message."""
    got = []

    class Layer:
        async def group_send(self, group: str, message: dict) -> None:
            got.append((group, message["group"], message["key"]))

    antenna, programme = live.antenna_group(1), live.programme_group(1)
    asyncio.run(
        live_sender.send_together(
            Layer(), [(antenna, {"key": "moved"}), (programme, {"key": "moved"})]
        )
    )
    assert got == [(antenna, antenna, "moved"), (programme, programme, "moved")]
