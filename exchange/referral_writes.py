"""The referrals of an import, a chunk at a time: which exist already (one
query), which rows repeat one another, then created and updated in bulk, each
with its history (:mod:`workflow.history`: dated as the file dates it, marked as
imported, nobody notified)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from exchange.imports import RowResult
from intake.models import Participant, Programme
from workflow.history import PastMove, imported_history_create, imported_moves
from workflow.matching import Match
from workflow.models import Referral

BATCH = 1000


@dataclass
class ReferralRow:
    """A checked row of a referral import, its person found."""

    result: RowResult
    participant: Participant
    match: Match
    programme: Programme
    antenna_id: int
    state: str
    submitted_at: datetime.datetime
    state_at: datetime.datetime


@dataclass
class Planned:
    """What the chunk does to one referral (the last of its rows wins)."""

    row: ReferralRow
    existing: Referral | None


class ImportedReferrals:
    """Writes the referrals of each chunk for ``user``, from the file ``name``."""

    def __init__(self, user, *, name: str) -> None:
        self.user = user
        self.reason = _("Imported from spreadsheet %(name)s") % {"name": name}

    def write(self, rows: list[ReferralRow], cpas_id: int) -> None:
        existing = self._existing(rows)
        plans: dict[tuple[int, int], Planned] = {}
        for row in rows:
            key = (row.participant.pk, row.programme.pk)
            if key in plans:  # the same referral twice in the file
                row.result.action = "update"
                plans[key].row = row
                continue
            plans[key] = Planned(row, existing.get(key))
            row.result.action = "update" if key in existing else "create"
        created = [plan for plan in plans.values() if plan.existing is None]
        updated = [plan for plan in plans.values() if plan.existing is not None]
        moves = self._create(created, cpas_id) + self._update(updated)
        imported_history_create(moves=moves, actor=self.user, reason=self.reason)

    def _existing(self, rows: list[ReferralRow]) -> dict[tuple[int, int], Referral]:
        """The referrals already recorded of the people found again, newest
        state first (as the referral list orders them)."""
        known = {row.participant.pk for row in rows if row.match == Match.SAME_PERSON}
        if not known:
            return {}
        found: dict[tuple[int, int], Referral] = {}
        referrals = Referral.objects.filter(
            participant_id__in=known,
            programme_id__in={row.programme.pk for row in rows},
        ).only("pk", "participant_id", "programme_id", "state", "phase")
        for referral in referrals:
            found.setdefault((referral.participant_id, referral.programme_id), referral)
        return found

    def _create(self, plans: list[Planned], cpas_id: int) -> list[PastMove]:
        referrals = [
            Referral(
                cpas_id=cpas_id,
                participant=plan.row.participant,
                programme=plan.row.programme,
                antenna_id=plan.row.antenna_id,
                referred_by=self.user,
                state=plan.row.state,
                state_changed_at=plan.row.state_at,
            )
            for plan in plans
        ]
        Referral.objects.bulk_create(referrals, batch_size=BATCH)
        moves: list[PastMove] = []
        for referral, plan in zip(referrals, plans, strict=True):
            moves += imported_moves(
                referral,
                submitted_at=plan.row.submitted_at,
                state_at=plan.row.state_at,
            )
        return moves

    def _update(self, plans: list[Planned]) -> list[PastMove]:
        """Known referrals take the file's state; a change of state is a move
        of their history."""
        referrals = [
            Referral(
                pk=plan.existing.pk,
                phase=plan.existing.phase,
                state=plan.row.state,
                state_changed_at=plan.row.state_at,
            )
            for plan in plans
        ]
        if referrals:
            Referral.objects.bulk_update(
                referrals, ["state", "state_changed_at"], batch_size=BATCH
            )
        moves: list[PastMove] = []
        for referral, plan in zip(referrals, plans, strict=True):
            moves += imported_moves(
                referral,
                submitted_at=plan.row.submitted_at,
                state_at=plan.row.state_at,
                since_state=plan.existing.state,
            )
        return moves
