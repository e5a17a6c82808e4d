"""Unexcused absences in a row: after the programme's number of them (two by
default), the group's coaches and the referring social worker are told, through
the notifications every referral move uses (:mod:`workflow.notifications`)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from groups.models import Attendance, Enrolment, Presence, Session
from groups.recurrence import BRUSSELS
from groups.referrals import Referral
from workflow.models import Notification
from workflow.notifications import notice_kind_register, notices_create

UNEXCUSED_ABSENCES = "unexcused_absences"


def register_notice_kinds() -> None:
    notice_kind_register(
        UNEXCUSED_ABSENCES,
        _(
            "%(person)s · %(programme)s: absent without excuse several times in a "
            "row (noted by %(actor)s)."
        ),
    )


def streak_of(participant_id: int, session: Session) -> list[Attendance] | None:
    """Her last unexcused absences in the programme, up to ``session``, when they
    are exactly the programme's number in a row (so one streak alerts once)."""
    limit = session.programme.absences_before_alert
    rows = list(
        Attendance.objects.filter(
            participant_id=participant_id,
            session__programme_id=session.programme_id,
            session__cancelled_at__isnull=True,
            session__starts_at__lte=session.starts_at,
        )
        .select_related("session")
        .order_by("-session__starts_at", "-session_id")[: limit + 1]
    )
    streak = rows[:limit]
    if len(streak) < limit or any(r.status != Presence.UNEXCUSED for r in streak):
        return None
    if len(rows) > limit and rows[limit].status == Presence.UNEXCUSED:
        return None  # already alerted when the streak reached the number
    return streak


def _referral_of(session: Session, participant_id: int) -> Referral | None:
    if session.group_id:
        enrolment = (
            Enrolment.objects.filter(group=session.group_id, participant=participant_id)
            .select_related("referral")
            .first()
        )
        if enrolment is not None:
            return enrolment.referral
    return (
        Referral.objects.filter(
            participant=participant_id, programme=session.programme_id
        )
        .order_by("-state_changed_at")
        .first()
    )


def alert_recipients(session: Session, referral: Referral) -> list:
    people = list(session.group.coaches.all()) if session.group_id else []
    if session.coach_id:
        people.append(session.coach)
    people.append(referral.referred_by)
    return people


def absences_check(
    *, session: Session, participant_ids: Iterable[int], actor
) -> list[Notification]:
    """Tell the coaches and the referring social worker of each participant whose
    unexcused absences in a row just reached the programme's number (in the
    register's transaction; delivered after commit)."""
    written: list[Notification] = []
    for participant_id in participant_ids:
        streak = streak_of(participant_id, session)
        referral = _referral_of(session, participant_id) if streak else None
        if referral is None:
            continue
        days = ", ".join(
            date_format(row.session.starts_at.astimezone(BRUSSELS), "D j/n")
            for row in reversed(streak)
        )
        written += notices_create(
            referral=referral,
            kind=UNEXCUSED_ABSENCES,
            recipients=alert_recipients(session, referral),
            actor=actor,
            reason=days,
        )
    return written
