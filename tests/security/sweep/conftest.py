"""The sweep's world, built once per module inside a transaction that is rolled
back at the module's end (each test still runs in its own savepoint)."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import override_settings

from surveys.builder import _FORM_CLASSES
from tests.security.sweep.world import sweep_world


@pytest.fixture(scope="module")
def sweep_world_a(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world of :mod:`tests.security.sweep.world`, its files in a temporary
    folder, its passwords hashed fast (as the function-scoped fixture does)."""
    media = str(tmp_path_factory.mktemp("sweep-media"))
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    _FORM_CLASSES.clear()
    with (
        override_settings(
            PRIVATE_MEDIA_ROOT=media, MEDIA_ROOT=media, PASSWORD_HASHERS=fast
        ),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        world = sweep_world()
        yield world
        transaction.set_rollback(True)
    _FORM_CLASSES.clear()
