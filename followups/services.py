"""Scheduling the follow-ups after exit, marking one done, telling the antenna."""

from __future__ import annotations

import datetime

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.utils import timezone

from followups.models import FollowUp, FollowUpStep
from followups.notices import FOLLOW_UP_DONE, FOLLOW_UP_DUE
from surveys.models import Submission
from workflow.models import Referral, ReferralState, TransitionLog
from workflow.notifications import notices_create
from workflow.referrals import referral_submission_link


def due_date(completed_on: datetime.date, months: int) -> datetime.date:
    """``months`` calendar months later (31 January + 1 month: 28 or 29 February)."""
    return completed_on + relativedelta(months=months)


@transaction.atomic
def follow_ups_schedule(
    *, referral: Referral, completed_on: datetime.date, by
) -> list[FollowUp]:
    """One follow-up per step of the programme's plan, counted from
    ``completed_on``; a step already scheduled for the referral is kept."""
    scheduled = []
    for step in FollowUpStep.objects.filter(programme=referral.programme_id):
        follow_up, _created = FollowUp.objects.get_or_create(
            referral=referral,
            months_after=step.months_after,
            defaults={
                "programme_id": referral.programme_id,
                "form_id": step.form_id,
                "due_on": due_date(completed_on, step.months_after),
                "scheduled_by": by,
            },
        )
        scheduled.append(follow_up)
    return scheduled


def schedule_after_completion(*, referral: Referral, log: TransitionLog) -> None:
    """The ``register_after_transition`` hook: a completed referral gets its
    follow-ups (after the transition's commit)."""
    if log.target != ReferralState.COMPLETED:
        return
    follow_ups_schedule(
        referral=referral,
        completed_on=timezone.localdate(log.created_at),
        by=log.actor,
    )


def follow_up_done(*, follow_up: FollowUp, submission: Submission) -> FollowUp:
    """The follow-up's form was sent (in the submission's transaction): link it
    to the referral and the follow-up, and tell the referring social worker."""
    referral = follow_up.referral
    referral_submission_link(referral=referral, submission=submission)
    locked = FollowUp.objects.select_for_update().get(pk=follow_up.pk)
    if locked.done:
        return locked
    locked.submission = submission
    locked.done_at = timezone.now()
    locked.done_by = submission.submitted_by
    locked.save(update_fields=["submission", "done_at", "done_by"])
    actor = submission.submitted_by
    author = referral.referred_by
    if actor is not None and author is not None and author != actor:
        notices_create(
            referral=referral, kind=FOLLOW_UP_DONE, recipients=[author], actor=actor
        )
    return locked


def due_follow_ups_notify(*, today: datetime.date | None = None) -> int:
    """Tell the referring social worker of each follow-up whose day came, once:
    a follow-up is claimed by one conditional update, so two overlapping runs
    never tell twice. Returns how many follow-ups were announced."""
    announced = 0
    due = FollowUp.objects.due(today).filter(due_notified_at__isnull=True)
    for follow_up in due.select_related("referral__referred_by", "scheduled_by"):
        with transaction.atomic():
            claimed = FollowUp.objects.filter(
                pk=follow_up.pk, due_notified_at__isnull=True
            ).update(due_notified_at=timezone.now())
            if not claimed:
                continue
            author = follow_up.referral.referred_by
            notices_create(
                referral=follow_up.referral,
                kind=FOLLOW_UP_DUE,
                recipients=[author] if author else [],
                actor=follow_up.scheduled_by,
            )
            announced += 1
    return announced
