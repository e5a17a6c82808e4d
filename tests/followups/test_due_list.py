"""The coach's list of follow-ups due, the dashboard's count, the referral's
page; and the same screens seen from outside the programme."""

import datetime

from django.urls import reverse
from django.utils import timezone

from followups.models import FollowUp
from followups.services import follow_ups_schedule
from intake.roles import Role
from tests.factories import staff_member

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def schedule(world, plan, days_ago: int):
    ended = timezone.localdate() - datetime.timedelta(days=days_ago)
    return follow_ups_schedule(
        referral=plan.referral, completed_on=ended, by=world.user("a", Role.COACH)
    )


def test_the_coach_sees_what_is_due_with_a_link_to_hold_it(world, plan):
    schedule(world, plan, days_ago=100)  # 3 months: due; 6 months: not yet
    due = FollowUp.objects.get(months_after=3)
    response = world.client("a", Role.COACH).get(reverse("follow_ups:due"), **ENGLISH)
    assert response.status_code == 200
    page = response.content.decode()
    due_table = page.split('id="follow-ups-due"')[1].split("</table>")[0]
    assert plan.referral.participant.last_name in due_table
    assert f'data-follow-up="{due.pk}"' in due_table
    link = reverse(
        "interviews:interview", args=[plan.form.pk, plan.referral.participant.pk]
    )
    assert f"{link}?followup={due.pk}" in due_table
    assert "days late" in due_table
    later = FollowUp.objects.get(months_after=6)
    assert f'data-follow-up="{later.pk}"' not in due_table


def test_nothing_due_yet_lists_nothing(world, plan):
    schedule(world, plan, days_ago=10)
    response = world.client("a", Role.COACH).get(reverse("follow_ups:due"), **ENGLISH)
    due_table = response.content.decode().split('id="follow-ups-due"')[1]
    assert "No follow-up is due." in due_table.split("</table>")[0]


def test_the_dashboard_counts_the_follow_ups_due(world, plan):
    schedule(world, plan, days_ago=200)  # both due
    response = world.client("a", Role.COACH).get(reverse("wagtailadmin_home"))
    assert 'data-due-count="2"' in response.content.decode()
    other = world.client("b", Role.COACH).get(reverse("wagtailadmin_home"))
    assert "data-due-count" not in other.content.decode()


def test_outside_the_programme_the_list_is_empty_or_forbidden(world, plan):
    schedule(world, plan, days_ago=200)
    person = plan.referral.participant.last_name
    other_cpas = world.client("b", Role.COACH).get(reverse("follow_ups:due"))
    assert other_cpas.status_code == 200
    assert person not in other_cpas.content.decode()
    same_cpas = staff_member(Role.COACH, cpas=world.cpas["a"])  # another programme
    client = world.client("a", Role.COACH)
    client.force_login(same_cpas.user)
    response = client.get(reverse("follow_ups:due"))
    assert person not in response.content.decode()
    worker = world.client("a", Role.SOCIAL_WORKER).get(reverse("follow_ups:due"))
    # Wagtail answers a refused admin page with the dashboard and a message.
    assert (worker.status_code, worker.url) == (302, reverse("wagtailadmin_home"))


def test_the_referring_antenna_sees_the_follow_ups_on_the_referral(world, plan):
    schedule(world, plan, days_ago=100)
    url = reverse("referrals:detail", args=[plan.referral.pk])
    page = world.client("a", Role.SOCIAL_WORKER).get(url, **ENGLISH).content.decode()
    assert 'id="referral-follow-ups"' in page
    assert "Late by" in page and "To come" in page
    assert "?followup=" not in page  # holding it is the team's
    team = world.client("a", Role.COACH).get(url, **ENGLISH).content.decode()
    assert "?followup=" in team
