"""The notifications page, the polling fallback and the e-mail preference."""

import pytest
from django import forms
from django.urls import reverse

from intake.roles import Role
from tests.factories import referral_in
from workflow.models import (
    EmailFrequency,
    Notification,
    NotificationPreference,
    ReferralState,
)
from workflow.services import transition


@pytest.fixture
def notified(world):
    referral = referral_in(
        ReferralState.SUBMITTED,
        programme=world.programme["a"],
        antenna=world.antenna["a"],
        referred_by=world.user("a", Role.SOCIAL_WORKER),
    )
    referral = transition(referral, "start_review", world.user("a", Role.COACH))
    transition(
        referral,
        "return_for_information",
        world.user("a", Role.COACH),
        reason="Adresse ?",
    )
    return referral


def test_polling_gives_what_came_after_an_id_and_the_unread_count(world, notified):
    worker = world.client("a", Role.SOCIAL_WORKER)
    first = Notification.objects.filter(
        recipient=world.user("a", Role.SOCIAL_WORKER)
    ).order_by("pk")[0]
    data = worker.get(reverse("notifications:poll") + f"?after={first.pk}").json()
    assert [row["target"] for row in data["notifications"]] == [
        "returned_for_information"
    ]
    assert data["unread"] == 2
    assert data["latest"] > first.pk


def test_the_page_lists_unread_first_and_marks_read(world, notified):
    worker = world.client("a", Role.SOCIAL_WORKER)
    mine = Notification.objects.filter(recipient=world.user("a", Role.SOCIAL_WORKER))
    oldest = mine.order_by("pk").first()
    worker.post(reverse("notifications:mark_read", args=[oldest.pk]))
    page = worker.get(reverse("notifications:index")).content.decode()
    assert page.index("notification--unread") < page.index(
        f'data-notification="{oldest.pk}"'
    )
    worker.post(reverse("notifications:mark_all_read"))
    assert not mine.filter(read_at=None).exists()


def test_opening_a_notification_leads_to_the_referral(world, notified):
    worker = world.client("a", Role.SOCIAL_WORKER)
    row = Notification.objects.filter(
        recipient=world.user("a", Role.SOCIAL_WORKER)
    ).first()
    response = worker.post(
        reverse("notifications:mark_read", args=[row.pk]), {"next": "referral"}
    )
    assert response["Location"] == reverse("referrals:detail", args=[notified.pk])


def test_nobody_reads_or_marks_another_persons_notification(world, notified):
    row = Notification.objects.filter(
        recipient=world.user("a", Role.SOCIAL_WORKER)
    ).first()
    for key, role in [("a", Role.COACH), ("b", Role.SOCIAL_WORKER)]:
        client = world.client(key, role)
        assert (
            client.post(reverse("notifications:mark_read", args=[row.pk])).status_code
            == 404
        )
        data = client.get(reverse("notifications:poll") + "?after=0").json()
        assert row.pk not in [n["id"] for n in data["notifications"]]
    row.refresh_from_db()
    assert row.read_at is None


def test_the_e_mail_preference_is_set_on_my_account(world):
    worker = world.client("a", Role.SOCIAL_WORKER)
    page = worker.get(reverse("wagtailadmin_account"))
    assert "referral_emails-email" in page.content.decode()
    form = page.context["panels_by_tab"]
    data = {}
    for _tab, panels in form.items():
        for panel in panels:
            bound = panel.get_form()
            for name, field in bound.fields.items():
                if isinstance(field, forms.FileField):
                    continue
                value = bound.initial.get(name, field.initial)
                if value is not None and value is not False:
                    data[f"{bound.prefix}-{name}"] = value
    data["referral_emails-email"] = EmailFrequency.IMMEDIATELY
    response = worker.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 302, response.content.decode()[:500]
    preference = NotificationPreference.objects.get(
        user=world.user("a", Role.SOCIAL_WORKER)
    )
    assert preference.email == EmailFrequency.IMMEDIATELY
