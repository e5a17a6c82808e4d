"""Redis stopped during a burst of transitions, then started again.

A social worker's page is connected (through Redis, the channel layer) when Redis
stops. The coach moves five of her referrals meanwhile: each transition still
succeeds (the notifications are rows in the database first). The page's socket
drops; it reconnects as notifications.js does (after 1 s, 2 s, 4 s … with the
last id it saw) and the replay brings what it missed: everything within 5 s of
Redis coming back.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import websocket

from tests.prod.helpers import MOVES, Browser, act, daphne, environment
from tests.services import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
DOWN_FOR = 3.0
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
                self.take(json.loads(self.socket.recv()))
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


@pytest.mark.redis
def test_transitions_succeed_without_redis_and_the_page_catches_up_after():
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
            page = Page(port, data["worker_session"])
            server.terminate()
            server.wait(timeout=10)
            statuses = [act(port, data["coach_session"], u) for u in data["act_urls"]]
            time.sleep(DOWN_FOR)
            server = redis(redis_port, folder)
            back = time.monotonic()
            page.listen_until(MOVES, back + WITHIN)
            caught_up = time.monotonic() - back
        finally:
            worker.terminate()
            worker.wait(timeout=20)
            server.terminate()
            server.wait(timeout=10)
    print(
        f"redis stopped: {MOVES} transitions answered {statuses}; the page had "
        f"{len(set(page.ids))} of {MOVES} notifications {caught_up:.1f} s after "
        f"Redis came back, after {page.reconnections} reconnection(s)"
    )
    assert statuses == [302] * MOVES
    assert len(set(page.ids)) == MOVES
    assert caught_up <= WITHIN
