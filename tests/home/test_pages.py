"""The public pages, in French, Dutch and English."""

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", "--no-accounts")


def test_the_root_sends_a_visitor_to_her_language(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl-BE,nl;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Activation sociale des primo-arrivants"),
        ("nl", "Sociale activering van nieuwkomers"),
        ("en", "Social activation of newcomers"),
    ],
)
def test_the_home_page_in_each_language_lists_the_five_programmes(
    client, demo, language, title
):
    response = client.get(f"/{language}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="ltr">' in page
    assert f"<h1>{title}</h1>" in page
    for name in ("AMIE", "Interactief!", "Activ Up!", "Move Up!"):
        assert name in page
    assert "Mod&#x27;Actions" in page


def test_a_programme_page_shows_its_description_and_facts(client, demo):
    page = client.get("/nl/move-up/").content.decode()
    assert "<h1>Move Up!</h1>" in page
    assert "CPAS de Bruxelles" in page
    assert "15" in page  # at most 15 people per group
    french = client.get("/fr/move-up/").content.decode()
    assert french != page
    # Language switcher links every translation.
    for language in ("fr", "nl", "en"):
        assert f'href="/{language}/move-up/"' in page


def test_an_unknown_page_is_a_friendly_404(client, demo):
    response = client.get("/fr/nowhere/")
    assert response.status_code == 404
