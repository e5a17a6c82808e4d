"""The demo: Mod'Actions' follow-up plan and one completed referral whose first
follow-up is due, in the coach's list; seeding twice changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from followups.models import FollowUp, FollowUpStep
from followups.selectors import due_rows

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def development_machine(settings):
    settings.DEBUG = True  # demo accounts need a developer's machine


def test_the_demo_has_a_plan_and_a_follow_up_due():
    call_command("seed_demo")
    call_command("seed_demo")
    steps = FollowUpStep.objects.filter(programme__slug="mod-actions")
    assert sorted(steps.values_list("months_after", flat=True)) == [3, 6]
    assert {step.form.kind for step in steps} == {"follow_up"}
    assert FollowUp.objects.count() == 2
    assert {f.referral.state for f in FollowUp.objects.all()} == {"completed"}
    coach = get_user_model().objects.get(username="coach@liege.demo")
    [row] = due_rows(coach)
    assert row.follow_up.months_after == 3
    assert row.conduct_url.endswith(f"?followup={row.follow_up.pk}")
    elsewhere = get_user_model().objects.get(username="coach@gent.demo")
    assert due_rows(elsewhere) == []
