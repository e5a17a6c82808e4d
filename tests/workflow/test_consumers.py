"""The notification socket: sessions only, own notifications only, nothing lost."""

from __future__ import annotations

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test import Client

from config.asgi import application
from intake.roles import Role
from tests.factories import referral_in
from workflow.models import ReferralState
from workflow.services import transition

pytestmark = pytest.mark.django_db(transaction=True)
ORIGIN = (b"origin", b"http://localhost")


def cookie_for(user) -> tuple[bytes, bytes]:
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return (b"cookie", f"{settings.SESSION_COOKIE_NAME}={session}".encode())


def socket(cookie=None, after: int = 0, origin=ORIGIN) -> WebsocketCommunicator:
    """A socket with the session ``cookie`` (from :func:`cookie_for`, made outside
    the event loop since it touches the database)."""
    headers = [origin] + ([cookie] if cookie else [])
    return WebsocketCommunicator(
        application, f"/ws/notifications/?after={after}", headers=headers
    )


def run(scenario):
    return async_to_sync(scenario)()


@pytest.fixture
def submitted(world):
    return referral_in(
        ReferralState.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )


def test_an_anonymous_socket_is_refused():
    async def scenario():
        communicator = socket()
        connected, code = await communicator.connect()
        assert not connected
        assert code == 4401

    run(scenario)


def test_a_socket_from_another_origin_is_refused(world):
    cookie = cookie_for(world.user("a", Role.SOCIAL_WORKER))

    async def scenario():
        communicator = socket(cookie, origin=(b"origin", b"https://evil.example"))
        connected, _code = await communicator.connect()
        assert not connected

    run(scenario)


def test_each_user_receives_only_her_own_notifications(world, submitted):
    cookie_a = cookie_for(world.user("a", Role.SOCIAL_WORKER))
    cookie_b = cookie_for(world.user("b", Role.SOCIAL_WORKER))
    first_name = submitted.participant.first_name

    async def scenario():
        mine, theirs = socket(cookie_a), socket(cookie_b)
        assert (await mine.connect())[0]
        assert (await theirs.connect())[0]
        assert (await mine.receive_json_from())["type"] == "replay"
        assert (await theirs.receive_json_from())["type"] == "replay"
        await database_sync_to_async(transition)(
            submitted, "start_review", world.user("a", Role.COACH)
        )
        pushed = await mine.receive_json_from(timeout=5)
        assert pushed["type"] == "notification"
        assert pushed["target"] == "in_review"
        assert pushed["unread"] == 1
        assert first_name in pushed["text"]
        assert await theirs.receive_nothing(timeout=0.5)
        await mine.disconnect()
        await theirs.disconnect()

    run(scenario)


def test_a_reconnecting_tab_gets_exactly_what_it_missed_in_order(world, submitted):
    import datetime

    from django.utils import timezone

    cookie = cookie_for(world.user("a", Role.SOCIAL_WORKER))
    coach = world.user("a", Role.COACH)
    move = database_sync_to_async(transition)

    async def scenario():
        tab = socket(cookie)
        await tab.connect()
        await tab.receive_json_from()
        referral = await move(submitted, "start_review", coach)
        seen = (await tab.receive_json_from(timeout=5))["id"]
        await tab.disconnect()
        # While the tab is away, two more moves.
        when = timezone.now() + datetime.timedelta(days=3)
        referral = await move(referral, "plan_orientation", coach, orientation_at=when)
        await move(referral, "return_for_information", coach, reason="Adresse ?")
        back = socket(cookie, after=seen)
        await back.connect()
        replay = await back.receive_json_from(timeout=5)
        assert replay["type"] == "replay"
        rows = replay["notifications"]
        assert [row["target"] for row in rows] == [
            "orientation_planned",
            "returned_for_information",
        ]
        assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
        assert all(row["id"] > seen for row in rows)
        assert replay["unread"] == 3
        await back.disconnect()

    run(scenario)
