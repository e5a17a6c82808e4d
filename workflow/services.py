"""The one entry point for every state change of a referral.

:func:`transition` checks permission and conditions, locks the row, checks that
nobody moved the referral meanwhile, applies the transition, saves and writes the
:class:`~workflow.models.TransitionLog`, all in one database transaction; the
notifications (:mod:`workflow.notifications`) go out after commit. What an action
needs (a reason, a date, an override) is declared on its transition
(:mod:`workflow.actions`), not here.
"""

from __future__ import annotations

import datetime
from functools import cache

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_fsm import ConcurrentTransition, can_proceed

from workflow import permissions
from workflow.actions import Action, actions
from workflow.hooks import after_transition
from workflow.models import Referral, TransitionLog
from workflow.notifications import notifications_create


@cache
def referral_actions() -> dict[str, Action]:
    """Every transition of a referral with what its ``custom=`` declares, in
    the order the model declares them (the order of the buttons)."""
    return actions(Referral)


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
    for name, action in referral_actions().items():
        method = getattr(referral, name)
        if can_proceed(method, check_conditions=False) and user_may(method, user):
            available.append((action, unmet_conditions(method)))
    return available


def next_actors(referral: Referral) -> list[tuple[str, list[str]]]:
    """Who may move the referral from its state, each with the actions that
    are theirs (``[("The programme manager", ["Accept", ...]), ...]``)."""
    by_actor: dict[str, list[str]] = {}
    for name, action in referral_actions().items():
        method = getattr(referral, name)
        if not can_proceed(method, check_conditions=False):
            continue
        meta = method._django_fsm
        spec = meta.get_transition(meta.field.get_state(referral))
        actor = permissions.ACTORS.get(spec.permission)
        if actor is not None:
            by_actor.setdefault(str(actor), []).append(str(action.label))
    return list(by_actor.items())


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
    spec = referral_actions().get(action)
    if spec is None:
        raise TransitionRefused(
            _("This action does not exist."), TransitionRefused.STATE
        )
    reason = (reason or "").strip()
    override_reason = (override_reason or "").strip()
    data = {"orientation_at": orientation_at}
    locked = Referral.objects.select_for_update().get(pk=referral.pk)
    if locked.state != referral.state:
        raise TransitionRefused(
            _("This referral changed meanwhile: it is now “%(state)s”. Look again.")
            % {"state": locked.get_state_display()},
            TransitionRefused.CHANGED,
        )
    method = getattr(locked, action)
    _check_may(locked, method, user)
    if spec.override is not None and override_reason:
        setattr(locked, spec.override.field, override_reason)
    _check_ready(spec, method, reason, data)

    source = locked.state
    method(**data)
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
        reason=reason or override_reason,
    )
    _announce(locked, log, spec)
    return locked


def _announce(referral: Referral, log: TransitionLog, spec: Action) -> None:
    """The notifications, in the transaction; the apps' ``register_after_transition``
    hooks (:mod:`workflow.hooks`), after commit."""
    notifications_create(referral, log, spec.tells)
    transaction.on_commit(lambda: after_transition(referral=referral, log=log))


def _check_may(referral: Referral, method, user) -> None:
    """The state allows the action and the action is the user's to take."""
    if not can_proceed(method, check_conditions=False):
        raise TransitionRefused(
            _("This action is not possible while the referral is “%(state)s”.")
            % {"state": referral.get_state_display()},
            TransitionRefused.STATE,
        )
    if not user_may(method, user):
        raise TransitionRefused(
            _("This action is not yours to take on this referral."),
            TransitionRefused.PERMISSION,
        )


def _check_ready(spec: Action, method, reason: str, data: dict) -> None:
    """The conditions hold, and the reason and data the action declares are
    given."""
    unmet = unmet_conditions(method)
    if unmet:
        raise TransitionRefused(" ".join(unmet), TransitionRefused.CONDITION)
    if spec.reason_required and not reason:
        raise TransitionRefused(_("Write the reason."), TransitionRefused.REASON)
    for name, missing in spec.requires:
        if data.get(name) is None:
            raise TransitionRefused(missing, TransitionRefused.REASON)
