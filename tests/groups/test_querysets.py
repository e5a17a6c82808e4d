"""Who sees which groups, sessions, enrolments and attendance (the tenancy)."""

import pytest

from groups.models import Attendance, Enrolment, Group, Session
from intake.roles import Role
from tests.factories import AntennaFactory, staff_member
from tests.groups.factories import team
from tests.groups.helpers import take_register

pytestmark = pytest.mark.django_db


def test_each_role_sees_its_own_part():
    here, there = team(), team()
    (amina,) = here.enrol(1)
    session = here.session()
    take_register(here, session, {amina: "present"})
    there.enrol(1)
    take_register(there, there.session(), {there.people[0]: "present"})
    admin = staff_member(Role.CPAS_ADMIN, cpas=here.programme.cpas).user
    other_worker = staff_member(
        Role.SOCIAL_WORKER,
        cpas=here.programme.cpas,
        antenna=AntennaFactory(cpas=here.programme.cpas),
    ).user

    for user in (here.coach, here.manager, here.worker, admin):
        assert list(Group.objects.for_user(user)) == [here.group], user
        assert list(Session.objects.for_user(user)) == [session], user
        assert list(
            Enrolment.objects.for_user(user).values_list("participant", flat=True)
        ) == [amina.pk]
        assert Attendance.objects.for_user(user).count() == 1
    # Another antenna's social worker of the same CPAS sees none of it.
    assert not Group.objects.for_user(other_worker).exists()
    assert not Session.objects.for_user(other_worker).exists()
    assert not Attendance.objects.for_user(other_worker).exists()


def test_a_coach_of_another_programme_of_the_same_cpas_sees_nothing():
    here = team()
    here.enrol(1)
    here.session()
    other = team(programme=None)
    stranger = staff_member(
        Role.COACH, cpas=here.programme.cpas, programmes=[other.programme]
    ).user
    assert not Group.objects.for_user(stranger).filter(pk=here.group.pk).exists()
    assert not Session.objects.for_user(stranger).filter(group=here.group).exists()
    assert not Enrolment.objects.for_user(stranger).exists()
