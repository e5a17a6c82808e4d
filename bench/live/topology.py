"""The production topology on loopback: PostgreSQL and Redis (started as the
tests start them, tests/services.py), N daphne processes on their own ports."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.services import free_port, postgres_server, redis_server

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
STARTUP_TIMEOUT = 90.0


@dataclass
class Topology:
    ports: list[int]
    seed: dict
    env: dict
    servers: list[subprocess.Popen]

    def base(self, n: int) -> str:
        return f"http://{HOST}:{self.ports[n % len(self.ports)]}"

    def socket_url(self, n: int) -> str:
        return f"ws://{HOST}:{self.ports[n % len(self.ports)]}/ws/notifications/"


def environment(database_url: str, redis_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DJANGO_SETTINGS_MODULE="bench.live.settings",
        PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
    )
    return env


def seeded(env: dict, *arguments: int) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "bench.live.prepare", *map(str, arguments)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    if result.returncode != 0:
        raise RuntimeError(f"seed failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


#: Connections the kernel queues for a daphne process before it accepts them:
#: twisted's default, 50, resets sockets when hundreds come back at once.
BACKLOG = 1024
#: Seconds daphne gives a WebSocket to be accepted (its default, 5, is shorter
#: than 250 sockets of one process take to be authenticated when they all come
#: back at once on two busy cores: every one of them then failed).
HANDSHAKE_SECONDS = 30


def endpoint(port: int) -> str:
    return f"tcp:port={port}:interface={HOST}:backlog={BACKLOG}"


def start_daphne(env: dict, port: int, log: Path) -> subprocess.Popen:
    daphne = Path(sys.executable).with_name("daphne")
    with log.open("ab") as output:
        return subprocess.Popen(
            [str(daphne), "-e", endpoint(port)]
            + ["--websocket_connect_timeout", str(HANDSHAKE_SECONDS)]
            + ["config.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def wait_until_up(port: int, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"daphne stopped:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2)
            return
        time.sleep(0.3)
    raise RuntimeError(f"daphne did not answer:\n{log.read_text()[-3000:]}")


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextlib.contextmanager
def topology(workers: int, *seed_arguments: int) -> Iterator[Topology]:
    """PostgreSQL, Redis, the seed, ``workers`` daphne processes; all stopped
    afterwards."""
    # Commit times kept: notify_latency measures from each notification's commit.
    with (
        postgres_server(track_commit_timestamp="on") as database_url,
        redis_server() as redis_url,
    ):
        env = environment(database_url, redis_url)
        seed = seeded(env, *seed_arguments)
        log = Path(tempfile.mkdtemp(prefix="bench-live-")) / "daphne.log"
        ports = [free_port() for _ in range(workers)]
        servers = [start_daphne(env, port, log) for port in ports]
        try:
            for port, server in zip(ports, servers, strict=True):
                wait_until_up(port, server, log)
            yield Topology(ports, seed, env, servers)
        finally:
            for server in servers:
                stop(server)
