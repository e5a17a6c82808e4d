"""The lists' *Export* menu: its links export the rows the list shows, as
filtered; those who may not export see no menu and the URL refuses them."""

from __future__ import annotations

import html
import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from groups.models import Attendance, Presence
from intake.roles import Role
from surveys.models import Submission
from tests.exchange.helpers import csv_of, export_url
from tests.factories import ParticipantFactory, form_page, question, referral_in
from tests.groups.factories import GroupFactory, SessionFactory
from tests.logins import PASSWORD, log_in
from tests.surveys.interview_fixtures import english

EXPORT_LINK = re.compile(r'href="([^"]+)"[^>]*data-cpas-export-format="(\w+)"')


def export_links(response) -> dict[str, str]:
    """The menu's links by format (none: no menu)."""
    assert response.status_code == 200, response.status_code
    page = response.content.decode()
    return {
        export_format: html.unescape(url)
        for url, export_format in EXPORT_LINK.findall(page)
    }


@pytest.fixture
def referrals(world):
    """Two referrals of antenna "a" to programme "a", one in review."""
    made = {}
    for state in ("submitted", "in_review"):
        referral = referral_in(
            state,
            programme=world.programme["a"],
            antenna=world.antenna["a"],
            referred_by=world.user("a", Role.SOCIAL_WORKER),
        )
        referral.participant.last_name = f"Zed-{state}"
        referral.participant.save()
        made[state] = referral
    return made


def shown_names(response, names) -> list[str]:
    page = response.content.decode()
    return sorted(name for name in names if name in page)


def test_the_social_workers_list_exports_the_rows_it_shows(world, referrals):
    worker = english(world.client("a", Role.SOCIAL_WORKER))
    listing = worker.get(reverse("referrals:index"), {"state": "in_review"})
    names = ["Zed-submitted", "Zed-in_review"]
    assert shown_names(listing, names) == ["Zed-in_review"]

    links = export_links(listing)
    assert sorted(links) == ["csv", "json", "xlsx"]
    rows = csv_of(worker.get(links["csv"]))
    assert [row[2] for row in rows[1:]] == ["Zed-in_review"]


def test_the_coachs_inbox_exports_its_own_filters(world, referrals):
    coach = english(world.client("a", Role.COACH))
    listing = coach.get(reverse("referrals:inbox"), {"state": "submitted"})
    names = ["Zed-submitted", "Zed-in_review"]
    assert shown_names(listing, names) == ["Zed-submitted"]

    link = export_links(listing)["csv"]
    assert "list=inbox" in link and "state=submitted" in link
    rows = csv_of(coach.get(link))
    assert [row[2] for row in rows[1:]] == ["Zed-submitted"]


def test_the_participants_list_exports_its_search(world):
    for name in ("Amina", "Bilal"):
        ParticipantFactory(antenna=world.antenna["a"], first_name=name)
    ParticipantFactory(antenna=world.antenna["b"], first_name="Amina-b")
    admin = english(world.client("a", Role.CPAS_ADMIN))
    listing = admin.get(reverse("participant:index"), {"q": "amina"})
    assert shown_names(listing, ["Amina", "Bilal"]) == ["Amina"]

    rows = csv_of(admin.get(export_links(listing)["csv"]))
    assert [row[0] for row in rows[1:]] == ["Amina"]


def test_a_forms_submissions_export_their_language_filter(world):
    page = form_page(world.programme["a"], [question("singleline", "Nom", "name")])
    english_locale = Locale.objects.get_or_create(language_code="en")[0]
    for locale, name in ((page.locale, "Français"), (english_locale, "English")):
        Submission.objects.create(
            version=page.versions.get(),
            translation_key=page.translation_key,
            programme=world.programme["a"],
            locale=locale,
            answers={"name": name},
        )
    admin = english(world.client("a", Role.CPAS_ADMIN))
    listing = admin.get(
        reverse("surveys_submissions:index", args=[page.pk]), {"language": "en"}
    )
    assert shown_names(listing, ["Français", "English"]) == ["English"]

    rows = csv_of(admin.get(export_links(listing)["csv"]))
    assert [row[-1] for row in rows[1:]] == ["English"]


def test_a_groups_attendance_is_exported_by_its_team_only(world):
    group = GroupFactory(programme=world.programme["a"], name="Groupe A")
    session = SessionFactory(group=group, programme=world.programme["a"])
    other = SessionFactory(
        group=GroupFactory(programme=world.programme["a"], name="Groupe B"),
        programme=world.programme["a"],
    )
    for each, name in ((session, "PresentA"), (other, "PresentB")):
        Attendance.objects.create(
            session=each,
            participant=ParticipantFactory(antenna=world.antenna["a"], last_name=name),
            status=Presence.PRESENT,
            minutes=120,
        )
    coach = english(world.client("a", Role.COACH))
    links = export_links(coach.get(reverse("groups:inspect", args=[group.pk])))
    rows = csv_of(coach.get(links["csv"]))
    assert [row[4] for row in rows[1:]] == ["PresentA"]

    # A social worker keeps no register: no menu, and the URL is not for her.
    worker = world.client("a", Role.SOCIAL_WORKER)
    page = worker.get(reverse("groups:inspect", args=[group.pk]))
    assert page.status_code in (302, 404) or export_links(page) == {}
    assert worker.get(links["csv"]).status_code == 404


def test_who_has_no_place_in_a_cpas_sees_no_menu_and_may_not_export(
    world, django_user_model
):
    editor = django_user_model.objects.create_user("editor", "e@example.org", PASSWORD)
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_participant"),
    )
    client = log_in(Client(), editor)
    # She may open the (empty) list of participants, without a menu.
    assert export_links(client.get(reverse("participant:index"))) == {}
    for kind in ("participants", "referrals", "attendance"):
        assert client.get(export_url(kind, format="csv")).status_code == 404


def test_the_admin_menu_offers_the_attendance_export_to_its_team_only(world):
    url = reverse("exchange:export", args=["attendance"])
    home = reverse("wagtailadmin_home")
    assert url in world.client("a", Role.COACH).get(home).content.decode()
    assert url not in world.client("a", Role.SOCIAL_WORKER).get(home).content.decode()
