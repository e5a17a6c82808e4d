"""Nothing leaves for third parties: every request a staff page and a
participant page make goes to the platform's own address, and the
Content-Security-Policy blocks nothing the pages need."""

from __future__ import annotations

import pytest

from home.services import cpas_page_group_sync
from intake.roles import Role
from tests.browser.conftest import log_in
from tests.factories import PASSWORD, ProgrammeFactory, programme_page, staff_member
from tests.surveys.participant_surveys.survey_helpers import (
    invite,
    satisfaction_form,
    survey_url,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def recorder(context, live_server):
    """Every request the pages of ``context`` make, and every CSP complaint."""
    requests: list[str] = []
    refused: list[str] = []
    context.on("request", lambda request: requests.append(request.url))

    def console(message):
        if "Content Security Policy" in message.text:
            refused.append(message.text)

    context.on("console", console)
    context.on("page", lambda page: page.on("console", console))
    return requests, refused


def elsewhere(requests: list[str], live_server) -> list[str]:
    return [
        url
        for url in requests
        if not url.startswith((live_server.url + "/", "data:", "blob:"))
    ]


def test_a_staff_page_asks_nothing_from_another_site(new_context, live_server):
    programme = ProgrammeFactory(name="Mod'Actions", slug="modactions")
    page = programme_page(programme)
    manager = staff_member(
        Role.PROGRAMME_MANAGER, cpas=programme.cpas, programmes=[programme]
    )
    cpas_page_group_sync(cpas=programme.cpas)
    context = new_context()
    requests, refused = recorder(context, live_server)
    tab = context.new_page()
    log_in(tab, live_server, manager.user.username, PASSWORD)
    tab.wait_for_load_state("networkidle")
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    tab.wait_for_load_state("networkidle")
    assert tab.locator("#id_title").count() == 1
    assert requests, "the recorder saw the pages"
    assert elsewhere(requests, live_server) == []
    assert refused == []


def test_a_participant_page_asks_nothing_from_another_site(new_context, live_server):
    form = satisfaction_form(ProgrammeFactory(name="Move Up!", slug="move-up"))
    _invitation, token = invite(form, max_uses=5)
    context = new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    requests, refused = recorder(context, live_server)
    tab = context.new_page()
    tab.goto(f"{live_server.url}{survey_url(token)}")
    tab.wait_for_load_state("networkidle")
    assert tab.locator("form").count() > 0
    assert elsewhere(requests, live_server) == []
    assert refused == []
