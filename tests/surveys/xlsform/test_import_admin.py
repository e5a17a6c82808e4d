"""The import page from the outside: preview writes nothing, confirming creates
the form and its translations, and only the programme's managers may."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from home.services import cpas_page_group_sync
from intake.roles import Role
from surveys.models import FormPage
from tests.factories import programme_page
from tests.surveys.interview_fixtures import english
from tests.surveys.xlsform.xlsforms import three_languages

URL = "/admin/xlsform/import/"


def upload(client, programme, data=None, **extra):
    return english(client).post(
        URL,
        {
            "programme": programme.pk,
            "kind": "participant_satisfaction",
            "title": "",
            "file": SimpleUploadedFile("satisfaction.xlsx", data or three_languages()),
            **extra,
        },
    )


@pytest.fixture
def manager(world):
    """Programme A's manager, who edits and publishes its pages."""
    for key in ("a", "b"):
        programme_page(world.programme[key])
        cpas_page_group_sync(cpas=world.cpas[key])
    return world.client("a", Role.PROGRAMME_MANAGER)


def test_the_preview_shows_what_will_come_and_writes_nothing(world, manager):
    response = upload(manager, world.programme["a"])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Êtes-vous content ?" in html
    assert "rank" in html and "Not carried over" in html
    assert FormPage.objects.count() == 0


def test_confirming_creates_the_form_and_its_translations(
    world, manager, django_capture_on_commit_callbacks
):
    token = upload(manager, world.programme["a"]).context["token"]
    with django_capture_on_commit_callbacks(execute=True):
        response = manager.post(URL, {"token": token})
    page = FormPage.objects.get(locale__language_code="fr")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.live and page.programme == world.programme["a"]
    assert page.title == "Satisfaction"
    dutch = FormPage.objects.get(
        translation_key=page.translation_key, locale__language_code="nl"
    )
    schema = dutch.published_version.form_schema
    assert schema.question("happy").label == "Ben je tevreden?"
    assert schema.question("liked").options["choices"][0] == ["cooking", "Koken"]
    assert schema.keys == page.published_version.form_schema.keys
    english = FormPage.objects.get(
        translation_key=page.translation_key, locale__language_code="en"
    )
    assert english.published_version.form_schema.question("age").label == "Your age"


def test_a_preview_is_used_once_and_only_by_its_session(world, manager):
    token = upload(manager, world.programme["a"]).context["token"]
    other = world.client("a", Role.PROGRAMME_MANAGER)
    assert other.post(URL, {"token": token}).status_code == 302
    assert FormPage.objects.count() == 0
    manager.post(URL, {"token": token})
    manager.post(URL, {"token": token})
    assert FormPage.objects.filter(locale__language_code="fr").count() == 1


def test_only_the_programme_s_managers_may_import(world, manager):
    assert world.client("a", Role.COACH).get(URL).status_code == 404
    assert world.client("a", Role.SOCIAL_WORKER).get(URL).status_code == 404
    other_cpas = world.client("b", Role.PROGRAMME_MANAGER)
    response = upload(other_cpas, world.programme["a"])
    assert response.status_code == 400
    assert FormPage.objects.count() == 0


def test_a_manager_without_the_right_to_publish_gets_nothing(world, manager):
    user = world.user("a", Role.PROGRAMME_MANAGER)
    token = upload(manager, world.programme["a"]).context["token"]
    user.groups.remove(*Group.objects.filter(name__startswith="Page editors"))
    response = english(manager).post(URL, {"token": token}, follow=True)
    assert "You may not publish" in response.content.decode()
    assert FormPage.objects.count() == 0


def test_a_refused_file_says_why_and_creates_nothing(world, manager):
    response = upload(manager, world.programme["a"], data=b"%PDF nothing")
    assert response.status_code == 400
    assert "not a spreadsheet" in response.content.decode()
    assert FormPage.objects.count() == 0
