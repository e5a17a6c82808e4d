"""A step that became overdue: everyone on the referral is told, once, even
when the job runs again or two runs overlap."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.utils import translation

from intake.roles import Role
from paths.models import OverdueNotice
from paths.overdue import STEP_OVERDUE, overdue_steps_notify
from tests.factories import staff_member
from workflow.models import Notification, ReferralState
from workflow.notifications import notification_text

pytestmark = pytest.mark.django_db


def test_everyone_on_the_referral_is_told_once_per_overdue_step(path_setting):
    s = path_setting
    s.sent(days=40)  # the information session was expected 10 days ago
    outsider = staff_member(
        Role.COACH, cpas=s.world.cpas["b"], programmes=[s.world.programme["b"]]
    ).user

    call_command("notify_overdue_steps")
    notices = Notification.objects.filter(kind=STEP_OVERDUE, referral=s.referral)
    told = {notice.recipient for notice in notices}
    assert told == {
        s.world.user("a", Role.SOCIAL_WORKER),
        s.world.user("a", Role.COACH),
        s.world.user("a", Role.PROGRAMME_MANAGER),
    }
    assert outsider not in told
    assert s.world.user("b", Role.COACH) not in told
    record = OverdueNotice.objects.get()
    assert (record.step.kind, record.recipients) == ("info_session", 3)
    text = notification_text(notices.first())
    assert s.referral.participant.first_name in text
    with translation.override(s.referral.cpas.default_language):
        assert record.step.name in text  # in the programme's working language

    second = overdue_steps_notify()
    assert (second.overdue, second.notified, second.already) == (1, 0, 1)
    assert notices.count() == 3


def test_a_run_that_finds_the_notice_recorded_by_another_tells_nobody(path_setting):
    s = path_setting
    s.sent(days=40)
    step = s.path.steps.first()
    OverdueNotice.objects.create(referral=s.referral, step=step, due_on="2020-01-01")
    run = overdue_steps_notify()
    assert (run.notified, run.already) == (0, 1)
    assert not Notification.objects.filter(kind=STEP_OVERDUE).exists()


def test_nothing_is_told_for_a_step_in_time_or_a_stopped_referral(path_setting):
    s = path_setting
    s.sent(days=3)
    assert overdue_steps_notify().overdue == 0
    s.sent(days=60)
    s.referral.__class__.objects.filter(pk=s.referral.pk).update(
        state=ReferralState.WITHDRAWN
    )
    assert overdue_steps_notify().referrals == 0
    assert not Notification.objects.filter(kind=STEP_OVERDUE).exists()
