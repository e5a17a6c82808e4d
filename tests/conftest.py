from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from intake.roles import Role
from tests.factories import (
    AntennaFactory,
    CpasFactory,
    ProgrammeFactory,
    staff_member,
)
from tests.logins import log_in


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix, tmp_path_factory
):
    """SQLite test databases in a file, one per xdist worker, not in memory.

    Django's in-memory test database is shared between threads through SQLite's
    shared cache, whose table locks fail at once ("database table is locked")
    instead of waiting: the live server's threads (a browser's parallel
    requests) and the test reading the database collided now and then. A file
    gets the settings' own locking (WAL, immediate transactions, 20 s busy
    timeout), as ``make run`` has. In memory (tmpfs) when the machine has it.
    """
    import os
    import shutil
    import tempfile

    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        yield
        return
    shm = Path("/dev/shm")
    folder = (
        Path(tempfile.mkdtemp(prefix="cpas-tests-", dir=shm))
        if shm.is_dir() and os.access(shm, os.W_OK)
        else tmp_path_factory.mktemp("database")
    )
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    database.setdefault("TEST", {})["NAME"] = str(folder / f"test-{worker}.sqlite3")
    yield
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def redis_keys_per_worker():
    """On Redis (the second leg, tests/prod_leg.py), each xdist worker's channel
    groups and cache keys get their own prefix: two workers' databases number
    their rows alike, and a group named after one worker's user 5 must not
    reach a socket of the other's."""
    import os

    from django.conf import settings

    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    layer = settings.CHANNEL_LAYERS["default"]
    if layer["BACKEND"].startswith("channels_redis"):
        layer["CONFIG"]["prefix"] = f"asgi-{worker}"
    cache = settings.CACHES["default"]
    if cache["BACKEND"].endswith("RedisCache"):
        cache["KEY_PREFIX"] = f"tests-{worker}"
    yield


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def no_held_messages():
    """A test client's request that raised never sends ``request_finished``:
    what it held (with Redis, :mod:`workflow.live_sender`) leaves now, and the
    next test's moves are not held behind it."""
    from workflow import live_sender

    live_sender.release_held()
    yield
    live_sender.release_held()


class World:
    """Two CPAS, each with an antenna, a programme and one member per role."""

    def __init__(self) -> None:
        self.cpas = {}
        self.antenna = {}
        self.programme = {}
        self.members = {}
        for key in ("a", "b"):
            cpas = CpasFactory(name=f"CPAS {key.upper()}", slug=f"cpas-{key}")
            self.cpas[key] = cpas
            self.antenna[key] = AntennaFactory(cpas=cpas, name=f"Antenna {key.upper()}")
            self.programme[key] = ProgrammeFactory(
                cpas=cpas, name=f"Programme {key.upper()}", slug=f"programme-{key}"
            )
            for role in Role:
                self.members[key, role] = staff_member(
                    role,
                    cpas=cpas,
                    antenna=self.antenna[key],
                    programmes=[self.programme[key]],
                    email=f"{role.name.lower()}@{key}.test",
                )

    def user(self, key: str, role: Role):
        return self.members[key, role].user

    def client(self, key: str, role: Role) -> Client:
        return log_in(Client(), self.user(key, role))


@pytest.fixture
def world(db) -> World:
    return World()
