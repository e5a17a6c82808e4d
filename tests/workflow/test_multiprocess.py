"""With Redis, a transition made through one daphne process reaches a browser
connected to another."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import websocket

from tests.services import free_port, redis_server, wait_for_port

ROOT = Path(__file__).resolve().parents[2]


def environment(database_url: str, redis_url: str) -> dict:
    env = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DJANGO_SETTINGS_MODULE="config.settings",
        PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    return env


# One scenario across two processes: start both, connect, transition, hear it.
@pytest.mark.redis
def test_a_transition_through_one_daphne_reaches_a_socket_on_another():
    with tempfile.TemporaryDirectory() as folder, redis_server() as redis_url:
        env = environment(f"sqlite:///{folder}/db.sqlite3", redis_url)
        setup = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("multiprocess_setup.py"))],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert setup.returncode == 0, setup.stderr[-3000:]
        data = json.loads(setup.stdout.strip().splitlines()[-1])
        ports = [free_port(), free_port()]
        servers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "daphne",
                    "-b",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "config.asgi:application",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for port in ports
        ]
        try:
            for port in ports:
                wait_for_port(port, timeout=60)
            listening, acting = ports[1], ports[0]
            socket = websocket.create_connection(
                f"ws://127.0.0.1:{listening}/ws/notifications/?after=0",
                header=[f"Cookie: sessionid={data['worker_session']}"],
                origin=f"http://127.0.0.1:{listening}",
                timeout=20,
            )
            replay = json.loads(socket.recv())
            assert replay == {"type": "replay", "notifications": [], "unread": 0}

            token = secrets.token_hex(16)
            request = urllib.request.Request(
                f"http://127.0.0.1:{acting}{data['act_url']}",
                data=b"reason=",
                method="POST",
                headers={
                    "Cookie": f"sessionid={data['coach_session']}; csrftoken={token}",
                    "X-CSRFToken": token,
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            opener = urllib.request.build_opener(NoRedirect)
            started = time.monotonic()
            response = opener.open(request, timeout=30)
            assert response.status in (200, 302)
            pushed = json.loads(socket.recv())
            elapsed = time.monotonic() - started
            assert pushed["type"] == "notification"
            assert pushed["target"] == "in_review"
            assert "Yonas" in pushed["text"]
            assert elapsed < 5
            socket.close()
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=20)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, request, response, code, message, headers):
        return response
