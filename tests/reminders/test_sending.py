"""The sending job: once per session and person, none after opt-out or
cancellation, a notice when a session moves, every case visible."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from groups.recurrence import BRUSSELS
from groups.services.sessions import session_cancel, session_move
from intake.models import ContactChannel
from reminders.backends import sms
from reminders.models import Reminder, ReminderKind, ReminderState, SkipReason
from reminders.services.planning import reminders_plan
from reminders.services.sending import _claim, reminders_run
from tests.reminders.helpers import PHONE, reachable, reminded_team, session_in

pytestmark = pytest.mark.django_db


def test_a_reminder_goes_once_per_session_and_person_however_often_the_job_runs():
    setting = reminded_team(people=3)
    session_in(setting, hours=20)

    first = reminders_run()
    second = reminders_run()

    assert first.sent == 3 and second.sent == 0
    assert len(sms.outbox) == 3
    assert sorted(to for to, _body in sms.outbox) == [PHONE] * 3
    assert Reminder.objects.filter(state=ReminderState.SENT).count() == 3


def test_a_run_never_sends_what_an_overlapping_run_claimed():
    """Run A claims its batch; run B starts before A has sent anything."""
    setting = reminded_team(people=4)
    session_in(setting, hours=20)
    now = timezone.now()
    reminders_plan(now=now)
    held_by_a = _claim("run-a", now, batch=3)

    b = reminders_run(now=now)

    assert len(held_by_a) == 3
    assert b.sent == 1  # the one A did not claim
    assert (
        Reminder.objects.filter(state=ReminderState.SENDING, run="run-a").count() == 3
    )
    assert len(sms.outbox) == 1


def test_the_24_hour_and_the_2_hour_reminders_each_go_once():
    setting = reminded_team()
    session = session_in(setting, hours=23)

    reminders_run()
    reminders_run(now=session.starts_at - datetime.timedelta(minutes=90))
    reminders_run(now=session.starts_at - datetime.timedelta(minutes=60))

    keys = sorted(Reminder.objects.values_list("key", flat=True))
    assert keys == [2 * 60, 24 * 60]
    assert len(sms.outbox) == 2


def test_nothing_is_sent_to_someone_who_withdrew_consent():
    setting = reminded_team(people=2)
    session_in(setting, hours=3)
    withdrawn = setting.people[0]
    withdrawn.contact_consent = False
    withdrawn.save()

    reminders_run()

    assert len(sms.outbox) == 1
    row = Reminder.objects.get(participant=withdrawn)
    assert row.state == ReminderState.SKIPPED
    assert row.reason == SkipReason.NO_CONSENT


def test_a_cancelled_session_gets_its_notice_and_never_a_reminder(
    django_capture_on_commit_callbacks,
):
    setting = reminded_team()
    session = session_in(setting, hours=20)

    with django_capture_on_commit_callbacks(execute=True):
        session_cancel(session=session, reason="Coach ill")
    reminders_run()
    reminders_run(now=session.starts_at - datetime.timedelta(hours=1))

    bodies = [body for _to, body in sms.outbox]
    assert len(bodies) == 1
    assert "est annulée" in bodies[0]  # the programme's language, French
    assert "Coach ill" not in bodies[0]  # the reason stays with the team
    skipped = Reminder.objects.filter(kind=ReminderKind.BEFORE)
    assert {r.reason for r in skipped} == {SkipReason.SESSION_CANCELLED}
    assert all(r.state == ReminderState.SKIPPED for r in skipped)


def test_a_moved_session_sends_a_moved_message_with_the_new_time_and_place(
    django_capture_on_commit_callbacks,
):
    setting = reminded_team()
    session = session_in(setting, hours=30)
    later = session.starts_at + datetime.timedelta(days=1)

    with django_capture_on_commit_callbacks(execute=True):
        session_move(
            session=session,
            starts_at=later,
            ends_at=later + datetime.timedelta(hours=2),
            place="Boulevard Anspach 1",
        )
    reminders_run()

    (body,) = [body for _to, body in sms.outbox]
    assert "a été déplacée" in body  # the programme's language, French
    assert "Boulevard Anspach 1" in body
    assert later.astimezone(BRUSSELS).strftime("%d/%m/%Y %H:%M") in body
    assert Reminder.objects.get().kind == ReminderKind.MOVED


def test_an_invalid_phone_is_skipped_and_says_so():
    setting = reminded_team()
    reachable(setting.people[0], phone="12")
    session_in(setting, hours=2)

    reminders_run()

    assert sms.outbox == []
    row = Reminder.objects.get()
    assert (row.state, row.reason) == (ReminderState.SKIPPED, SkipReason.INVALID_PHONE)


def test_an_e_mail_reminder_goes_to_the_address_and_a_bounce_is_recorded(settings):
    setting = reminded_team(people=2, channel=ContactChannel.EMAIL)
    bouncing = setting.people[1]
    bouncing.email = "bounce@example.org"
    bouncing.save()
    settings.EMAIL_BACKEND = "tests.reminders.bouncing_mail.EmailBackend"
    session_in(setting, hours=2)

    report = reminders_run()

    assert (report.sent, report.failed) == (1, 1)
    (message,) = mail.outbox
    assert message.to == [setting.people[0].email]
    assert setting.people[0].first_name in message.body
    failed = Reminder.objects.get(participant=bouncing)
    assert failed.state == ReminderState.FAILED
    assert failed.reason == SkipReason.BOUNCED
    assert "bounce@example.org" in failed.detail


def test_no_reminders_when_the_policy_is_off():
    setting = reminded_team(enabled=False)
    session_in(setting, hours=2)

    assert reminders_run().sent == 0
    assert not Reminder.objects.exists()
