"""Real PostgreSQL and Redis servers for the tests that need production parity.

Each is started from Debian's packages, on loopback, on a free port, in a temporary
folder, and stopped afterwards. ``make test`` installs the packages
(tests/install-services.sh).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=0.5),
        ):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def _postgres_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(
            "PostgreSQL is not installed: run `make services` "
            "(apt-get install postgresql)."
        )
    return found[-1]


def _as_postgres_user(command: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


#: The data folder and server options of each running server, by its URL.
_RUNNING: dict[str, tuple[Path, str]] = {}


def restart_postgres(url: str, down_seconds: float) -> None:
    """Stop the server at ``url`` at once (as a crash would), wait, start it again."""
    data, options = _RUNNING[url]
    pg_ctl = _postgres_bin("pg_ctl")
    stop = [pg_ctl, "-D", str(data), "-m", "immediate", "stop"]
    subprocess.run(_as_postgres_user(stop), check=True, capture_output=True)
    time.sleep(down_seconds)
    _start_postgres(data, options)


def _start_postgres(data: Path, options: str) -> None:
    """Start the server of the data folder ``data``; its log beside it."""
    log = str(data.parent / "log")
    start = [_postgres_bin("pg_ctl"), "-D", str(data), "-o", options]
    start += ["-l", log, "-w", "start"]
    subprocess.run(_as_postgres_user(start), check=True, capture_output=True)


@contextlib.contextmanager
def postgres_server(**settings: str) -> Iterator[str]:
    """Yield a ``DATABASE_URL`` of a fresh PostgreSQL server, with ``settings``
    (``track_commit_timestamp="on"``) beside the defaults."""
    folder = Path(tempfile.mkdtemp(prefix="cpas-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    port = free_port()
    subprocess.run(
        _as_postgres_user(
            [_postgres_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "cpas"]
        ),
        check=True,
        capture_output=True,
    )
    pg_ctl = _postgres_bin("pg_ctl")
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    options += "".join(f" -c {name}={value}" for name, value in settings.items())
    _start_postgres(data, options)
    try:
        subprocess.run(
            _as_postgres_user(
                [
                    _postgres_bin("createdb"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-U",
                    "cpas",
                    "cpas",
                ]
            ),
            check=True,
            capture_output=True,
        )
        url = f"postgres://cpas@127.0.0.1:{port}/cpas"
        _RUNNING[url] = (data, options)
        yield url
    finally:
        subprocess.run(
            _as_postgres_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """Yield a ``REDIS_URL`` of a fresh Redis server."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("Redis is not installed: run `make services`.")
    port = free_port()
    folder = tempfile.mkdtemp(prefix="cpas-redis-")
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--dir",
            folder,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
