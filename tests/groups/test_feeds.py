"""A coach's sessions on her phone: a secret iCalendar address she can revoke."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from groups.models import CalendarFeed
from groups.services.feeds import feed_create, feed_revoke, token_hash
from groups.services.sessions import session_cancel
from tests.groups.factories import team
from tests.groups.test_group_admin import client_for

pytestmark = pytest.mark.django_db


def soon(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def read(token: str):
    return Client().get(reverse("calendar_feed", args=[token]))


def test_the_feed_lists_her_sessions_with_brussels_times_in_utc():
    setting = team()
    session = setting.session(day=soon(3), hour=14, title="Atelier", place="Salle 1")
    cancelled = setting.session(day=soon(4), hour=9, title="Sortie")
    session_cancel(session=cancelled, reason="Pluie")
    team().session(day=soon(3), title="Another CPAS")
    _feed, token = feed_create(user=setting.coach)

    response = read(token)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = {
        str(e["summary"]): e
        for e in Calendar.from_ical(response.content).walk("VEVENT")
    }
    # In the coach's language: French, the platform's, as she chose none.
    assert set(events) == {"Atelier", "Annulée : Sortie"}
    event = events["Atelier"]
    assert event.decoded("dtstart") == session.starts_at
    assert event["dtstart"].to_ical().endswith(b"Z")  # UTC: right on every phone
    assert str(event["location"]) == "Salle 1"
    assert str(events["Annulée : Sortie"]["status"]) == "CANCELLED"


def test_only_the_tokens_hash_is_kept_and_a_revoked_address_answers_404():
    setting = team()
    feed, token = feed_create(user=setting.coach)
    assert feed.token_hash == token_hash(token) and token not in feed.token_hash
    assert len(token) >= 26
    feed_revoke(user=setting.coach)
    assert read(token).status_code == 404


def test_a_new_address_stops_the_old_one():
    setting = team()
    _old, old_token = feed_create(user=setting.coach)
    _new, new_token = feed_create(user=setting.coach)
    assert read(old_token).status_code == 404
    assert read(new_token).status_code == 200
    assert CalendarFeed.objects.filter(revoked_at__isnull=True).count() == 1


def test_an_unknown_address_or_an_inactive_persons_answers_404():
    setting = team()
    _feed, token = feed_create(user=setting.coach)
    assert read("not-a-token").status_code == 404
    setting.coach.is_active = False
    setting.coach.save()
    assert read(token).status_code == 404


def test_the_admin_page_shows_the_address_once_then_revokes_it():
    setting = team()
    client = client_for(setting.coach)
    url = reverse("groups_calendar:phone")
    response = client.post(url, {"action": "create"}, follow=True)
    text = response.content.decode()
    address = text.split('id="feed-address" type="text" readonly value="')[1].split(
        '"'
    )[0]
    assert "/calendar/" in address and address.endswith(".ics")
    assert address not in client.get(url).content.decode()  # shown once
    assert Client().get(address.split("testserver")[1]).status_code == 200
    client.post(url, {"action": "revoke"})
    assert Client().get(address.split("testserver")[1]).status_code == 404
