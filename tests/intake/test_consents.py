"""Consents (issue #12, scope 5): recorded with each referral form and each
survey that names the person, with the exact text and its version, who and
when; withdrawn from her page by the team that sees her, with a reason; the
consent to be contacted stops the reminders when withdrawn."""

from __future__ import annotations

import pytest
from django.urls import reverse

from intake.consents import consent_give
from intake.models import (
    AccessAction,
    AccessLog,
    ConsentPurpose,
    ConsentRecord,
    ConsentSource,
    ContactChannel,
)
from intake.roles import Role
from tests.factories import staff_member
from tests.intake.consent_fixtures import CONSENT_TEXT, referral_sent
from tests.surveys.interview_fixtures import client_of, english

pytestmark = pytest.mark.django_db


def withdraw_url(record) -> str:
    return reverse("participant_consents:withdraw", args=[record.pk])


def contact_url(participant) -> str:
    return reverse("participant_consents:contact", args=[participant.pk])


def test_sending_a_referral_records_the_consent_text_version_and_who(world):
    sent = referral_sent(world)
    record = ConsentRecord.objects.get()
    assert record.participant == sent.participant
    assert record.purpose == ConsentPurpose.REFERRAL
    assert record.source == ConsentSource.REFERRAL_FORM
    assert record.text == CONSENT_TEXT and record.version == "v1"
    assert record.recorded_by == world.user("a", Role.SOCIAL_WORKER)
    assert record.given_at == sent.referral.submission.submitted_at
    assert record.active


def test_a_changed_text_is_a_new_version_even_under_the_same_label(world):
    sent = referral_sent(world)
    first = ConsentRecord.objects.get()
    changed = consent_give(
        participant=sent.participant,
        purpose=ConsentPurpose.REFERRAL,
        text=CONSENT_TEXT + " Et à la commune.",
        version="v1",
        source=ConsentSource.INTERVIEW,
    )
    assert changed.text_hash != first.text_hash
    assert changed.version_label != first.version_label
    assert first.version_label.startswith("v1 · ")


def test_her_page_shows_the_consent_history_and_is_logged(world):
    sent = referral_sent(world)
    coach = english(world.client("a", Role.COACH))
    page = coach.get(reverse("participant:inspect", args=[sent.participant.pk]))
    content = page.content.decode()
    assert page.status_code == 200
    assert "Consents" in content and CONSENT_TEXT in content
    assert "Version v1 · " in content and "Withdraw…" in content
    assert AccessLog.objects.filter(
        action=AccessAction.VIEW_RECORD, participant=sent.participant
    ).exists()


def test_the_social_worker_withdraws_a_consent_with_a_reason(world):
    sent = referral_sent(world)
    record = ConsentRecord.objects.get()
    worker = english(world.client("a", Role.SOCIAL_WORKER))

    form = worker.get(withdraw_url(record))
    assert form.status_code == 200 and CONSENT_TEXT in form.content.decode()
    without_reason = worker.post(withdraw_url(record), {"reason": " "})
    assert without_reason.status_code == 200
    assert ConsentRecord.objects.get().active

    done = worker.post(withdraw_url(record), {"reason": "Elle ne veut plus."})

    assert done.status_code == 302
    record.refresh_from_db()
    assert record.withdrawn_at is not None
    assert record.withdrawn_by == world.user("a", Role.SOCIAL_WORKER)
    assert record.withdrawal_reason == "Elle ne veut plus."
    logged = AccessLog.objects.filter(participant=sent.participant)
    assert logged.filter(action=AccessAction.CONSENT_WITHDRAWN).count() == 1
    assert logged.filter(action=AccessAction.VIEW_RECORD).exists()  # the form
    page = worker.get(reverse("participant:inspect", args=[sent.participant.pk]))
    assert "Elle ne veut plus." in page.content.decode()


def test_withdrawing_the_consent_to_be_contacted_stops_the_reminders(world):
    sent = referral_sent(world)
    coach = english(world.client("a", Role.COACH))
    refused = coach.post(contact_url(sent.participant), {"consent": "yes"})
    assert refused.status_code == 200  # which channel?

    coach.post(contact_url(sent.participant), {"consent": "yes", "channel": "sms"})

    sent.participant.refresh_from_db()
    assert sent.participant.contact_consent is True
    assert sent.participant.contact_channel == ContactChannel.SMS
    assert sent.participant.contact_consent_changed_at is not None
    record = ConsentRecord.objects.get(purpose=ConsentPurpose.CONTACT)
    assert "SMS" in record.text or "sms" in record.text
    assert record.recorded_by == world.user("a", Role.COACH)

    coach.post(withdraw_url(record), {"reason": "Plus de SMS, merci."})

    sent.participant.refresh_from_db()
    assert sent.participant.contact_consent is False
    assert not ConsentRecord.objects.active().filter(purpose="contact").exists()


def test_saying_no_on_the_contact_page_withdraws_with_the_reason(world):
    sent = referral_sent(world)
    worker = world.client("a", Role.SOCIAL_WORKER)
    worker.post(contact_url(sent.participant), {"consent": "yes", "channel": "email"})
    assert worker.post(contact_url(sent.participant), {"consent": "no"}).status_code
    assert ConsentRecord.objects.active().filter(purpose="contact").exists()

    worker.post(contact_url(sent.participant), {"consent": "no", "reason": "Stop"})

    sent.participant.refresh_from_db()
    assert sent.participant.contact_consent is False
    record = ConsentRecord.objects.get(purpose="contact")
    assert record.withdrawal_reason == "Stop" and not record.active


@pytest.mark.parametrize(
    "stranger",
    [
        ("b", Role.SOCIAL_WORKER),
        ("b", Role.COACH),
        ("b", Role.CPAS_ADMIN),
        ("b", Role.PROGRAMME_MANAGER),
        "other antenna",
        "other programme",
    ],
)
def test_nobody_else_sees_or_withdraws_her_consents(world, stranger):
    sent = referral_sent(world)
    record = ConsentRecord.objects.get()
    if stranger == "other antenna":
        user = staff_member(Role.SOCIAL_WORKER, cpas=world.cpas["a"]).user
    elif stranger == "other programme":
        user = staff_member(Role.COACH, cpas=world.cpas["a"]).user
    else:
        user = world.user(*stranger)
    client = client_of(user)
    for url in (withdraw_url(record), contact_url(sent.participant)):
        assert client.get(url).status_code == 404
        assert client.post(url, {"reason": "x", "consent": "no"}).status_code == 404
    page = client.get(reverse("participant:inspect", args=[sent.participant.pk]))
    assert page.status_code == 404
    record.refresh_from_db()
    sent.participant.refresh_from_db()
    assert record.active and record.withdrawal_reason == ""


def test_a_visitor_is_sent_to_log_in(client, world):
    referral_sent(world)
    record = ConsentRecord.objects.get()
    response = client.post(withdraw_url(record), {"reason": "x"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert ConsentRecord.objects.get().active
