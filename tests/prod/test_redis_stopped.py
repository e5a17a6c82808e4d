"""Redis stopped during a burst of transitions, then started again.

A social worker has two tabs open (two sockets, through Redis, the channel layer)
when Redis stops. The coach moves five of her referrals meanwhile: each
transition still succeeds (the notifications are rows in the database first).
Redis starts again empty: the sockets' groups are gone. Only one socket of a
process reads from Redis at a time and may see the cut; the other would stay
open and deaf, so the process's watcher (``workflow.layer_watch``) closes both
when Redis answers again. Each tab reconnects as notifications.js does (after
1 s, 2 s, 4 s … with the last id it saw) and the replay brings what it missed:
everything, in both tabs, within 5 s of Redis coming back.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
import websocket

from tests.prod.helpers import MOVES, Browser, act, daphne, environment
from tests.services import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
#: Seconds after Redis is back within which every notification must be there.
WITHIN = 5.0


def redis(port: int, folder: str) -> subprocess.Popen:
    command = [shutil.which("redis-server") or "redis-server", "--port", str(port)]
    command += ["--bind", "127.0.0.1", "--save", "", "--dir", folder]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for_port(port)
    return process


class Page(Browser):
    """The page's reconnection: 1 s, 2 s, 4 s … between attempts."""

    def listen_until(self, count: int, deadline: float) -> None:
        wait = 1.0
        while len(set(self.ids)) < count and time.monotonic() < deadline:
            try:
                self.receive()
            except websocket.WebSocketTimeoutException:
                continue
            except (websocket.WebSocketException, OSError):
                time.sleep(wait)
                try:
                    self.socket = self.connect()
                    self.reconnections += 1
                    wait = 1.0
                except (websocket.WebSocketException, OSError):
                    wait = min(wait * 2, 30.0)


# Down for 0.2 s, the layer's client retries its blocked read and finds the new
# server: without the watcher the sockets stayed open, deaf (their groups gone);
# down for 3 s, the reads fail and the sockets are cut.
@pytest.mark.redis
@pytest.mark.parametrize("down_for", [0.2, 3.0])
def test_transitions_succeed_without_redis_and_the_page_catches_up_after(down_for):
    with tempfile.TemporaryDirectory() as folder:
        redis_port = free_port()
        server = redis(redis_port, folder)
        env = environment(
            f"sqlite:///{folder}/db.sqlite3", f"redis://127.0.0.1:{redis_port}/0"
        )
        setup = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("fault_setup.py"))]
            + [str(MOVES)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,  # a migration from scratch, slow on a busy machine
        )
        assert setup.returncode == 0, setup.stderr[-3000:]
        data = json.loads(setup.stdout.strip().splitlines()[-1])
        port = free_port()
        worker = daphne(port, env)
        try:
            wait_for_port(port, timeout=120)
            tabs = [Page(port, data["worker_session"]) for _ in range(2)]
            server.terminate()
            server.wait(timeout=10)
            statuses = [act(port, data["coach_session"], u) for u in data["act_urls"]]
            time.sleep(down_for)
            server = redis(redis_port, folder)
            back = time.monotonic()
            caught_up = [0.0] * len(tabs)

            def listen(n: int) -> None:
                tabs[n].listen_until(MOVES, back + WITHIN)
                caught_up[n] = time.monotonic() - back

            listening = [threading.Thread(target=listen, args=(n,)) for n in (0, 1)]
            for thread in listening:
                thread.start()
            for thread in listening:
                thread.join()
        finally:
            worker.terminate()
            worker.wait(timeout=20)
            server.terminate()
            server.wait(timeout=10)
    had = [len(set(tab.ids)) for tab in tabs]
    print(
        f"redis stopped ({down_for} s after the moves): {MOVES} transitions "
        f"answered {statuses}; the tabs had "
        f"{had} of {MOVES} notifications "
        f"{', '.join(f'{s:.1f}' for s in caught_up)} s after Redis came back, "
        f"after {[tab.reconnections for tab in tabs]} reconnection(s)"
    )
    assert statuses == [302] * MOVES
    assert had == [MOVES, MOVES]
    assert max(caught_up) <= WITHIN
