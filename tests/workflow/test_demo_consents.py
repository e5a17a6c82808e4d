"""The demo's people who agree to be contacted have that consent recorded, so
their page does not say "No consent recorded yet" next to "She agrees to be
contacted"."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from intake.consents import contact_consent_text
from intake.demo.seed import DEMO_PASSWORD, demo_email
from intake.models import (
    ConsentPurpose,
    ConsentRecord,
    ConsentSource,
    ContactChannel,
    Membership,
    Participant,
)
from intake.roles import Role
from tests.logins import log_in
from tests.surveys.interview_fixtures import english

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def development_machine(settings):
    # pytest-django runs with DEBUG off; demo accounts need a developer's machine.
    settings.DEBUG = True


def test_a_demo_person_who_agrees_to_be_contacted_has_her_consent_recorded():
    call_command("seed_demo")
    worker = Membership.objects.filter(
        user__username=demo_email("liege", Role.SOCIAL_WORKER)
    )[0].user
    person = Participant.objects.filter(antenna=worker.membership.antenna)[0]
    # Her record says she agrees (as a database seeded before consents were
    # recorded does), with no consent behind it.
    Participant.objects.filter(pk=person.pk).update(
        contact_consent=True, contact_channel=ContactChannel.EMAIL
    )
    assert not person.consents.exists()

    call_command("seed_demo")
    call_command("seed_demo")  # seeding again records nothing more

    record = ConsentRecord.objects.get(participant=person)
    assert record.purpose == ConsentPurpose.CONTACT and record.active
    assert record.source == ConsentSource.PARTICIPANT_PAGE
    assert record.text == contact_consent_text(ContactChannel.EMAIL)
    others = Participant.objects.exclude(pk=person.pk)
    assert not ConsentRecord.objects.filter(participant__in=others).exists()

    client = english(log_in(Client(), worker, DEMO_PASSWORD))
    page = client.get(reverse("participant:inspect", args=[person.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "She agrees to be contacted" in text
    assert "No consent recorded yet" not in text
    assert "Reminders and messages by SMS or e-mail" in text
