"""The notification socket asks the second factor too."""

from __future__ import annotations

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from config.asgi import application
from intake.roles import Role
from tests.logins import log_in, password_login

pytestmark = pytest.mark.django_db(transaction=True)
ORIGIN = (b"origin", b"http://localhost")


def cookie(client: Client) -> tuple[bytes, bytes]:
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return (b"cookie", f"{settings.SESSION_COOKIE_NAME}={session}".encode())


def connects(header) -> bool:
    async def scenario():
        communicator = WebsocketCommunicator(
            application, "/ws/notifications/", headers=[ORIGIN, header]
        )
        connected, _code = await communicator.connect()
        await communicator.disconnect()
        return connected

    return async_to_sync(scenario)()


def test_a_manager_without_the_second_factor_gets_no_socket(world):
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    password_only = Client()
    assert password_login(password_only, manager)
    assert not connects(cookie(password_only))
    assert connects(cookie(log_in(Client(), manager)))
