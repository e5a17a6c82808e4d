"""Writes of the form builder: publishing versions and storing submissions."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from intake.parsing import parse_uuid
from surveys.consents import submission_consents_record
from surveys.interviews.action_plans import action_steps_create
from surveys.models.submission import Submission
from surveys.models.version import FormVersion
from surveys.participant_surveys.invitations import invitation_use
from surveys.schema import FormSchema, schema_from_stream

if TYPE_CHECKING:
    from surveys.builder import SurveyForm
    from surveys.models import FormPage
    from surveys.subjects import FormSubject

#: Largest form payload accepted (bytes); a 40-question interview is ~10 KB.
MAX_PAYLOAD = 256 * 1024
#: Names a form's POST may carry besides the answers.
SERVICE_NAMES = frozenset({"csrfmiddlewaretoken", "client_uuid", "form_version"})


class SubmissionRejected(Exception):
    """The request cannot be stored as it is; ``message`` says why, to the user."""

    def __init__(self, message, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.status = status


@transaction.atomic
def form_version_publish(*, page: FormPage, revision=None) -> FormVersion:
    """Freeze the structure of ``page`` as it is published.

    Publishing again without a change to the questions keeps the current version.
    """
    schema = schema_from_stream(page.form_fields).to_json()
    latest = page.versions.select_for_update().order_by("-number").first()
    if latest is not None and latest.schema == schema:
        return latest
    return FormVersion.objects.create(
        page=page,
        translation_key=page.translation_key,
        locale=page.locale,
        number=(latest.number + 1) if latest else 1,
        schema=schema,
        structure_hash=FormSchema.from_json(schema).structure_hash(),
        revision=revision,
    )


def expected_names(form: SurveyForm) -> tuple[set[str], tuple[str, ...]]:
    """The exact names and the name prefixes that the form's widgets send."""
    names, prefixes = set(SERVICE_NAMES), []
    for field in form.fields.values():
        own_names, own_prefixes = field.spec.definition.posted_names(field.spec)
        names |= own_names
        prefixes += own_prefixes
    return names, tuple(prefixes)


def check_payload(form: SurveyForm, data, body_size: int) -> None:
    if body_size > MAX_PAYLOAD:
        raise SubmissionRejected(
            _("This form is too large to be sent. Shorten the longest answers."),
            status=413,
        )
    names, prefixes = expected_names(form)
    unknown = sorted(
        name for name in data if name not in names and not name.startswith(prefixes)
    )
    if unknown:
        raise SubmissionRejected(
            _(
                "The form sent answers to questions it does not have (%(names)s). "
                "Reload the page and try again: your answers are kept below."
            )
            % {"names": ", ".join(unknown[:5])}
        )


def parse_client_uuid(value: str | None) -> uuid.UUID | None:
    """``None`` when the form sent none; refused when it is not a UUID."""
    client_uuid = parse_uuid(value)
    if value and client_uuid is None:
        raise SubmissionRejected(
            _("The form's identifier is not valid. Reload the page.")
        )
    return client_uuid


# The one write point of every submission: its docstring names each caller's case.
def submission_create(
    *,
    page: FormPage,
    version: FormVersion,
    form: SurveyForm,
    data,
    user,
    body_size: int = 0,
    subject: FormSubject | None = None,
    invitation=None,
    participant=None,
    notes: str = "",
    next_appointment=None,
    locale=None,
) -> Submission | None:
    """Validate and store one submission, all or nothing.

    ``subject`` is what the form is filled for (a referral: :mod:`surveys.subjects`)
    and its participant; the caller checked that the user may see it. The
    submission is linked to it in the same transaction. ``participant`` names the
    person when no subject does. ``invitation`` is the participant survey's link: one
    of its places is taken in the same transaction (refused with 410 when none is
    left). ``notes`` and ``next_appointment`` end an interview. ``locale`` is the
    language the answers were given in, when not the page's (a participant who
    chose Tigrinya on a question shown in French).

    Returns ``None`` when the answers have errors (shown on the form), the stored
    submission otherwise. A repeated ``client_uuid`` with the same answers returns
    the first submission; with other answers it is refused (409).
    """
    if not page.live or version.page_id != page.pk:
        raise SubmissionRejected(_("This form is no longer published."), status=404)
    check_payload(form, data, body_size)
    client_uuid = parse_client_uuid(data.get("client_uuid"))
    if not form.is_valid():
        return None
    answers = form.answers()
    if client_uuid is not None:
        existing = Submission.objects.filter(client_uuid=client_uuid).first()
        if existing is not None:
            return _same_or_conflict(existing, version, answers)
    if participant is None and subject is not None:
        participant = subject.participant
    try:
        return _submission_store(
            page=page,
            version=version,
            answers=answers,
            submitted_by=user if user.is_authenticated else None,
            client_uuid=client_uuid,
            locale_id=locale.pk if locale is not None else page.locale_id,
            subject=subject,
            participant=participant,
            invitation=invitation,
            notes=notes,
            next_appointment=next_appointment,
        )
    except IntegrityError:
        # The same client id arrived twice at once: the other request stored it.
        existing = Submission.objects.get(client_uuid=client_uuid)
        return _same_or_conflict(existing, version, answers)


@transaction.atomic
def _submission_store(
    *, page: FormPage, version: FormVersion, invitation, subject, **fields
) -> Submission:
    """The row, the invitation's place, the action plan's steps and the link to
    what the form was filled for, together."""
    if invitation is not None:
        if not invitation_use(invitation):
            raise SubmissionRejected(
                _("This link was already used. Thank you for your answers."),
                status=410,
            )
    submission = Submission.objects.create(
        version=version,
        translation_key=page.translation_key,
        programme=page.programme,
        invitation=invitation,
        **fields,
    )
    stamped = answers_stamped(submission)
    if stamped != submission.answers:
        submission.answers = stamped
        submission.save(update_fields=["answers"])
    if _has_action_plan(version):
        action_steps_create(submission=submission)
    submission_consents_record(submission)
    if subject is not None:
        subject.link(submission)
    return submission


def _has_action_plan(version: FormVersion) -> bool:
    return any(
        spec.definition.has_action_steps for spec in version.form_schema.questions
    )


def answers_stamped(submission: Submission, answers: dict | None = None) -> dict:
    """``answers`` (by default the submission's) with what each question's type
    adds as they are stored: who recorded them and when (a signature)."""
    schema = submission.version.form_schema
    specs = {spec.key: spec for spec in schema.questions}
    answers = submission.answers if answers is None else answers
    return {
        key: specs[key].definition.stamp(
            value, by=submission.submitted_by, at=submission.submitted_at
        )
        if key in specs
        else value
        for key, value in answers.items()
    }


def _same_or_conflict(
    existing: Submission, version: FormVersion, answers: dict
) -> Submission:
    answers = answers_stamped(existing, answers)
    if existing.version_id == version.pk and existing.answers == answers:
        return existing
    raise SubmissionRejected(
        _("These answers were already sent with other content. Nothing was changed."),
        status=409,
    )
