"""Unexcused absences in a row: the coach and the referring social worker hear of
it once, through the notifications of referral moves."""

import datetime

import pytest
from django.core import mail
from django.test import TestCase
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.groups.factories import team
from tests.groups.helpers import take_register
from workflow.models import EmailFrequency, Notification, NotificationPreference
from workflow.notifications import notification_text

pytestmark = pytest.mark.django_db
D = datetime.date


FIRST_MONDAY = D(2026, 10, 5)


def week_sessions(setting, count, start=FIRST_MONDAY):
    return [
        setting.session(day=start + datetime.timedelta(weeks=n)) for n in range(count)
    ]


def test_two_unexcused_absences_in_a_row_tell_the_coach_and_the_social_worker():
    setting = team()
    amina, other = setting.enrol(2)
    first, second = week_sessions(setting, 2)
    take_register(setting, first, {amina: "unexcused", other: "present"})
    assert not Notification.objects.exists()
    with TestCase.captureOnCommitCallbacks(execute=True):
        take_register(setting, second, {amina: "unexcused", other: "present"})
    notified = Notification.objects.all()
    assert {n.recipient for n in notified} == {setting.coach, setting.worker}
    notice = notified.first()
    assert notice.kind == "unexcused_absences"
    assert notice.log is None
    assert notice.referral.participant == amina
    with translation.override("en"):
        text = notification_text(notice)
    assert amina.first_name in text
    assert "absent without excuse several times in a row" in text
    assert "5/10" in text and "12/10" in text


def test_an_excused_absence_or_a_presence_breaks_the_row():
    setting = team()
    (amina,) = setting.enrol(1)
    sessions = week_sessions(setting, 4)
    for session, status in zip(
        sessions, ["unexcused", "excused", "unexcused", "present"], strict=True
    ):
        take_register(setting, session, {amina: status})
    assert not Notification.objects.exists()


def test_a_row_alerts_once_not_at_every_further_absence():
    setting = team()
    (amina,) = setting.enrol(1)
    for session in week_sessions(setting, 4):
        take_register(setting, session, {amina: "unexcused"})
    assert Notification.objects.filter(recipient=setting.worker).count() == 1


def test_saving_the_same_register_again_does_not_alert_again():
    setting = team()
    (amina,) = setting.enrol(1)
    first, second = week_sessions(setting, 2)
    take_register(setting, first, {amina: "unexcused"})
    take_register(setting, second, {amina: "unexcused"})
    take_register(setting, second, {amina: "unexcused"})
    assert Notification.objects.filter(recipient=setting.worker).count() == 1


def test_the_number_is_the_programmes():
    setting = team(absences_before_alert=3)
    (amina,) = setting.enrol(1)
    sessions = week_sessions(setting, 3)
    take_register(setting, sessions[0], {amina: "unexcused"})
    take_register(setting, sessions[1], {amina: "unexcused"})
    assert not Notification.objects.exists()
    take_register(setting, sessions[2], {amina: "unexcused"})
    assert Notification.objects.filter(recipient=setting.coach).count() == 1


def test_cancelled_sessions_do_not_break_nor_make_a_row():
    from groups.services.sessions import session_cancel

    setting = team()
    (amina,) = setting.enrol(1)
    first, middle, last = week_sessions(setting, 3)
    take_register(setting, first, {amina: "unexcused"})
    take_register(setting, middle, {amina: "present"})
    session_cancel(session=middle, reason="Strike")
    take_register(setting, last, {amina: "unexcused"})
    assert Notification.objects.filter(recipient=setting.worker).count() == 1


def test_the_notice_is_emailed_to_who_asked_for_it_now():
    setting = team()
    (amina,) = setting.enrol(1)
    setting.worker.email = "worker@example.org"
    setting.worker.save()
    profile = UserProfile.get_for_user(setting.worker)
    profile.preferred_language = "en"
    profile.save()
    NotificationPreference.objects.create(
        user=setting.worker, email=EmailFrequency.IMMEDIATELY
    )
    first, second = week_sessions(setting, 2)
    take_register(setting, first, {amina: "unexcused"})
    with TestCase.captureOnCommitCallbacks(execute=True):
        take_register(setting, second, {amina: "unexcused"})
    assert [m.to for m in mail.outbox] == [["worker@example.org"]]
    assert mail.outbox[0].subject == "A participant needs your attention"
