"""The participant's page shows her path in each programme she was referred
to: for whoever sees the referral (its programme's team, her antenna's social
workers, the CPAS's administrators), through intake's
``register_participant_panel`` hook (paths/wagtail_hooks.py)."""

from __future__ import annotations

from intake.models import Participant
from intake.panels import ParticipantPanel
from paths.models import ProgrammePath
from paths.progress import PathProgress, referral_progress
from workflow.models import Referral, ReferralState

#: After workflow's interviews (100), before the groups (200).
PANEL_ORDER = 150


def participant_progress(*, participant: Participant, user) -> list[PathProgress]:
    """Her progress along each path, for the referrals ``user`` may see."""
    referrals = (
        Referral.objects.for_user(user)
        .filter(participant=participant)
        .exclude(state=ReferralState.DRAFT)
        .select_related("programme")
        .order_by("-state_changed_at")
    )
    referrals = list(referrals)
    paths = {
        path.programme_id: path
        for path in ProgrammePath.objects.filter(
            programme__in=[referral.programme_id for referral in referrals]
        ).prefetch_related("steps__form")
    }
    return [
        referral_progress(referral, path=paths[referral.programme_id])
        for referral in referrals
        if referral.programme_id in paths
    ]


def participant_panel(*, participant: Participant, user) -> ParticipantPanel | None:
    progress = participant_progress(participant=participant, user=user)
    if not progress:
        return None
    return ParticipantPanel(
        order=PANEL_ORDER,
        template_name="paths/participant_panel.html",
        context={"paths": progress},
    )
