"""Groups and sessions in the admin: a manager creates a group with its weekly
rhythm and finds its sessions; the tenancy holds on every screen."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from groups.models import Group, Session, SessionSeries
from groups.recurrence import BRUSSELS
from intake.roles import Role
from tests.factories import staff_member
from tests.groups.factories import team
from tests.logins import log_in

pytestmark = pytest.mark.django_db
D = datetime.date


def client_for(user) -> Client:
    """Logged in, her admin in English (what the assertions read)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return log_in(Client(), user)


def group_form(setting, **changes) -> dict:
    data = {
        "name": "Débutants A",
        "level": "beginners",
        "programme": setting.programme.pk,
        "capacity": "",
        "place": "Rue Haute 298a",
        "starts_on": "2026-09-01",
        "ends_on": "2026-12-18",
        "coaches": [setting.coach.pk],
        "series-TOTAL_FORMS": "1",
        "series-INITIAL_FORMS": "0",
        "series-MIN_NUM_FORMS": "0",
        "series-MAX_NUM_FORMS": "1000",
        "series-0-kind": "group_session",
        "series-0-title": "",
        "series-0-frequency": "1",
        "series-0-weekdays": ["0", "3"],
        "series-0-start_time": "09:00",
        "series-0-end_time": "12:30",
        "series-0-starts_on": "2026-09-07",
        "series-0-ends_on": "2026-10-31",
        "series-0-place": "",
        "series-0-skipped_dates": "2026-10-01",
        "series-0-ORDER": "1",
        "series-0-id": "",
        "series-0-DELETE": "",
    }
    data.update(changes)
    return data


def test_a_manager_creates_a_group_with_its_weekly_rhythm_and_its_sessions_follow():
    setting = team(group_size_max=15)
    client = client_for(setting.manager)
    response = client.post(reverse("groups:add"), group_form(setting))
    assert response.status_code == 302, response.content.decode()[:3000]
    group = Group.objects.get(name="Débutants A")
    assert group.capacity == 15
    assert list(group.coaches.all()) == [setting.coach]
    series = SessionSeries.objects.get(group=group)
    assert series.weekdays == [0, 3]
    assert series.skipped_dates == ["2026-10-01"]
    sessions = list(Session.objects.filter(group=group))
    # Mondays and Thursdays from 7 September to 31 October, but 1 October.
    assert len(sessions) == 15
    assert D(2026, 10, 1) not in {
        s.starts_at.astimezone(BRUSSELS).date() for s in sessions
    }
    assert {s.starts_at.astimezone(BRUSSELS).time() for s in sessions} == {
        datetime.time(9)
    }

    page = client.get(reverse("groups:inspect", args=[group.pk]))
    assert page.status_code == 200
    assert "Next sessions" in page.content.decode()


def test_a_rhythm_ending_before_it_starts_is_refused_and_nothing_is_created():
    setting = team()
    client = client_for(setting.manager)
    response = client.post(
        reverse("groups:add"),
        group_form(setting, **{"series-0-end_time": "08:00", "series-0-weekdays": []}),
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "A session must end after it starts." in text
    assert not Group.objects.filter(name="Débutants A").exists()
    assert not Session.objects.exists()


def test_a_bad_holiday_date_is_named():
    setting = team()
    response = client_for(setting.manager).post(
        reverse("groups:add"),
        group_form(setting, **{"series-0-skipped_dates": "11/11"}),
    )
    assert response.status_code == 200
    assert "is not a date like 2026-11-11" in response.content.decode()


def test_a_coach_sees_groups_but_does_not_create_them():
    setting = team()
    client = client_for(setting.coach)
    assert client.get(reverse("groups:index")).status_code == 200
    response = client.get(reverse("groups:add"))
    assert response.status_code == 302 and response["Location"] == reverse(
        "wagtailadmin_home"
    )


def test_a_manager_cannot_put_a_group_in_another_cpas_programme():
    setting, other = team(), team()
    response = client_for(setting.manager).post(
        reverse("groups:add"), group_form(setting, programme=other.programme.pk)
    )
    assert response.status_code == 200
    assert not Group.objects.filter(name="Débutants A").exists()


def test_a_session_ending_before_it_starts_is_refused_in_the_admin():
    setting = team()
    client = client_for(setting.coach)
    response = client.post(
        reverse("sessions:add"),
        {
            "kind": "info_session",
            "title": "Séance d'information",
            "programme": setting.programme.pk,
            "group": "",
            "starts_at": "2026-10-14 10:00",
            "ends_at": "2026-10-14 09:00",
            "place": "",
            "coach": setting.coach.pk,
            "participant": "",
            "support": "",
            "support_language": "",
            "notes": "",
            "cancel_reason": "",
        },
    )
    assert response.status_code == 200
    assert "A session must end after it starts." in response.content.decode()
    assert not Session.objects.exists()


def test_cancelling_a_session_in_the_admin_needs_a_reason():
    setting = team()
    session = setting.session()
    client = client_for(setting.coach)
    data = {
        "kind": "group_session",
        "title": "",
        "programme": setting.programme.pk,
        "group": setting.group.pk,
        "starts_at": "2026-10-14 09:00",
        "ends_at": "2026-10-14 12:00",
        "place": "",
        "coach": "",
        "participant": "",
        "support": "interpreter",
        "support_language": "ar",
        "notes": "",
        "cancelled": "on",
        "cancel_reason": "",
    }
    response = client.post(reverse("sessions:edit", args=[session.pk]), data)
    assert response.status_code == 200
    assert "Say why the session is cancelled." in response.content.decode()
    data["cancel_reason"] = "Strike"
    response = client.post(reverse("sessions:edit", args=[session.pk]), data)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.cancelled and session.cancel_reason == "Strike"
    assert (session.support, session.support_language) == ("interpreter", "ar")


def test_the_cpas_administrator_reads_groups_but_changes_none():
    setting = team()
    admin = staff_member(Role.CPAS_ADMIN, cpas=setting.programme.cpas).user
    client = client_for(admin)
    assert (
        client.get(reverse("groups:inspect", args=[setting.group.pk])).status_code
        == 200
    )
    response = client.get(reverse("groups:edit", args=[setting.group.pk]))
    assert response.status_code == 302
