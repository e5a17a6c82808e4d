"""Sending an interview: the answers, the notes, the next appointment and the
review of the action plan's steps, stored together or not at all.

The browser posts the form as ``FormData`` gives it, with its ``client_uuid``:
a send that arrives twice (a double tap, a retry after the network came back)
is stored once, through :func:`surveys.services.submission_create`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from intake.parsing import parse_int
from surveys.builder import form_class_for
from surveys.interviews.action_plans import action_step_update, open_steps
from surveys.interviews.interview import (
    MAX_NOTES,
    Interview,
    InterviewRejected,
    parse_appointment,
)
from surveys.models import (
    ActionStep,
    ActionStepUpdate,
    FormVersion,
    InterviewDraft,
    StepStatus,
    Submission,
)
from surveys.services import SubmissionRejected, parse_client_uuid, submission_create

#: Names an interview posts besides the form's own.
STEP_NAME = re.compile(r"^step-(\d+)-(status|note)$")
INTERVIEW_NAMES = frozenset({"notes", "next_appointment"})


@dataclass(frozen=True)
class InterviewSent:
    submission: Submission
    #: False when the same send had already been stored.
    created: bool


@dataclass(frozen=True)
class StepReview:
    step: ActionStep
    status: str
    note: str


def interview_send(
    *, interview: Interview, user, data, body_size: int = 0
) -> InterviewSent:
    """Store the interview and close its draft, all or nothing.

    Raises :class:`InterviewRejected` (``invalid`` with ``errors`` by field
    name, ``client_uuid_reused``, ``form_changed``, ``too_large``...).
    """
    version = _sent_version(interview, data)
    form_class = form_class_for(version)
    # A form may have a question of its own named like the end's fields (the
    # orientation interview asks for the next appointment): it is then the
    # form's answer, and the end section does not repeat it.
    own = INTERVIEW_NAMES - set(form_class.base_fields)
    answers_data = _form_answers(data, own)
    errors: dict[str, list[str]] = {}
    notes, appointment = _end_fields(data, own, errors)
    reviews = _step_reviews(interview, user, data, errors)
    form = form_class(answers_data, page=version.page, user=user)
    try:
        client_uuid = parse_client_uuid(data.get("client_uuid"))
    except SubmissionRejected as rejection:
        raise InterviewRejected("malformed", rejection.message) from None
    if errors:
        form.is_valid()
        raise _invalid({**_form_errors(form), **errors})
    existed = (
        client_uuid is not None
        and Submission.objects.filter(client_uuid=client_uuid).exists()
    )
    try:
        with transaction.atomic():
            submission = submission_create(
                page=version.page,
                version=version,
                form=form,
                data=answers_data,
                user=user,
                body_size=body_size,
                subject=interview.subject,
                participant=interview.participant,
                notes=notes,
                next_appointment=appointment,
            )
            if submission is None:
                raise _invalid(_form_errors(form))
            if existed or _followed_up(submission):
                return InterviewSent(submission=submission, created=False)
            _close_draft(interview, submission)
            for review in reviews:
                action_step_update(
                    step=review.step,
                    status=review.status,
                    note=review.note,
                    user=user,
                    submission=submission,
                )
    except SubmissionRejected as rejection:
        raise _refused(rejection) from None
    return InterviewSent(submission=submission, created=True)


def _form_answers(data, own: set[str]):
    """The posted data without the end section's fields and the step reviews."""
    answers = data.copy()
    for name in list(answers):
        if name in own or STEP_NAME.match(name):
            del answers[name]
    return answers


def _refused(rejection: SubmissionRejected) -> InterviewRejected:
    return InterviewRejected(
        _REJECTION_CODES.get(rejection.status, "invalid"),
        rejection.message,
        status=rejection.status,
    )


def _sent_version(interview: Interview, data) -> FormVersion:
    """The version the answers were given on; 409 if the form is no longer it."""
    version = (
        FormVersion.objects.select_related("page")
        .filter(
            pk=parse_int(data.get("form_version")),
            translation_key=interview.page.translation_key,
        )
        .first()
    )
    if version is None or not version.page.live:
        raise InterviewRejected(
            "form_changed",
            _("This form changed. Reload the page: your answers are kept."),
            status=409,
        )
    return version


def _end_fields(
    data, own: set[str], errors: dict
) -> tuple[str, datetime.datetime | None]:
    """The end section's notes and next appointment (those the form does not ask
    itself); their problems are added to ``errors``."""
    notes = (data.get("notes") or "").strip() if "notes" in own else ""
    if len(notes) > MAX_NOTES:
        errors["notes"] = [
            str(
                _("The notes are too long (at most %(n)d characters).")
                % {"n": MAX_NOTES}
            )
        ]
    try:
        appointment = parse_appointment(data.get("next_appointment"))
    except ValueError:
        appointment = None
        if "next_appointment" in own:
            errors["next_appointment"] = [
                str(_("Write the next appointment as a date and a time."))
            ]
    return notes, appointment


_REJECTION_CODES = {
    409: "client_uuid_reused",
    413: "too_large",
    404: "not_published",
    410: "closed",
    400: "invalid",
}


def _step_reviews(interview: Interview, user, data, errors) -> list[StepReview]:
    """The reviewed steps among the participant's open ones; other ids are
    ignored (a step closed meanwhile, or one of another team)."""
    posted = {int(match.group(1)) for name in data if (match := STEP_NAME.match(name))}
    if not posted:
        return []
    steps = open_steps(
        user=user, participant=interview.participant, programme=interview.programme
    ).filter(pk__in=posted)
    reviews = []
    for step in steps:
        status = data.get(f"step-{step.pk}-status") or step.status
        note = (data.get(f"step-{step.pk}-note") or "").strip()
        if status not in StepStatus.values:
            errors[f"step-{step.pk}-status"] = [
                str(_("Choose where this step stands."))
            ]
            continue
        if len(note) > MAX_NOTES:
            errors[f"step-{step.pk}-note"] = [str(_("This note is too long."))]
            continue
        reviews.append(StepReview(step=step, status=status, note=note))
    return reviews


def _followed_up(submission: Submission) -> bool:
    """Whether another request stored this send (same client id, at the same
    moment) and already closed its draft or recorded its step reviews."""
    return (
        InterviewDraft.objects.filter(submission=submission).exists()
        or ActionStepUpdate.objects.filter(submission=submission)
        .exclude(action_step__submission=submission)
        .exists()
    )


def _close_draft(interview: Interview, submission: Submission) -> None:
    draft = (
        InterviewDraft.objects.select_for_update()
        .filter(
            participant=interview.participant,
            translation_key=interview.page.translation_key,
            submission__isnull=True,
        )
        .first()
    )
    if draft is not None:
        draft.submission = submission
        draft.save(update_fields=["submission", "updated_at"])


def _form_errors(form) -> dict[str, list[str]]:
    return {
        name: [str(message) for message in messages]
        for name, messages in form.errors.items()
    }


def _invalid(errors: dict[str, list[str]]) -> InterviewRejected:
    return InterviewRejected(
        "invalid",
        _("Some answers need your attention."),
        status=400,
        errors=errors,
    )
