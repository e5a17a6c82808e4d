"""What the fault tests share: the processes, a browser's socket, the coach's POST."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import websocket

ROOT = Path(__file__).resolve().parents[2]
#: The referrals the coach moves in each test (one notification each).
MOVES = 5


def environment(database_url: str, redis_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}}
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DJANGO_SETTINGS_MODULE="config.settings",
        PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    return env


def daphne(port: int, env: dict) -> subprocess.Popen:
    command = [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
    return subprocess.Popen(
        [*command, "config.asgi:application"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


class Browser:
    """One tab's socket: the ids it has, reconnecting with the last one."""

    def __init__(self, port: int, session: str) -> None:
        self.port, self.session = port, session
        self.ids: list[int] = []
        self.reconnections = 0
        self.socket = self.connect()

    def connect(self) -> websocket.WebSocket:
        after = max(self.ids, default=0)
        socket = websocket.create_connection(
            f"ws://127.0.0.1:{self.port}/ws/notifications/?after={after}",
            header=[f"Cookie: sessionid={self.session}"],
            origin=f"http://127.0.0.1:{self.port}",
            timeout=5,
        )
        self.take(json.loads(socket.recv()))
        return socket

    def receive(self) -> None:
        """The next message; a close frame (websocket-client reads it as an
        empty message) counts as the cut the browser sees."""
        frame = self.socket.recv()
        if not frame:
            raise websocket.WebSocketConnectionClosedException("closed by server")
        self.take(json.loads(frame))

    def take(self, message: dict) -> None:
        if message["type"] == "replay":
            self.ids += [row["id"] for row in message["notifications"]]
        elif message["type"] == "notification":
            self.ids.append(message["id"])

    def listen_until(self, count: int, deadline: float) -> None:
        while len(set(self.ids)) < count and time.monotonic() < deadline:
            try:
                self.receive()
            except websocket.WebSocketTimeoutException:
                continue
            except (websocket.WebSocketException, OSError):
                time.sleep(0.2)  # the browser's back-off, shortened
                try:
                    self.socket = self.connect()
                    self.reconnections += 1
                except (websocket.WebSocketException, OSError):
                    continue


def act(port: int, coach_session: str, url: str) -> int:
    token = secrets.token_hex(16)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{url}",
        data=b"state=submitted",
        method="POST",
        headers={
            "Cookie": f"sessionid={coach_session}; csrftoken={token}",
            "X-CSRFToken": token,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(request, timeout=30).status
    except urllib.error.HTTPError as error:
        return error.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def http_error_302(self, request, response, code, message, headers):
        return response
