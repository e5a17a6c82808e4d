"""Interviews on tablets: who may open one, and its autosaved draft.

An interview is one form of a programme (any kind a coach fills) for one
participant referred to that programme. Its draft (:class:`InterviewDraft`) is
saved as the coach goes: each save names the revision it started from (a save
from an older one is a conflict the coach settles) and carries the browser's
``client_uuid`` (a retried save is stored once). Sending it is
:mod:`surveys.interview_send`.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from intake.models import Participant, Programme, Referral
from intake.roles import Role, roles_of
from intake.tenancy import scope_of
from surveys.models import (
    DraftSave,
    FormKind,
    FormPage,
    FormVersion,
    InterviewDraft,
    StepStatus,
)

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
#: Where a draft keeps the coach's review of the action plan's steps, beside the
#: answers (no question key has this form: keys start with a letter).
STEPS_KEY = "__steps__"
#: Most characters kept of the interview notes and of a step's note.
MAX_NOTES = 10_000


@dataclass(frozen=True)
class Interview:
    """One form (in the language it is shown in) for one participant."""

    page: FormPage
    version: FormVersion
    programme: Programme
    participant: Participant
    referral: Referral


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
    scope = scope_of(user)
    if scope.everything:
        return True
    if scope.nothing or scope.cpas_id != programme.cpas_id:
        return False
    return bool(roles_of(user) & {Role.COACH, Role.PROGRAMME_MANAGER}) and (
        programme.pk in scope.programme_ids
    )


def interview_for(
    *,
    user,
    form_id: int,
    participant_id: int,
    referral_id: int | None = None,
    language: str | None = None,
) -> Interview | None:
    """The interview the user may hold, or ``None`` (the caller answers 404).

    The form is shown in ``language`` when it has a live page in it. Without
    ``referral_id`` the participant's latest referral to the programme is used.
    """
    page = FormPage.objects.live().filter(pk=form_id).first()
    if page is None or page.kind in NOT_INTERVIEWS:
        return None
    page = _in_language(page, language)
    programme = page.programme
    version = page.published_version
    if programme is None or version is None or not is_interviewer(user, programme):
        return None
    referrals = Referral.objects.for_user(user).filter(
        programme=programme, participant_id=participant_id
    )
    if referral_id is not None:
        referrals = referrals.filter(pk=referral_id)
    referral = referrals.order_by("-created_at", "-pk").first()
    if referral is None:
        return None
    participant = Participant.objects.for_user(user).filter(pk=participant_id).first()
    if participant is None:
        return None
    return Interview(
        page=page,
        version=version,
        programme=programme,
        participant=participant,
        referral=referral,
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
        "steps": (draft.answers or {}).get(STEPS_KEY) or {},
        "updated_by": person_name(draft.updated_by),
        "updated_at": draft.updated_at.isoformat() if draft.updated_at else "",
    }


def draft_answers(draft: InterviewDraft) -> dict[str, Any]:
    """The draft's answers to the form's questions (without the step reviews)."""
    return {
        name: value
        for name, value in (draft.answers or {}).items()
        if name != STEPS_KEY
    }


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


# --- saving a draft ---------------------------------------------------------------


@dataclass(frozen=True)
class DraftContent:
    """What one save of the browser carries, checked for shape (not answers)."""

    version: FormVersion
    position: int
    answers: dict[str, Any]
    notes: str
    next_appointment: datetime.datetime | None
    steps: dict[str, dict[str, str]]

    def content_hash(self, interview: Interview) -> str:
        text = json.dumps(
            {
                "participant": interview.participant.pk,
                "form": str(interview.page.translation_key),
                "version": self.version.pk,
                "position": self.position,
                "answers": self.answers,
                "notes": self.notes,
                "next_appointment": local_minutes(self.next_appointment),
                "steps": self.steps,
            },
            sort_keys=True,
        )
        return hashlib.sha256(text.encode()).hexdigest()


def malformed(what) -> InterviewRejected:
    return InterviewRejected(
        "malformed",
        _("The saved answers could not be read (%(what)s). Reload the page.")
        % {"what": what},
    )


def parse_uuid(value) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except (TypeError, ValueError):
        raise malformed("client_uuid") from None


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


def draft_content(payload: Any, interview: Interview, user) -> DraftContent:
    """Read a save's JSON body; answers are kept as sent, except names that the
    form's version does not have."""
    if not isinstance(payload, dict):
        raise malformed("body")
    version = (
        FormVersion.objects.select_related("page")
        .filter(
            pk=_int(payload.get("version")),
            translation_key=interview.page.translation_key,
        )
        .first()
    )
    if version is None:
        raise malformed("version")
    position = _int(payload.get("position"))
    if position is None or not 0 <= position <= 1000:
        raise malformed("position")
    answers = payload.get("answers") or {}
    if not isinstance(answers, dict):
        raise malformed("answers")
    names, prefixes = _answer_names(version, user)
    kept = {}
    for name, value in answers.items():
        if name not in names and not name.startswith(prefixes):
            continue
        if not _plain(value):
            raise malformed(name)
        kept[name] = value
    notes = payload.get("notes") or ""
    if not isinstance(notes, str):
        raise malformed("notes")
    try:
        appointment = parse_appointment(payload.get("next_appointment"))
    except ValueError:
        appointment = None  # half typed: a draft is not checked
    return DraftContent(
        version=version,
        position=position,
        answers=kept,
        notes=notes[:MAX_NOTES],
        next_appointment=appointment,
        steps=_steps(payload.get("steps")),
    )


def _int(value) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _answer_names(version: FormVersion, user) -> tuple[set[str], tuple[str, ...]]:
    from surveys.builder import form_class_for
    from surveys.services import SERVICE_NAMES, expected_names

    form = form_class_for(version)(page=version.page, user=user)
    names, prefixes = expected_names(form)
    return names - SERVICE_NAMES, prefixes


def _plain(value) -> bool:
    scalar = (str, int, float, bool, type(None))
    if isinstance(value, list):
        return all(isinstance(item, scalar) for item in value)
    return isinstance(value, scalar)


def _steps(value) -> dict[str, dict[str, str]]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise malformed("steps")
    steps = {}
    for step_id, review in value.items():
        if _int(step_id) is None or not isinstance(review, dict):
            raise malformed("steps")
        status = review.get("status") or ""
        note = review.get("note") or ""
        if status not in ("", *StepStatus.values) or not isinstance(note, str):
            raise malformed("steps")
        steps[str(_int(step_id))] = {"status": status, "note": note[:MAX_NOTES]}
    return steps


@dataclass(frozen=True)
class DraftSaved:
    draft: InterviewDraft
    revision: int
    saved_at: datetime.datetime


def draft_save(
    *,
    interview: Interview,
    user,
    client_uuid: uuid.UUID,
    base_revision: int,
    content: DraftContent,
) -> DraftSaved:
    """Store one save of the draft, once per ``client_uuid``.

    ``base_revision`` is the revision the browser started from (0: a new
    draft). Raises :class:`InterviewRejected`: ``conflict`` (the draft moved on
    meanwhile; the answer carries the server's draft), ``client_uuid_reused``
    (the id came with other content) or ``sent`` (the interview was sent).
    """
    content_hash = content.content_hash(interview)
    try:
        with transaction.atomic():
            return _draft_save(
                interview, user, client_uuid, base_revision, content, content_hash
            )
    except IntegrityError:
        # Another request stored the same client id, or opened the draft, at
        # the same moment: answer as if it had come first.
        replay = _replayed(interview, client_uuid, content_hash)
        if replay is not None:
            return replay
        draft = open_draft(interview, user)
        raise _conflict(draft) from None


def _draft_save(interview, user, client_uuid, base_revision, content, content_hash):
    replay = _replayed(interview, client_uuid, content_hash)
    if replay is not None:
        return replay
    drafts = InterviewDraft.objects.filter(
        participant=interview.participant,
        translation_key=interview.page.translation_key,
    )
    draft = drafts.select_for_update().filter(submission__isnull=True).first()
    if draft is None:
        sent = drafts.filter(submission__isnull=False).order_by("-updated_at").first()
        if base_revision and sent is not None:
            raise InterviewRejected(
                "sent",
                _("This interview was already sent. Nothing more was saved."),
                status=410,
                redirect=interview_done_url(interview),
            )
        draft = InterviewDraft(
            participant=interview.participant,
            referral=interview.referral,
            programme=interview.programme,
            translation_key=interview.page.translation_key,
            revision=0,
        )
    elif base_revision != draft.revision:
        raise _conflict(draft)
    draft.version = content.version
    draft.position = content.position
    draft.answers = (
        {**content.answers, STEPS_KEY: content.steps}
        if content.steps
        else content.answers
    )
    draft.notes = content.notes
    draft.next_appointment = content.next_appointment
    draft.revision += 1
    draft.updated_by = user
    draft.save()
    DraftSave.objects.create(
        client_uuid=client_uuid,
        draft=draft,
        content_hash=content_hash,
        revision=draft.revision,
    )
    return DraftSaved(draft=draft, revision=draft.revision, saved_at=draft.updated_at)


def _replayed(interview, client_uuid, content_hash) -> DraftSaved | None:
    earlier = (
        DraftSave.objects.select_related("draft")
        .filter(client_uuid=client_uuid)
        .first()
    )
    if earlier is None:
        return None
    if earlier.content_hash != content_hash:
        raise InterviewRejected(
            "client_uuid_reused",
            _("This save was already received with other answers. Nothing changed."),
            status=409,
        )
    return DraftSaved(
        draft=earlier.draft, revision=earlier.revision, saved_at=earlier.saved_at
    )


def _conflict(draft: InterviewDraft | None) -> InterviewRejected:
    return InterviewRejected(
        "conflict",
        _(
            "This interview was changed on another device. Compare both versions "
            "and choose which one to keep."
        ),
        status=409,
        server=draft_as_json(draft) if draft else None,
    )


def interview_done_url(interview: Interview) -> str:
    """Where the coach goes after sending: the referral's page."""
    from django.urls import reverse

    return reverse("referrals:detail", args=[interview.referral.pk])
