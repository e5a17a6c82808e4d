"""Consents in each person's rights (issue #12, scope 5): her access export
(JSON and the readable page) holds her consents; erasure and retention keep
them counted, with their texts and dates, but blank the reasons she gave and
end her consent to be contacted."""

from __future__ import annotations

import datetime
import json
from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from intake.consents import consent_withdraw, contact_consent_set
from intake.models import ConsentPurpose, ConsentRecord, Participant
from intake.roles import Role
from reminders.backends import sms
from reminders.models import Reminder, SkipReason
from reminders.services.sending import reminders_run
from tests.intake.consent_fixtures import CONSENT_TEXT, referral_sent
from tests.logins import log_in
from tests.reminders.conftest import quiet_backends  # noqa: F401 (autouse here)
from tests.reminders.helpers import reminded_team, session_in
from tests.security.test_retention import ended
from workflow.referrals import participant_merge


def with_consents(world) -> Participant:
    """Her referral's consent, withdrawn with a reason, and her consent to be
    contacted by SMS, standing."""
    sent = referral_sent(world)
    coach = world.user("a", Role.COACH)
    consent_withdraw(
        record=ConsentRecord.objects.get(), by=coach, reason="Son mari ne veut pas."
    )
    contact_consent_set(
        participant=sent.participant, consent=True, channel="sms", by=coach
    )
    return sent.participant


def test_her_access_export_holds_her_consents(world):
    participant = with_consents(world)
    client = world.client("a", Role.CPAS_ADMIN)
    url = reverse("participant_rights:record", args=[participant.pk])

    record = json.loads(client.get(url + "?format=json").content)
    page = client.get(url).content.decode()

    consents = record["intake.ConsentRecord"]
    assert {c["purpose"] for c in consents} == {"referral", "contact"}
    referral = next(c for c in consents if c["purpose"] == "referral")
    assert referral["text"] == CONSENT_TEXT and referral["version"] == "v1"
    assert referral["withdrawal_reason"] == "Son mari ne veut pas."
    assert referral["given_at"] and referral["withdrawn_at"]
    assert CONSENT_TEXT in page and "Son mari ne veut pas." in page


def test_another_cpas_administrator_cannot_export_her_consents(world):
    participant = with_consents(world)
    client = world.client("b", Role.CPAS_ADMIN)
    url = reverse("participant_rights:record", args=[participant.pk])
    assert client.get(url + "?format=json").status_code == 404


def test_erasure_keeps_her_consents_counted_and_blanks_her_reasons(world):
    participant = with_consents(world)
    client = world.client("a", Role.CPAS_ADMIN)

    client.post(reverse("participant_rights:erase", args=[participant.pk]))

    consents = ConsentRecord.objects.filter(participant=participant)
    assert consents.count() == 2
    assert set(consents.values_list("withdrawal_reason", flat=True)) == {""}
    assert consents.get(purpose="referral").text == CONSENT_TEXT
    assert not consents.active().filter(purpose=ConsentPurpose.CONTACT).exists()
    participant.refresh_from_db()
    assert participant.contact_consent is False


def test_retention_anonymises_her_consents_as_erasure_does(world):
    world.programme["a"].retention_years = 5
    world.programme["a"].save()
    old = ended(world, "completed", years_ago=6)
    contact_consent_set(
        participant=old,
        consent=True,
        channel="email",
        by=world.user("a", Role.COACH),
    )
    consent_withdraw(
        record=ConsentRecord.objects.get(participant=old),
        by=world.user("a", Role.COACH),
        reason="Déménage à Namur.",
    )
    call_command("apply_retention", "--dry-run", stdout=StringIO())
    assert ConsentRecord.objects.get(participant=old).withdrawal_reason

    call_command("apply_retention", stdout=StringIO())

    record = ConsentRecord.objects.get(participant=old)
    assert record.withdrawal_reason == "" and record.given_at < timezone.now()
    assert record.withdrawn_at - record.given_at < datetime.timedelta(days=1)


def test_merging_a_person_recorded_twice_keeps_both_consents(world):
    participant = with_consents(world)
    twin = Participant.objects.create(
        cpas=participant.cpas,
        antenna=participant.antenna,
        first_name="Amina",
        last_name="Hadad",
        date_of_birth=participant.date_of_birth,
    )
    contact_consent_set(
        participant=twin, consent=True, channel="email", by=world.user("a", Role.COACH)
    )

    participant_merge(keep=participant, duplicate=twin)

    assert ConsentRecord.objects.filter(participant=participant).count() == 3


def test_a_consent_to_be_contacted_withdrawn_on_her_page_stops_her_reminders(db):
    setting = reminded_team(people=2)
    session_in(setting, hours=3)
    person = setting.people[0]
    contact_consent_set(participant=person, consent=True, channel="sms", by=None)
    record = ConsentRecord.objects.get(participant=person)
    worker = log_in(Client(), setting.worker)  # her antenna's social worker

    response = worker.post(
        reverse("participant_consents:withdraw", args=[record.pk]),
        {"reason": "Ne veut plus de SMS."},
    )

    assert response.status_code == 302
    reminders_run()
    assert len(sms.outbox) == 1  # the other person only
    skipped = Reminder.objects.get(participant=person)
    assert skipped.reason == SkipReason.NO_CONSENT
