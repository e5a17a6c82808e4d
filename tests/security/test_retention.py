"""Retention per programme (issue #12, scope 5): the command's dry run lists who
is due and changes nothing; the real run anonymises them, keeping the counts."""

from __future__ import annotations

import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from intake.models import AccessAction, AccessLog, Participant
from intake.pseudonyms import pseudonym
from intake.roles import Role
from tests.factories import referral_in
from workflow.models import Referral, TransitionLog


def ended(world, state: str, years_ago: float):
    referral = referral_in(
        state,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    log = TransitionLog.objects.create(
        referral=referral,
        action="end",
        source="in_progress",
        target=state,
        actor=world.user("a", Role.COACH),
    )
    TransitionLog.objects.filter(pk=log.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=365.25 * years_ago)
    )
    return referral.participant


def run(*args) -> str:
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def test_dry_run_lists_then_the_run_anonymises_past_the_programmes_period(world):
    world.programme["a"].retention_years = 5
    world.programme["a"].save()
    old = ended(world, "completed", years_ago=6)
    recent = ended(world, "completed", years_ago=2)
    ongoing = referral_in(
        "in_progress",
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    ).participant
    names = {p.pk: p.last_name for p in (old, recent, ongoing)}

    listed = run("--dry-run")
    assert pseudonym(old.pk) in listed and "1 would be anonymised." in listed
    assert pseudonym(recent.pk) not in listed and pseudonym(ongoing.pk) not in listed
    assert names[old.pk] not in listed  # no name in the command's output
    old.refresh_from_db()
    assert old.last_name == names[old.pk]

    assert "1 anonymised." in run()
    for participant in (old, recent, ongoing):
        participant.refresh_from_db()
    assert old.last_name != names[old.pk]
    assert recent.last_name == names[recent.pk]
    assert ongoing.last_name == names[ongoing.pk]
    assert Participant.objects.count() == 3 and Referral.objects.count() == 3
    assert AccessLog.objects.filter(
        action=AccessAction.RETENTION, participant=old
    ).exists()
    assert "0 would be anonymised." in run("--dry-run")  # done once
