"""Groups, sessions and the people in them, built the way the services build them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import factory

from groups.models import Enrolment, Group, Session
from groups.recurrence import local
from groups.services.enrolments import enrolment_create
from intake.roles import Role
from tests.factories import (
    AntennaFactory,
    ProgrammeFactory,
    referral_in,
    staff_member,
)


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group
        skip_postgeneration_save = True

    programme = factory.SubFactory(ProgrammeFactory)
    name = factory.Sequence(lambda n: f"Group {n}")
    starts_on = datetime.date(2026, 9, 1)
    ends_on = datetime.date(2027, 1, 31)
    place = "Rue Haute 298a"


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    group = factory.SubFactory(GroupFactory)
    programme = factory.SelfAttribute("group.programme")
    starts_at = local(datetime.date(2026, 10, 14), datetime.time(9, 0))
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + datetime.timedelta(hours=3))


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return local(day, datetime.time(hour, minute))


@dataclass
class Team:
    """A programme with a group, its coach and manager, and a social worker of an
    antenna who referred everyone in it."""

    programme: object
    group: object
    coach: object
    manager: object
    worker: object
    antenna: object
    people: list = field(default_factory=list)
    referrals: list = field(default_factory=list)

    def refer(self, state: str = "in_progress", **names):
        referral = referral_in(
            state,
            programme=self.programme,
            antenna=self.antenna,
            referred_by=self.worker,
        )
        if names:
            for key, value in names.items():
                setattr(referral.participant, key, value)
            referral.participant.save()
        self.referrals.append(referral)
        return referral

    def enrol(self, count: int = 1, *, group=None, state: str = "in_progress"):
        """``count`` new participants in the group (as the coach enrols them),
        in it since the group's first day."""
        enrolled = []
        group = group or self.group
        for _n in range(count):
            referral = self.refer(state)
            enrolment = enrolment_create(
                group=group, referral=referral, user=self.coach
            )
            Enrolment.objects.filter(pk=enrolment.pk).update(
                enrolled_on=group.starts_on
            )
            self.people.append(referral.participant)
            enrolled.append(referral.participant)
        return enrolled

    def session(self, day=datetime.date(2026, 10, 14), hour=9, hours=3, **fields):
        return SessionFactory(
            group=fields.pop("group", self.group),
            starts_at=at(day, hour),
            ends_at=at(day, hour) + datetime.timedelta(hours=hours),
            **fields,
        )


def team(*, capacity=None, programme=None, **programme_fields) -> Team:
    programme = programme or ProgrammeFactory(**programme_fields)
    antenna = AntennaFactory(cpas=programme.cpas)
    coach = staff_member(Role.COACH, cpas=programme.cpas, programmes=[programme]).user
    manager = staff_member(
        Role.PROGRAMME_MANAGER, cpas=programme.cpas, programmes=[programme]
    ).user
    worker = staff_member(Role.SOCIAL_WORKER, cpas=programme.cpas, antenna=antenna).user
    group = GroupFactory(programme=programme, capacity=capacity)
    group.coaches.add(coach)
    return Team(
        programme=programme,
        group=group,
        coach=coach,
        manager=manager,
        worker=worker,
        antenna=antenna,
    )
