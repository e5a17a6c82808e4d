"""Retention: a participant's record is anonymised N years (her programme's
``retention_years``) after the end of her last trajectory."""

from __future__ import annotations

import datetime

from django.db.models import Max
from django.utils import timezone

from intake.models import Participant
from intake.rights import ERASED_NAME
from workflow.models import Referral, ReferralState, TransitionLog

#: The states a trajectory ends in.
ENDED = frozenset(
    {
        ReferralState.COMPLETED,
        ReferralState.REJECTED,
        ReferralState.WITHDRAWN,
        ReferralState.DROPPED_OUT,
    }
)


def _years_after(moment: datetime.datetime, years: int) -> datetime.datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


def due_for_anonymisation(now: datetime.datetime | None = None) -> list[Participant]:
    """Participants whose every referral has ended, each more than its
    programme's retention period ago, not yet anonymised."""
    now = now or timezone.now()
    due = []
    candidates = Participant.objects.exclude(first_name=ERASED_NAME).filter(
        referrals__isnull=False
    )
    for participant in candidates.distinct().order_by("pk"):
        referrals = list(
            Referral.objects.filter(participant=participant).select_related("programme")
        )
        if any(referral.state not in ENDED for referral in referrals):
            continue
        ends = dict(
            TransitionLog.objects.filter(referral__in=referrals, target__in=ENDED)
            .values("referral")
            .annotate(end=Max("created_at"))
            .values_list("referral", "end")
        )
        if all(
            ends.get(r.pk)
            and _years_after(ends[r.pk], r.programme.retention_years) < now
            for r in referrals
        ):
            due.append(participant)
    return due
