"""Rows that update themselves: over the socket only to the people who may see
them; without a socket the page says so and polls the same rows."""

from __future__ import annotations

import asyncio
import time

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.urls import reverse

from config.asgi import application
from intake.models import Antenna
from intake.roles import Role
from tests.factories import referral_in, staff_member
from tests.workflow.test_consumers import ORIGIN, cookie_for, run
from tests.workflow.view_helpers import client_of
from workflow import live
from workflow.models import ReferralState
from workflow.services import transition

S = ReferralState
pytestmark = pytest.mark.django_db(transaction=True)


def rows_socket(cookie) -> WebsocketCommunicator:
    return WebsocketCommunicator(
        application, "/ws/notifications/?after=0&rows=1", headers=[ORIGIN, cookie]
    )


@pytest.fixture
def submitted(world):
    return referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )


@pytest.fixture
def other_antenna_worker(world):
    antenna = Antenna.objects.create(cpas=world.cpas["a"], name="Other", slug="other")
    return staff_member(Role.SOCIAL_WORKER, antenna=antenna).user


def test_a_move_reaches_the_rows_of_those_who_may_see_it_and_nobody_else(
    world, submitted, other_antenna_worker
):
    """The manager picks the referral up: the antenna's social worker gets the
    row and her notification, the coach the row only (she was not told); another
    antenna's social worker and another CPAS's coach get nothing."""
    cookies = {
        "worker": cookie_for(world.user("a", Role.SOCIAL_WORKER)),
        "coach": cookie_for(world.user("a", Role.COACH)),
        "other antenna": cookie_for(other_antenna_worker),
        "other cpas": cookie_for(world.user("b", Role.COACH)),
    }
    manager = world.user("a", Role.PROGRAMME_MANAGER)
    name = str(submitted.participant)

    async def scenario():
        tabs = {who: rows_socket(cookie) for who, cookie in cookies.items()}
        for tab in tabs.values():
            assert (await tab.connect())[0]
            assert (await tab.receive_json_from())["type"] == "replay"
        await database_sync_to_async(transition)(submitted, "start_review", manager)
        told = await tabs["worker"].receive_json_from(timeout=5)
        assert told["type"] == "notification" and told["unread"] == 1
        row = await tabs["worker"].receive_json_from(timeout=5)
        assert row["type"] == "row"
        assert (row["id"], row["state"], row["participant"]) == (
            submitted.pk,
            S.IN_REVIEW,
            name,
        )
        coach_row = await tabs["coach"].receive_json_from(timeout=5)
        assert coach_row["type"] == "row" and coach_row["id"] == submitted.pk
        assert await tabs["coach"].receive_nothing(timeout=0.3)
        assert await tabs["other antenna"].receive_nothing(timeout=0.5)
        assert await tabs["other cpas"].receive_nothing(timeout=0.2)
        for tab in tabs.values():
            await tab.disconnect()

    run(scenario)


def test_a_tab_without_live_rows_gets_its_notification_only(world, submitted):
    cookie = cookie_for(world.user("a", Role.SOCIAL_WORKER))

    async def scenario():
        bell = WebsocketCommunicator(
            application, "/ws/notifications/?after=0", headers=[ORIGIN, cookie]
        )
        assert (await bell.connect())[0]
        await bell.receive_json_from()
        await database_sync_to_async(transition)(
            submitted, "start_review", world.user("a", Role.COACH)
        )
        assert (await bell.receive_json_from(timeout=5))["type"] == "notification"
        assert await bell.receive_nothing(timeout=0.5)
        await bell.disconnect()

    run(scenario)


def test_without_a_socket_the_list_says_so_and_polls_the_same_rows(
    world, submitted, other_antenna_worker
):
    from django.test import Client

    coach = client_of(world, "a", Role.COACH)
    page = coach.get(reverse("referrals:inbox")).content.decode()
    assert "data-cpas-live-offline" in page
    assert "No live connection: this list looks for changes every 15 seconds." in page
    assert 'data-rows-url="/admin/referrals/live/"' in page
    after = int(page.split('data-cpas-live-list data-after="')[1].split('"')[0])

    transition(submitted, "start_review", world.user("a", Role.PROGRAMME_MANAGER))
    polled = coach.get(reverse("referrals:live"), {"after": after}).json()
    assert [(row["id"], row["state"]) for row in polled["rows"]] == [
        (submitted.pk, S.IN_REVIEW)
    ]
    assert polled["latest"] > after
    again = coach.get(reverse("referrals:live"), {"after": polled["latest"]}).json()
    assert again["rows"] == []

    other = Client()
    other.force_login(other_antenna_worker)
    assert other.get(reverse("referrals:live"), {"after": after}).json()["rows"] == []
    other_cpas = world.client("b", Role.COACH)
    assert (
        other_cpas.get(reverse("referrals:live"), {"after": after}).json()["rows"] == []
    )


def test_the_referral_page_is_ready_for_its_live_changes(world, submitted):
    page = (
        client_of(world, "a", Role.COACH)
        .get(reverse("referrals:detail", args=[submitted.pk]))
        .content.decode()
    )
    assert f'data-cpas-live-referral="{submitted.pk}"' in page
    assert "No live connection: this page looks for changes every 15 seconds." in page


def test_a_row_reaches_the_socket_while_the_process_runs_a_slow_request(world):
    """Channels' default handling stops in the process's one thread for
    synchronous code before each message of each socket: a request running there
    (here 2 s) held back every socket's rows, and 500 sockets' stops held back the
    request (bench notify_latency). The row arrives while the request runs."""
    cookie = cookie_for(world.user("a", Role.SOCIAL_WORKER))
    antenna = world.antenna["a"].pk

    async def scenario():
        tab = rows_socket(cookie)
        assert (await tab.connect())[0]
        await tab.receive_json_from()
        slow_request = asyncio.ensure_future(sync_to_async(time.sleep)(2.0))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        await get_channel_layer().group_send(
            live.antenna_group(antenna),
            # As workflow.live_sender sends it: naming its group (a process's
            # hub, on Redis, hands a message to that group's sockets only).
            {
                "type": live.EVENT_TYPE,
                "group": live.antenna_group(antenna),
                "key": "k",
                "row": {"id": 1, "state": "x"},
            },
        )
        row = await tab.receive_json_from(timeout=1.5)
        assert (row["type"], row["id"]) == ("row", 1)
        assert time.monotonic() - started < 1.0
        assert not slow_request.done()
        await slow_request
        await tab.disconnect()

    run(scenario)
