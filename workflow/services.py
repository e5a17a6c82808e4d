"""The one entry point for every state change of a referral.

:func:`transition` checks permission and conditions, locks the row, checks that
nobody moved the referral meanwhile, applies the transition, saves and writes the
:class:`~workflow.models.TransitionLog`, all in one database transaction; the
announcement (:data:`workflow.signals.referral_transitioned`) goes out after commit.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_fsm import ConcurrentTransition, can_proceed

from intake.models import Referral
from workflow.models import TransitionLog
from workflow.notifications import notifications_create
from workflow.signals import referral_transitioned


@dataclass(frozen=True)
class Action:
    name: str
    label: Promise
    reason_required: bool = False
    style: str = ""  # "primary" / "danger" / "" for the button


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        Action("submit", _("Send to the programme"), style="primary"),
        Action("resubmit", _("Send again with the information"), style="primary"),
        Action("withdraw", _("Withdraw the referral"), style="danger"),
        Action("start_review", _("Start the review"), style="primary"),
        Action(
            "return_for_information",
            _("Ask for more information"),
            reason_required=True,
        ),
        Action(
            "plan_orientation", _("Plan the orientation interview"), style="primary"
        ),
        Action("record_orientation", _("Orientation interview done"), style="primary"),
        Action("waitlist", _("Put on the waiting list")),
        Action("accept", _("Accept"), style="primary"),
        Action("reject", _("Refuse"), reason_required=True, style="danger"),
        Action("start", _("Start the path"), style="primary"),
        Action("next_phase", _("Go to the next phase")),
        Action("complete", _("Complete the path"), style="primary"),
        Action(
            "drop_out", _("Record a drop-out"), reason_required=True, style="danger"
        ),
        Action("reactivate", _("Let the participant come back")),
    )
}


class TransitionRefused(Exception):
    """The transition did not happen; ``message`` tells the user why."""

    PERMISSION = "permission"
    STATE = "state"
    CONDITION = "condition"
    REASON = "reason"
    CHANGED = "changed"

    def __init__(self, message, code: str):
        super().__init__(str(message))
        self.message = message
        self.code = code


def user_may(method, user) -> bool:
    """Whether the transition's ``permission`` lets ``user`` take it from here.

    (django-fsm's ``has_transition_perm`` also checks the conditions; the service
    checks them apart, to tell the user which one is missing.)
    """
    meta = method._django_fsm
    return meta.has_transition_perm(
        method.__self__, meta.field.get_state(method.__self__), user
    )


def unmet_conditions(method) -> list[str]:
    meta = method._django_fsm
    state = meta.field.get_state(method.__self__)
    spec = meta.get_transition(state)
    return [
        str(getattr(condition, "message", condition.__name__))
        for condition in (spec.conditions if spec else [])
        if not condition(method.__self__)
    ]


def available_actions(referral: Referral, user) -> list[tuple[Action, list[str]]]:
    """The actions this user may take from the referral's state, each with the
    conditions still missing (empty when it can be taken now)."""
    available = []
    for name, action in ACTIONS.items():
        method = getattr(referral, name)
        if can_proceed(method, check_conditions=False) and user_may(method, user):
            available.append((action, unmet_conditions(method)))
    return available


@transaction.atomic
def transition(
    referral: Referral,
    action: str,
    user,
    *,
    reason: str = "",
    override_reason: str = "",
    orientation_at: datetime.datetime | None = None,
) -> Referral:
    """Move ``referral`` by ``action`` on behalf of ``user``; raise
    :class:`TransitionRefused` with a message for the user otherwise."""
    spec = ACTIONS.get(action)
    if spec is None:
        raise TransitionRefused(
            _("This action does not exist."), TransitionRefused.STATE
        )
    reason = (reason or "").strip()
    locked = Referral.objects.select_for_update().get(pk=referral.pk)
    if locked.state != referral.state:
        raise TransitionRefused(
            _("This referral changed meanwhile: it is now “%(state)s”. Look again.")
            % {"state": locked.get_state_display()},
            TransitionRefused.CHANGED,
        )
    method = getattr(locked, action)
    if not can_proceed(method, check_conditions=False):
        raise TransitionRefused(
            _("This action is not possible while the referral is “%(state)s”.")
            % {"state": locked.get_state_display()},
            TransitionRefused.STATE,
        )
    if not user_may(method, user):
        raise TransitionRefused(
            _("This action is not yours to take on this referral."),
            TransitionRefused.PERMISSION,
        )
    if action == "accept" and override_reason.strip():
        locked.eligibility_override = override_reason.strip()
    unmet = unmet_conditions(method)
    if unmet:
        raise TransitionRefused(" ".join(unmet), TransitionRefused.CONDITION)
    if spec.reason_required and not reason:
        raise TransitionRefused(_("Write the reason."), TransitionRefused.REASON)
    if action == "plan_orientation" and orientation_at is None:
        raise TransitionRefused(
            _("Give the date and time of the orientation interview."),
            TransitionRefused.REASON,
        )

    source = locked.state
    method(orientation_at=orientation_at)
    locked.state_changed_at = timezone.now()
    try:
        locked.save(
            update_fields=[
                "state",
                "phase",
                "orientation_at",
                "eligibility_override",
                "state_changed_at",
            ]
        )
    except ConcurrentTransition:
        raise TransitionRefused(
            _("This referral changed meanwhile. Look again."), TransitionRefused.CHANGED
        ) from None
    log = TransitionLog.objects.create(
        referral=locked,
        action=action,
        source=source,
        target=locked.state,
        phase=locked.phase,
        actor=user,
        reason=reason or override_reason.strip(),
    )
    notifications_create(locked, log)
    transaction.on_commit(
        lambda: referral_transitioned.send(sender=Referral, referral=locked, log=log)
    )
    return locked
