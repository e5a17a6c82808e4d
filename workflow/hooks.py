"""What other apps do when a referral moves or a form is filled for it.

Two Wagtail hooks, so that an app reacts without the workflow knowing it:

``register_after_transition``
    ``function(*, referral, log)``, called **after commit** of every transition
    made by :func:`workflow.services.transition` (``log`` is its
    :class:`~workflow.models.TransitionLog`). ``followups`` schedules the
    follow-ups after exit when a referral is completed.

``register_referral_submission``
    ``function(*, referral, submission)``, called **in the transaction** that
    links a stored form to a referral, once per submission
    (:func:`workflow.referrals.referral_submission_link`). The workflow tells
    the manager and the social worker that an orientation interview or a final
    evaluation was sent (:mod:`workflow.form_notices`).

``register_referral_panel``
    ``function(*, referral, user)`` returning an :class:`intake.panels.ParticipantPanel`
    (a block of HTML or a template) or ``None``: a block on the referral's page,
    below its forms (``followups``: the follow-ups after exit). The referral is
    one the user may see; the function shows only what she may see of the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.safestring import SafeString
from wagtail import hooks

if TYPE_CHECKING:
    from django.http import HttpRequest

    from surveys.models import Submission
    from workflow.models import Referral, TransitionLog

AFTER_TRANSITION_HOOK = "register_after_transition"
REFERRAL_SUBMISSION_HOOK = "register_referral_submission"
REFERRAL_PANEL_HOOK = "register_referral_panel"


def after_transition(*, referral: Referral, log: TransitionLog) -> None:
    """Run what the apps registered for after a transition (after commit)."""
    for function in hooks.get_hooks(AFTER_TRANSITION_HOOK):
        function(referral=referral, log=log)


def referral_submission_linked(*, referral: Referral, submission: Submission) -> None:
    """Run what the apps registered for a form newly filled for a referral."""
    for function in hooks.get_hooks(REFERRAL_SUBMISSION_HOOK):
        function(referral=referral, submission=submission)


def referral_panels(referral: Referral, request: HttpRequest) -> list[SafeString]:
    """The apps' blocks for the referral's page, rendered, in their order."""
    panels = [
        panel
        for function in hooks.get_hooks(REFERRAL_PANEL_HOOK)
        if (panel := function(referral=referral, user=request.user)) is not None
    ]
    panels.sort(key=lambda panel: panel.order)
    return [panel.render(request) for panel in panels]
