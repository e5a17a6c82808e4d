"""``manage.py send_reminders`` for cron: says what it did, and a second run
finds nothing left to send."""

import io

import pytest
from django.core.management import call_command

from reminders.backends import sms
from tests.reminders.helpers import reachable, reminded_team, session_in

pytestmark = pytest.mark.django_db


def test_the_command_reports_sent_and_skipped_and_sends_nothing_twice():
    setting = reminded_team(people=2)
    reachable(setting.people[1], contact_consent=False)
    session_in(setting, hours=2)

    first, second = io.StringIO(), io.StringIO()
    call_command("send_reminders", stdout=first)
    call_command("send_reminders", stdout=second)

    assert first.getvalue().strip() == "sent=1 skipped=1 failed=0"
    assert second.getvalue().strip() == "sent=0 skipped=0 failed=0"
    assert len(sms.outbox) == 1
