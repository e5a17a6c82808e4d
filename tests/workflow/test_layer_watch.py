"""When Redis comes back (after an outage, or restarted and without the groups),
every socket of the process is told to reconnect; while it stays up, none is.

The whole path with a real Redis stopped and started is
``tests/prod/test_redis_stopped.py``; here the watcher's decisions, one answer
at a time.
"""

from __future__ import annotations

import asyncio

from channels.layers import InMemoryChannelLayer

from workflow import layer_watch


class Socket:
    def __init__(self) -> None:
        self.closed_with: int | None = None

    async def close(self, code=None) -> None:
        self.closed_with = code


class Redis:
    """Answers with its run_id, or not at all while it is away."""

    def __init__(self) -> None:
        self.run_id = "first"
        self.away = False

    async def ask(self, layer) -> list[str]:
        if self.away:
            raise ConnectionError("Connection refused")
        return [self.run_id]


def watched(redis: Redis, count: int = 3) -> tuple[layer_watch.Watcher, list]:
    watcher = layer_watch.Watcher(layer=object(), ask=redis.ask)
    sockets = [Socket() for _ in range(count)]
    for socket in sockets:
        watcher.sockets.add(socket)
    return watcher, sockets


def test_a_redis_that_stays_up_closes_nothing():
    redis = Redis()
    watcher, sockets = watched(redis)

    async def run():
        return [await watcher.check() for _ in range(5)]

    assert asyncio.run(run()) == [False] * 5
    assert [s.closed_with for s in sockets] == [None, None, None]


def test_a_restarted_redis_closes_every_socket_as_a_service_restart():
    redis = Redis()
    watcher, sockets = watched(redis)

    async def run():
        await watcher.check()
        redis.run_id = "second"  # restarted between two questions: groups gone
        return await watcher.check()

    assert asyncio.run(run()) is True
    assert [s.closed_with for s in sockets] == [4012, 4012, 4012]
    assert not watcher.sockets


def test_sockets_stay_open_while_redis_is_away_and_close_when_it_answers_again():
    redis = Redis()
    watcher, sockets = watched(redis)

    async def away_then_back():
        await watcher.check()
        redis.away = True
        away = [await watcher.check() for _ in range(3)]
        states = [s.closed_with for s in sockets]
        redis.away = False  # the same server: what was sent meanwhile is lost
        return away, states, await watcher.check()

    away, states_while_away, back = asyncio.run(away_then_back())
    assert away == [False, False, False]
    assert states_while_away == [None, None, None]
    assert back is True
    assert [s.closed_with for s in sockets] == [4012, 4012, 4012]


def test_a_redis_that_hangs_counts_as_away():
    class Hanging(Redis):
        async def ask(self, layer):
            await asyncio.sleep(60)

    watcher, sockets = watched(Hanging())

    async def run():
        layer_watch.TIMEOUT, saved = 0.05, layer_watch.TIMEOUT
        try:
            return await watcher.check()
        finally:
            layer_watch.TIMEOUT = saved

    assert asyncio.run(run()) is False
    assert watcher.away


def test_the_watch_stops_with_the_last_socket(monkeypatch):
    monkeypatch.setattr(layer_watch, "INTERVAL", 0.01)
    redis = Redis()
    watcher = layer_watch.Watcher(layer=object(), ask=redis.ask)

    async def run():
        socket = Socket()
        watcher.watch(socket)
        task = watcher.task
        await asyncio.sleep(0.05)
        running = not task.done()
        watcher.sockets.discard(socket)
        await asyncio.wait_for(task, 1)
        return running

    assert asyncio.run(run()) is True
    assert watcher.task is None


def test_the_in_memory_layer_has_nothing_to_watch():
    class Consumer:
        channel_layer = InMemoryChannelLayer()

    layer_watch.watch(Consumer())
    assert id(Consumer.channel_layer) not in layer_watch._watchers
