from __future__ import annotations

import pytest
from django.test import Client

from intake.roles import Role
from tests.factories import (
    PASSWORD,
    AntennaFactory,
    CpasFactory,
    ProgrammeFactory,
    staff_member,
)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
        client = Client()
        assert client.login(username=self.user(key, role).username, password=PASSWORD)
        return client


@pytest.fixture
def world(db) -> World:
    return World()
