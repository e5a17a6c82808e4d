"""Notices when a form that calls for a next step is sent for a referral.

An orientation interview sent: the programme's managers decide next (accept,
wait-list or refuse), and the referring social worker learns it took place. A
final evaluation sent: the referring social worker learns it. Registered under
the ``register_referral_submission`` hook (:mod:`workflow.hooks`), so the forms
(``surveys``) know nothing of it.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from intake.models import Membership
from intake.roles import Role
from surveys.models import FormKind, Submission
from workflow.models import Notification, Referral
from workflow.notifications import notice_kind_register, notices_create

ORIENTATION_TO_DECIDE = "orientation_to_decide"
ORIENTATION_SENT = "orientation_sent"
FINAL_EVALUATION_SENT = "final_evaluation_sent"


def register_notice_kinds() -> None:
    notice_kind_register(
        ORIENTATION_TO_DECIDE,
        _(
            "%(person)s · %(programme)s: the orientation interview was sent by "
            "%(actor)s. Yours to decide next: accept, wait-list or refuse."
        ),
    )
    notice_kind_register(
        ORIENTATION_SENT,
        _(
            "%(person)s · %(programme)s: the orientation interview took place "
            "(sent by %(actor)s)."
        ),
    )
    notice_kind_register(
        FINAL_EVALUATION_SENT,
        _("%(person)s · %(programme)s: the final evaluation was sent by %(actor)s."),
    )


def programme_managers(referral: Referral) -> list:
    """The active managers of the referral's programme."""
    managers = Membership.objects.filter(
        programmes=referral.programme_id,
        user__groups__name=Role.PROGRAMME_MANAGER.value,
    )
    return list(
        get_user_model().objects.filter(pk__in=managers.values("user"), is_active=True)
    )


def referrer_of(referral: Referral) -> list:
    """The social worker who referred the participant, if she still may hear."""
    author = referral.referred_by
    return [author] if author is not None and author.is_active else []


def form_sent_notices(
    *, referral: Referral, submission: Submission
) -> list[Notification]:
    """The notices a newly linked submission calls for (none for most forms, and
    never for the person who sent it)."""
    actor = submission.submitted_by
    if actor is None:
        return []
    kind = submission.version.page.kind
    told: list[Notification] = []
    if kind == FormKind.ORIENTATION_INTERVIEW:
        managers = [user for user in programme_managers(referral) if user != actor]
        told += notices_create(
            referral=referral,
            kind=ORIENTATION_TO_DECIDE,
            recipients=managers,
            actor=actor,
        )
        workers = [u for u in referrer_of(referral) if u != actor and u not in managers]
        told += notices_create(
            referral=referral, kind=ORIENTATION_SENT, recipients=workers, actor=actor
        )
    elif kind == FormKind.FINAL_EVALUATION:
        workers = [user for user in referrer_of(referral) if user != actor]
        told += notices_create(
            referral=referral,
            kind=FINAL_EVALUATION_SENT,
            recipients=workers,
            actor=actor,
        )
    return told
