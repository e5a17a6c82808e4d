"""The calendar: a month or a week, for a coach, a programme or a participant,
with queries that do not grow with the history."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from groups.selectors.calendar import month_range
from groups.services.sessions import session_cancel
from tests.groups.factories import team
from tests.groups.test_group_admin import client_for

pytestmark = pytest.mark.django_db
D = datetime.date


def calendar(client, **params):
    return client.get(reverse("groups_calendar:index"), params)


def test_a_month_starts_on_the_monday_before_the_first_and_ends_with_whole_weeks():
    assert month_range(D(2026, 10, 14)) == (D(2026, 9, 28), D(2026, 11, 2))
    assert month_range(D(2027, 2, 1)) == (D(2027, 2, 1), D(2027, 3, 1))


def test_a_coach_sees_her_sessions_in_the_month_by_default():
    setting = team()
    setting.session(day=D(2026, 10, 14), hour=14, title="Atelier CV")
    setting.session(day=D(2026, 11, 18), hour=14, title="Novembre")
    response = calendar(client_for(setting.coach), day="2026-10-01")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Atelier CV" in text and "14:00" in text
    assert "Novembre" not in text


def test_the_week_view_shows_times_places_and_the_register_link():
    setting = team()
    session = setting.session(
        day=D(2026, 10, 28), hour=9, title="Groupe", place="Salle 2"
    )
    cancelled = setting.session(day=D(2026, 10, 29), hour=9, title="Annulée")
    session_cancel(session=cancelled, reason="Grève")
    response = calendar(
        client_for(setting.manager),
        view="week",
        day="2026-10-28",
        programme=setting.programme.pk,
    )
    text = response.content.decode()
    assert "09:00–12:00" in text and "Salle 2" in text
    with translation.override("en"):  # the coach's language
        assert reverse("registers:register", args=[session.pk]) in text
    assert "cancelled" in text
    assert f"/registers/{cancelled.pk}/" not in text


def test_after_the_october_clock_change_the_hour_stays_the_same():
    setting = team()
    setting.session(day=D(2026, 10, 21), hour=14, title="Avant")
    setting.session(day=D(2026, 10, 28), hour=14, title="Après")
    text = calendar(client_for(setting.coach), day="2026-10-01").content.decode()
    assert text.count("14:00") == 2


def test_a_participants_calendar_shows_her_groups_sessions():
    setting = team()
    (amina,) = setting.enrol(1)
    setting.session(day=D(2026, 10, 14), title="Son groupe")
    other_group_session = team(programme=setting.programme).session(
        day=D(2026, 10, 15), title="Autre groupe"
    )
    response = calendar(
        client_for(setting.worker), day="2026-10-01", participant=amina.pk
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Son groupe" in text
    assert other_group_session.title not in text


def test_another_programmes_or_cpas_calendar_answers_404():
    setting, other = team(), team()
    client = client_for(setting.coach)
    assert calendar(client, programme=other.programme.pk).status_code == 404
    assert calendar(client, coach=other.coach.pk).status_code == 404
    outsider = other.refer().participant
    assert calendar(client, participant=outsider.pk).status_code == 404
    assert calendar(client, programme="x").status_code == 404


def test_the_months_queries_do_not_grow_with_the_sessions():
    setting = team()
    client = client_for(setting.manager)
    params = {"day": "2026-10-01", "programme": setting.programme.pk}
    setting.session(day=D(2026, 10, 1), hour=8)
    calendar(client, **params)  # warm up
    with CaptureQueriesContext(connection) as few:
        calendar(client, **params)
    for day in range(1, 29):
        setting.session(day=D(2026, 10, day), hour=9)
        setting.session(day=D(2025, 10, day), hour=9)
    with CaptureQueriesContext(connection) as many:
        response = calendar(client, **params)
    assert response.content.decode().count("09:00") == 28
    assert len(many) == len(few)
