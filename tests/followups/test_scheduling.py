"""Completing a referral schedules its programme's follow-ups, counted in
calendar months from the day it was completed; nothing else does."""

import datetime

from django.utils import timezone

from followups.models import FollowUp
from followups.services import due_date, follow_ups_schedule
from intake.roles import Role
from tests.factories import referral_in, submission_for
from workflow.models import ReferralState
from workflow.services import transition


def complete(world, referral, django_capture_on_commit_callbacks):
    submission_for(referral, "final_evaluation")
    with django_capture_on_commit_callbacks(execute=True):
        return transition(referral, "complete", world.user("a", Role.COACH))


def test_completing_a_referral_schedules_the_plan(
    world, plan, django_capture_on_commit_callbacks
):
    complete(world, plan.referral, django_capture_on_commit_callbacks)
    today = timezone.localdate()
    follow_ups = list(FollowUp.objects.order_by("months_after"))
    assert [(f.months_after, f.form_id) for f in follow_ups] == [
        (3, plan.form.pk),
        (6, plan.form.pk),
    ]
    assert [f.due_on for f in follow_ups] == [due_date(today, 3), due_date(today, 6)]
    assert all(f.referral_id == plan.referral.pk for f in follow_ups)
    assert all(not f.done for f in follow_ups)


def test_nothing_is_scheduled_before_the_transaction_commits(
    world, plan, django_capture_on_commit_callbacks
):
    submission_for(plan.referral, "final_evaluation")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        transition(plan.referral, "complete", world.user("a", Role.COACH))
        assert not FollowUp.objects.exists()
    assert callbacks  # the scheduling waits for the commit


def test_a_drop_out_schedules_no_follow_up(
    world, plan, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        transition(
            plan.referral, "drop_out", world.user("a", Role.COACH), reason="Déménage"
        )
    assert not FollowUp.objects.exists()


def test_a_programme_without_a_plan_schedules_nothing(
    world, plan, django_capture_on_commit_callbacks
):
    other = referral_in(
        ReferralState.IN_PROGRESS,
        programme=world.programme["b"],
        antenna=world.antenna["b"],
        referred_by=world.user("b", Role.SOCIAL_WORKER),
    )
    submission_for(other, "final_evaluation")
    with django_capture_on_commit_callbacks(execute=True):
        transition(other, "complete", world.user("b", Role.COACH))
    assert not FollowUp.objects.exists()


def test_months_are_calendar_months_and_scheduling_twice_keeps_the_first(world, plan):
    assert due_date(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
    assert due_date(datetime.date(2026, 11, 15), 3) == datetime.date(2027, 2, 15)
    coach = world.user("a", Role.COACH)
    first = follow_ups_schedule(
        referral=plan.referral, completed_on=datetime.date(2026, 11, 15), by=coach
    )
    again = follow_ups_schedule(
        referral=plan.referral, completed_on=datetime.date(2026, 12, 1), by=coach
    )
    assert [f.pk for f in again] == [f.pk for f in first]
    assert FollowUp.objects.get(months_after=6).due_on == datetime.date(2027, 5, 15)
