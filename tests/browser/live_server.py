"""What the live browser tests share (test_live_bell.py, test_live_rows.py): a
daphne process on a fresh SQLite database built by a set-up script, and a page
signed in with a session that script made."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tests.services import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def served(setup: Path) -> Iterator[tuple[str, dict]]:
    """Run ``setup`` (it prints its data as JSON on its last line) on a fresh
    database, serve it with daphne; yield the server's URL and that data."""
    with tempfile.TemporaryDirectory() as folder:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        }
        env.update(
            DATABASE_URL=f"sqlite:///{folder}/db.sqlite3",
            DJANGO_SETTINGS_MODULE="config.settings",
            PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
        )
        result = subprocess.run(
            [sys.executable, str(setup)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        data = json.loads(result.stdout.strip().splitlines()[-1])
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
            + ["config.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, timeout=60)
            yield f"http://127.0.0.1:{port}", data
        finally:
            stop(server)


def stop(server: subprocess.Popen) -> None:
    """Ask daphne to stop; on a busy machine it may not within 20 s (it waits
    for its open sockets' consumers): then it is killed, as a supervisor would."""
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=20)


def signed_in(new_context, url: str, session: str):
    """A new browser page whose cookie is ``session``."""
    context = new_context()
    context.add_cookies([{"name": "sessionid", "value": session, "url": url}])
    return context.new_page()


def socket_open(page) -> None:
    """Wait until the page's socket is open (the bell says so)."""
    page.wait_for_selector("[data-cpas-bell][data-cpas-socket='open']")
