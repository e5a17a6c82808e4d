"""Who may join a group, past its places or not, and the waiting list's order."""

import datetime

import pytest
from django.utils import timezone

from groups.models import Enrolment, EnrolmentStatus
from groups.services.enrolments import (
    enrolment_create,
    enrolment_leave,
    enrolment_promote,
)
from groups.services.errors import Refused
from tests.groups.factories import GroupFactory, team

pytestmark = pytest.mark.django_db


def test_the_capacity_defaults_to_the_programmes_largest_group():
    setting = team(group_size_max=15)
    assert setting.group.capacity == 15
    assert GroupFactory(programme=setting.programme, capacity=8).capacity == 8


@pytest.mark.parametrize("state", ["accepted", "in_progress"])
def test_an_accepted_or_running_referral_joins_the_group(state):
    setting = team()
    referral = setting.refer(state)
    enrolment = enrolment_create(
        group=setting.group, referral=referral, user=setting.coach
    )
    assert enrolment.status == EnrolmentStatus.ENROLLED
    assert enrolment.participant == referral.participant
    assert enrolment.enrolled_on == timezone.localdate()


@pytest.mark.parametrize(
    "state", ["submitted", "in_review", "waitlisted", "completed", "dropped_out"]
)
def test_other_referrals_cannot_join(state):
    setting = team()
    referral = setting.refer(state)
    with pytest.raises(Refused) as refused:
        enrolment_create(group=setting.group, referral=referral, user=setting.coach)
    assert refused.value.error == "not_enrollable"
    assert "accepted or in progress" in str(refused.value.message)
    assert not Enrolment.objects.exists()


def test_a_referral_to_another_programme_cannot_join():
    setting, other = team(), team()
    with pytest.raises(Refused) as refused:
        enrolment_create(
            group=setting.group, referral=other.refer(), user=setting.coach
        )
    assert refused.value.error == "other_programme"


def test_a_full_group_refuses_with_a_clear_message():
    setting = team(capacity=2)
    setting.enrol(2)
    with pytest.raises(Refused) as refused:
        setting.enrol(1)
    assert refused.value.error == "full"
    assert "full (2 of 2 places)" in str(refused.value.message)
    assert "waiting list" in str(refused.value.message)
    assert Enrolment.objects.filter(status=EnrolmentStatus.ENROLLED).count() == 2


def test_a_manager_enrols_past_capacity_with_a_written_reason():
    setting = team(capacity=1)
    setting.enrol(1)
    referral = setting.refer()
    enrolment = enrolment_create(
        group=setting.group,
        referral=referral,
        user=setting.manager,
        over_capacity_reason="Her sister is in the group; she interprets for her.",
    )
    assert enrolment.status == EnrolmentStatus.ENROLLED
    assert enrolment.over_capacity_reason.startswith("Her sister")


def test_a_coach_cannot_override_and_a_manager_needs_a_reason():
    setting = team(capacity=1)
    setting.enrol(1)
    referral = setting.refer()
    with pytest.raises(Refused) as refused:
        enrolment_create(
            group=setting.group,
            referral=referral,
            user=setting.coach,
            over_capacity_reason="Please",
        )
    assert refused.value.error == "manager_only"
    with pytest.raises(Refused) as refused:
        enrolment_create(
            group=setting.group,
            referral=referral,
            user=setting.manager,
            over_capacity_reason="   ",
        )
    assert refused.value.error == "full"
    assert Enrolment.objects.count() == 1


def test_the_waiting_list_keeps_its_order_and_age_and_moves_up():
    setting = team(capacity=1)
    setting.enrol(1)
    waiting = []
    for _n in range(3):
        referral = setting.refer()
        waiting.append(
            enrolment_create(
                group=setting.group, referral=referral, user=setting.coach, waiting=True
            )
        )
    assert [w.position for w in waiting] == [1, 2, 3]
    assert all(w.waiting_since is not None for w in waiting)
    assert waiting[0].waiting_since <= waiting[2].waiting_since
    # A place frees up: the first waiting moves in, the others move up.
    enrolment_leave(enrolment=Enrolment.objects.get(status=EnrolmentStatus.ENROLLED))
    enrolment_promote(enrolment=waiting[0], user=setting.coach)
    rows = {e.pk: e for e in Enrolment.objects.all()}
    assert rows[waiting[0].pk].status == EnrolmentStatus.ENROLLED
    assert [rows[w.pk].position for w in waiting[1:]] == [1, 2]
    # The next one cannot move in: the group is full again.
    with pytest.raises(Refused) as refused:
        enrolment_promote(enrolment=waiting[1], user=setting.coach)
    assert refused.value.error == "full"


def test_leaving_the_waiting_list_moves_the_others_up():
    setting = team(capacity=1)
    waiting = [
        enrolment_create(
            group=setting.group,
            referral=setting.refer(),
            user=setting.coach,
            waiting=True,
        )
        for _n in range(3)
    ]
    enrolment_leave(enrolment=waiting[1])
    assert [
        Enrolment.objects.get(pk=w.pk).position for w in (waiting[0], waiting[2])
    ] == [1, 2]


def test_a_person_can_be_in_several_groups_at_once_but_once_per_group():
    """Interactief!: VIA and the social-integration module run in parallel."""
    setting = team()
    module = GroupFactory(programme=setting.programme, name="Sociale integratie")
    referral = setting.refer()
    enrolment_create(group=setting.group, referral=referral, user=setting.coach)
    enrolment_create(group=module, referral=referral, user=setting.coach)
    assert Enrolment.objects.filter(participant=referral.participant).count() == 2
    with pytest.raises(Refused) as refused:
        enrolment_create(group=module, referral=referral, user=setting.coach)
    assert refused.value.error == "already"


def test_someone_who_left_can_come_back():
    setting = team()
    referral = setting.refer()
    enrolment = enrolment_create(
        group=setting.group, referral=referral, user=setting.coach
    )
    enrolment_leave(enrolment=enrolment)
    assert Enrolment.objects.get(pk=enrolment.pk).left_on == timezone.localdate()
    again = enrolment_create(group=setting.group, referral=referral, user=setting.coach)
    assert again.pk == enrolment.pk
    assert again.status == EnrolmentStatus.ENROLLED
    assert again.left_on is None
    assert isinstance(again.enrolled_on, datetime.date)
