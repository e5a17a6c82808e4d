"""The WebSocket sweep (issue #12): every visitor of the URL sweep opens the
notification socket, then A's coach moves a referral of A's first antenna and
programme. Only the people of that referral (her antenna's social worker, her
programme's coach and manager, A's administrator) hear of the move; another
antenna's social worker, another programme's team, CPAS B and anonymous
sockets hear nothing, and nobody hears the participant's name unless she may."""

from __future__ import annotations

import json

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import override_settings

from config.asgi import application
from intake.roles import Role
from tests.factories import referral_in
from tests.security.sweep.access import forbidden_texts, may
from tests.security.sweep.world import SECRET_NAME, sweep_world
from workflow.models import ReferralState
from workflow.services import transition

pytestmark = pytest.mark.django_db(transaction=True)
ORIGIN = (b"origin", b"http://localhost")


def headers_of(client) -> list[tuple[bytes, bytes]]:
    session = client.cookies.get(settings.SESSION_COOKIE_NAME)
    if session is None:
        return [ORIGIN]
    cookie = f"{settings.SESSION_COOKIE_NAME}={session.value}".encode()
    return [ORIGIN, (b"cookie", cookie)]


async def heard(communicator: WebsocketCommunicator) -> list[dict]:
    """Every message the socket got after its replay."""
    messages = []
    while not await communicator.receive_nothing(timeout=0.3):
        messages.append(await communicator.receive_json_from())
    return messages


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
def test_every_visitor_hears_only_the_moves_she_may_see(tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT = str(tmp_path)
    world = sweep_world()
    referral = referral_in(
        ReferralState.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    referral.participant.last_name = SECRET_NAME
    referral.participant.save()
    visitors = [(who, headers_of(client)) for who, client in world.visitors()]
    coach = world.user("a", Role.COACH)

    async def scenario() -> dict[str, list[dict]]:
        sockets = {}
        for who, headers in visitors:
            communicator = WebsocketCommunicator(
                application, "/ws/notifications/?rows=1", headers=headers
            )
            connected, _code = await communicator.connect()
            assert connected == (who != "anonymous"), who
            if connected:
                assert (await communicator.receive_json_from())["type"] == "replay"
                sockets[who] = communicator
        await database_sync_to_async(transition)(referral, "start_review", coach)
        received = {}
        for who, communicator in sockets.items():
            received[who] = await heard(communicator)
            await communicator.disconnect()
        return received

    received = async_to_sync(scenario)()
    wrong = []
    for who, messages in received.items():
        text = json.dumps(messages, ensure_ascii=False)
        if may("people:*", who) != bool(messages):
            wrong.append((who, "heard" if messages else "heard nothing", text[:200]))
        leaked = [secret for secret in forbidden_texts(who) if secret in text]
        if leaked:
            wrong.append((who, "leak", leaked))
    assert not wrong, "\n".join(map(str, wrong))
    assert set(received) == {who for who, _headers in visitors} - {"anonymous"}
