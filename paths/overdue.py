"""Steps that became overdue: everyone on the referral is told, once per step.

Run by ``python manage.py notify_overdue_steps`` (for cron, e.g. every morning).
Each notice is recorded (:class:`~paths.models.OverdueNotice`, unique per
referral and step) in the transaction that writes the notifications, before
them: a second run, even one overlapping the first, finds the record (or fails
on the unique pair) and tells nobody again.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

from intake.models import Membership
from intake.roles import Role
from paths.models import OverdueNotice, ProgrammePath
from paths.progress import STOPPED, StepProgress, referral_progress
from workflow.actions import Audience
from workflow.models import Referral
from workflow.notifications import (
    audience_members,
    notice_kind_register,
    notices_create,
)

STEP_OVERDUE = "path_step_overdue"


def register_notice_kinds() -> None:
    notice_kind_register(
        STEP_OVERDUE, _("%(person)s · %(programme)s: a step of the path is overdue.")
    )


@dataclass
class OverdueRun:
    referrals: int = 0
    overdue: int = 0
    notified: int = 0
    already: int = 0


def referral_people(referral: Referral) -> list:
    """Everyone on the referral: its author and her antenna's social workers,
    the programme's coaches and managers (active accounts)."""
    managers = Membership.objects.filter(
        programmes=referral.programme_id,
        user__groups__name=Role.PROGRAMME_MANAGER.value,
    )
    named = (
        audience_members(referral, Audience.REFERRER)
        | audience_members(referral, Audience.PROGRAMME_COACHES)
        | Q(pk__in=managers.values("user"))
    )
    return list(get_user_model().objects.filter(named, is_active=True).distinct())


def overdue_steps_notify(*, today: datetime.date | None = None) -> OverdueRun:
    """Tell everyone on each running referral about each step that is overdue
    and was never told about."""
    run = OverdueRun()
    paths = {
        path.programme_id: path
        for path in ProgrammePath.objects.prefetch_related("steps__form")
    }
    referrals = (
        Referral.objects.filter(programme__in=list(paths))
        .exclude(state__in=STOPPED)
        .select_related("participant", "programme", "referred_by", "cpas")
        .order_by("pk")
    )
    for referral in referrals.iterator(chunk_size=200):
        run.referrals += 1
        progress = referral_progress(
            referral, path=paths[referral.programme_id], today=today
        )
        told = set(
            OverdueNotice.objects.filter(referral=referral).values_list(
                "step_id", flat=True
            )
        )
        for step in progress.overdue:
            run.overdue += 1
            if step.step.pk in told or not _notify(referral, step):
                run.already += 1
            else:
                run.notified += 1
    return run


def _reason(referral: Referral, step: StepProgress) -> str:
    """The step and its date, in the programme's working language (as the
    names its manager gives the steps): the notice's sentence before it is
    in each reader's own."""
    with translation.override(referral.cpas.default_language):
        return "{step} · {date}".format(
            step=step.name,
            date=formats.date_format(step.due_on, "SHORT_DATE_FORMAT"),
        )


def _notify(referral: Referral, step: StepProgress) -> bool:
    """Record and write one step's notice; ``False`` when another run did."""
    people = referral_people(referral)
    try:
        with transaction.atomic():
            OverdueNotice.objects.create(
                referral=referral,
                step=step.step,
                due_on=step.due_on,
                recipients=len(people),
            )
            notices_create(
                referral=referral,
                kind=STEP_OVERDUE,
                recipients=people,
                actor=referral.referred_by,
                reason=_reason(referral, step),
            )
    except IntegrityError:
        return False
    return True
