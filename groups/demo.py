"""Demo data for programme life: each programme's groups in its own rhythm, a
term of sessions (eight weeks past, ten to come), the register of the past
weeks, and participants at every referral state. Idempotent: a second run
changes nothing (a group keeps the term it was first given).

Run by ``seed_demo`` as its last step (:func:`seed_groups_step`, registered under
workflow's ``register_demo_step`` hook in groups/wagtail_hooks.py) once the demo
accounts exist: the demo's coach leads the groups, its social worker referred
everyone. ``manage.py seed_groups`` runs it alone.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from groups.demo_plans import (
    FIRST_NAMES,
    LAST_NAMES,
    PLANS,
    GroupPlan,
    OneOffPlan,
    ProgrammePlan,
)
from groups.models import (
    Attendance,
    Enrolment,
    EnrolmentStatus,
    Group,
    Presence,
    Session,
    SessionSeries,
)
from groups.recurrence import local
from groups.referrals import Referral, ReferralState
from groups.selectors.calendar import monday_of
from groups.selectors.registers import expected_people
from groups.services.enrolments import enrolment_create
from groups.services.registers import minutes_attended
from groups.services.schedules import group_schedule_sync
from home.models import ProgrammePage
from intake.demo.seed import Demo
from intake.models import Participant, Programme
from surveys.models import FormKind, FormPage, Submission
from workflow.referrals import referral_submission_link

WEEKS_BACK = 8
WEEKS_AHEAD = 10
#: How a past register turns out (relative weights).
PRESENCE_WEIGHTS = {
    Presence.PRESENT: 80,
    Presence.LATE: 7,
    Presence.LEFT_EARLY: 4,
    Presence.EXCUSED: 5,
    Presence.UNEXCUSED: 4,
}
NOTES = {
    Presence.LATE: "Bus en retard",
    Presence.LEFT_EARLY: "Rendez-vous à l'école des enfants",
    Presence.EXCUSED: "Rendez-vous médical",
}


@dataclass
class Seeded:
    groups: int = 0
    sessions: int = 0
    participants: int = 0
    attendances: int = 0


def _demo_user(programme: Programme, prefix: str):
    return (
        get_user_model()
        .objects.filter(username=f"{prefix}@{programme.cpas.slug}.demo")
        .first()
    )


class People:
    """The programme's demo participants, named in turn, made once."""

    def __init__(self, programme: Programme, worker) -> None:
        self.programme, self.worker, self.count = programme, worker, 0
        self.antenna = worker.membership.antenna

    def referral(self, state: str) -> Referral:
        n = self.count
        self.count += 1
        first = FIRST_NAMES[n % len(FIRST_NAMES)]
        last = LAST_NAMES[(n + n // len(FIRST_NAMES)) % len(LAST_NAMES)]
        person, _created = Participant.objects.get_or_create(
            cpas=self.programme.cpas,
            first_name=first,
            last_name=last,
            defaults={
                "antenna": self.antenna,
                "date_of_birth": datetime.date(1975 + n % 25, 1 + n % 12, 1 + n % 27),
                "nationality": ("SY", "ER", "AF", "SO", "UA")[n % 5],
                "residence_status": "recognised_refugee",
                "languages": [("ar", "ti", "prs", "so", "uk")[n % 5]],
            },
        )
        referral, created = Referral.objects.get_or_create(
            participant=person,
            programme=self.programme,
            defaults={
                "cpas": self.programme.cpas,
                "antenna": self.antenna,
                "referred_by": self.worker,
            },
        )
        if created:
            phase = "launch" if state == ReferralState.IN_PROGRESS else ""
            Referral.objects.filter(pk=referral.pk).update(state=state, phase=phase)
            referral.refresh_from_db()
        return referral


def _term_start(today: datetime.date) -> datetime.date:
    return monday_of(today) - datetime.timedelta(weeks=WEEKS_BACK)


def _group(programme, plan: GroupPlan, coach, start: datetime.date) -> Group:
    end = (
        start
        + datetime.timedelta(weeks=WEEKS_BACK + WEEKS_AHEAD)
        - datetime.timedelta(days=1)
    )
    group, created = Group.objects.get_or_create(
        programme=programme,
        name=plan.name,
        defaults={
            "level": plan.level,
            "capacity": plan.capacity,
            "place": plan.place,
            "starts_on": start,
            "ends_on": end,
        },
    )
    if created:
        if coach is not None:
            group.coaches.add(coach)
        for order, rhythm in enumerate(plan.rhythms):
            SessionSeries.objects.create(
                group=group,
                sort_order=order,
                kind=rhythm.kind,
                title=rhythm.title,
                frequency=rhythm.frequency,
                weekdays=list(rhythm.weekdays),
                alternate_weekdays=rhythm.alternate,
                start_time=rhythm.start,
                end_time=rhythm.end,
                starts_on=group.starts_on,
                ends_on=group.ends_on,
            )
    group_schedule_sync(group)
    return group


def _enrol(group: Group, referral: Referral, user, *, waiting=False) -> None:
    if Enrolment.objects.filter(group=group, participant=referral.participant).exists():
        return
    enrolment = enrolment_create(
        group=group, referral=referral, user=user, waiting=waiting
    )
    if not waiting:
        Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_on=group.starts_on)


def _members(plan: ProgrammePlan, groups: list[Group], people: People, user) -> list:
    """Enrol each group's people; return the first group's members."""
    first_members: list[Referral] = []
    for group_plan, group in zip(plan.groups, groups, strict=True):
        members = [
            people.referral(ReferralState.IN_PROGRESS)
            for _n in range(group_plan.members)
        ]
        members += first_members[: group_plan.shared]
        for referral in members:
            _enrol(group, referral, user)
        for _n in range(group_plan.waiting):
            _enrol(group, people.referral(ReferralState.ACCEPTED), user, waiting=True)
        if not first_members:
            first_members = members
    return first_members


def _one_offs(programme, plan: OneOffPlan, start, group, members, coach) -> None:
    weeks = WEEKS_BACK + WEEKS_AHEAD
    individuals = members[:3] if plan.individual else [None]
    for week in range(0, weeks, plan.every_weeks):
        for offset, referral in enumerate(individuals):
            for extra_day in range(plan.days):
                day = start + datetime.timedelta(
                    weeks=week, days=plan.weekday + extra_day
                )
                starts = local(day, plan.start) + datetime.timedelta(hours=offset)
                Session.objects.get_or_create(
                    programme=programme,
                    kind=plan.kind,
                    title=plan.title,
                    starts_at=starts,
                    participant=referral.participant if referral else None,
                    defaults={
                        "group": group if plan.group else None,
                        "ends_at": local(day, plan.end)
                        + datetime.timedelta(hours=offset),
                        "place": group.place if group else "",
                        "coach": coach,
                        "support": plan.support,
                        "support_language": plan.support_language,
                    },
                )


def _registers(programme: Programme, coach) -> int:
    """The register of every past session that has none yet."""
    now = timezone.now()
    past = Session.objects.filter(programme=programme, ends_at__lt=now).exclude(
        attendances__isnull=False
    )
    written = 0
    for session in past.select_related("programme"):
        rows = []
        for person in expected_people(session):
            chance = random.Random(
                f"{session.starts_at.isoformat()}:{person.last_name}:{person.first_name}"
            )
            status = chance.choices(
                list(PRESENCE_WEIGHTS), list(PRESENCE_WEIGHTS.values())
            )[0]
            missed = (
                chance.choice((15, 30, 45))
                if status in (Presence.LATE, Presence.LEFT_EARLY)
                else 0
            )
            rows.append(
                Attendance(
                    session=session,
                    participant=person,
                    status=status,
                    minutes_missed=missed,
                    minutes=minutes_attended(session, status, missed),
                    note=NOTES.get(status, ""),
                    recorded_by=coach,
                )
            )
        if rows:
            Attendance.objects.bulk_create(rows)
            Session.objects.filter(pk=session.pk).update(
                register_revision=1,
                register_saved_at=session.ends_at,
                register_saved_by=coach,
            )
            written += len(rows)
    return written


def _placement_tests(
    programme: Programme, referrals: list[Referral], level: str
) -> None:
    """Move Up!: the language test of those waiting proposes their level."""
    page = ProgrammePage.objects.filter(
        programme=programme, locale__language_code=programme.cpas.default_language
    ).first()
    form = (
        FormPage.objects.child_of(page).filter(kind=FormKind.LANGUAGE_PLACEMENT).first()
        if page
        else None
    )
    version = form.versions.order_by("-number").first() if form else None
    if version is None:
        return
    for referral in referrals:
        submission, _created = Submission.objects.get_or_create(
            participant=referral.participant,
            translation_key=form.translation_key,
            defaults={
                "version": version,
                "programme": programme,
                "locale": form.locale,
                "answers": {"proposed_group": level, "reading_level": "reads_words"},
            },
        )
        referral_submission_link(referral=referral, submission=submission)


@transaction.atomic
def seed_groups(*, stdout=None) -> Seeded:
    """Groups, sessions, registers and participants of the five programmes."""
    seeded = Seeded()
    start = _term_start(timezone.localdate())
    for slug, plan in PLANS.items():
        programme = Programme.objects.filter(slug=slug).select_related("cpas").first()
        if programme is None:
            continue
        if plan.weekly_hours_target and programme.weekly_hours_target is None:
            programme.weekly_hours_target = plan.weekly_hours_target
            programme.save(update_fields=["weekly_hours_target"])
        coach, worker = (
            _demo_user(programme, "coach"),
            _demo_user(programme, "social-worker"),
        )
        groups = [
            _group(programme, group_plan, coach, start) for group_plan in plan.groups
        ]
        seeded.groups += len(groups)
        if worker is None or coach is None:
            continue
        people = People(programme, worker)
        members = _members(plan, groups, people, coach)
        for one_off in plan.one_offs:
            _one_offs(
                programme, one_off, groups[0].starts_on, groups[0], members, coach
            )
        every_state = [people.referral(state) for state in ReferralState.values]
        if slug == "move-up":
            waiting = list(
                Referral.objects.filter(
                    programme=programme,
                    participant__enrolments__status=EnrolmentStatus.WAITING,
                )
            )
            _placement_tests(programme, waiting, "beginners")
            accepted = [r for r in every_state if r.state == ReferralState.ACCEPTED]
            _placement_tests(programme, accepted, "advanced")
        seeded.attendances += _registers(programme, coach)
        seeded.participants += people.count
        seeded.sessions += Session.objects.filter(programme=programme).count()
    if stdout is not None:
        stdout.write(
            f"Groups: {seeded.groups} groups, {seeded.sessions} sessions, "
            f"{seeded.participants} participants, {seeded.attendances} new marks."
        )
    return seeded


def seed_groups_step(demo: Demo) -> None:
    """``seed_demo``'s step: groups need the demo's coach and social worker,
    so nothing is seeded without the demo accounts."""
    if demo.with_accounts:
        seed_groups()
