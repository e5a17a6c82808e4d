"""A known data set for the fund report of programme A, year 2026.

Expected figures (period 2026-01-01 to 2026-12-31, split key 0.62):
referred 3, accepted 2, in progress 1, completed 1, dropped out 1; four people
followed (F 2, M 2; bands 18–24, 25–34, 35–44, 65+; third country 2, EU/EEA 2);
median days to decision 12 (10, 20, 12), to first interview 6 (4, 8, 6);
330 minutes attended (5.5 hours).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from groups.models import Attendance, Presence
from groups.recurrence import local
from intake.roles import Role
from reports.figures import Period
from reports.models import FundSettings
from tests.factories import referral_in
from tests.groups.factories import SessionFactory
from workflow.models import ReferralState, TransitionLog

S = ReferralState
YEAR = Period.year(2026)


def noon(day: str) -> datetime.datetime:
    return local(datetime.date.fromisoformat(day), datetime.time(12))


def logged(referral, *steps: tuple[str, str]) -> None:
    """Transitions of ``referral`` at noon of the given days."""
    source = S.DRAFT
    for target, day in steps:
        log = TransitionLog.objects.create(
            referral=referral,
            action=target,
            source=source,
            target=target,
            actor=referral.referred_by,
        )
        TransitionLog.objects.filter(pk=log.pk).update(created_at=noon(day))
        source = target


def person(referral, *, sex, born, nationality, status):
    participant = referral.participant
    participant.sex = sex
    participant.date_of_birth = datetime.date.fromisoformat(born)
    participant.nationality = nationality
    participant.residence_status = status
    participant.save()
    return participant


#: (state, sex, born, nationality, residence status, transitions and their days)
PEOPLE = [
    (S.IN_PROGRESS, "F", "1990-06-01", "SY", "recognised_refugee",
     [(S.SUBMITTED, "2026-02-01"), (S.ORIENTATION_DONE, "2026-02-05"),
      (S.ACCEPTED, "2026-02-11"), (S.IN_PROGRESS, "2026-03-01")]),
    (S.COMPLETED, "M", "2000-01-01", "PL", "other_legal_stay",
     [(S.SUBMITTED, "2026-03-01"), (S.ORIENTATION_DONE, "2026-03-09"),
      (S.ACCEPTED, "2026-03-21"), (S.IN_PROGRESS, "2026-04-01"),
      (S.COMPLETED, "2026-10-01")]),
    (S.REJECTED, "F", "1960-05-05", "ER", "subsidiary_protection",
     [(S.SUBMITTED, "2026-04-01"), (S.ORIENTATION_DONE, "2026-04-07"),
      (S.REJECTED, "2026-04-13")]),
    # Referred last year, dropped out this year: followed in the period.
    (S.DROPPED_OUT, "M", "2007-06-01", "NO", "family_reunification",
     [(S.SUBMITTED, "2025-11-01"), (S.ACCEPTED, "2025-12-01"),
      (S.IN_PROGRESS, "2025-12-15"), (S.DROPPED_OUT, "2026-05-01")]),
    # Completed last year: not followed in the period.
    (S.COMPLETED, "F", "1980-01-01", "AF", "recognised_refugee",
     [(S.SUBMITTED, "2025-01-10"), (S.ACCEPTED, "2025-02-01"),
      (S.IN_PROGRESS, "2025-02-10"), (S.COMPLETED, "2025-12-20")]),
]  # fmt: skip


def known_dataset(world, *, programme_key: str = "a"):
    programme = world.programme[programme_key]
    antenna = world.antenna[programme_key]
    worker = world.user(programme_key, Role.SOCIAL_WORKER)
    FundSettings.objects.create(programme=programme, split_key=Decimal("0.62"))
    referrals = []
    for state, sex, born, nationality, status, steps in PEOPLE:
        made = referral_in(
            state, programme=programme, antenna=antenna, referred_by=worker
        )
        person(made, sex=sex, born=born, nationality=nationality, status=status)
        logged(made, *steps)
        referrals.append(made)
    referral_in(S.DRAFT, programme=programme, antenna=antenna, referred_by=worker)
    attended(programme, referrals)
    return programme, referrals


def three_hours(programme, day: str):
    return SessionFactory(
        group__programme=programme,
        starts_at=noon(day),
        ends_at=noon(day) + datetime.timedelta(hours=3),
    )


def attended(programme, referrals) -> None:
    """180 and 150 minutes in March 2026, 180 in December 2025."""
    in_year = three_hours(programme, "2026-03-10")
    last_year = three_hours(programme, "2025-12-10")
    for session, referral, minutes in (
        (in_year, referrals[0], 180),
        (in_year, referrals[1], 150),
        (last_year, referrals[3], 180),
    ):
        Attendance.objects.create(
            session=session,
            participant=referral.participant,
            status=Presence.PRESENT,
            minutes=minutes,
        )
