"""Who a session's register lists, and what it holds."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from groups.models import Attendance, Enrolment, EnrolmentStatus, Session
from groups.recurrence import BRUSSELS
from intake.models import Participant


def expected_people(session: Session) -> QuerySet[Participant]:
    """The people the register lists: the group's members on the session's day
    (enrolled by then, not gone before), the person of an individual
    appointment, and anyone already marked for it."""
    day = session.starts_at.astimezone(BRUSSELS).date()
    # Subqueries joined by OR, each read through its own index.
    who = Q(pk__in=Attendance.objects.filter(session=session).values("participant"))
    if session.group_id:
        members = Enrolment.objects.filter(
            group=session.group_id, enrolled_on__lte=day
        ).filter(
            Q(status=EnrolmentStatus.ENROLLED)
            | Q(status=EnrolmentStatus.LEFT, left_on__gt=day)
        )
        who |= Q(pk__in=members.values("participant"))
    if session.participant_id:
        who |= Q(pk=session.participant_id)
    return Participant.objects.filter(who).order_by("last_name", "first_name", "pk")


def register_marks(session: Session) -> dict[str, dict]:
    """The register as the server holds it, by participant id (the tablet's
    shape: what a conflict shows beside the coach's own)."""
    return {
        str(row.participant_id): {
            "status": row.status,
            "minutes_missed": row.minutes_missed,
            "note": row.note,
            "certificate": bool(row.certificate),
        }
        for row in Attendance.objects.filter(session=session)
    }


def register_as_json(session: Session) -> dict:
    return {
        "session": session.pk,
        "revision": session.register_revision,
        "saved_at": session.register_saved_at.isoformat()
        if session.register_saved_at
        else None,
        "marks": register_marks(session),
    }
