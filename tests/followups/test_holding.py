"""Holding a follow-up: its form, sent for it, is linked to it and to the
referral and marks it done; the referring social worker is told when it is due
(once) and when it is done."""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from followups.models import FollowUp
from followups.notices import FOLLOW_UP_DONE, FOLLOW_UP_DUE
from followups.services import due_follow_ups_notify, follow_ups_schedule
from intake.roles import Role
from tests.workflow.form_sending import send_form
from workflow.models import Notification, ReferralSubmission
from workflow.notifications import notification_text


def due_follow_up(world, plan) -> FollowUp:
    ended = timezone.localdate() - datetime.timedelta(days=100)
    follow_ups_schedule(
        referral=plan.referral, completed_on=ended, by=world.user("a", Role.COACH)
    )
    return FollowUp.objects.get(months_after=3)


def test_the_sent_form_marks_the_follow_up_done_and_tells_the_social_worker(
    world, plan
):
    follow_up = due_follow_up(world, plan)
    response = send_form(
        world.client("a", Role.COACH),
        plan.form,
        plan.referral.participant,
        f"?followup={follow_up.pk}",
    )
    assert response.status_code == 201, response.content
    assert response.json()["redirect"] == reverse("follow_ups:due")
    follow_up.refresh_from_db()
    assert follow_up.done
    assert follow_up.done_by == world.user("a", Role.COACH)
    assert follow_up.submission.answers == {"how_it_goes": "Bien"}
    assert ReferralSubmission.objects.filter(
        referral=plan.referral, submission=follow_up.submission
    ).exists()
    notice = Notification.objects.get(kind=FOLLOW_UP_DONE)
    assert notice.recipient == world.user("a", Role.SOCIAL_WORKER)
    with translation.override("en"):
        assert "follow-up after exit held" in notification_text(notice)
    due_list = world.client("a", Role.COACH).get(reverse("follow_ups:due"))
    assert f'data-follow-up="{follow_up.pk}"' not in due_list.content.decode()


def test_the_interview_opens_for_the_follow_up(world, plan):
    follow_up = due_follow_up(world, plan)
    url = reverse(
        "interviews:interview", args=[plan.form.pk, plan.referral.participant.pk]
    )
    coach = world.client("a", Role.COACH)
    response = coach.get(f"{url}?followup={follow_up.pk}")
    assert response.status_code == 200
    assert plan.referral.participant.first_name in response.content.decode()
    other = world.client("b", Role.COACH).get(f"{url}?followup={follow_up.pk}")
    assert other.status_code == 404


def test_another_team_cannot_hold_it(world, plan):
    follow_up = due_follow_up(world, plan)
    response = send_form(
        world.client("b", Role.COACH),
        plan.form,
        plan.referral.participant,
        f"?followup={follow_up.pk}",
    )
    assert response.status_code == 404
    follow_up.refresh_from_db()
    assert not follow_up.done


def test_the_social_worker_hears_once_that_it_is_due(world, plan):
    follow_up = due_follow_up(world, plan)
    assert due_follow_ups_notify() == 1
    assert due_follow_ups_notify() == 0  # a second run, or an overlapping one
    call_command("notify_due_follow_ups", stdout=open("/dev/null", "w"))
    notices = Notification.objects.filter(kind=FOLLOW_UP_DUE)
    assert [n.recipient for n in notices] == [world.user("a", Role.SOCIAL_WORKER)]
    follow_up.refresh_from_db()
    assert follow_up.due_notified_at is not None
    later = FollowUp.objects.get(months_after=6)
    assert later.due_notified_at is None  # not due yet
