"""Writes around a referral before it moves: drafts, matching the participant,
linking the forms filled for it, merging a person recorded twice."""

from __future__ import annotations

import datetime

from django.db import transaction

from intake.models import ConsentRecord, Participant, Programme
from intake.tenancy import scope_of
from surveys.consents import submission_consents_record
from surveys.models import Submission
from workflow import live
from workflow.hooks import referral_submission_linked
from workflow.matching import Identity, Match, ParticipantIndex, complete
from workflow.models import Referral, ReferralState, ReferralSubmission

#: Referral-form answer keys copied onto the participant's record.
PARTICIPANT_FIELDS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "sex": "sex",
    "nationality": "nationality",
    "residence_status": "residence_status",
    "municipality": "municipality",
    "languages": "languages",
    "phone": "phone",
    "email": "email",
}
#: Yes/no answers copied onto the participant's record as true or false.
PARTICIPANT_FLAGS = {"whatsapp": "whatsapp"}


def participant_match(
    *,
    cpas_id: int,
    antenna_id: int,
    first_name: str,
    last_name: str,
    date_of_birth: datetime.date,
    **details,
) -> tuple[Participant, Match]:
    """The participant these answers describe, never silently a duplicate.

    The same person (:mod:`workflow.matching`) has her record completed; a near
    match is a new record flagged as possibly the same person, for someone to
    merge; otherwise a new participant.
    """
    identity = Identity.of(first_name, last_name, date_of_birth)
    index = ParticipantIndex(cpas_id)
    index.load([identity])
    found, match = index.match(identity)
    if match == Match.SAME_PERSON:
        complete(found, details)
        found.save()
        return found, match
    participant = Participant.objects.create(
        cpas_id=cpas_id,
        antenna_id=antenna_id,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        date_of_birth=date_of_birth,
        possible_duplicate_of=found,
        **{field: value for field, value in details.items() if value},
    )
    return participant, match


@transaction.atomic
def referral_draft_create(*, user, programme: Programme) -> Referral:
    """A social worker starts a referral to a programme of her CPAS."""
    scope = scope_of(user)
    if scope.antenna_id is None or programme.cpas_id != scope.cpas_id:
        raise PermissionError("Only a social worker of the programme's CPAS refers.")
    return Referral.objects.create(
        cpas_id=programme.cpas_id,
        programme=programme,
        antenna_id=scope.antenna_id,
        referred_by=user,
    )


@transaction.atomic
def referral_answers_save(*, referral: Referral, answers: dict) -> Referral:
    """Keep the draft's answers (only while the referral is the referrer's)."""
    if referral.state not in (
        ReferralState.DRAFT,
        ReferralState.RETURNED_FOR_INFORMATION,
    ):
        raise ValueError("A sent referral's answers are frozen.")
    referral.answers = answers
    referral.save(update_fields=["answers"])
    return referral


@transaction.atomic
def referral_attach_submission(
    *, referral: Referral, submission: Submission
) -> Referral:
    """The referral form was sent: match the participant and link both."""
    answers = submission.answers
    born = datetime.date.fromisoformat(answers["date_of_birth"])
    participant, _match = participant_match(
        cpas_id=referral.cpas_id,
        antenna_id=referral.antenna_id,
        first_name=answers.get("first_name", ""),
        last_name=answers.get("last_name", ""),
        date_of_birth=born,
        **{
            field: answers.get(key)
            for key, field in PARTICIPANT_FIELDS.items()
            if key not in ("first_name", "last_name")
        },
        **{
            field: answers[key] == "yes"
            for key, field in PARTICIPANT_FLAGS.items()
            if key in answers
        },
    )
    referral.participant = participant
    referral.answers = answers
    referral.submission = submission
    referral.save(update_fields=["participant", "answers", "submission"])
    referral_submission_link(referral=referral, submission=submission)
    submission.participant = participant
    submission.save(update_fields=["participant"])
    submission_consents_record(submission)
    return referral


def referral_submission_link(
    *, referral: Referral, submission: Submission
) -> ReferralSubmission:
    """Record that ``submission`` was filled for ``referral`` (once); for a new
    link the apps' ``register_referral_submission`` hooks run and the screens
    that show the referral hear of it after commit."""
    link, created = ReferralSubmission.objects.update_or_create(
        submission=submission, defaults={"referral": referral}
    )
    if created:
        referral_submission_linked(referral=referral, submission=submission)
        live.referral_changed(referral, event=live.FORM_SENT)
    return link


@transaction.atomic
def participant_merge(*, keep: Participant, duplicate: Participant) -> Participant:
    """One person recorded twice: move everything to ``keep`` and drop the copy."""
    if keep.pk == duplicate.pk or keep.cpas_id != duplicate.cpas_id:
        raise ValueError("Only two records of the same CPAS can be merged.")
    Referral.objects.filter(participant=duplicate).update(participant=keep)
    Submission.objects.filter(participant=duplicate).update(participant=keep)
    ConsentRecord.objects.filter(participant=duplicate).update(participant=keep)
    Participant.objects.filter(possible_duplicate_of=duplicate).update(
        possible_duplicate_of=keep
    )
    for field in (
        "sex",
        "nationality",
        "residence_status",
        "municipality",
        "phone",
        "email",
    ):
        if not getattr(keep, field) and getattr(duplicate, field):
            setattr(keep, field, getattr(duplicate, field))
    keep.languages = sorted(set(keep.languages or []) | set(duplicate.languages or []))
    if keep.possible_duplicate_of_id == duplicate.pk:
        keep.possible_duplicate_of = None
    keep.save()
    duplicate.delete()
    return keep
