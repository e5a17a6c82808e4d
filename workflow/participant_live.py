"""The participant's page updates itself: her referrals, as the user may see
them, with their states, told over the socket when one of them moves, when an
interview is sent for it or when her attendance at a session is recorded.

The same mechanism as the lists' live rows (:mod:`workflow.live`,
``static/workflow/js/live_rows.js``): the socket joins the groups of the rows
the user may see, a row names its participant, the page keeps those that are
hers; without a socket the page says so and polls the moves.
"""

from __future__ import annotations

from intake.models import Participant
from intake.panels import ParticipantPanel
from workflow import live
from workflow.models import Referral, ReferralState

#: Where the block stands among the participant's panels: first.
LIVE_PANEL_ORDER = 10


def participant_live_panel(
    *, participant: Participant, user
) -> ParticipantPanel | None:
    """Her referrals that ``user`` may see, live; none: no block."""
    referrals = list(
        Referral.objects.for_user(user)
        .filter(participant=participant)
        .select_related("programme")
        .order_by("-created_at", "-pk")
    )
    if not referrals:
        return None
    labels = {state.value: str(state.label) for state in ReferralState}
    for referral in referrals:
        referral.state_label = labels.get(referral.state, referral.state)
    return ParticipantPanel(
        order=LIVE_PANEL_ORDER,
        template_name="workflow/includes/participant_live.html",
        context={
            "participant": participant,
            "referrals": referrals,
            **live.page_context(),
        },
    )
