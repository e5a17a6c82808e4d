"""Follow-ups as what a form is filled for (:mod:`surveys.subjects`):
``?followup=<id>``. The form sent is linked to the referral and to the
follow-up, which it marks done."""

from __future__ import annotations

from django.urls import reverse

from followups.models import FollowUp
from followups.services import follow_up_done
from intake.models import Programme
from surveys.models import Submission
from surveys.subjects import FormSubject


def follow_up_subject(follow_up: FollowUp) -> FormSubject:
    def link(submission: Submission) -> None:
        follow_up_done(follow_up=follow_up, submission=submission)

    return FormSubject(
        param=FollowUpSubjects.param,
        pk=follow_up.pk,
        programme=follow_up.programme,
        participant=follow_up.referral.participant,
        done_url=reverse("follow_ups:due"),
        link=link,
    )


class FollowUpSubjects:
    """The ``register_form_subject`` kind of this app."""

    param = "followup"

    def named(
        self, *, user, programme: Programme, pk: int, participant_id: int | None
    ) -> FormSubject | None:
        follow_ups = (
            FollowUp.objects.for_user(user)
            .select_related(
                "referral__participant", "referral__referred_by", "programme"
            )
            .filter(pk=pk, programme=programme)
        )
        if participant_id is not None:
            follow_ups = follow_ups.filter(referral__participant_id=participant_id)
        follow_up = follow_ups.first()
        return follow_up_subject(follow_up) if follow_up else None

    def latest(
        self, *, user, programme: Programme, participant_id: int
    ) -> FormSubject | None:
        """Never: a follow-up is held only from its own link (the referral is
        the participant's subject otherwise)."""
        return None
