"""What the team sees: the list of reminders with their state, the policy
(its managers only), a session moved in the admin, the WhatsApp link; and what
nobody outside the programme or the CPAS sees."""

import datetime

import pytest
from django.urls import reverse

from groups.recurrence import BRUSSELS
from intake.roles import Role
from reminders.backends import sms
from reminders.models import Reminder, ReminderKind, ReminderPolicy
from reminders.services.sending import reminders_run
from tests.factories import PASSWORD, ProgrammeFactory, staff_member
from tests.groups.test_group_admin import client_for
from tests.reminders.helpers import reachable, reminded_team, session_in

pytestmark = pytest.mark.django_db


def test_the_coach_sees_sent_and_skipped_reminders_with_the_reason():
    setting = reminded_team(people=2)
    reachable(setting.people[1], phone="12")
    session_in(setting, hours=2)
    reminders_run()

    page = client_for(setting.coach).get(reverse("reminders:index")).content.decode()

    assert "Not a valid phone number" in page
    assert "Sent" in page
    assert str(setting.people[0]) in page and str(setting.people[1]) in page


def test_another_programme_s_coach_sees_none_of_them():
    setting = reminded_team()
    session_in(setting, hours=2)
    reminders_run()
    row = Reminder.objects.get()
    other = ProgrammeFactory(cpas=setting.programme.cpas)
    outsider = staff_member(Role.COACH, cpas=other.cpas, programmes=[other]).user
    client = client_for(outsider)

    page = client.get(reverse("reminders:index")).content.decode()

    assert str(setting.people[0]) not in page
    assert client.get(reverse("reminders:inspect", args=[row.pk])).status_code == 404


def test_a_manager_sets_her_programme_s_policy_and_no_other_cpas_s_manager_can():
    setting = reminded_team()
    policy = ReminderPolicy.objects.get()
    url = reverse("reminder_policies:edit", args=[policy.pk])
    data = {
        "programme": setting.programme.pk,
        "enabled": "on",
        "offsets": "48, 3",
        "notify_changes": "on",
    }

    response = client_for(setting.manager).post(url, data)

    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.hours == [48, 3]

    elsewhere = ProgrammeFactory()
    stranger = staff_member(
        Role.PROGRAMME_MANAGER, cpas=elsewhere.cpas, programmes=[elsewhere]
    ).user
    client = client_for(stranger)
    assert client.get(url).status_code == 404
    assert client.post(url, {**data, "offsets": "1"}).status_code == 404
    index = client.get(reverse("reminder_policies:index")).content.decode()
    assert setting.programme.name not in index
    policy.refresh_from_db()
    assert policy.hours == [48, 3]


def test_the_coach_cannot_change_the_policy():
    setting = reminded_team()
    policy = ReminderPolicy.objects.get()
    response = client_for(setting.coach).get(
        reverse("reminder_policies:edit", args=[policy.pk])
    )
    assert response.status_code in (302, 403, 404)


def test_a_nonsense_offset_is_refused_with_a_message():
    setting = reminded_team()
    policy = ReminderPolicy.objects.get()
    response = client_for(setting.manager).post(
        reverse("reminder_policies:edit", args=[policy.pk]),
        {"programme": setting.programme.pk, "enabled": "on", "offsets": "soon"},
    )
    assert response.status_code == 200
    assert "between 1 and 168" in response.content.decode()


def test_a_session_moved_in_the_admin_tells_its_people(
    django_capture_on_commit_callbacks,
):
    setting = reminded_team()
    session = session_in(setting, hours=30)
    later = (session.starts_at + datetime.timedelta(days=2)).astimezone(BRUSSELS)
    data = {
        "kind": "group_session",
        "title": "",
        "programme": setting.programme.pk,
        "group": setting.group.pk,
        "starts_at": later.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (later + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
        "place": session.place,
        "coach": "",
        "participant": "",
        "support": "",
        "support_language": "",
        "notes": "",
        "cancel_reason": "",
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(setting.coach).post(
            reverse("sessions:edit", args=[session.pk]), data
        )
    reminders_run()

    assert response.status_code == 302
    assert Reminder.objects.get().kind == ReminderKind.MOVED
    ((_to, body),) = sms.outbox
    assert later.strftime("%d/%m/%Y %H:%M") in body


def test_the_session_page_offers_the_whatsapp_text_in_its_people_s_languages():
    setting = reminded_team(people=2)
    reachable(setting.people[1], preferred_language="ar")
    session = session_in(setting, hours=30)

    page = (
        client_for(setting.coach)
        .get(reverse("sessions:inspect", args=[session.pk]))
        .content.decode()
    )

    assert page.count('href="https://wa.me/?text=') == 2
    assert 'lang="ar" dir="rtl"' in page
    assert setting.people[0].first_name not in page.split("wa.me")[1]


def test_nobody_rewrites_a_reminder_s_state(django_user_model):
    setting = reminded_team()
    session_in(setting, hours=2)
    reminders_run()
    row = Reminder.objects.get()
    operator = django_user_model.objects.create_superuser(
        username="operator", email="operator@example.org", password=PASSWORD
    )
    client = client_for(operator)

    response = client.post(
        reverse("reminders:edit", args=[row.pk]), {"state": "pending"}
    )

    assert response.status_code in (302, 403)
    row.refresh_from_db()
    assert row.state == "sent"
    assert client.get(reverse("reminders:inspect", args=[row.pk])).status_code == 200
