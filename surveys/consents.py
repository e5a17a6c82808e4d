"""Consents given in a form's answers, recorded on the person the answers name.

A consent question's text, as the frozen version of the form holds it, is the
text she agreed to (:class:`intake.models.ConsentRecord`). Answers that name no
one (an anonymous survey) record nothing here: the answer itself keeps the
version, the form's version the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intake.consents import consent_give
from intake.models import ConsentPurpose, ConsentRecord, ConsentSource

if TYPE_CHECKING:
    from surveys.models import Submission


def consent_source(submission: Submission) -> tuple[ConsentPurpose, ConsentSource]:
    """What the consent was for, and where it was given."""
    if submission.invitation_id is not None:
        return ConsentPurpose.SURVEY, ConsentSource.SURVEY
    if submission.version.page.is_referral_form:
        return ConsentPurpose.REFERRAL, ConsentSource.REFERRAL_FORM
    return ConsentPurpose.REFERRAL, ConsentSource.INTERVIEW


def submission_consents_record(submission: Submission) -> list[ConsentRecord]:
    """Record each consent the submission's answers give, on its participant
    (once per answer, however often this is called)."""
    if submission.participant_id is None:
        return []
    purpose, source = consent_source(submission)
    # In a survey she gave it herself; in a form, the person filling it did.
    by = None if source == ConsentSource.SURVEY else submission.submitted_by
    records = []
    for spec in submission.version.form_schema.questions:
        value = submission.answers.get(spec.key)
        if not spec.definition.grants_consent(value):
            continue
        text, version = spec.definition.consent_terms(spec, value)
        records.append(
            consent_give(
                participant=submission.participant,
                purpose=purpose,
                text=text,
                version=version,
                source=source,
                by=by,
                at=submission.submitted_at,
                origin=f"submission:{submission.pk}:{spec.key}",
            )
        )
    return records
