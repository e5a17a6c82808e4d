"""The editor's autosave keeps a draft whose new question is not finished yet
(Wagtail saves drafts as the manager types); publishing that form still says
what is missing."""

from __future__ import annotations

import json
from html import unescape

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.services import cpas_page_group_sync
from intake.roles import Role
from surveys.models import FormPage
from tests.factories import form_page, programme_page, question
from tests.surveys.interview_fixtures import english

NO_CONDITION = {"field": "", "operator": "equals", "values": ""}


def block(label: str, key: str, show_if: dict = NO_CONDITION) -> dict:
    """A single-line question as the editor posts it."""
    return {
        "label": label,
        "key": key,
        "help_text": "",
        "required": "on",
        "show_if": show_if,
        "sensitive": "",
        "max_length": "255",
    }


def edit_data(page: FormPage, questions: list[tuple[str, dict]], **actions) -> dict:
    """What the page editor posts: the form's fields, its questions (the first
    ones being the page's own blocks, with their ids), an action."""
    stream = streamfield(questions)
    for index, child in enumerate(page.form_fields):
        stream[str(index)]["id"] = child.id
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "kind": page.kind,
            "intro": rich_text(""),
            "form_fields": stream,
            "thank_you_text": rich_text(""),
            "comments": {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0"},
            **actions,
        }
    )


#: The form as it is while the manager adds questions: one empty, one whose
#: condition names a question still to come, one whose key repeats another's.
UNFINISHED = [
    ("singleline", block("Prénom", "name")),
    ("singleline", block("", "")),
    (
        "singleline",
        block(
            "Pourquoi ?", "why", {"field": "reason", "operator": "equals", "values": ""}
        ),
    ),
    ("singleline", block("Nom", "name")),
]


@pytest.fixture
def setting(world):
    programme_page(world.programme["a"])
    cpas_page_group_sync(cpas=world.cpas["a"])
    page = form_page(world.programme["a"], [question("singleline", "Prénom", "name")])
    return page, english(world.client("a", Role.PROGRAMME_MANAGER))


def test_autosave_keeps_the_unfinished_questions_in_the_draft(setting):
    page, manager = setting
    response = manager.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, UNFINISHED),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    assert response.json()["success"] is True
    page = FormPage.objects.get(pk=page.pk)
    draft = page.get_latest_revision_as_object()
    labels = [child.value["label"] for child in draft.form_fields]
    assert labels == ["Prénom", "", "Pourquoi ?", "Nom"]
    # What participants fill is untouched: the published form asks one question.
    assert [spec.key for spec in page.get_form_fields()] == ["name"]
    assert page.versions.count() == 1


def says(html: str, message: str) -> bool:
    """Whether the editor shows ``message`` (the StreamField's errors come as
    JSON in an attribute, drawn by its script)."""
    return message in html or json.dumps(message)[1:-1] in unescape(html)


def publish(manager, page, questions):
    return manager.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, questions, **{"action-publish": "action-publish"}),
    )


def test_publishing_the_unfinished_form_says_what_is_missing(setting):
    page, manager = setting
    html = publish(manager, page, UNFINISHED).content.decode()
    assert "The page could not be saved due to validation errors" in html
    assert "This field is required." in html
    # The empty question filled in: what is left is said, question by question.
    filled = [UNFINISHED[0], ("singleline", block("Âge", "")), *UNFINISHED[2:]]
    response = publish(manager, page, filled)
    assert response.status_code == 200
    html = response.content.decode()
    assert says(html, "“Pourquoi ?”: the condition refers to “reason”")
    assert says(html, "“Nom”: the key “name” is used twice.")
    assert page.versions.count() == 1
    assert FormPage.objects.get(pk=page.pk).live_revision_id == page.live_revision_id
