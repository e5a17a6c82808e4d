"""When a referral may move: pure functions of the referral, no side effects.

Each has a ``message`` (shown to the user when it does not hold).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from intake.models import Phase
from surveys.models import FormKind
from workflow.eligibility import evaluate

if TYPE_CHECKING:
    from workflow.models import Referral


def _message(text):
    def decorate(function):
        function.message = text
        return function

    return decorate


def form_submitted(referral: Referral, kind: str) -> bool:
    return referral.submissions.filter(version__page__kind=kind).exists()


@_message(_("The referral names no participant yet."))
def has_participant(referral: Referral) -> bool:
    return referral.participant_id is not None


@_message(_("The referral form is not filled in yet."))
def referral_form_sent(referral: Referral) -> bool:
    return referral.submission_id is not None


@_message(_("The orientation interview form is not filled in yet."))
def orientation_interview_submitted(referral: Referral) -> bool:
    return form_submitted(referral, FormKind.ORIENTATION_INTERVIEW)


@_message(_("The final evaluation form is not filled in yet."))
def final_evaluation_submitted(referral: Referral) -> bool:
    return form_submitted(referral, FormKind.FINAL_EVALUATION)


@_message(_("The participant is already in the final phase."))
def has_next_phase(referral: Referral) -> bool:
    return referral.phase in (Phase.LAUNCH, Phase.INTERMEDIATE)


@_message(
    _(
        "The eligibility rules of the programme are not all met. Write why the "
        "participant is admitted all the same."
    )
)
def eligible_or_overridden(referral: Referral) -> bool:
    if referral.eligibility_override.strip():
        return True
    return evaluate(referral.programme, referral.answers).admissible
