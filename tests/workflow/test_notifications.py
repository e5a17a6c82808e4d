"""Every transition notifies the referrer's antenna (and, on submission, the
programme's coaches): rows in the transaction, e-mail per preference."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction

from intake.roles import Role
from tests.factories import referral_in, staff_member
from workflow.models import (
    EmailFrequency,
    Notification,
    NotificationPreference,
    ReferralState,
)
from workflow.notifications import notification_text
from workflow.services import transition

S = ReferralState


@pytest.fixture
def submitted(world):
    return referral_in(
        S.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )


def test_the_antenna_hears_when_a_coach_picks_the_referral_up(world, submitted):
    colleague = staff_member(Role.SOCIAL_WORKER, antenna=world.antenna["a"])
    elsewhere = staff_member(Role.SOCIAL_WORKER, cpas=world.cpas["a"])  # other antenna
    transition(submitted, "start_review", world.user("a", Role.COACH))
    recipients = set(Notification.objects.values_list("recipient", flat=True))
    assert recipients == {world.user("a", Role.SOCIAL_WORKER).pk, colleague.user.pk}
    assert elsewhere.user.pk not in recipients
    note = Notification.objects.first()
    assert (note.source, note.target, note.actor) == (
        S.SUBMITTED,
        S.IN_REVIEW,
        world.user("a", Role.COACH),
    )


def test_coaches_hear_about_a_new_referral_and_nobody_about_their_own_move(world):
    referral = referral_in(
        S.RETURNED_FOR_INFORMATION,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    from tests.factories import submission_for

    referral.submission = submission_for(referral, "referral")
    referral.save(update_fields=["submission"])
    transition(referral, "resubmit", world.user("a", Role.SOCIAL_WORKER))
    recipients = set(Notification.objects.values_list("recipient", flat=True))
    assert world.user("a", Role.COACH).pk in recipients
    assert world.user("a", Role.SOCIAL_WORKER).pk not in recipients  # she did it
    assert world.user("b", Role.COACH).pk not in recipients


def test_a_rolled_back_transition_leaves_no_notification(world, submitted):
    with pytest.raises(RuntimeError), transaction.atomic():
        transition(submitted, "start_review", world.user("a", Role.COACH))
        raise RuntimeError("the request failed later")
    assert not Notification.objects.exists()


def test_the_text_is_in_the_recipients_language_with_a_first_name_only(
    world, submitted
):
    from django.utils import translation

    transition(
        submitted, "reject", world.user("a", Role.PROGRAMME_MANAGER), reason="Trop loin"
    )
    note = Notification.objects.get(recipient=world.user("a", Role.SOCIAL_WORKER))
    participant = submitted.participant
    with translation.override("en"):
        text = notification_text(note)
    assert participant.first_name in text
    assert participant.last_name not in text
    assert "Refused" in text and "Trop loin" in text
    with translation.override("nl"):
        assert "Geweigerd" in notification_text(note)


def test_immediate_e_mail_after_commit_and_never_means_never(
    world, submitted, django_capture_on_commit_callbacks
):
    worker = world.user("a", Role.SOCIAL_WORKER)
    worker.email = "worker@a.test"
    worker.save()
    NotificationPreference.objects.create(user=worker, email=EmailFrequency.IMMEDIATELY)
    with django_capture_on_commit_callbacks(execute=True):
        reviewed = transition(submitted, "start_review", world.user("a", Role.COACH))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["worker@a.test"]
    assert submitted.participant.last_name not in message.body
    assert submitted.participant.first_name in message.body
    NotificationPreference.objects.filter(user=worker).update(
        email=EmailFrequency.NEVER
    )
    with django_capture_on_commit_callbacks(execute=True):
        transition(
            reviewed,
            "return_for_information",
            world.user("a", Role.COACH),
            reason="Adresse ?",
        )
    call_command("send_notification_digest")
    assert len(mail.outbox) == 1


def test_the_daily_digest_sends_what_is_unread_once(world, submitted):
    worker = world.user("a", Role.SOCIAL_WORKER)
    worker.email = "worker@a.test"
    worker.save()
    reviewed = transition(submitted, "start_review", world.user("a", Role.COACH))
    transition(
        reviewed,
        "return_for_information",
        world.user("a", Role.COACH),
        reason="Adresse ?",
    )
    call_command("send_notification_digest")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.count(submitted.participant.first_name) == 2
    call_command("send_notification_digest")
    assert len(mail.outbox) == 1
