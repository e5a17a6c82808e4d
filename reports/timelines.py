"""Each referral's path through its states, read from the transition log.

A referral moved by hand before the log existed (imports, the demo) has no log
rows: its submission is then its creation, and its current state counts from
``state_changed_at``. Everything the report counts is read from these
timelines, so a count and a median never disagree on a date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from workflow.models import Referral, ReferralState, TransitionLog

S = ReferralState
#: A decision on a referral: the programme takes the person in or not.
DECISIONS = frozenset({S.ACCEPTED, S.REJECTED})
#: States a referral does not leave by itself: it no longer counts after them.
ENDED = frozenset({S.COMPLETED, S.REJECTED, S.WITHDRAWN, S.DROPPED_OUT})


@dataclass
class Timeline:
    referral: Referral
    #: ``(when, state reached)``, oldest first.
    steps: list[tuple[datetime.datetime, str]] = field(default_factory=list)

    @property
    def submitted_at(self) -> datetime.datetime | None:
        return self.first(S.SUBMITTED)

    def first(self, *states: str) -> datetime.datetime | None:
        return next((when for when, state in self.steps if state in states), None)

    def reached_between(
        self, state: str, start: datetime.datetime, end: datetime.datetime
    ) -> bool:
        return any(s == state and start <= when < end for when, s in self.steps)

    def state_at(self, moment: datetime.datetime) -> str | None:
        """The state at ``moment`` (``None`` before it was sent)."""
        current = None
        for when, state in self.steps:
            if when >= moment:
                break
            current = state
        return current

    def days_to(self, states: Iterable[str]) -> float | None:
        """Days from the submission to the first of ``states``."""
        submitted, reached = self.submitted_at, self.first(*states)
        if submitted is None or reached is None or reached < submitted:
            return None
        return (reached - submitted).total_seconds() / 86400


def timelines(referrals: Iterable[Referral]) -> list[Timeline]:
    """The timeline of each sent referral, in two queries."""
    referrals = [r for r in referrals if r.state != S.DRAFT]
    logs: dict[int, list[tuple[datetime.datetime, str]]] = {}
    for referral_id, when, target in TransitionLog.objects.filter(
        referral__in=[r.pk for r in referrals]
    ).values_list("referral_id", "created_at", "target"):
        logs.setdefault(referral_id, []).append((when, target))
    result = []
    for referral in referrals:
        steps = sorted(logs.get(referral.pk, []))
        if not any(state == S.SUBMITTED for _when, state in steps):
            steps.insert(0, (referral.created_at, S.SUBMITTED))
        if steps[-1][1] != referral.state:
            steps.append((max(referral.state_changed_at, steps[-1][0]), referral.state))
        result.append(Timeline(referral, steps))
    return result
