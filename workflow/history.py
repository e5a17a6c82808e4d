"""The history of referrals that came from elsewhere (a spreadsheet import).

A referral moved on the platform gets its :class:`~workflow.models.TransitionLog`
row from :func:`workflow.services.transition`, with its notifications. A
referral imported from a spreadsheet already went through its states somewhere
else: its history is written here, in bulk, dated as the file dates it, marked
with the reason given (the file's name), and nobody is notified.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from workflow.models import Referral, ReferralState, TransitionLog

#: The action recorded for a move that happened before the import.
IMPORTED = "import"
BATCH = 1000
#: Logs dated by one update (SQLite's older builds take 999 parameters).
UPDATED = 900


@dataclass(frozen=True)
class PastMove:
    """One move of a referral, as a file reports it."""

    referral: Referral
    source: str
    target: str
    at: datetime.datetime


def imported_moves(
    referral: Referral,
    *,
    submitted_at: datetime.datetime,
    state_at: datetime.datetime,
    since_state: str = ReferralState.DRAFT,
) -> list[PastMove]:
    """The moves of a referral found in a file: sent on ``submitted_at`` (when
    it was a draft before), then into its state on ``state_at``."""
    moves = []
    if since_state == ReferralState.DRAFT:
        moves.append(
            PastMove(
                referral, ReferralState.DRAFT, ReferralState.SUBMITTED, submitted_at
            )
        )
        since_state = ReferralState.SUBMITTED
    if referral.state != since_state:
        moves.append(PastMove(referral, since_state, referral.state, state_at))
    return moves


def imported_history_create(
    *, moves: list[PastMove], actor, reason: str
) -> list[TransitionLog]:
    """Write the moves as the referrals' history (no notification, no hook)."""
    logs = [
        TransitionLog(
            referral=move.referral,
            action=IMPORTED,
            source=move.source,
            target=move.target,
            phase=move.referral.phase,
            actor=actor,
            reason=reason,
        )
        for move in moves
    ]
    TransitionLog.objects.bulk_create(logs, batch_size=BATCH)
    # ``created_at`` is set on insert (auto_now_add): dated as the file says
    # next, one update per date (a file's moves share a few dates; one
    # ``bulk_update`` of thousands of CASE branches is slower by far).
    dated: dict[datetime.datetime, list[int]] = defaultdict(list)
    for log, move in zip(logs, moves, strict=True):
        log.created_at = move.at
        dated[move.at].append(log.pk)
    for moment, ids in dated.items():
        for start in range(0, len(ids), UPDATED):
            TransitionLog.objects.filter(pk__in=ids[start : start + UPDATED]).update(
                created_at=moment
            )
    return logs
