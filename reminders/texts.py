"""What a reminder says, in the participant's language.

Only the first name, the programme, the place and the time: nothing about
her path, her referral or the reason a session was cancelled. The texts carry
the ``participant`` context, so they are translated into the participants'
languages with the rest of the participant interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import pgettext

from config.languages import BY_CODE
from groups.models import Session
from groups.recurrence import BRUSSELS
from intake.models import Participant
from reminders.models import ReminderKind


@dataclass(frozen=True)
class Message:
    subject: str
    body: str
    language: str


def language_of(participant: Participant, session: Session) -> str:
    """Her language for messages, else her programme's (its CPAS's)."""
    if participant.preferred_language in BY_CODE:
        return participant.preferred_language
    return session.programme.cpas.default_language


def when(session: Session) -> str:
    # Numbers only: read the same in every language, Brussels time.
    return session.starts_at.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M")


def where(session: Session) -> str:
    if session.place:
        return session.place
    if session.group_id and session.group.place:
        return session.group.place
    return pgettext("participant", "the usual place")


def _body(kind: str, values: dict) -> str:
    if kind == ReminderKind.MOVED:
        return (
            pgettext(
                "participant",
                "Hello %(first_name)s, your %(programme)s session has moved: "
                "it is now on %(time)s at %(place)s.",
            )
            % values
        )
    if kind == ReminderKind.CANCELLED:
        return (
            pgettext(
                "participant",
                "Hello %(first_name)s, your %(programme)s session of %(time)s "
                "at %(place)s is cancelled.",
            )
            % values
        )
    return (
        pgettext(
            "participant",
            "Hello %(first_name)s, see you at %(programme)s on %(time)s at %(place)s.",
        )
        % values
    )


def message_for(kind: str, participant: Participant, session: Session) -> Message:
    language = language_of(participant, session)
    with translation.override(language):
        place = where(session)
        values = {
            "first_name": participant.first_name,
            "programme": session.programme.name,
            "time": when(session),
            "place": place,
        }
        subject = pgettext("participant", "%(programme)s: %(time)s") % values
        return Message(subject=subject, body=_body(kind, values), language=language)


def group_message(session: Session, language: str) -> str:
    """The reminder for a group's WhatsApp conversation: no one's name."""
    with translation.override(language):
        values = {
            "programme": session.programme.name,
            "time": when(session),
            "place": where(session),
        }
        if session.cancelled:
            text = pgettext(
                "participant",
                "%(programme)s: the session of %(time)s at %(place)s is cancelled.",
            )
        else:
            text = pgettext(
                "participant", "%(programme)s: see you on %(time)s at %(place)s."
            )
        return text % values
