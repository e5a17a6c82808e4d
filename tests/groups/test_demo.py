"""The demo: every programme lives — groups in its own rhythm, a term of past
and future sessions, registers of the past weeks, people at every referral
state — and seeding twice changes nothing."""

import datetime
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone

from groups.models import Attendance, Enrolment, Group, Session, SessionSeries
from groups.recurrence import BRUSSELS
from groups.selectors.placement import suggested_groups
from intake.models import Programme
from workflow.models import Referral, ReferralState

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def development_machine(settings):
    settings.DEBUG = True  # demo accounts need a developer's machine


def snapshot() -> dict:
    return {
        "groups": sorted(
            Group.objects.values_list("programme__slug", "name", "starts_on")
        ),
        "series": SessionSeries.objects.count(),
        "sessions": Session.objects.count(),
        "enrolments": sorted(
            Enrolment.objects.values_list("group_id", "participant_id", "status")
        ),
        "attendance": Attendance.objects.count(),
        "referrals": Referral.objects.count(),
    }


def test_the_demo_gives_every_programme_a_living_term_and_seeds_once():
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first

    now = timezone.now()
    for programme in Programme.objects.all():
        sessions = Session.objects.filter(programme=programme)
        assert sessions.filter(ends_at__lt=now).exists(), programme
        assert sessions.filter(starts_at__gt=now).exists(), programme
        past_group = sessions.filter(ends_at__lt=now, group__isnull=False).first()
        assert Attendance.objects.filter(session=past_group).exists(), programme
        assert not Attendance.objects.filter(session__starts_at__gt=now).exists()
        states = set(
            Referral.objects.filter(programme=programme).values_list("state", flat=True)
        )
        assert states == set(ReferralState.values), programme


def test_each_programme_keeps_its_rhythm():
    call_command("seed_demo")
    amie = Group.objects.get(programme__slug="amie")
    days = Counter(
        s.starts_at.astimezone(BRUSSELS).weekday()
        for s in amie.sessions.filter(series__isnull=False)
    )
    assert set(days) == {2, 4}  # Wednesday and Friday, in turn
    weeks = {
        s.starts_at.astimezone(BRUSSELS).isocalendar().week: s.starts_at.astimezone(
            BRUSSELS
        ).weekday()
        for s in amie.sessions.filter(series__isnull=False)
    }
    assert (
        len(set(weeks.values())) == 2
        and len(weeks) == amie.sessions.filter(series__isnull=False).count()
    )

    move_up = Programme.objects.get(slug="move-up")
    assert move_up.weekly_hours_target == 21
    beginners = Group.objects.get(programme=move_up, level="beginners")
    monday = beginners.starts_on + datetime.timedelta(weeks=2)
    week = beginners.sessions.filter(
        starts_at__date__gte=monday,
        starts_at__date__lt=monday + datetime.timedelta(days=7),
    )
    assert sum(s.minutes for s in week) == 21 * 60
    assert (
        beginners.enrolments.filter(status="enrolled").count()
        == 15
        == beginners.capacity
    )
    assert beginners.enrolments.filter(status="waiting").count() == 2
    waiting = beginners.enrolments.filter(status="waiting").first()
    assert beginners in suggested_groups(waiting.participant, move_up)

    ghent = Group.objects.filter(programme__slug="interactief")
    shared = Enrolment.objects.filter(group__in=ghent).values("participant").annotate()
    assert (
        Counter(e["participant"] for e in shared).most_common(1)[0][1] == 2
    )  # parallel modules
    goal = Session.objects.filter(
        programme__slug="interactief", kind="goal_day"
    ).first()
    assert goal.support == "interpreter" and goal.support_language
    assert Session.objects.filter(
        programme__slug="mod-actions", kind="trial_day"
    ).exists()
    assert Group.objects.filter(programme__slug="mod-actions").count() == 5
