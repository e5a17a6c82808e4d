"""The WhatsApp share link: the group's reminder, ready in each language its
people read, to paste in the programme's WhatsApp group (no WhatsApp API)."""

from __future__ import annotations

from urllib.parse import quote

from django.template.loader import render_to_string

from config.languages import BY_CODE
from groups.models import Session
from groups.selectors.registers import expected_people
from groups.selectors.staff import programmes_run_by
from reminders.texts import group_message

WA_ME = "https://wa.me/?text="


def share_links(session: Session) -> list[dict]:
    """One link per language of the session's people (the programme's first)."""
    fallback = session.programme.cpas.default_language
    spoken = {
        code if code in BY_CODE else fallback
        for code in expected_people(session).values_list(
            "preferred_language", flat=True
        )
    }
    ordered = [fallback, *sorted(spoken - {fallback})]
    links = []
    for code in ordered:
        text = group_message(session, code)
        links.append(
            {
                "language": BY_CODE[code].native,
                "code": code,
                "direction": "rtl" if BY_CODE[code].bidi else "ltr",
                "text": text,
                "url": WA_ME + quote(text),
            }
        )
    return links


def session_share_panel(*, session: Session, user) -> str:
    """The block on a session's page, for the programme's team."""
    if not programmes_run_by(user).filter(pk=session.programme_id).exists():
        return ""
    return render_to_string(
        "reminders/whatsapp_panel.html",
        {"session": session, "links": share_links(session)},
    )
