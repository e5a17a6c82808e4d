"""Interviews on tablets: who may open one, and its autosaved draft.

An interview is one form of a programme (any kind a coach fills) for one
participant, held for a subject another app names (her referral to the programme:
:mod:`surveys.subjects`). Its draft (:class:`InterviewDraft`) is
saved as the coach goes: each save names the revision it started from (a save
from an older one is a conflict the coach settles) and carries the browser's
``client_uuid`` (a retried save is stored once). Saving the draft is
:mod:`surveys.interviews.drafts`, sending it :mod:`surveys.interviews.send`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.dateparse import parse_datetime
from wagtail.models import Locale

from intake.models import Participant, Programme
from intake.tenancy import in_programme_team
from surveys.models import (
    FormKind,
    FormPage,
    FormVersion,
    InterviewDraft,
)
from surveys.subjects import FormSubject, SubjectNotFound, form_subject

#: Forms that are not interviews: the referrer's and the participant's.
NOT_INTERVIEWS = frozenset(
    {
        FormKind.REFERRAL,
        FormKind.PARTICIPANT_SATISFACTION,
        FormKind.REFERRER_SATISFACTION,
    }
)
#: The kinds a coach fills with the participant, in the order of the path.
INTERVIEW_KINDS = tuple(kind for kind in FormKind if kind not in NOT_INTERVIEWS)
#: Most characters kept of the interview notes and of a step's note.
MAX_NOTES = 10_000


@dataclass(frozen=True)
class Interview:
    """One form (in the language it is shown in) for one participant."""

    page: FormPage
    version: FormVersion
    programme: Programme
    participant: Participant
    #: What it is held for (the participant's referral to the programme).
    subject: FormSubject


class InterviewRejected(Exception):
    """A draft save or a send that is refused; ``error`` is the code the browser
    reads, ``message`` what the coach reads, ``extra`` more of the answer."""

    def __init__(self, error: str, message, status: int = 400, **extra):
        super().__init__(str(message))
        self.error = error
        self.message = message
        self.status = status
        self.extra = extra

    def as_json(self) -> dict:
        return {"error": self.error, "message": str(self.message), **self.extra}


# --- who may interview whom -------------------------------------------------------


def is_interviewer(user, programme: Programme) -> bool:
    """Coaches and managers of the programme (and the platform's operators)."""
    return in_programme_team(user, cpas_id=programme.cpas_id, programme_id=programme.pk)


def interview_for(
    *,
    user,
    form_id: int,
    participant_id: int,
    params: Mapping[str, str] | None = None,
    language: str | None = None,
) -> Interview | None:
    """The interview the user may hold, or ``None`` (the caller answers 404).

    The form is shown in ``language`` when it has a live page in it. ``params``
    (the request's query) may name the subject (``?referral=``); without one, the
    participant's latest subject in the programme is used.
    """
    page = FormPage.objects.live().filter(pk=form_id).first()
    if page is None or page.kind in NOT_INTERVIEWS:
        return None
    page = _in_language(page, language)
    programme = page.programme
    version = page.published_version
    if programme is None or version is None or not is_interviewer(user, programme):
        return None
    try:
        subject = form_subject(
            params or {},
            user=user,
            programme=programme,
            participant_id=participant_id,
        )
    except SubjectNotFound:
        return None
    if subject is None:
        return None
    participant = Participant.objects.for_user(user).filter(pk=participant_id).first()
    if participant is None:
        return None
    return Interview(
        page=page,
        version=version,
        programme=programme,
        participant=participant,
        subject=subject,
    )


def _in_language(page: FormPage, language: str | None) -> FormPage:
    if not language or page.locale.language_code == language:
        return page
    locale = Locale.objects.filter(language_code=language).first()
    translation = (
        FormPage.objects.live()
        .filter(translation_key=page.translation_key, locale=locale)
        .first()
        if locale
        else None
    )
    return translation or page


# --- reading a draft --------------------------------------------------------------


def open_draft(interview: Interview, user) -> InterviewDraft | None:
    """The unsent draft of this form for this participant, if the user's team
    may see it."""
    return (
        InterviewDraft.objects.for_user(user)
        .select_related("updated_by", "version")
        .filter(
            participant=interview.participant,
            translation_key=interview.page.translation_key,
            submission__isnull=True,
        )
        .first()
    )


def person_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def local_minutes(value: datetime.datetime | None) -> str:
    """A moment as a ``datetime-local`` input shows it (local time, minutes)."""
    if value is None:
        return ""
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


def draft_as_json(draft: InterviewDraft) -> dict[str, Any]:
    return {
        "draft_id": draft.pk,
        "revision": draft.revision,
        "version": draft.version_id,
        "position": draft.position,
        "answers": draft_answers(draft),
        "notes": draft.notes,
        "next_appointment": local_minutes(draft.next_appointment),
        "steps": draft.step_reviews or {},
        "updated_by": person_name(draft.updated_by),
        "updated_at": draft.updated_at.isoformat() if draft.updated_at else "",
    }


def draft_answers(draft: InterviewDraft) -> dict[str, Any]:
    """The draft's answers to the form's questions."""
    return dict(draft.answers or {})


def answers_as_data(answers: dict) -> MultiValueDict:
    """Draft answers (name → value or list) as a form's POST data."""
    data = MultiValueDict()
    for name, value in (answers or {}).items():
        values = value if isinstance(value, list) else [value]
        data.setlist(name, ["" if v is None else str(v) for v in values])
    return data


def draft_initial(form, answers: dict) -> dict[str, Any]:
    """Initial values that show the draft's answers in the unbound form, so the
    page shows them even before (or without) its script."""
    data = answers_as_data(answers)
    initial = {}
    for name, field in form.fields.items():
        if field.widget.value_omitted_from_data(data, {}, name):
            continue
        initial[name] = field.widget.value_from_datadict(data, {}, name)
    return initial


def parse_appointment(value) -> datetime.datetime | None:
    """``YYYY-MM-DDTHH:MM`` in local time (what datetime-local sends), or none."""
    if value in (None, ""):
        return None
    try:
        moment = parse_datetime(str(value))
    except ValueError:
        moment = None
    if moment is None:
        raise ValueError(value)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def interview_done_url(interview: Interview) -> str:
    """Where the coach goes after sending: the subject's page (the referral's)."""
    return interview.subject.done_url
