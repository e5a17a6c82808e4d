"""Live screens: who hears of a referral's change, through which channel group.

A socket joins the groups of the rows its user may see, decided here by the
server from her membership (the same rule as ``Referral.objects.for_user``): the
social workers of an antenna, the team (coaches and managers) of a programme, the
administrators of a CPAS, the operators. A referral's change goes to each of
those groups once, after commit — one message per audience, not one per person —
with the row as its readers see it and, for the people told of it, the id of
their own notification (:mod:`workflow.notifications` writes them). The consumer
picks its user's part; nothing per recipient is computed in the request.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping

from channels.layers import get_channel_layer
from django.db import transaction
from django.utils import timezone

from intake.models import Membership
from intake.roles import Role, roles_of
from intake.tenancy import TEAM_ROLES, scope_of
from workflow import live_sender
from workflow.models import Referral, ReferralState, TransitionLog

#: Seconds between two polls of a page (the bell, the live rows) without socket.
POLL_SECONDS = 15
#: The handler a group message names (``NotificationConsumer.live_event``).
EVENT_TYPE = "live.event"
#: What changed: a move of the state, a form (an interview) sent for it, the
#: participant's attendance at a session of the group it led her to.
MOVED, FORM_SENT, ATTENDANCE = "moved", "form_sent", "attendance"
_keys = itertools.count(1)


def user_group(user_id: int) -> str:
    """One user's open tabs; only the server joins it."""
    return f"notifications.user.{user_id}"


def antenna_group(antenna_id: int) -> str:
    return f"live.antenna.{antenna_id}"


def programme_group(programme_id: int) -> str:
    return f"live.programme.{programme_id}"


def cpas_group(cpas_id: int) -> str:
    return f"live.cpas.{cpas_id}"


#: The operators (superusers), who see every CPAS.
EVERYTHING_GROUP = "live.everything"


def groups_of(user) -> list[str]:
    """The groups whose rows ``user`` may see (besides her own)."""
    scope = scope_of(user)
    if scope.everything:
        return [EVERYTHING_GROUP]
    if scope.nothing:
        return []
    roles = roles_of(user)
    if Role.CPAS_ADMIN in roles:
        return [cpas_group(scope.cpas_id)]
    groups = []
    if Role.SOCIAL_WORKER in roles and scope.antenna_id:
        groups.append(antenna_group(scope.antenna_id))
    if roles & TEAM_ROLES:
        groups += [programme_group(pk) for pk in sorted(scope.programme_ids)]
    return groups


def groups_seeing(referral: Referral) -> list[str]:
    """The groups of everyone who may see ``referral``: never wider (a draft stays
    with the antenna, the CPAS's administrators and the operators)."""
    groups = [
        antenna_group(referral.antenna_id),
        cpas_group(referral.cpas_id),
        EVERYTHING_GROUP,
    ]
    if referral.state != ReferralState.DRAFT:
        groups.append(programme_group(referral.programme_id))
    return groups


def row(referral: Referral, event: str = MOVED) -> dict:
    """The referral as a list shows it, in no language (the page has the labels)."""
    participant = referral.participant
    return {
        "event": event,
        "id": referral.pk,
        "participant": str(participant) if participant else "",
        "participant_id": referral.participant_id,
        "programme": referral.programme.name,
        "antenna": referral.antenna.name,
        "state": referral.state,
        "state_changed_at": referral.state_changed_at.isoformat(),
        "created_at": referral.created_at.isoformat(),
    }


def antenna_workers(referral: Referral):
    """The social workers of the referral's antenna (who join its group)."""
    return Membership.objects.filter(
        antenna=referral.antenna_id, user__groups__name=Role.SOCIAL_WORKER.value
    ).values("user")


def referral_changed(
    referral: Referral,
    *,
    event: str = MOVED,
    notice: dict | None = None,
    told: Mapping[int, int] | None = None,
) -> None:
    """After commit, tell each group that may see ``referral`` of its change:
    the row, and the notice with ``told`` (user id → her notification's id).

    Someone told who is not in one of those groups (an author who left the
    antenna) hears through her own group.
    """
    sends = sends_for(referral, event=event, notice=notice, told=told)
    transaction.on_commit(lambda: group_send_all(sends))


def referrals_changed(referrals: Iterable[Referral], *, event: str) -> None:
    """After commit, the rows of several referrals (a register saved for a
    session: each participant's referral to the group), sent together."""
    sends = [send for each in referrals for send in sends_for(each, event=event)]
    if sends:
        transaction.on_commit(lambda: group_send_all(sends))


def sends_for(
    referral: Referral,
    *,
    event: str,
    notice: dict | None = None,
    told: Mapping[int, int] | None = None,
) -> list[tuple[str, dict]]:
    """The (group, message) pairs that tell of ``referral``'s change."""
    told = dict(told or {})
    message = {
        "type": EVENT_TYPE,
        "key": f"{referral.pk}.{event}.{timezone.now().timestamp()}.{next(_keys)}",
        "row": row(referral, event),
    }
    if notice is not None and told:
        message["notice"] = notice
        message["told"] = {str(user): pk for user, pk in told.items()}
    sends = [(group, message) for group in groups_seeing(referral)]
    author = referral.referred_by_id
    if author in told and not antenna_workers(referral).filter(user=author).exists():
        sends.append((user_group(author), message))
    return sends


def group_send_all(sends: list[tuple[str, dict]]) -> None:
    """Send each message to its group, together, without making the request wait
    (:mod:`workflow.live_sender`). A channel layer that is down loses the push,
    not the notification: clients replay from the rows."""
    layer = get_channel_layer()
    if layer is not None:
        live_sender.dispatch(layer, sends)


def latest_move() -> int:
    """The id of the newest move anywhere: where a page's polling starts."""
    newest = TransitionLog.objects.order_by("-pk").values_list("pk", flat=True)
    return newest.first() or 0


def page_context() -> dict:
    """What a live page's template needs: where polling starts, the states'
    labels in the reader's language, the polling period."""
    return {
        "live_after": latest_move(),
        "state_labels": {state.value: str(state.label) for state in ReferralState},
        "live_poll_seconds": POLL_SECONDS,
    }
