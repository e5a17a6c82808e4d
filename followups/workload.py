"""The programme manager's view of the workload: per programme she manages,
each coach's caseload, how full the groups are, who waits for a group and for
how long, attendance over four weeks, sessions soon needing an interpreter, and
follow-ups after exit left overdue. Read through the tenancy
(``Programme.objects.editable_by``: a manager's own programmes; a CPAS
administrator's CPAS)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone

from followups.models import FollowUp
from groups.models import ATTENDED, Attendance, EnrolmentStatus, Group, Session
from intake.models import Membership, Programme
from intake.roles import Role
from surveys.models import Submission
from workflow.models import Referral, ReferralState
from workflow.selectors import WITH_THE_PROGRAMME

#: The period of the attendance rate and of the coaches' interviews.
RECENT_DAYS = 28
#: How far ahead sessions needing an interpreter are listed.
INTERPRETER_DAYS = 14
#: Accepted or wait-listed, and not yet in a group: waiting for a place.
WAITING_STATES = (ReferralState.ACCEPTED, ReferralState.WAITLISTED)


@dataclass(frozen=True)
class CoachLoad:
    """Referrals have no assigned coach: a coach's caseload is the open
    referrals she sent a form for, her interviews over the period, and the
    people in the groups she leads."""

    coach: object
    open_referrals: int
    interviews: int
    people_in_groups: int


@dataclass(frozen=True)
class GroupFill:
    group: Group
    enrolled: int
    capacity: int
    waiting: int
    #: Attended / registered over the last four weeks; ``None`` without registers.
    attendance_rate: float | None

    @property
    def fill_rate(self) -> float | None:
        return self.enrolled / self.capacity if self.capacity else None


@dataclass(frozen=True)
class WaitingList:
    count: int
    longest_days: int | None
    average_days: float | None


@dataclass(frozen=True)
class ProgrammeWorkload:
    programme: Programme
    coaches: list[CoachLoad]
    groups: list[GroupFill]
    waiting: WaitingList
    interpreter_sessions: list[Session]
    overdue_follow_ups: int


def managed_programmes(user):
    """The programmes whose workload the user reads."""
    return Programme.objects.editable_by(user).order_by("name")


def coach_loads(programme: Programme, since: datetime.datetime) -> list[CoachLoad]:
    """Each coach of the programme (by her membership), with her caseload."""
    coaches = Membership.objects.filter(
        programmes=programme, user__groups__name=Role.COACH.value
    ).values("user")
    open_referrals = Referral.objects.filter(
        programme=programme, state__in=WITH_THE_PROGRAMME
    )
    own = Submission.objects.filter(programme=programme, referral_link__isnull=False)
    users = (
        get_user_model()
        .objects.filter(pk__in=coaches, is_active=True)
        .order_by("last_name", "first_name")
    )
    loads = []
    for coach in users:
        sent = own.filter(submitted_by=coach)
        loads.append(
            CoachLoad(
                coach=coach,
                open_referrals=sent.filter(referral_link__referral__in=open_referrals)
                .values("referral_link__referral")
                .distinct()
                .count(),
                interviews=sent.filter(submitted_at__gte=since).count(),
                people_in_groups=Group.objects.filter(
                    programme=programme, coaches=coach
                )
                .filter(enrolments__status=EnrolmentStatus.ENROLLED)
                .values("enrolments__participant")
                .distinct()
                .count(),
            )
        )
    return loads


def group_fills(
    programme: Programme, today: datetime.date, since: datetime.datetime
) -> list[GroupFill]:
    """The groups not ended yet, with their places taken and attendance."""
    groups = (
        Group.objects.filter(programme=programme)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .annotate(
            enrolled=Count(
                "enrolments", filter=Q(enrolments__status=EnrolmentStatus.ENROLLED)
            ),
            waiting=Count(
                "enrolments", filter=Q(enrolments__status=EnrolmentStatus.WAITING)
            ),
        )
        .order_by("name")
    )
    registers = (
        Attendance.objects.filter(
            session__programme=programme,
            session__cancelled_at__isnull=True,
            session__starts_at__gte=since,
            session__starts_at__lte=timezone.now(),
        )
        .values("session__group")
        .annotate(
            total=Count("pk"), attended=Count("pk", filter=Q(status__in=ATTENDED))
        )
    )
    rates = {
        row["session__group"]: row["attended"] / row["total"]
        for row in registers
        if row["total"]
    }
    return [
        GroupFill(
            group=group,
            enrolled=group.enrolled,
            capacity=group.capacity or 0,
            waiting=group.waiting,
            attendance_rate=rates.get(group.pk),
        )
        for group in groups
    ]


def waiting_list(programme: Programme, today: datetime.date) -> WaitingList:
    """Referrals accepted or wait-listed whose participant is in none of the
    programme's groups yet; their age counts from their last move."""
    waiting = Referral.objects.filter(
        programme=programme, state__in=WAITING_STATES
    ).exclude(enrolments__status=EnrolmentStatus.ENROLLED)
    ages = [
        (today - timezone.localdate(moved)).days
        for moved in waiting.values_list("state_changed_at", flat=True)
        if moved is not None
    ]
    return WaitingList(
        count=waiting.count(),
        longest_days=max(ages) if ages else None,
        average_days=sum(ages) / len(ages) if ages else None,
    )


def interpreter_sessions(programme: Programme, now: datetime.datetime) -> list:
    """Planned sessions of the next two weeks that need an interpreter or a
    mediator."""
    return list(
        Session.objects.filter(programme=programme)
        .planned()
        .between(now, now + datetime.timedelta(days=INTERPRETER_DAYS))
        .exclude(support="")
        .select_related("group")
    )


def programme_workload(
    programme: Programme, *, now: datetime.datetime | None = None
) -> ProgrammeWorkload:
    now = now or timezone.now()
    today = timezone.localdate(now)
    since = now - datetime.timedelta(days=RECENT_DAYS)
    return ProgrammeWorkload(
        programme=programme,
        coaches=coach_loads(programme, since),
        groups=group_fills(programme, today, since),
        waiting=waiting_list(programme, today),
        interpreter_sessions=interpreter_sessions(programme, now),
        overdue_follow_ups=FollowUp.objects.filter(
            programme=programme, done_at__isnull=True, due_on__lt=today
        ).count(),
    )


def workload_for(
    user, *, now: datetime.datetime | None = None
) -> list[ProgrammeWorkload]:
    """The workload of every programme the user manages."""
    return [
        programme_workload(programme, now=now) for programme in managed_programmes(user)
    ]


@dataclass(frozen=True)
class ProgrammeSummary:
    """The dashboard's line for one programme: what needs a manager's eye."""

    programme: Programme
    waiting: int
    interpreter_sessions: int
    overdue_follow_ups: int


def summaries_for(user, *, now: datetime.datetime | None = None) -> list:
    """A short line per programme the user manages (cheaper than the report)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    return [
        ProgrammeSummary(
            programme=programme,
            waiting=waiting_list(programme, today).count,
            interpreter_sessions=len(interpreter_sessions(programme, now)),
            overdue_follow_ups=FollowUp.objects.filter(
                programme=programme, done_at__isnull=True, due_on__lt=today
            ).count(),
        )
        for programme in managed_programmes(user)
    ]
