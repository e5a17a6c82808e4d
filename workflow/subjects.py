"""Referrals as what forms are filled for (:mod:`surveys.subjects`).

A follow-up form opened from a referral's page, or an interview held with its
participant, names the referral (``?referral=<id>``); the submission is then
linked to it (:class:`~workflow.models.ReferralSubmission`). An interview opened
from the participant's pages is held for her latest referral to the programme.
"""

from __future__ import annotations

from django.urls import reverse

from intake.models import Programme
from surveys.models import Submission
from surveys.subjects import FormSubject
from workflow.models import Referral
from workflow.referrals import referral_submission_link


def referral_subject(referral: Referral) -> FormSubject:
    """The referral as the subject of a form."""

    def link(submission: Submission) -> None:
        referral_submission_link(referral=referral, submission=submission)

    return FormSubject(
        param=ReferralSubjects.param,
        pk=referral.pk,
        programme=referral.programme,
        participant=referral.participant,
        done_url=reverse("referrals:detail", args=[referral.pk]),
        link=link,
    )


class ReferralSubjects:
    """The ``register_form_subject`` kind of the workflow: ``?referral=<id>``."""

    param = "referral"

    def _seen(self, user, programme: Programme):
        return (
            Referral.objects.for_user(user)
            .select_related("participant", "programme")
            .filter(programme=programme)
        )

    def named(
        self, *, user, programme: Programme, pk: int, participant_id: int | None
    ) -> FormSubject | None:
        referrals = self._seen(user, programme).filter(pk=pk)
        if participant_id is not None:
            referrals = referrals.filter(participant_id=participant_id)
        referral = referrals.first()
        return referral_subject(referral) if referral else None

    def latest(
        self, *, user, programme: Programme, participant_id: int
    ) -> FormSubject | None:
        referral = (
            self._seen(user, programme)
            .filter(participant_id=participant_id)
            .order_by("-created_at", "-pk")
            .first()
        )
        return referral_subject(referral) if referral else None
