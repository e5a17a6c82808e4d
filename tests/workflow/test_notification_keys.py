"""A notification's keys (recipient, referral, move, actor) are checked by Django,
not by the database (workflow/models/notification.py says why): their rules
still hold when something is deleted."""

import pytest
from django.db.models import ProtectedError

from intake.roles import Role
from tests.factories import referral_in, staff_member
from workflow.models import Notification, ReferralState, TransitionLog
from workflow.services import transition

S = ReferralState


def picked_up(world):
    """A referral the coach picked up, which told the referring social worker."""
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    transition(referral, "start_review", world.user("a", Role.COACH))
    assert Notification.objects.filter(referral=referral).exists()
    return referral


@pytest.fixture
def told(world):
    return picked_up(world)


def test_deleting_a_referral_deletes_what_it_told(world, told):
    other = picked_up(world)
    told.delete()
    assert not Notification.objects.filter(referral_id=told.pk).exists()
    assert Notification.objects.filter(referral=other).exists()


def test_deleting_a_move_deletes_its_notifications(told):
    log = TransitionLog.objects.get(referral=told, action="start_review")
    log.delete()
    assert not Notification.objects.filter(log_id=log.pk).exists()


def test_a_coach_whose_moves_were_told_cannot_be_deleted(world, told):
    with pytest.raises(ProtectedError):
        world.user("a", Role.COACH).delete()


def test_deleting_a_recipient_deletes_her_notifications_only(world):
    colleague = staff_member(Role.SOCIAL_WORKER, antenna=world.antenna["a"]).user
    told = picked_up(world)
    heard = Notification.objects.filter(referral=told)
    assert heard.filter(recipient=colleague).exists()
    kept = set(heard.exclude(recipient=colleague).values_list("pk", flat=True))
    assert kept
    colleague.delete()
    assert not Notification.objects.filter(recipient_id=colleague.pk).exists()
    assert set(Notification.objects.values_list("pk", flat=True)) == kept
