"""A background export's owner finds it in her bell, live in her open tabs; the
notice and its link are hers alone."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from exchange.models import ExportJob
from intake.roles import Role
from tests.exchange.helpers import csv_of, export_url
from tests.factories import ParticipantFactory
from tests.surveys.interview_fixtures import english
from workflow import live
from workflow.models import EmailFrequency, Notification, NotificationPreference
from workflow.notifications import send_daily_digests


class RecordingLayer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict]] = []

    async def group_send(self, group: str, message: dict) -> None:
        self.sent.append((group, message))


@pytest.fixture
def layer(monkeypatch) -> RecordingLayer:
    recording = RecordingLayer()
    monkeypatch.setattr(live, "get_channel_layer", lambda: recording)
    return recording


@pytest.fixture
def exported(settings, tmp_path, world, django_capture_on_commit_callbacks):
    """The CPAS administrator of "a" asks for a large export: its job, done."""
    settings.EXCHANGE_BACKGROUND_ROWS = 2
    settings.EXCHANGE_JOBS_INLINE = True
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    for name in ("Amina", "Bilal", "Chiara"):
        ParticipantFactory(antenna=world.antenna["a"], first_name=name)
    profile = UserProfile.get_for_user(world.user("a", Role.CPAS_ADMIN))
    profile.preferred_language = "en"  # her bell speaks English
    profile.save()
    admin = world.client("a", Role.CPAS_ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        assert admin.get(export_url("participants", format="csv")).status_code == 302
    return ExportJob.objects.get()


def test_the_owner_sees_the_ready_export_in_her_bell_and_it_leads_to_the_file(
    world, layer, exported
):
    owner = world.user("a", Role.CPAS_ADMIN)
    admin = english(world.client("a", Role.CPAS_ADMIN))
    link = reverse("exchange:download", args=[exported.token])
    sentence = f"Your export {exported.filename} is ready."

    # Pushed live to her own tabs, and only to hers.
    pushes = [(group, message) for group, message in layer.sent]
    assert [group for group, _message in pushes] == [live.user_group(owner.pk)]
    assert pushes[0][1]["notification"]["url"] == link

    polled = admin.get(reverse("notifications:poll")).json()
    assert polled["unread"] == 1
    [notice] = polled["notifications"]
    assert notice["text"] == sentence and notice["url"] == link
    assert notice["referral"] is None

    page = admin.get(reverse("notifications:index")).content.decode()
    assert sentence in page

    row = Notification.objects.get(recipient=owner)
    opened = admin.post(
        reverse("notifications:mark_read", args=[row.pk]), {"next": "referral"}
    )
    assert opened.status_code == 302 and opened.url == link
    rows = csv_of(admin.get(link))
    assert sorted(row[0] for row in rows[1:]) == ["Amina", "Bilal", "Chiara"]


@pytest.mark.parametrize(
    "who", [("a", Role.PROGRAMME_MANAGER), ("a", Role.COACH), ("b", Role.CPAS_ADMIN)]
)
def test_nobody_else_sees_the_notice_nor_opens_its_link(world, exported, who):
    other = world.client(*who)
    polled = other.get(reverse("notifications:poll")).json()
    assert polled["notifications"] == [] and polled["unread"] == 0
    assert (
        "Your export" not in other.get(reverse("notifications:index")).content.decode()
    )
    notice = Notification.objects.get()
    assert (
        other.post(reverse("notifications:mark_read", args=[notice.pk])).status_code
        == 404
    )
    link = reverse("exchange:download", args=[exported.token])
    assert other.get(link).status_code == 404


def test_the_e_mail_is_sent_once_and_no_digest_repeats_it(world, exported, mailoutbox):
    assert len(mailoutbox) == 1
    assert send_daily_digests() == 0
    assert len(mailoutbox) == 1


def test_who_wants_no_e_mail_still_finds_it_in_her_bell(
    settings, tmp_path, world, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EXCHANGE_BACKGROUND_ROWS = 0
    settings.EXCHANGE_JOBS_INLINE = True
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    ParticipantFactory(antenna=world.antenna["a"], first_name="Amina")
    owner = world.user("a", Role.CPAS_ADMIN)
    NotificationPreference.objects.create(user=owner, email=EmailFrequency.NEVER)
    admin = world.client("a", Role.CPAS_ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        admin.get(export_url("participants", format="xlsx"))
    assert mailoutbox == []
    [notice] = admin.get(reverse("notifications:poll")).json()["notifications"]
    assert notice["url"] == reverse(
        "exchange:download", args=[ExportJob.objects.get().token]
    )
