"""The "Forms" menu leads a form's editor to the editor, and everyone to the
answers (issue #13: it led only to the answers)."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from surveys.models import FormPage
from tests.factories import form_page, question
from tests.logins import mark_verified
from tests.surveys.interview_fixtures import english

FORMS_URL = reverse("surveys_submissions:forms")


def a_form(world) -> FormPage:
    return form_page(
        world.programme["a"],
        [question("singleline", "Prénom", "first_name")],
        kind="orientation_interview",
        title="Entretien AMIE",
    )


def test_an_editor_opens_the_editor_and_the_answers_from_the_list(
    world, django_user_model
):
    form = a_form(world)
    editor = Client()
    superuser = django_user_model.objects.create_superuser(
        "editor", "e@example.org", "pw"
    )
    editor.force_login(superuser)
    mark_verified(editor, superuser)
    markup = english(editor).get(FORMS_URL).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(form.pk,)) in markup
    assert reverse("surveys_submissions:index", args=(form.pk,)) in markup
    assert "See the answers" in markup
