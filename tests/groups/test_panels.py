"""The participant's page shows her groups, next sessions, attendance and hours,
to her team and to the social worker of her antenna."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.groups.factories import team
from tests.groups.helpers import take_register
from tests.groups.test_group_admin import client_for

pytestmark = pytest.mark.django_db


def test_her_team_and_her_social_worker_see_groups_sessions_attendance_and_hours():
    setting = team(weekly_hours_target=Decimal("21"))
    (amina,) = setting.enrol(1)
    today = timezone.localdate()
    past = setting.session(
        day=today - datetime.timedelta(days=1), hours=3, title="Hier"
    )
    take_register(setting, past, {amina: "late"}, missed={amina: 30})
    setting.session(day=today + datetime.timedelta(days=2), title="Bientôt")
    for user in (setting.coach, setting.worker):
        for name in ("participant:inspect", "participant:edit"):
            response = client_for(user).get(reverse(name, args=[amina.pk]))
            if response.status_code == 302:
                continue  # a social worker may not edit
            text = response.content.decode()
            assert "Groups and attendance" in text, (user, name)
            assert setting.group.name in text
            assert "Bientôt" in text
            assert "Late" in text
            assert "2.5 h" in text
            assert "21.0 h" in text


def test_no_panel_for_someone_without_groups():
    setting = team()
    referral = setting.refer("submitted")
    text = (
        client_for(setting.coach)
        .get(reverse("participant:inspect", args=[referral.participant.pk]))
        .content.decode()
    )
    assert "Groups and attendance" not in text
