"""The demo: every programme's path as the guide describes it, and one
participant along each, with steps done, one next and (in Liège, Brussels and
Charleroi) one overdue; seeding twice changes nothing."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from paths.models import PathStep, ProgrammePath
from paths.progress import referral_progress
from surveys.models import FormKind
from workflow.models import Referral

pytestmark = pytest.mark.django_db

#: Each demo participant's steps, in the path's order.
EXPECTED = {
    "mod-actions": (
        "Rawan",
        ["done", "overdue", "done", "done", "next", "later", "later"],
    ),
    "move-up": ("Aklilu", ["done", "overdue", "done", "next"]),
    "amie": ("Parwana", ["done", "done", "done", "done", "next", "later"]),
    "interactief": ("Liban", ["done", "done", "done", "next", "later"]),
    "activ-up": ("Oksana", ["done", "done", "overdue", "later", "later"]),
}


@pytest.fixture(autouse=True)
def development_machine(settings):
    settings.DEBUG = True  # demo accounts need a developer's machine


def test_each_demo_programme_s_path_and_its_participant():
    call_command("seed_demo")
    steps = PathStep.objects.count()
    call_command("seed_demo")
    assert PathStep.objects.count() == steps
    assert ProgrammePath.objects.count() == 5

    for slug, (first_name, statuses) in EXPECTED.items():
        referral = Referral.objects.get(
            programme__slug=slug, participant__first_name=first_name
        )
        progress = referral_progress(referral)
        assert [each.status for each in progress.steps] == statuses, slug

    liege = referral_progress(
        Referral.objects.get(
            programme__slug="mod-actions", participant__first_name="Rawan"
        )
    )
    interviews, contract = liege.steps[1], liege.steps[4]
    assert (interviews.count, interviews.step.times) == (5, 6)
    assert contract.name == "Signature du PIIS"
    assert contract.step.form.kind == FormKind.CONTRACT
    schema = contract.step.form.published_version.form_schema
    assert schema.question("participant_signature").definition.name == "signature"
    amie = ProgrammePath.objects.get(programme__slug="amie")
    assert [step.phase for step in amie.steps.all() if step.phase] == [
        "launch",
        "intermediate",
        "final",
    ]
