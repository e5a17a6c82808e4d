"""The production topology on one machine, on loopback: ``scripts/serve-prod``.

PostgreSQL (data in ``var/prod/postgres``, kept between runs) and Redis (the
channel layer, the cache and the rate limits) from Debian's packages, N daphne
workers that keep no state, and nginx in front (deploy/nginx.conf): static files
from ``collectstatic``, everything else round-robin to the workers, WebSockets
upgraded on ``/ws/``. The environment is production's: ``DEBUG`` off, a
``SECRET_KEY`` generated once into ``var/prod/secret_key``, ``ALLOWED_HOSTS``;
TLS terminates at the real front, which sets ``X-Forwarded-Proto: https``.

    python -m deploy.production [--workers 2] [--port 8000] [--var var/prod]
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "deploy" / "nginx.conf"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=0.5),
        ):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def _as_postgres(command: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _pg(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit("PostgreSQL is not installed: run `make services`.")
    return found[-1]


@contextlib.contextmanager
def postgresql(folder: Path, port: int) -> Iterator[str]:
    """PostgreSQL on loopback; its data stays in ``folder`` between runs."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    data = folder / "data"
    fresh = not data.exists()
    if fresh:
        initdb = [_pg("initdb"), "-D", str(data), "-A", "trust", "-U", "cpas"]
        subprocess.run(_as_postgres(initdb), check=True, capture_output=True)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
    pg_ctl = [_pg("pg_ctl"), "-D", str(data)]
    start = [*pg_ctl, "-o", options, "-l", str(folder / "log"), "-w", "start"]
    subprocess.run(_as_postgres(start), check=True, capture_output=True)
    try:
        if fresh:
            create = [_pg("createdb"), "-h", "127.0.0.1", "-p", str(port)]
            subprocess.run(_as_postgres([*create, "-U", "cpas", "cpas"]), check=True)
        yield f"postgres://cpas@127.0.0.1:{port}/cpas"
    finally:
        stop = [*pg_ctl, "-m", "fast", "stop"]
        subprocess.run(_as_postgres(stop), capture_output=True)


def redis_command(folder: Path, port: int) -> list[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("Redis is not installed: run `make services`.")
    folder.mkdir(parents=True, exist_ok=True)
    bind = ["--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder)]
    return [binary, *bind, "--save", "", "--maxclients", "10000"]


def secret_key(folder: Path) -> str:
    """Generated once, kept in ``var/``: sessions survive a restart."""
    path = folder / "secret_key"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def environment(folder: Path, database_url: str, redis_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DEBUG="false",
        SECRET_KEY=secret_key(folder),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        DJANGO_SETTINGS_MODULE="config.settings",
        PYTHONPATH=f"{ROOT / 'site'}{os.pathsep}{ROOT}",
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private"),
    )
    return env


def nginx_config(folder: Path, port: int, workers: list[int], static: Path) -> Path:
    prefix = folder / "nginx"
    prefix.mkdir(parents=True, exist_ok=True)
    upstreams = "\n".join(f"        server 127.0.0.1:{p};" for p in workers)
    # As root, nginx's workers would run as nobody: they read the static files
    # from this checkout as the user who started the run.
    user = f"user {pwd.getpwuid(os.getuid()).pw_name};" if os.geteuid() == 0 else ""
    text = TEMPLATE.read_text()
    for name, value in {
        "PREFIX": str(prefix),
        "USER": user,
        "UPSTREAMS": upstreams,
        "PORT": str(port),
        "STATIC_ROOT": str(static),
    }.items():
        text = text.replace(f"@{name}@", value)
    path = prefix / "nginx.conf"
    path.write_text(text)
    return path


def manage(env: dict[str, str], *args: str) -> None:
    command = [sys.executable, str(ROOT / "manage.py"), *args]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


@dataclass
class Run:
    """A running production topology (what :func:`serve` yields)."""

    port: int
    env: dict[str, str]
    workers: dict[int, subprocess.Popen] = field(default_factory=dict)
    redis: subprocess.Popen | None = None
    redis_port: int = 0
    folder: Path = ROOT / "var" / "prod"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start_worker(self, port: int) -> None:
        self.workers[port] = subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
            + ["config.asgi:application"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(self.folder / f"daphne-{port}.log", "ab"),  # noqa: SIM115
        )

    def start_redis(self) -> None:
        self.redis = subprocess.Popen(
            redis_command(self.folder / "redis", self.redis_port),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.redis_port)

    def stop_redis(self) -> None:
        if self.redis is not None:
            self.redis.terminate()
            self.redis.wait(timeout=10)
            self.redis = None


@contextlib.contextmanager
def serve(
    folder: Path, port: int, workers: int = 2, prepare: bool = True
) -> Iterator[Run]:
    """PostgreSQL, Redis, ``workers`` daphne and nginx; all stopped on exit."""
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    redis_port = free_port()
    with postgresql(folder / "postgres", free_port()) as database_url:
        env = environment(folder, database_url, f"redis://127.0.0.1:{redis_port}/0")
        run = Run(port=port, env=env, redis_port=redis_port, folder=folder)
        run.start_redis()
        nginx = None
        try:
            if prepare:
                manage(env, "migrate", "--no-input", "--verbosity", "0")
                manage(env, "collectstatic", "--no-input", "--verbosity", "0")
                manage(env, "check", "--deploy", "--fail-level", "ERROR")
            for worker_port in [free_port() for _ in range(workers)]:
                run.start_worker(worker_port)
            for worker_port in run.workers:
                wait_for_port(worker_port)
            config = nginx_config(folder, port, list(run.workers), ROOT / "staticfiles")
            nginx = subprocess.Popen(
                ["nginx", "-c", str(config), "-e", str(config.parent / "error.log")]
                + ["-g", "daemon off;"]
            )
            wait_for_port(port)
            yield run
        finally:
            for process in [nginx, *run.workers.values()]:
                if process is not None and process.poll() is None:
                    process.terminate()
                    process.wait(timeout=20)
            run.stop_redis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--workers", type=int, default=int(os.environ.get("WORKERS", 2))
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    parser.add_argument("--var", type=Path, default=ROOT / "var" / "prod")
    arguments = parser.parse_args()
    with serve(arguments.var, arguments.port, arguments.workers) as run:
        print(
            f"{len(run.workers)} daphne workers behind nginx on {run.url} "
            f"(PostgreSQL and Redis on loopback, data in {arguments.var}). "
            "Ctrl-C stops everything.",
            flush=True,
        )
        stop = {signal.SIGINT, signal.SIGTERM}
        signal.pthread_sigmask(signal.SIG_BLOCK, stop)
        signal.sigwait(stop)


if __name__ == "__main__":
    main()
