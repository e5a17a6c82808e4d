"""The "Interviews" blocks the workflow shows: on a referral's page, and on the
participant's admin pages (a participant panel, :mod:`intake.panels`), for her
latest referral to each programme whose team the user is in."""

from __future__ import annotations

from intake.models import Participant
from intake.panels import ParticipantPanel
from surveys.interviews.links import ProgrammeInterviews, interview_links
from workflow.models import Referral
from workflow.selectors import WITH_THE_PROGRAMME
from workflow.subjects import referral_subject

#: Where the block stands among the participant's panels.
INTERVIEWS_PANEL_ORDER = 100


def referral_interviews(
    *, user, referral: Referral, language: str = ""
) -> list[ProgrammeInterviews]:
    """Start or resume the programme's interviews with the referral's
    participant, while she is with the programme."""
    if referral.state not in WITH_THE_PROGRAMME:
        return []
    links = interview_links(
        user=user, subject=referral_subject(referral), language=language
    )
    if not links:
        return []
    return [ProgrammeInterviews(programme=referral.programme, links=links)]


def participant_interviews(
    *, user, participant: Participant, language: str = ""
) -> list[ProgrammeInterviews]:
    """The interviews of each programme the participant was referred to (her
    latest referral to it) whose team the user is in."""
    latest: dict[int, Referral] = {}
    referrals = (
        Referral.objects.for_user(user)
        .filter(participant=participant)
        .select_related("programme", "participant")
        .order_by("-created_at", "-pk")
    )
    for referral in referrals:
        latest.setdefault(referral.programme_id, referral)
    blocks = []
    for referral in latest.values():
        links = interview_links(
            user=user, subject=referral_subject(referral), language=language
        )
        if links:
            blocks.append(
                ProgrammeInterviews(programme=referral.programme, links=links)
            )
    return blocks


def interviews_panel(
    *, participant: Participant, user, language: str = ""
) -> ParticipantPanel | None:
    """The participant's "Interviews" block, if the user may hold one."""
    blocks = participant_interviews(
        user=user, participant=participant, language=language
    )
    if not blocks:
        return None
    return ParticipantPanel(
        order=INTERVIEWS_PANEL_ORDER,
        template_name="surveys/interview/links.html",
        context={"interview_blocks": blocks, "show_programmes": True},
    )
