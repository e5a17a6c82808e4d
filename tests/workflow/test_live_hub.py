"""With Redis, a process joins each group once and hands each message to that
group's sockets of the process: each hears what her groups hear, once, and
nothing else.

Against a real Redis (channels-redis reads all of a process's channels from one
queue: a hub channel named otherwise was never read, which only a real layer
shows). The whole path through daphne: ``tests/workflow/test_multiprocess.py``
and ``tests/prod/``; the consumer's own tests run on Redis in the second leg.
"""

from __future__ import annotations

import asyncio

import pytest
from channels_redis.core import RedisChannelLayer

from tests.services import redis_server
from workflow import live_hub

pytestmark = pytest.mark.redis


class Socket:
    """A consumer as the hub sees it: it hears messages."""

    def __init__(self, name: str, fails: bool = False) -> None:
        self.name = name
        self.fails = fails
        self.heard: list[str] = []

    async def hear(self, message) -> None:
        if self.fails:
            raise RuntimeError("this socket is broken")
        self.heard.append(message["text"])


@pytest.fixture(scope="module")
def redis_url():
    with redis_server() as url:
        yield url


def run_with_layer(redis_url: str, scenario) -> None:
    async def main():
        layer = RedisChannelLayer(hosts=[redis_url], prefix="hub-test")
        try:
            await scenario(layer, live_hub.hub_for(layer))
        finally:
            await layer.flush()
            await layer.close_pools()

    asyncio.run(main())


async def send(layer, group: str, text: str) -> None:
    await layer.group_send(group, {"type": "live.event", "group": group, "text": text})


async def settle() -> None:
    await asyncio.sleep(0.3)


def test_each_socket_hears_its_groups_once_and_no_other(redis_url):
    antenna_a, antenna_b, both = Socket("a"), Socket("b"), Socket("both")

    async def scenario(layer, hub):
        await hub.join(antenna_a, ["live.antenna.1", "notifications.user.1"])
        await hub.join(antenna_b, ["live.antenna.2"])
        await hub.join(both, ["live.antenna.1", "live.antenna.2"])
        await send(layer, "live.antenna.1", "moved in 1")
        await send(layer, "live.antenna.2", "moved in 2")
        await send(layer, "notifications.user.1", "for user 1")
        await send(layer, "live.antenna.3", "moved in 3")
        await settle()

    run_with_layer(redis_url, scenario)
    assert antenna_a.heard == ["moved in 1", "for user 1"]
    assert antenna_b.heard == ["moved in 2"]
    assert both.heard == ["moved in 1", "moved in 2"]


def test_the_process_is_one_member_of_a_group_however_many_sockets(redis_url):
    sockets = [Socket(str(n)) for n in range(300)]

    async def scenario(layer, hub):
        for socket in sockets:
            await hub.join(socket, ["live.antenna.1"])
        members = await layer.connection(0).zcard(layer._group_key("live.antenna.1"))
        assert members == 1
        await send(layer, "live.antenna.1", "moved")
        await settle()

    run_with_layer(redis_url, scenario)
    assert [socket.heard for socket in sockets] == [["moved"]] * 300


def test_a_socket_that_left_hears_nothing_more_and_the_others_still_do(redis_url):
    leaving, staying = Socket("leaving"), Socket("staying")

    async def scenario(layer, hub):
        await hub.join(leaving, ["live.antenna.1"])
        await hub.join(staying, ["live.antenna.1"])
        await send(layer, "live.antenna.1", "first")
        await settle()
        hub.leave(leaving, ["live.antenna.1"])
        await send(layer, "live.antenna.1", "second")
        await settle()
        hub.leave(staying, ["live.antenna.1"])
        assert "live.antenna.1" not in hub.members
        await send(layer, "live.antenna.1", "to nobody")
        await settle()

    run_with_layer(redis_url, scenario)
    assert leaving.heard == ["first"]
    assert staying.heard == ["first", "second"]


def test_a_broken_socket_holds_no_other_back(redis_url):
    sockets = [Socket("before"), Socket("broken", fails=True), Socket("after")]

    async def scenario(layer, hub):
        for socket in sockets:
            await hub.join(socket, ["live.antenna.1"])
        await send(layer, "live.antenna.1", "moved")
        await send(layer, "live.antenna.1", "moved again")
        await settle()

    run_with_layer(redis_url, scenario)
    assert [socket.heard for socket in sockets] == [
        ["moved", "moved again"],
        [],
        ["moved", "moved again"],
    ]


def test_the_hub_listens_again_after_redis_failed_it(redis_url):
    socket = Socket("s")
    failures = []

    async def scenario(layer, hub):
        await hub.join(socket, ["live.antenna.1"])
        receive = layer.receive

        async def failing_once(channel):
            if not failures:
                failures.append(channel)
                raise ConnectionError("Connection refused")
            return await receive(channel)

        layer.receive = failing_once
        hub.task.cancel()
        hub.task = None
        await hub.join(socket, ["live.antenna.1"])  # starts listening again
        await asyncio.sleep(live_hub.RETRY + 0.2)
        await send(layer, "live.antenna.1", "after the failure")
        await settle()

    run_with_layer(redis_url, scenario)
    assert failures
    assert socket.heard == ["after the failure"]


def test_only_a_layer_shared_between_processes_goes_through_a_hub():
    from channels.layers import InMemoryChannelLayer

    assert live_hub.serves(RedisChannelLayer(hosts=["redis://127.0.0.1:1/0"]))
    assert not live_hub.serves(InMemoryChannelLayer())
    assert not live_hub.serves(None)
