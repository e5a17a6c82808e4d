"""What the groups' browser tests share: a Move Up!-like programme (21 hours a
week) with a group of three, a session today, its coach, manager and the social
worker who referred them, all reading the admin in English."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from groups.models import Enrolment
from groups.services.enrolments import enrolment_create
from tests.groups.factories import Team, team


@dataclass
class GroupSetting:
    team: Team
    session: object

    def register_path(self) -> str:
        with translation.override("en"):
            return reverse("registers:register", args=[self.session.pk])


def in_english(*users) -> None:
    for user in users:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()


def group_setting() -> GroupSetting:
    setting = team(weekly_hours_target=21, name="Move Up!", slug="move-up")
    setting.group.name = "Débutants"
    setting.group.starts_on = timezone.localdate() - datetime.timedelta(days=30)
    setting.group.save()
    names = [("Amina", "Haddad"), ("Yonas", "Tesfay"), ("Olena", "Kovalenko")]
    for first, last in names:
        referral = setting.refer(first_name=first, last_name=last)
        enrolment = enrolment_create(
            group=setting.group, referral=referral, user=setting.coach
        )
        Enrolment.objects.filter(pk=enrolment.pk).update(
            enrolled_on=setting.group.starts_on
        )
        setting.people.append(referral.participant)
    session = setting.session(day=timezone.localdate(), hour=9, hours=3.5)
    in_english(setting.coach, setting.manager, setting.worker)
    return GroupSetting(team=setting, session=session)


def register_state(page) -> str:
    return page.get_attribute("#register", "data-state") or ""


def wait_for_register(page, *states: str, timeout: float = 15_000) -> None:
    selector = ", ".join(f"#register[data-state='{state}']" for state in states)
    page.wait_for_selector(selector, timeout=timeout)


def kept_registers(page) -> list[dict]:
    return page.evaluate(
        """() => new Promise((resolve) => {
            const open = indexedDB.open('registers');
            open.onsuccess = () => {
                const store = open.result.transaction('saves').objectStore('saves');
                const all = store.getAll();
                all.onsuccess = () => resolve(all.result);
            };
            open.onerror = () => resolve([]);
        })"""
    )
