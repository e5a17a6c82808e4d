"""A daphne worker killed (-9) while browsers are connected through nginx.

Two workers behind nginx (deploy/nginx.conf, as ``make serve-prod`` runs it) share
Redis; a social worker has sockets open on both. One worker is killed; the coach
then moves the social worker's referrals (nginx sends her requests to the worker
left). The sockets of the killed worker reconnect through nginx — to the worker
left — with the last id they saw, and the replay gives them what they missed: in
the end every socket has every notification.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from deploy.production import nginx_config
from tests.prod.helpers import MOVES, Browser, act, daphne, environment
from tests.services import free_port, redis_server, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
SOCKETS = 6
#: Seconds a socket has to get everything, reconnection included.
DEADLINE = 15.0


@pytest.mark.redis
def test_sockets_of_a_killed_worker_reconnect_to_the_other_and_miss_nothing():
    with tempfile.TemporaryDirectory() as folder, redis_server() as redis_url:
        env = environment(f"sqlite:///{folder}/db.sqlite3", redis_url)
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
        ports, front = [free_port(), free_port()], free_port()
        workers = [daphne(port, env) for port in ports]
        config = nginx_config(Path(folder), front, ports, ROOT / "staticfiles")
        nginx = subprocess.Popen(
            ["nginx", "-c", str(config), "-e", str(config.parent / "error.log")]
            + ["-g", "daemon off;"]
        )
        try:
            for port in [*ports, front]:
                wait_for_port(port, timeout=120)
            browsers = [Browser(front, data["worker_session"]) for _ in range(SOCKETS)]
            workers[0].send_signal(signal.SIGKILL)
            workers[0].wait()
            statuses = [act(front, data["coach_session"], u) for u in data["act_urls"]]
            deadline = time.monotonic() + DEADLINE
            for browser in browsers:
                browser.listen_until(MOVES, deadline)
        finally:
            for process in [nginx, *workers]:
                if process.poll() is None:
                    process.terminate()
                    process.wait(timeout=20)
        received = [len(set(browser.ids)) for browser in browsers]
        reconnected = sum(1 for browser in browsers if browser.reconnections)
        doubled = sum(len(b.ids) - len(set(b.ids)) for b in browsers)
        print(
            f"worker killed: {SOCKETS} sockets, {reconnected} reconnected, "
            f"{MOVES} transitions answered {statuses}, notifications per socket "
            f"{received}, repeated ids (ignored by the page) {doubled}"
        )
        assert statuses == [302] * MOVES
        assert reconnected >= 1  # round-robin put some sockets on the killed one
        assert received == [MOVES] * SOCKETS
