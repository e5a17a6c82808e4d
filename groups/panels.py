"""The participant's page shows her groups, her next sessions, her attendance and
her hours: for her programmes' team, and for the social worker of her antenna
(everything through the tenancy: each sees only what she may).

Shown through intake's ``register_participant_panel`` hook (groups/wagtail_hooks.py),
after workflow's interviews (order 100)."""

from __future__ import annotations

from collections import Counter

from django.utils import timezone

from groups.models import Attendance, Enrolment, EnrolmentStatus, Presence, Session
from groups.selectors.calendar import sessions_of_participant
from groups.selectors.hours import hours_by_week
from groups.selectors.placement import suggested_groups
from groups.selectors.staff import programmes_run_by
from groups.views.calendar_links import calendar_url
from intake.models import Participant
from intake.panels import ParticipantPanel

RECENT = 8
NEXT = 5
#: After workflow's interviews (100) on the participant's pages.
PANEL_ORDER = 200


def participant_panel(*, participant: Participant, user) -> ParticipantPanel | None:
    """Her groups, next sessions, recent attendance and weekly hours; None when
    the user sees none of it."""
    enrolments = list(
        Enrolment.objects.for_user(user)
        .filter(participant=participant)
        .exclude(status=EnrolmentStatus.LEFT)
        .select_related("group__programme")
        .order_by("group__name")
    )
    now = timezone.now()
    upcoming = list(
        sessions_of_participant(Session.objects.for_user(user), participant.pk)
        .planned()
        .filter(ends_at__gte=now)
        .select_related("group")
        .order_by("starts_at")[:NEXT]
    )
    recent = list(
        Attendance.objects.for_user(user)
        .filter(participant=participant)
        .select_related("session__group", "session__programme")
        .order_by("-session__starts_at")[:RECENT]
    )
    programmes = {e.group.programme for e in enrolments} | {
        a.session.programme for a in recent
    }
    suggestions = _suggestions(user, participant)
    if not (enrolments or upcoming or recent or suggestions):
        return None
    counts = Counter(a.status for a in recent)
    today = timezone.localdate()
    context = {
        "participant": participant,
        "enrolments": enrolments,
        "upcoming": upcoming,
        "recent": recent,
        "counts": [(label, counts[value]) for value, label in Presence.choices],
        "excused_without_certificate": sum(
            1 for a in recent if a.status == Presence.EXCUSED and not a.certificate
        ),
        "weeks": [
            (programme, hours_by_week(participant.pk, programme=programme, until=today))
            for programme in sorted(programmes, key=lambda p: p.name)
        ],
        "suggestions": suggestions,
        "calendar_url": calendar_url(participant=participant.pk),
    }
    return ParticipantPanel(
        order=PANEL_ORDER,
        template_name="groups/participant_panel.html",
        context=context,
    )


def _suggestions(user, participant: Participant) -> list:
    """Groups her placement test suggests, in the programmes the user runs."""
    found = []
    programmes = programmes_run_by(user).filter(referrals__participant=participant)
    for programme in programmes.distinct():
        found += suggested_groups(participant, programme)
    return found
