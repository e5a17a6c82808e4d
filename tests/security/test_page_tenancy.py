"""The page tree from the outside: a manager of one CPAS gets 404 on another
CPAS's pages in the explorer, the page chooser and the move pages, and does not
see their titles in the lists; her own pages work as before."""

from __future__ import annotations

import pytest
from django.test import Client

from home.services import cpas_page_group_sync
from intake.roles import Role
from tests.factories import home_page, programme_page
from tests.logins import log_in, operator

pytestmark = pytest.mark.django_db

LIEGE_TITLE = "Programme Liege"


@pytest.fixture
def pages(world):
    """Programme pages: ``a`` plays Liège, ``b`` plays Gent."""
    world.programme["a"].name = LIEGE_TITLE
    world.programme["a"].save()
    own = {key: programme_page(world.programme[key]) for key in ("a", "b")}
    for key in ("a", "b"):
        cpas_page_group_sync(cpas=world.cpas[key])
    return own


def admin_urls(page, elsewhere) -> list[str]:
    return [
        f"/admin/pages/{page.pk}/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/move/",
        f"/admin/pages/{page.pk}/move/{elsewhere.pk}/confirm/",
        f"/admin/pages/{elsewhere.pk}/move/{page.pk}/confirm/",
        f"/admin/pages/{page.pk}/copy/",
        f"/admin/pages/{page.pk}/delete/",
        f"/admin/pages/add/home/programmepage/{page.pk}/",
        f"/admin/choose-page/{page.pk}/",
    ]


@pytest.mark.parametrize(
    "role", [Role.PROGRAMME_MANAGER, Role.CPAS_ADMIN, Role.COACH, Role.SOCIAL_WORKER]
)
def test_another_cpass_pages_answer_404(world, pages, role):
    client = world.client("b", role)
    for url in admin_urls(pages["a"], pages["b"]):
        assert client.get(url).status_code == 404, url


def test_another_cpass_titles_are_not_listed(world, pages):
    client = world.client("b", Role.PROGRAMME_MANAGER)
    home = home_page()
    for url in (
        f"/admin/pages/{home.pk}/",
        "/admin/choose-page/",
        f"/admin/choose-page/{home.pk}/",
        f"/admin/choose-page/search/?q={LIEGE_TITLE[:3]}",
        f"/admin/pages/search/?q={LIEGE_TITLE[:3]}",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert "Liege" not in response.content.decode(), url
    listing = client.get(f"/admin/pages/{home.pk}/", follow=True).content.decode()
    assert "Programme B" in listing  # her own page is there


def test_the_own_cpas_pages_still_work(world, pages):
    client = world.client("a", Role.PROGRAMME_MANAGER)
    assert client.get(f"/admin/pages/{pages['a'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/choose-page/{home_page().pk}/").status_code == 200
    chooser = client.get(f"/admin/choose-page/{home_page().pk}/").content.decode()
    assert LIEGE_TITLE in chooser


def test_the_operator_sees_every_cpas_pages(world, pages):
    client = log_in(Client(), operator())
    for page in pages.values():
        assert client.get(f"/admin/pages/{page.pk}/").status_code == 200
