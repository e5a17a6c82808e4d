"""Fixtures of the follow-up tests: programme A of the world with a follow-up
plan (an interview at 3 and 6 months) and a referral near its end."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from followups.models import FollowUpStep
from intake.roles import Role
from surveys.builder import _FORM_CLASSES
from tests.factories import referral_in
from tests.workflow.form_sending import simple_form
from workflow.models import ReferralState


@pytest.fixture(autouse=True)
def fresh_form_classes():
    """Form classes are cached by version id, which a rolled-back test reuses."""
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


@dataclass
class Plan:
    form: object
    referral: object


@pytest.fixture
def plan(world) -> Plan:
    programme = world.programme["a"]
    form = simple_form(programme, "follow_up", "Suivi après le parcours")
    for months in (3, 6):
        FollowUpStep.objects.create(programme=programme, months_after=months, form=form)
    referral = referral_in(
        ReferralState.IN_PROGRESS,
        programme=programme,
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    return Plan(form=form, referral=referral)
