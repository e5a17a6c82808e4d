"""Lock-out (django-axes): repeated wrong passwords block the account, and the
address, for 30 minutes; the right password then does not get in either."""

from __future__ import annotations

import pytest
from django.test import Client

from intake.roles import Role
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def attempt(client: Client, username: str, password: str):
    return client.post(
        LOGIN, {"username": username, "password": password}, HTTP_ACCEPT_LANGUAGE="en"
    )


def logged_in(client: Client) -> bool:
    return client.get("/admin/").status_code == 200


def test_fifteen_wrong_passwords_then_the_right_one_is_still_refused(world):
    user = world.user("a", Role.COACH)
    client = Client(REMOTE_ADDR="198.51.100.7")
    for _ in range(15):
        attempt(client, user.username, "not the password")
    response = attempt(client, user.username, PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert "Too many failed attempts" in text
    assert "30 minutes" in text
    assert not logged_in(client)
    # From another address too: the account itself is locked.
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert attempt(elsewhere, user.username, PASSWORD).status_code == 429
    assert not logged_in(elsewhere)


def test_four_wrong_passwords_then_the_right_one_logs_in(world):
    user = world.user("a", Role.COACH)
    client = Client(REMOTE_ADDR="198.51.100.8")
    for _ in range(4):
        assert attempt(client, user.username, "not the password").status_code == 200
    assert attempt(client, user.username, PASSWORD).status_code == 302
    assert logged_in(client)


def test_one_address_trying_many_accounts_is_locked_out(world):
    client = Client(REMOTE_ADDR="198.51.100.9")
    for index in range(5):
        attempt(client, f"someone-{index}@example.org", "guess")
    target = world.user("b", Role.SOCIAL_WORKER)
    assert attempt(client, target.username, PASSWORD).status_code == 429
    # The account is not locked for its owner elsewhere.
    owner = Client(REMOTE_ADDR="203.0.113.10")
    assert attempt(owner, target.username, PASSWORD).status_code == 302
