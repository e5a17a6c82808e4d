"""Sessions end after 30 minutes without a request, and 10 hours after log-in
whatever the activity."""

from __future__ import annotations

import pytest
from django.utils import timezone

from intake.roles import Role
from security.sessions import LAST_SEEN, STARTED

pytestmark = pytest.mark.django_db

MINUTE = 60


def shift(client, **seconds_ago: float) -> None:
    now = timezone.now().timestamp()
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


def test_an_active_session_stays_open(world):
    client = world.client("a", Role.COACH)
    shift(client, **{LAST_SEEN: 29 * MINUTE, STARTED: 9 * 60 * MINUTE})
    assert client.get("/admin/").status_code == 200


def test_thirty_minutes_idle_logs_out(world):
    client = world.client("a", Role.COACH)
    assert client.get("/admin/").status_code == 200
    shift(client, **{LAST_SEEN: 31 * MINUTE})
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=/admin/")
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en")
    assert "Your session has ended" in page.content.decode()
    assert client.get("/admin/").status_code == 302  # still logged out


def test_ten_hours_after_log_in_the_session_ends_even_if_active(world):
    client = world.client("a", Role.PROGRAMME_MANAGER)
    shift(client, **{STARTED: 10 * 60 * MINUTE + 1, LAST_SEEN: MINUTE})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_session_cookie_lasts_no_longer_than_the_absolute_timeout(settings):
    assert settings.SESSION_COOKIE_AGE <= 10 * 60 * 60
