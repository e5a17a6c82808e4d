"""A programme with a reminder policy, a group and people in it, sessions some
hours from now."""

from __future__ import annotations

import datetime

from django.utils import timezone

from intake.models import ContactChannel
from reminders.models import ReminderPolicy
from tests.groups.factories import SessionFactory, team

PHONE = "+32470123456"


def reminded_team(
    *, people: int = 1, channel: str = ContactChannel.SMS, programme=None, **policy
):
    setting = team(programme=programme)
    ReminderPolicy.objects.create(programme=setting.programme, **policy)
    for person in setting.enrol(people):
        reachable(person, channel)
    return setting


def reachable(person, channel: str = ContactChannel.SMS, **fields) -> None:
    person.contact_consent = True
    person.contact_channel = channel
    person.phone = PHONE
    person.email = f"p{person.pk}@example.org"
    for name, value in fields.items():
        setattr(person, name, value)
    person.save()


def session_in(setting, hours: float, **fields):
    """A session of the team's group starting ``hours`` from now."""
    starts = timezone.now().replace(microsecond=0) + datetime.timedelta(hours=hours)
    return SessionFactory(
        group=setting.group,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        place=fields.pop("place", "Rue Haute 298a"),
        **fields,
    )
