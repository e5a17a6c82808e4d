"""A reconnection storm: 500 sockets (re)connecting within 2 seconds, as after a
server restart.

The production topology on loopback (bench/live/): PostgreSQL, Redis, two daphne
processes; 500 social workers of one antenna. Every socket starts its connection
at a moment drawn uniformly over 2 s, then the same again (they all come back,
as browsers do after a restart). Each joins its groups through the channel
layer's Redis pool (``CHANNEL_LAYERS`` … ``max_connections``, site/config/env.py):
with redis-py's default pool of 100, this storm failed by the hundreds
(``MaxConnectionsError``).

Prints::

    BENCH reconnect_storm connected=… errors=…

``connected``: sockets accepted and replayed to in the second wave; ``errors``:
refusals, resets and time-outs over both waves. Goal: all 500 connected, 0 errors.
"""

from __future__ import annotations

import asyncio
import random

from bench.live.sockets import Socket, close, open_socket
from bench.live.topology import topology

SOCKETS = 500
WORKERS = 2
SPREAD = 2.0


async def wave(tabs: list[Socket], chance: random.Random) -> tuple[int, list[str]]:
    async def one(tab: Socket) -> bool:
        await asyncio.sleep(chance.uniform(0, SPREAD))
        tab.failed = ""
        return await open_socket(tab, timeout=60)

    results = await asyncio.gather(*(one(tab) for tab in tabs))
    return sum(results), [tab.failed for tab in tabs if tab.failed]


async def scenario(world) -> dict:
    chance = random.Random(2026)
    tabs = [
        Socket(world.socket_url(n) + "?after=0", session)
        for n, session in enumerate(world.seed["big"])
    ]
    _first, first_errors = await wave(tabs, chance)
    await asyncio.gather(*(close(tab) for tab in tabs))
    connected, errors = await wave(tabs, chance)
    await asyncio.gather(*(close(tab) for tab in tabs))
    failures = first_errors + errors
    if failures:
        print(f"# reconnect_storm: first errors {sorted(set(failures))[:3]}")
    return {"connected": connected, "errors": len(failures)}


def run(n: int = SOCKETS) -> list[str]:
    """``n`` sockets (500 unless ``--n`` says otherwise)."""
    with topology(WORKERS, n, 1, 1) as world:
        measures = asyncio.run(scenario(world))
    return [
        f"BENCH reconnect_storm connected={measures['connected']} "
        f"errors={measures['errors']}"
    ]
