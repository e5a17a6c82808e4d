"""A manager builds a form in the Wagtail admin, it is filled in the browser, then
she changes it: the old submission still shows every answer."""

from __future__ import annotations

import pytest
from django.urls import reverse

from intake.roles import Role
from surveys.models import FormPage, Submission
from tests.browser.conftest import log_in
from tests.factories import PASSWORD, ProgrammeFactory, programme_page, staff_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def add_block(page, label: str) -> None:
    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def publish(page) -> None:
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[name='action-publish']").click()
    page.wait_for_load_state()


def refusal(page) -> str:
    """What the editor says is wrong, and the values it got back."""
    errors = page.locator(".error-message, .help-critical").all_inner_texts()
    values = page.evaluate(
        """() => Array.from(document.querySelectorAll('#w-editor-form [name]'))
            .filter(e => /title|slug|label|-(key|field|values)$/.test(e.name))
            .map(e => e.name + '=' + e.value)"""
    )
    return f"errors: {errors}\nvalues: {values}"


def eventually(read, timeout: float = 10.0):
    """What ``read()`` gives once it is truthy (the server thread may still be
    finishing the request the browser already shows)."""
    import time

    deadline = time.monotonic() + timeout
    value = read()
    while not value and time.monotonic() < deadline:
        time.sleep(0.2)
        value = read()
    return value


@pytest.fixture
def manager(db):
    from wagtail.users.models import UserProfile

    programme = ProgrammeFactory(name="Move Up!", slug="move-up")
    parent = programme_page(programme)
    member = staff_member(
        Role.PROGRAMME_MANAGER, cpas=programme.cpas, programmes=[programme]
    )
    profile = UserProfile.get_for_user(member.user)
    profile.preferred_language = "en"
    profile.save()
    return member.user, parent


# One user story, told in order: build a form, fill it, change it, read the old answers.
def test_build_fill_change_and_the_old_answers_stay(live_server, new_context, manager):
    user, parent = manager
    admin = new_context().new_page()
    log_in(admin, live_server, user.username, PASSWORD)

    # 1. Build: a yes/no, a smiley scale, a page break, a conditional question.
    admin.goto(f"{live_server.url}/admin/pages/add/surveys/formpage/{parent.pk}/")
    admin.fill("#id_title", "Weekly follow-up")
    admin.select_option("#id_kind", "follow_up")
    add_block(admin, "Yes / no")
    admin.fill("input[name='form_fields-0-value-label']", "Do you feel welcome?")
    add_block(admin, "Smiley scale")
    admin.fill("input[name='form_fields-1-value-label']", "How do you feel?")
    add_block(admin, "Page break")
    admin.fill("input[name='form_fields-2-value-title']", "Tell us more")
    add_block(admin, "Multi-line text")
    admin.fill("input[name='form_fields-3-value-label']", "What could be better?")
    admin.click(
        "button[aria-controls='block_group-form_fields-3-value-show_if-content']"
    )
    admin.fill("input[name='form_fields-3-value-show_if-field']", "do_you_feel_welcome")
    admin.select_option("select[name='form_fields-3-value-show_if-operator']", "equals")
    admin.fill("input[name='form_fields-3-value-show_if-values']", "no")
    publish(admin)
    assert "published" in admin.locator(".messages").inner_text(), refusal(admin)
    form = FormPage.objects.get(title="Weekly follow-up")
    assert eventually(lambda: form.versions.count()) == 1
    assert form.versions.get().number == 1

    # 2. Fill it in the browser, on a tablet.
    tablet = new_context(
        viewport={"width": 768, "height": 1024}, has_touch=True
    ).new_page()
    log_in(tablet, live_server, user.username, PASSWORD)
    tablet.goto(f"{live_server.url}{form.url}")
    better = tablet.locator("[data-question='what_could_be_better']")
    tablet.locator("label:has(input[name='do_you_feel_welcome'][value='yes'])").click()
    tablet.locator("label:has(input[name='how_do_you_feel'][value='4'])").click()
    tablet.click("[data-next]")
    # Welcome: the follow-up question is hidden, so the step has nothing to ask.
    assert not better.is_visible()
    tablet.click("[data-back]")
    tablet.locator("label:has(input[name='do_you_feel_welcome'][value='no'])").click()
    tablet.click("[data-next]")
    assert better.is_visible()
    tablet.fill("textarea[name='what_could_be_better']", "More Arabic at the desk")
    tablet.click("[data-send]")
    tablet.wait_for_selector("[role='status']")
    submission = Submission.objects.get()
    assert submission.answers == {
        "do_you_feel_welcome": "no",
        "how_do_you_feel": 4,
        "what_could_be_better": "More Arabic at the desk",
    }

    # 3. The manager sees it.
    admin.goto(
        f"{live_server.url}{reverse('surveys_submissions:index', args=[form.pk])}"
    )
    assert (
        "More Arabic at the desk" in admin.content()
        or admin.locator("a[href*='/submission']").count()
    )
    detail_url = reverse("surveys_submissions:detail", args=[form.pk, submission.pk])
    admin.goto(f"{live_server.url}{detail_url}")
    before = admin.locator("main").inner_text()
    assert "How do you feel?" in before and "What could be better?" in before

    # 4. She renames a question and removes another, and publishes.
    admin.goto(f"{live_server.url}/admin/pages/{form.pk}/edit/")
    admin.fill("input[name='form_fields-1-value-label']", "How are you today?")
    block = admin.locator(
        "[data-contentpath] >> input[name='form_fields-3-value-label']"
    )
    block.locator("xpath=ancestor::*[@data-streamfield-child][1]").get_by_role(
        "button", name="Delete"
    ).click()
    publish(admin)
    assert eventually(lambda: form.versions.count() == 2)
    assert (
        "what_could_be_better"
        not in form.versions.order_by("-number")[0].form_schema.keys
    )

    # 5. The old submission still shows both questions and every answer.
    admin.goto(f"{live_server.url}{detail_url}")
    after = admin.locator("main").inner_text()
    assert "How are you today?" in after
    assert "What could be better?" in after
    assert "More Arabic at the desk" in after
