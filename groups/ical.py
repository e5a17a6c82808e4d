"""A person's sessions as an iCalendar file (the ``icalendar`` library): UTC
times (every phone places them right), cancelled sessions marked so, only first
names of participants."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from groups.models import Session, SessionKind, Support
from groups.selectors.calendar import sessions_of_coach

#: How far the feed looks back and ahead.
PAST_DAYS = 60
FUTURE_DAYS = 366


def feed_sessions(user) -> list[Session]:
    """Her sessions (her groups' and those she leads) in the feed's window."""
    now = timezone.now()
    sessions = Session.objects.for_user(user).between(
        now - datetime.timedelta(days=PAST_DAYS),
        now + datetime.timedelta(days=FUTURE_DAYS),
    )
    return list(
        sessions_of_coach(sessions, user.pk)
        .select_related("group", "programme", "participant")
        .order_by("starts_at")
    )


def _summary(session: Session) -> str:
    summary = session.display_title
    if session.kind == SessionKind.INDIVIDUAL and session.participant_id:
        summary = f"{summary} · {session.participant.first_name}"
    if session.cancelled:
        summary = _("Cancelled: %(session)s") % {"session": summary}
    return summary


def _description(session: Session) -> str:
    lines = [str(session.programme), session.get_kind_display()]
    if session.support:
        lines.append(
            _("%(support)s needed (%(language)s)")
            % {
                "support": Support(session.support).label,
                "language": session.support_language,
            }
        )
    if session.cancel_reason:
        lines.append(session.cancel_reason)
    return "\n".join(str(line) for line in lines)


def calendar_ics(user, language: str | None = None) -> bytes:
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0] or "cpas"
    with translation.override(language or settings.LANGUAGE_CODE):
        calendar = Calendar()
        calendar.add("prodid", "-//CPAS social activation//groups//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", _("My sessions"))
        stamp = timezone.now()
        for session in feed_sessions(user):
            event = Event()
            event.add("uid", f"session-{session.pk}@{host}")
            event.add("dtstamp", stamp)
            event.add("dtstart", session.starts_at.astimezone(datetime.UTC))
            event.add("dtend", session.ends_at.astimezone(datetime.UTC))
            event.add("summary", _summary(session))
            if session.place:
                event.add("location", session.place)
            event.add("description", _description(session))
            event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
            calendar.add_component(event)
    return calendar.to_ical()
