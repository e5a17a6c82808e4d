"""Enrolling participants in groups, the waiting list, and leaving a group."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from groups.models import Enrolment, EnrolmentStatus, Group
from groups.permissions import is_programme_manager
from groups.referrals import ENROLLABLE_STATES, Referral, ReferralState
from groups.services.errors import Refused


def places_taken(group: Group) -> int:
    return group.enrolments.filter(status=EnrolmentStatus.ENROLLED).count()


def _check_referral(group: Group, referral: Referral) -> None:
    if referral.programme_id != group.programme_id:
        raise Refused("other_programme", _("This referral is for another programme."))
    if referral.participant_id is None:
        raise Refused("no_participant", _("This referral has no participant yet."))
    if referral.state not in ENROLLABLE_STATES:
        raise Refused(
            "not_enrollable",
            _(
                "Only a participant whose referral is accepted or in progress can "
                "join a group (this one is: %(state)s)."
            )
            % {"state": ReferralState(referral.state).label},
        )


def _check_place(group: Group, user, over_capacity_reason: str) -> None:
    """Refuse a place past the group's capacity, unless a manager gives a reason."""
    taken = places_taken(group)
    if group.capacity is None or taken < group.capacity:
        return
    if not over_capacity_reason:
        raise Refused(
            "full",
            _(
                "This group is full (%(taken)d of %(capacity)d places). Put her "
                "on the waiting list, or a programme manager can enrol her "
                "anyway with a written reason."
            )
            % {"taken": taken, "capacity": group.capacity},
            status=409,
        )
    if not is_programme_manager(user, group.programme):
        raise Refused(
            "manager_only",
            _("Only a programme manager can enrol someone past the group's places."),
            status=403,
        )


@transaction.atomic
def enrolment_create(
    *,
    group: Group,
    referral: Referral,
    user,
    waiting: bool = False,
    over_capacity_reason: str = "",
) -> Enrolment:
    """Put the referral's participant in the group, or on its waiting list.

    Raises :class:`Refused` (``other_programme``, ``not_enrollable``,
    ``already``, ``full``, ``manager_only``); nothing is written then.
    """
    group = Group.objects.select_for_update().get(pk=group.pk)
    _check_referral(group, referral)
    reason = (over_capacity_reason or "").strip()
    enrolment = Enrolment.objects.filter(
        group=group, participant_id=referral.participant_id
    ).first()
    if enrolment is not None and enrolment.status != EnrolmentStatus.LEFT:
        raise Refused(
            "already",
            _("She is already in this group.")
            if enrolment.status == EnrolmentStatus.ENROLLED
            else _("She is already on this group's waiting list."),
            status=409,
        )
    if not waiting:
        _check_place(group, user, reason)
    enrolment = enrolment or Enrolment(
        group=group, participant_id=referral.participant_id
    )
    enrolment.referral = referral
    enrolment.created_by = user
    enrolment.left_on = None
    enrolment.over_capacity_reason = "" if waiting else reason
    if waiting:
        _to_waiting_list(enrolment)
    else:
        _to_group(enrolment)
    enrolment.save()
    return enrolment


def _to_waiting_list(enrolment: Enrolment) -> None:
    last = enrolment.group.enrolments.filter(status=EnrolmentStatus.WAITING).aggregate(
        last=Max("position")
    )["last"]
    enrolment.status = EnrolmentStatus.WAITING
    enrolment.position = (last or 0) + 1
    enrolment.waiting_since = timezone.now()
    enrolment.enrolled_on = None


def _to_group(enrolment: Enrolment) -> None:
    enrolment.status = EnrolmentStatus.ENROLLED
    enrolment.position = None
    enrolment.enrolled_on = timezone.localdate()


def _renumber_waiting_list(group: Group) -> None:
    waiting = list(
        group.enrolments.filter(status=EnrolmentStatus.WAITING).order_by(
            "position", "waiting_since", "pk"
        )
    )
    for number, row in enumerate(waiting, start=1):
        row.position = number
    Enrolment.objects.bulk_update(waiting, ["position"])


@transaction.atomic
def enrolment_promote(
    *, enrolment: Enrolment, user, over_capacity_reason: str = ""
) -> Enrolment:
    """From the waiting list into the group (the same place rules apply)."""
    group = Group.objects.select_for_update().get(pk=enrolment.group_id)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != EnrolmentStatus.WAITING:
        raise Refused("not_waiting", _("She is not on the waiting list."), status=409)
    reason = (over_capacity_reason or "").strip()
    _check_place(group, user, reason)
    _to_group(enrolment)
    enrolment.over_capacity_reason = reason
    enrolment.save()
    _renumber_waiting_list(group)
    return enrolment


@transaction.atomic
def enrolment_leave(*, enrolment: Enrolment) -> Enrolment:
    """She leaves the group (or the waiting list); her attendance stays."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    was_waiting = enrolment.status == EnrolmentStatus.WAITING
    enrolment.status = EnrolmentStatus.LEFT
    enrolment.left_on = timezone.localdate()
    enrolment.position = None
    enrolment.save()
    if was_waiting:
        _renumber_waiting_list(enrolment.group)
    return enrolment
