"""Action plan follow-up: steps created from a sent plan, reviewed at interviews.

A sent form with an ``action_plan`` question, filled for a participant, creates
one :class:`~surveys.models.ActionStep` per row (in the submission's transaction,
see :func:`surveys.services.submission_create`). At the next interviews the coach
marks each open step; every change is kept as an
:class:`~surveys.models.ActionStepUpdate`, linked to the interview it was made at.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Prefetch, QuerySet

# The modules, not the package: the services (the page model's) import this.
from surveys.models.action_plan import ActionStep, ActionStepUpdate, StepStatus
from surveys.models.submission import Submission

#: Steps still to review at the next interview.
OPEN_STATUSES = (StepStatus.PLANNED, StepStatus.IN_PROGRESS)


def action_steps_create(*, submission: Submission) -> list[ActionStep]:
    """One step per row of the submission's action-plan answers.

    Only a plan filled for a participant has steps to follow; each starts its
    history with "planned", at the plan's submission.
    """
    if submission.participant_id is None:
        return []
    steps = []
    for spec in submission.version.form_schema.questions:
        if not spec.definition.has_action_steps:
            continue
        rows = submission.answers.get(spec.key) or []
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                continue
            step = ActionStep.objects.create(
                participant_id=submission.participant_id,
                programme_id=submission.programme_id,
                submission=submission,
                question_key=spec.key,
                row=index,
                goal=str(row.get("goal") or "")[:500],
                step=str(row.get("step") or "")[:500],
                due_date=_date(row.get("due_date")),
                owner=str(row.get("owner") or "")[:500],
            )
            ActionStepUpdate.objects.create(
                action_step=step,
                status=StepStatus.PLANNED,
                by_id=submission.submitted_by_id,
                submission=submission,
            )
            steps.append(step)
    return steps


def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


@transaction.atomic
def action_step_update(
    *,
    step: ActionStep,
    status: str,
    note: str = "",
    user=None,
    submission: Submission | None = None,
) -> ActionStepUpdate | None:
    """Record a review of ``step``: a new status, or a note on the same one.

    Nothing is recorded when neither the status changes nor a note is written
    (the coach only looked at the step). The caller checked that the user is of
    the step's programme team.
    """
    if status not in StepStatus.values:
        raise ValueError(f"unknown step status {status!r}")
    note = (note or "").strip()
    if status == step.status and not note:
        return None
    locked = ActionStep.objects.select_for_update().get(pk=step.pk)
    update = ActionStepUpdate.objects.create(
        action_step=locked,
        status=status,
        note=note,
        by=user if user is not None and user.is_authenticated else None,
        submission=submission,
    )
    if locked.status != status:
        locked.status = status
        locked.save(update_fields=["status", "updated_at"])
        step.status = status
    return update


def open_steps(*, user, participant, programme) -> QuerySet[ActionStep]:
    """The steps of the participant's plans in ``programme`` still to review,
    each with its history (oldest first), as the user's team may see them."""
    return (
        ActionStep.objects.for_user(user)
        .filter(participant=participant, programme=programme, status__in=OPEN_STATUSES)
        .select_related("submission")
        .prefetch_related(
            Prefetch(
                "updates",
                queryset=ActionStepUpdate.objects.select_related("by").order_by(
                    "at", "pk"
                ),
            )
        )
        .order_by("due_date", "pk")
    )
