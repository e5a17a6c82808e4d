"""A manager hears when an orientation interview is sent (hers to decide next);
the referring social worker hears when it or the final evaluation is sent;
nobody else, and never the coach who sent it."""

import pytest
from django.utils import translation

from intake.roles import Role
from surveys.builder import _FORM_CLASSES
from tests.factories import referral_in, staff_member
from tests.workflow.form_sending import send_form, simple_form
from workflow.form_notices import (
    FINAL_EVALUATION_SENT,
    ORIENTATION_SENT,
    ORIENTATION_TO_DECIDE,
)
from workflow.models import Notification, ReferralState
from workflow.notifications import notification_text

S = ReferralState


@pytest.fixture(autouse=True)
def fresh_form_classes():
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


def referral_of(world, state):
    return referral_in(
        state,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )


def told(kind: str) -> set:
    return set(
        Notification.objects.filter(kind=kind).values_list("recipient", flat=True)
    )


def test_the_orientation_interview_tells_the_manager_and_the_social_worker(world):
    referral = referral_of(world, S.ORIENTATION_PLANNED)
    colleague = staff_member(Role.SOCIAL_WORKER, antenna=world.antenna["a"])
    other_manager = staff_member(Role.PROGRAMME_MANAGER, cpas=world.cpas["a"])
    page = simple_form(world.programme["a"], "orientation_interview")
    response = send_form(
        world.client("a", Role.COACH),
        page,
        referral.participant,
        f"?referral={referral.pk}",
    )
    assert response.status_code == 201, response.content
    assert told(ORIENTATION_TO_DECIDE) == {world.user("a", Role.PROGRAMME_MANAGER).pk}
    assert told(ORIENTATION_SENT) == {world.user("a", Role.SOCIAL_WORKER).pk}
    everyone = set(Notification.objects.values_list("recipient", flat=True))
    assert world.user("a", Role.COACH).pk not in everyone  # she sent it
    assert colleague.user.pk not in everyone  # not the one who referred
    assert other_manager.user.pk not in everyone  # another programme
    assert world.user("b", Role.PROGRAMME_MANAGER).pk not in everyone
    note = Notification.objects.get(kind=ORIENTATION_TO_DECIDE)
    with translation.override("en"):
        text = notification_text(note)
    assert referral.participant.first_name in text
    assert "Yours to decide next" in text
    assert referral.participant.last_name not in text


def test_the_final_evaluation_tells_the_social_worker_only(world):
    referral = referral_of(world, S.IN_PROGRESS)
    page = simple_form(world.programme["a"], "final_evaluation")
    response = send_form(
        world.client("a", Role.COACH),
        page,
        referral.participant,
        f"?referral={referral.pk}",
    )
    assert response.status_code == 201, response.content
    assert told(FINAL_EVALUATION_SENT) == {world.user("a", Role.SOCIAL_WORKER).pk}
    assert Notification.objects.count() == 1


def test_other_forms_and_a_repeated_send_tell_nobody_again(world):
    referral = referral_of(world, S.IN_PROGRESS)
    coach = world.client("a", Role.COACH)
    plan = simple_form(world.programme["a"], "competency_grid")
    send_form(coach, plan, referral.participant, f"?referral={referral.pk}")
    assert not Notification.objects.exists()
    page = simple_form(world.programme["a"], "final_evaluation")
    same = {"client_uuid": "6f1d3a52-54c5-4a36-8d55-1b44c0ad4a11"}
    for _twice in range(2):
        send_form(coach, page, referral.participant, f"?referral={referral.pk}", **same)
    assert Notification.objects.count() == 1


def test_the_manager_who_sends_the_interview_herself_is_not_told(world):
    referral = referral_of(world, S.ORIENTATION_PLANNED)
    page = simple_form(world.programme["a"], "orientation_interview")
    send_form(
        world.client("a", Role.PROGRAMME_MANAGER),
        page,
        referral.participant,
        f"?referral={referral.pk}",
    )
    assert told(ORIENTATION_TO_DECIDE) == set()
    assert told(ORIENTATION_SENT) == {world.user("a", Role.SOCIAL_WORKER).pk}
