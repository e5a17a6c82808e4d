"""A referral's progress along its programme's path: each step done (when, and
what shows it), next, overdue or later.

The rule, step by step in the path's order: a step is **done** once what it is
tied to happened as many times as it asks; a step not done whose step before it
is done (or that comes first) is **next**, or **overdue** once its delay after
that step (after the referral was sent, for the first) has passed; any other
step is **later**. A referral that ended without completing (refused,
withdrawn, dropped out) or is still a draft has no next or overdue step.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from paths.evidence import Proof, ReferralEvidence
from paths.models import PathStep, ProgrammePath
from workflow.models import Referral, ReferralState

S = ReferralState
#: States in which nothing more is expected of the path.
STOPPED = frozenset({S.DRAFT, S.REJECTED, S.WITHDRAWN, S.DROPPED_OUT})


class StepStatus(models.TextChoices):
    DONE = "done", _("Done")
    NEXT = "next", _("Next")
    OVERDUE = "overdue", _("Overdue")
    LATER = "later", _("Later")


@dataclass(frozen=True)
class StepProgress:
    step: PathStep
    status: StepStatus
    #: The moments that count towards it (some, all, or more than it asks).
    proofs: tuple[Proof, ...]
    done_at: datetime.datetime | None = None
    due_on: datetime.date | None = None

    @property
    def name(self) -> str:
        return self.step.name

    @property
    def count(self) -> int:
        return min(len(self.proofs), self.step.times)


@dataclass(frozen=True)
class PathProgress:
    referral: Referral
    path: ProgrammePath
    steps: tuple[StepProgress, ...]

    def with_status(self, status: StepStatus) -> list[StepProgress]:
        return [each for each in self.steps if each.status == status]

    @property
    def overdue(self) -> list[StepProgress]:
        return self.with_status(StepStatus.OVERDUE)


def path_of(referral: Referral) -> ProgrammePath | None:
    return (
        ProgrammePath.objects.filter(programme=referral.programme_id)
        .prefetch_related("steps__form")
        .first()
    )


def referral_progress(
    referral: Referral,
    *,
    path: ProgrammePath | None = None,
    today: datetime.date | None = None,
) -> PathProgress | None:
    """``referral``'s progress along its programme's path; ``None`` when the
    programme has no path."""
    path = path or path_of(referral)
    if path is None:
        return None
    today = today or timezone.localdate()
    evidence = ReferralEvidence.read(referral)
    expecting = referral.state not in STOPPED
    previous_done_at: datetime.datetime | None = evidence.started_at
    steps = []
    for step in path.steps.all():
        progress = _step_progress(step, evidence, previous_done_at, today, expecting)
        previous_done_at = progress.done_at
        steps.append(progress)
    return PathProgress(referral=referral, path=path, steps=tuple(steps))


def _step_progress(
    step: PathStep,
    evidence: ReferralEvidence,
    previous_done_at: datetime.datetime | None,
    today: datetime.date,
    expecting: bool,
) -> StepProgress:
    proofs = tuple(evidence.proofs(step))
    if len(proofs) >= step.times:
        return StepProgress(
            step, StepStatus.DONE, proofs, done_at=proofs[step.times - 1].at
        )
    if previous_done_at is None or not expecting:
        return StepProgress(step, StepStatus.LATER, proofs)
    due_on = None
    if step.within_days is not None:
        start = timezone.localdate(previous_done_at)
        due_on = start + datetime.timedelta(days=step.within_days)
    late = due_on is not None and due_on < today
    status = StepStatus.OVERDUE if late else StepStatus.NEXT
    return StepProgress(step, status, proofs, due_on=due_on)
