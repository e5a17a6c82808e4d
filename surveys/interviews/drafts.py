"""Saving an interview's draft: once per client id, never over a newer one.

Each save names the revision it started from: a save from an older one is a
conflict that the coach settles, seeing both versions. Each carries the
browser's ``client_uuid`` (:class:`~surveys.models.DraftSave`): a retried save
answers what the first produced; the same id with other content is refused.
Answers are kept as sent (a half-filled interview is fine), except names the
form's version does not have.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from intake.parsing import parse_int, parse_uuid
from surveys.builder import form_class_for
from surveys.interviews.interview import (
    MAX_NOTES,
    Interview,
    InterviewRejected,
    draft_as_json,
    interview_done_url,
    local_minutes,
    open_draft,
    parse_appointment,
)
from surveys.models import DraftSave, FormVersion, InterviewDraft, StepStatus
from surveys.services import SERVICE_NAMES, expected_names


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


def draft_client_uuid(value) -> uuid.UUID:
    client_uuid = parse_uuid(value)
    if client_uuid is None:
        raise malformed("client_uuid")
    return client_uuid


def draft_content(payload: Any, interview: Interview, user) -> DraftContent:
    """Read a save's JSON body; answers are kept as sent, except names that the
    form's version does not have."""
    if not isinstance(payload, dict):
        raise malformed("body")
    version = (
        FormVersion.objects.select_related("page")
        .filter(
            pk=parse_int(payload.get("version")),
            translation_key=interview.page.translation_key,
        )
        .first()
    )
    if version is None:
        raise malformed("version")
    position = parse_int(payload.get("position"))
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


def _answer_names(version: FormVersion, user) -> tuple[set[str], tuple[str, ...]]:
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
        if parse_int(step_id) is None or not isinstance(review, dict):
            raise malformed("steps")
        status = review.get("status") or ""
        note = review.get("note") or ""
        if status not in ("", *StepStatus.values) or not isinstance(note, str):
            raise malformed("steps")
        steps[str(parse_int(step_id))] = {"status": status, "note": note[:MAX_NOTES]}
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
            programme=interview.programme,
            translation_key=interview.page.translation_key,
            revision=0,
        )
    elif base_revision != draft.revision:
        raise _conflict(draft)
    draft.version = content.version
    draft.position = content.position
    draft.answers = content.answers
    draft.step_reviews = content.steps or {}
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
