"""What the follow-up screens read: the coach's due list, a referral's
follow-ups, the dashboard's count. Everything through the tenancy."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from followups.models import FollowUp
from intake.models import Programme
from workflow.models import Referral

#: How far ahead the coach's list shows the follow-ups to come.
UPCOMING_DAYS = 30


def team_follow_ups(user) -> QuerySet[FollowUp]:
    """The follow-ups of the programmes whose team the user is in."""
    return (
        FollowUp.objects.for_user(user)
        .filter(programme__in=Programme.objects.for_team(user))
        .select_related("referral__participant", "programme", "form", "done_by")
    )


def holds_follow_ups(user) -> bool:
    """Whether the user is in a programme's team (the due list is hers)."""
    return Programme.objects.for_team(user).exists()


@dataclass(frozen=True)
class FollowUpRow:
    follow_up: FollowUp
    #: Where the coach holds it: the form in the interview mode, for it.
    conduct_url: str
    overdue_days: int


def conduct_url(follow_up: FollowUp) -> str:
    participant_id = follow_up.referral.participant_id
    if follow_up.form_id is None or participant_id is None or follow_up.done:
        return ""
    url = reverse("interviews:interview", args=[follow_up.form_id, participant_id])
    return f"{url}?followup={follow_up.pk}"


def rows_of(follow_ups, today: datetime.date) -> list[FollowUpRow]:
    return [
        FollowUpRow(
            follow_up=follow_up,
            conduct_url=conduct_url(follow_up),
            overdue_days=follow_up.overdue_days(today),
        )
        for follow_up in follow_ups
    ]


def due_rows(user, today: datetime.date | None = None) -> list[FollowUpRow]:
    """The follow-ups whose day came and that nobody held yet, oldest first."""
    today = today or timezone.localdate()
    return rows_of(team_follow_ups(user).due(today), today)


def upcoming_rows(user, today: datetime.date | None = None) -> list[FollowUpRow]:
    """Those due in the next :data:`UPCOMING_DAYS` days."""
    today = today or timezone.localdate()
    coming = (
        team_follow_ups(user)
        .open()
        .filter(
            due_on__gt=today, due_on__lte=today + datetime.timedelta(days=UPCOMING_DAYS)
        )
    )
    return rows_of(coming, today)


def due_count(user, today: datetime.date | None = None) -> int:
    return team_follow_ups(user).due(today).count()


def referral_follow_ups(
    user, referral: Referral, today: datetime.date | None = None
) -> list[FollowUpRow]:
    """The referral's follow-ups that the user may see (the programme's team and
    the referring antenna), in order, with the link to hold each for the team."""
    today = today or timezone.localdate()
    follow_ups = (
        FollowUp.objects.for_user(user)
        .filter(referral=referral)
        .select_related("referral__participant", "form", "done_by")
    )
    team = Programme.objects.for_team(user).filter(pk=referral.programme_id).exists()
    return [
        FollowUpRow(
            follow_up=follow_up,
            conduct_url=conduct_url(follow_up) if team else "",
            overdue_days=follow_up.overdue_days(today),
        )
        for follow_up in follow_ups
    ]
