"""Every transition: allowed and refused per role and per state, conditions,
reasons, and the log row written."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone, translation

from intake.roles import Role
from tests.factories import referral_in, submission_for
from workflow.models import Referral, ReferralState, TransitionLog
from workflow.services import TransitionRefused, referral_actions, transition

S = ReferralState
SW, COACH, MANAGER, ADMIN = (
    Role.SOCIAL_WORKER,
    Role.COACH,
    Role.PROGRAMME_MANAGER,
    Role.CPAS_ADMIN,
)
REFERRER, TEAM, MANAGERS = {SW}, {COACH, MANAGER}, {MANAGER}

# action: (source states, target, who may, data)
MACHINE = {
    "submit": ([S.DRAFT], S.SUBMITTED, REFERRER, {}),
    "resubmit": ([S.RETURNED_FOR_INFORMATION], S.SUBMITTED, REFERRER, {}),
    "withdraw": (
        [
            S.DRAFT,
            S.SUBMITTED,
            S.IN_REVIEW,
            S.RETURNED_FOR_INFORMATION,
            S.ORIENTATION_PLANNED,
            S.ORIENTATION_DONE,
            S.WAITLISTED,
        ],
        S.WITHDRAWN,
        REFERRER,
        {},
    ),
    "start_review": ([S.SUBMITTED, S.WAITLISTED], S.IN_REVIEW, TEAM, {}),
    "return_for_information": (
        [S.IN_REVIEW, S.ORIENTATION_PLANNED],
        S.RETURNED_FOR_INFORMATION,
        TEAM,
        {"reason": "Which address?"},
    ),
    "plan_orientation": (
        [S.IN_REVIEW],
        S.ORIENTATION_PLANNED,
        TEAM,
        {"orientation_at": "soon"},
    ),
    "record_orientation": ([S.ORIENTATION_PLANNED], S.ORIENTATION_DONE, TEAM, {}),
    "waitlist": ([S.IN_REVIEW, S.ORIENTATION_DONE], S.WAITLISTED, MANAGERS, {}),
    "accept": ([S.ORIENTATION_DONE, S.WAITLISTED], S.ACCEPTED, MANAGERS, {}),
    "reject": (
        [
            S.SUBMITTED,
            S.IN_REVIEW,
            S.ORIENTATION_PLANNED,
            S.ORIENTATION_DONE,
            S.WAITLISTED,
        ],
        S.REJECTED,
        MANAGERS,
        {"reason": "Not in the area"},
    ),
    "start": ([S.ACCEPTED, S.REACTIVATED], S.IN_PROGRESS, TEAM, {}),
    "next_phase": ([S.IN_PROGRESS], S.IN_PROGRESS, TEAM, {}),
    "complete": ([S.IN_PROGRESS], S.COMPLETED, TEAM, {}),
    "drop_out": (
        [S.ACCEPTED, S.IN_PROGRESS],
        S.DROPPED_OUT,
        TEAM,
        {"reason": "Moved away"},
    ),
    "reactivate": ([S.DROPPED_OUT], S.REACTIVATED, MANAGERS, {}),
}

CASES = [
    (action, source)
    for action, (sources, _target, _who, _data) in MACHINE.items()
    for source in sources
]


def test_the_machine_under_test_is_the_whole_machine():
    assert set(MACHINE) == set(referral_actions())


def ready(referral: Referral) -> Referral:
    """Meet every condition, so that only permission and state decide."""
    referral.submission = submission_for(referral, "referral", {"first_name": "A"})
    Referral.objects.filter(pk=referral.pk).update(
        submission=referral.submission, phase="launch"
    )
    submission_for(referral, "orientation_interview")
    submission_for(referral, "final_evaluation")
    return Referral.objects.get(pk=referral.pk)


def data_for(action: str) -> dict:
    data = dict(MACHINE[action][3])
    if "orientation_at" in data:
        data["orientation_at"] = timezone.now() + datetime.timedelta(days=2)
    return data


@pytest.mark.parametrize(("action", "source"), CASES)
def test_who_may_take_each_action_from_each_state(world, action, source):
    sources, target, who, _data = MACHINE[action]

    def fresh() -> Referral:
        return ready(
            referral_in(
                source,
                programme=world.programme["a"],
                antenna=world.antenna["a"],
                referred_by=world.user("a", SW),
            )
        )

    referral = fresh()
    for role in sorted(set(Role) - who):
        with pytest.raises(TransitionRefused) as refused:
            transition(referral, action, world.user("a", role), **data_for(action))
        assert refused.value.code == TransitionRefused.PERMISSION, role
    assert Referral.objects.get(pk=referral.pk).state == source
    assert not TransitionLog.objects.exists()
    for role in sorted(who):
        user = world.user("a", role)
        moved = transition(referral, action, user, **data_for(action))
        assert moved.state == target
        log = TransitionLog.objects.get(referral=referral)
        assert (log.source, log.target, log.actor, log.action) == (
            source,
            target,
            user,
            action,
        )
        assert log.reason == data_for(action).get("reason", "")
        referral = fresh()


@pytest.mark.parametrize("action", list(MACHINE))
def test_no_action_from_a_state_it_does_not_leave(world, action):
    sources = MACHINE[action][0]
    other = next(state for state in S if state not in sources)
    referral = ready(
        referral_in(
            other,
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", SW),
        )
    )
    with pytest.raises(TransitionRefused) as refused:
        transition(referral, action, world.user("a", MANAGER), **data_for(action))
    assert refused.value.code == TransitionRefused.STATE
    assert not TransitionLog.objects.exists()


@pytest.mark.parametrize("action", list(MACHINE))
def test_nobody_from_another_cpas_moves_a_referral(world, action):
    source = MACHINE[action][0][0]
    referral = ready(
        referral_in(
            source,
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", SW),
        )
    )
    for role in Role:
        with pytest.raises(TransitionRefused) as refused:
            transition(referral, action, world.user("b", role), **data_for(action))
        assert refused.value.code == TransitionRefused.PERMISSION


def test_a_coach_of_another_programme_of_the_same_cpas_cannot_review(world):
    from tests.factories import ProgrammeFactory, staff_member

    other_coach = staff_member(
        Role.COACH,
        cpas=world.cpas["a"],
        programmes=[ProgrammeFactory(cpas=world.cpas["a"])],
    )
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", SW),
    )
    with pytest.raises(TransitionRefused):
        transition(referral, "start_review", other_coach.user)


def test_a_social_worker_of_another_antenna_cannot_withdraw(world):
    from tests.factories import staff_member

    colleague = staff_member(Role.SOCIAL_WORKER, cpas=world.cpas["a"])
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", SW),
    )
    with pytest.raises(TransitionRefused):
        transition(referral, "withdraw", colleague.user)


@pytest.mark.parametrize(
    "action", [a for a, spec in referral_actions().items() if spec.reason_required]
)
def test_actions_that_need_a_reason_refuse_without_one(world, action):
    source = MACHINE[action][0][0]
    referral = ready(
        referral_in(
            source,
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", SW),
        )
    )
    with pytest.raises(TransitionRefused) as refused:
        transition(referral, action, world.user("a", MANAGER), reason="   ")
    assert refused.value.code == TransitionRefused.REASON
    assert Referral.objects.get(pk=referral.pk).state == source


@pytest.mark.parametrize(
    ("action", "source", "missing"),
    [
        ("submit", S.DRAFT, "referral form"),
        ("record_orientation", S.ORIENTATION_PLANNED, "orientation interview"),
        ("complete", S.IN_PROGRESS, "final evaluation"),
    ],
)
def test_forms_must_be_filled_before_moving_on(world, action, source, missing):
    referral = referral_in(
        source,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", SW),
    )
    user = world.user("a", SW if action == "submit" else COACH)
    with translation.override("en"), pytest.raises(TransitionRefused) as refused:
        transition(referral, action, user)
    assert refused.value.code == TransitionRefused.CONDITION
    assert missing in str(refused.value.message)
    assert Referral.objects.get(pk=referral.pk).state == source


def test_phases_go_launch_intermediate_final_then_stop(world):
    referral = ready(
        referral_in(
            S.ACCEPTED,
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", SW),
        )
    )
    Referral.objects.filter(pk=referral.pk).update(phase="")
    referral = Referral.objects.get(pk=referral.pk)
    coach = world.user("a", COACH)
    referral = transition(referral, "start", coach)
    assert referral.phase == "launch"
    referral = transition(referral, "next_phase", coach)
    referral = transition(referral, "next_phase", coach)
    assert (referral.state, referral.phase) == (S.IN_PROGRESS, "final")
    with pytest.raises(TransitionRefused) as refused:
        transition(referral, "next_phase", coach)
    assert refused.value.code == TransitionRefused.CONDITION
    assert [log.phase for log in referral.transitions.all()] == [
        "launch",
        "intermediate",
        "final",
    ]


def test_drop_out_then_come_back_where_it_stopped(world):
    referral = ready(
        referral_in(
            S.IN_PROGRESS,
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", SW),
            phase="intermediate",
        )
    )
    Referral.objects.filter(pk=referral.pk).update(phase="intermediate")
    referral = Referral.objects.get(pk=referral.pk)
    referral = transition(referral, "drop_out", world.user("a", COACH), reason="Sick")
    referral = transition(referral, "reactivate", world.user("a", MANAGER))
    referral = transition(referral, "start", world.user("a", COACH))
    assert (referral.state, referral.phase) == (S.IN_PROGRESS, "intermediate")


def test_a_stale_referral_is_refused_with_a_clear_message(world):
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", SW),
    )
    stale = Referral.objects.get(pk=referral.pk)
    transition(referral, "start_review", world.user("a", COACH))
    with pytest.raises(TransitionRefused) as refused:
        transition(stale, "start_review", world.user("a", MANAGER))
    assert refused.value.code == TransitionRefused.CHANGED
    assert TransitionLog.objects.count() == 1


def test_the_state_cannot_be_assigned_by_hand(world):
    referral = referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", SW),
    )
    with pytest.raises(AttributeError):
        referral.state = S.ACCEPTED
