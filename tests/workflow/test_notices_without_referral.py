"""A notice about no referral (an export is ready): its own sentence and link
in the bell's payload, the notifications page and the daily digest."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from intake.roles import Role
from workflow.models import Notification
from workflow.notifications import (
    notices_create,
    notification_text,
    payload,
    send_daily_digests,
    with_relations,
)

KIND = "export_ready"  # registered by the exchange app
LINK = "/admin/exchange/files/a-token/"


@pytest.fixture
def notice(world, django_capture_on_commit_callbacks) -> Notification:
    owner = world.user("a", Role.PROGRAMME_MANAGER)
    with django_capture_on_commit_callbacks(execute=True):
        [row] = notices_create(
            referral=None,
            kind=KIND,
            recipients=[owner],
            actor=owner,
            reason="participants.csv",
            link=LINK,
        )
    return with_relations(Notification.objects.filter(pk=row.pk)).get()


def test_its_sentence_and_link_are_its_own(notice):
    with translation.override("en"):
        assert notification_text(notice) == "Your export participants.csv is ready."
    data = payload(notice)
    assert data["url"] == LINK and data["referral"] is None
    assert str(notice).endswith(KIND)


def test_the_page_and_the_digest_show_it(world, notice, mailoutbox):
    client = world.client("a", Role.PROGRAMME_MANAGER)
    page = client.get(reverse("notifications:index"))
    assert page.status_code == 200
    assert f'data-notification="{notice.pk}"' in page.content.decode()
    assert send_daily_digests() == 1
    assert LINK in mailoutbox[0].body
    assert "participants.csv" in mailoutbox[0].subject


def test_a_notice_about_no_referral_needs_a_link(world):
    owner = world.user("a", Role.PROGRAMME_MANAGER)
    with pytest.raises(ValueError):
        notices_create(referral=None, kind=KIND, recipients=[owner], actor=owner)
