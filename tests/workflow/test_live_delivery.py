"""Delivery off the request path: one insert, one message per group, whatever the
number of people told; the acting request does as much for 40 as for 3."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intake.models import Antenna
from intake.roles import Role
from tests.factories import referral_in, staff_member
from workflow import live
from workflow.models import Notification, ReferralState
from workflow.services import transition

S = ReferralState


class RecordingLayer:
    """A channel layer that notes each group message instead of sending it."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict]] = []

    async def group_send(self, group: str, message: dict) -> None:
        self.sent.append((group, message))


@pytest.fixture
def layer(monkeypatch) -> RecordingLayer:
    recording = RecordingLayer()
    monkeypatch.setattr(live, "get_channel_layer", lambda: recording)
    return recording


def antenna_with_workers(world, count: int) -> tuple[Antenna, list]:
    antenna = Antenna.objects.create(
        cpas=world.cpas["a"], name=f"Antenna of {count}", slug=f"antenna-{count}"
    )
    workers = [
        staff_member(Role.SOCIAL_WORKER, antenna=antenna).user for _ in range(count)
    ]
    return antenna, workers


def move(world, antenna, author, capture) -> tuple[int, list[str]]:
    """The coach picks up a referral of ``antenna``: the queries of the request
    (its commit hooks included) and its INSERT statements into notifications."""
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=antenna,
        referred_by=author,
    )
    coach = world.user("a", Role.COACH)
    with CaptureQueriesContext(connection) as queries, capture(execute=True):
        transition(referral, "start_review", coach)
    inserts = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith('INSERT INTO "workflow_notification"')
    ]
    return len(queries.captured_queries), inserts


def test_one_insert_and_one_message_per_group_for_the_whole_antenna(
    world, layer, django_capture_on_commit_callbacks
):
    antenna, workers = antenna_with_workers(world, 40)
    _queries, inserts = move(
        world, antenna, workers[0], django_capture_on_commit_callbacks
    )
    assert len(inserts) == 1
    assert Notification.objects.count() == 40
    groups = [group for group, _message in layer.sent]
    assert sorted(groups) == sorted(
        [
            live.antenna_group(antenna.pk),
            live.programme_group(world.programme["a"].pk),
            live.cpas_group(world.cpas["a"].pk),
            live.EVERYTHING_GROUP,
        ]
    )
    message = dict(layer.sent)[live.antenna_group(antenna.pk)]
    mine = {
        row.recipient_id: row.pk for row in Notification.objects.order_by("recipient")
    }
    assert message["told"] == {str(user): pk for user, pk in mine.items()}
    assert message["row"]["state"] == S.IN_REVIEW
    assert "Bench" not in str(message["notice"]["texts"])  # only the first name


def test_the_acting_request_does_as_much_for_40_people_as_for_3(
    world, layer, django_capture_on_commit_callbacks
):
    small, few = antenna_with_workers(world, 3)
    big, many = antenna_with_workers(world, 40)
    capture = django_capture_on_commit_callbacks
    move(world, small, few[0], capture)  # warm caches (content types, roles)
    layer.sent.clear()
    queries_3, [insert_3] = move(world, small, few[0], capture)
    sends_3 = len(layer.sent)
    queries_40, [insert_40] = move(world, big, many[0], capture)
    assert queries_40 == queries_3
    assert len(layer.sent) - sends_3 == sends_3
    # The database makes the rows from the audience (INSERT … SELECT): the
    # statement is no longer for 40 people than for 3 (ids may gain a digit).
    assert len(insert_40) <= len(insert_3) + 10


def test_an_author_outside_the_antenna_hears_through_her_own_group(
    world, layer, django_capture_on_commit_callbacks
):
    antenna, _workers = antenna_with_workers(world, 2)
    author = world.user("a", Role.SOCIAL_WORKER)  # of Antenna A, not this one
    move(world, antenna, author, django_capture_on_commit_callbacks)
    sent = dict(layer.sent)
    assert str(author.pk) in sent[live.user_group(author.pk)]["told"]


def test_a_draft_is_never_sent_to_the_programme_team(
    world, layer, django_capture_on_commit_callbacks
):
    draft = referral_in(
        S.DRAFT,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    with django_capture_on_commit_callbacks(execute=True):
        live.referral_changed(draft, event=live.FORM_SENT)
    groups = {group for group, _message in layer.sent}
    assert live.programme_group(world.programme["a"].pk) not in groups
    assert live.antenna_group(world.antenna["a"].pk) in groups


def test_redis_down_loses_the_push_not_the_move(
    world, monkeypatch, django_capture_on_commit_callbacks
):
    class DownLayer:
        async def group_send(self, group, message):
            raise ConnectionError("Redis is down")

    monkeypatch.setattr(live, "get_channel_layer", DownLayer)
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    with django_capture_on_commit_callbacks(execute=True):
        moved = transition(referral, "start_review", world.user("a", Role.COACH))
    assert moved.state == S.IN_REVIEW
    assert Notification.objects.filter(referral=referral).exists()
