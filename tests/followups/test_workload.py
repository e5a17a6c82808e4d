"""The workload report on a known programme: every figure checked, and what a
coach or a manager of another CPAS sees of it."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from followups.models import FollowUp
from followups.workload import programme_workload, workload_for
from groups.models import Presence
from groups.services.enrolments import enrolment_create
from intake.roles import Role
from surveys.models import Submission
from tests.factories import staff_member, submission_for
from tests.groups.factories import team
from tests.groups.helpers import take_register
from tests.logins import log_in
from workflow.models import Referral

pytestmark = pytest.mark.django_db
NOW = timezone.now()
TODAY = timezone.localdate(NOW)


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def sent_by(coach, referral, *, days_ago: int) -> None:
    submission = submission_for(referral, "orientation_interview")
    Submission.objects.filter(pk=submission.pk).update(
        submitted_by=coach, submitted_at=NOW - days(days_ago)
    )


def waiting_since(referral, days_ago: int) -> None:
    Referral.objects.filter(pk=referral.pk).update(
        state_changed_at=NOW - days(days_ago)
    )


@pytest.fixture
def known(db):
    """Programme P: a group of 10 places with 5 people (one of them accepted),
    3 people waiting for a group (10, 20 and 30 days), one register in the last
    four weeks (4 of 5 there) and an older one, sessions ahead with and without
    an interpreter, follow-ups overdue, done and to come."""
    t = team(capacity=10)
    t.group.starts_on, t.group.ends_on = TODAY - days(60), TODAY + days(60)
    t.group.save()
    people = t.enrol(4) + t.enrol(1, state="accepted")
    recent = t.session(day=TODAY - days(7))
    take_register(
        t,
        recent,
        {
            people[0]: Presence.PRESENT,
            people[1]: Presence.PRESENT,
            people[2]: Presence.PRESENT,
            people[3]: Presence.LATE,
            people[4]: Presence.UNEXCUSED,
        },
    )
    old = t.session(day=TODAY - days(40))
    take_register(t, old, dict.fromkeys(people, Presence.UNEXCUSED))
    for age in (10, 20):
        waiting_since(t.refer("accepted"), age)
    on_list = t.refer("accepted")
    enrolment_create(group=t.group, referral=on_list, user=t.coach, waiting=True)
    waiting_since(on_list, 30)
    open_one, open_two = t.referrals[0], t.referrals[1]
    sent_by(t.coach, open_one, days_ago=3)
    sent_by(t.coach, open_one, days_ago=10)
    sent_by(t.coach, open_one, days_ago=40)  # before the four weeks
    sent_by(t.coach, open_two, days_ago=5)
    sent_by(t.coach, t.refer("completed"), days_ago=2)  # an interview, not open
    t.session(day=TODAY + days(5), support="interpreter", support_language="ti")
    t.session(day=TODAY + days(3), support="mediator", support_language="ar")
    t.session(day=TODAY + days(4), support="interpreter", support_language="prs")
    t.session(day=TODAY + days(2))  # no support needed
    t.session(day=TODAY + days(20), support="interpreter", support_language="so")
    cancelled = t.session(
        day=TODAY + days(6), support="interpreter", support_language="uk"
    )
    cancelled.cancelled_at = NOW
    cancelled.save()
    ended = t.refer("completed")
    for due, done in ((-5, False), (-40, False), (-5, True), (10, False)):
        FollowUp.objects.create(
            referral=ended,
            programme=t.programme,
            months_after=len(FollowUp.objects.filter(referral=ended)) + 1,
            due_on=TODAY + days(due),
            scheduled_by=t.coach,
            done_at=NOW if done else None,
        )
    idle = staff_member(Role.COACH, cpas=t.programme.cpas, programmes=[t.programme])
    t.idle_coach = idle.user
    return t


def test_the_figures_of_a_known_programme(known):
    load = programme_workload(known.programme, now=NOW)
    coaches = {row.coach: row for row in load.coaches}
    busy = coaches[known.coach]
    assert (busy.open_referrals, busy.interviews, busy.people_in_groups) == (2, 4, 5)
    idle = coaches[known.idle_coach]
    assert (idle.open_referrals, idle.interviews, idle.people_in_groups) == (0, 0, 0)
    [group] = load.groups
    assert (group.enrolled, group.capacity, group.waiting) == (5, 10, 1)
    assert group.fill_rate == 0.5
    assert group.attendance_rate == 0.8  # present, present, present, late / 5
    assert load.waiting.count == 3
    assert (load.waiting.longest_days, load.waiting.average_days) == (30, 20)
    assert sorted(s.support_language for s in load.interpreter_sessions) == [
        "ar",
        "prs",
        "ti",
    ]
    assert load.overdue_follow_ups == 2


def test_the_report_shows_them_in_tables(known):
    client = known_client(known.manager)
    response = client.get(reverse("follow_ups:workload"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    page = response.content.decode()
    assert known.programme.name in page
    assert "Referrals have no assigned coach" in page
    assert '<td data-value="fill_rate">50 %</td>' in page
    assert '<td data-value="attendance">80 %</td>' in page
    assert '<dd data-value="overdue_follow_ups">2</dd>' in page
    assert '<th scope="col">' in page  # headed tables
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    line = home.split(f'data-programme="{known.programme.pk}"')[1].split("</tr>")[0]
    assert '<td data-value="waiting">3</td>' in line
    assert '<td data-value="interpreter_sessions">3</td>' in line
    assert '<td data-value="overdue_follow_ups">2</td>' in line


def known_client(user):
    return log_in(Client(), user)


def test_a_manager_sees_only_the_programmes_she_manages(known):
    elsewhere = team(capacity=8)
    assert [w.programme for w in workload_for(elsewhere.manager)] == [
        elsewhere.programme
    ]
    page = known_client(elsewhere.manager).get(reverse("follow_ups:workload"))
    assert known.programme.name not in page.content.decode()
    same_cpas = staff_member(Role.PROGRAMME_MANAGER, cpas=known.programme.cpas)
    assert known.programme not in [w.programme for w in workload_for(same_cpas.user)]
    coach = known_client(known.coach).get(reverse("follow_ups:workload"))
    assert (coach.status_code, coach.url) == (302, reverse("wagtailadmin_home"))
    worker = known_client(known.worker).get(reverse("follow_ups:workload"))
    assert worker.status_code == 302
