"""What the submissions' admin tests share: an interview form, sending it, the
URLs of its screens and reading its exports."""

from __future__ import annotations

import csv
import io

from django.urls import reverse
from openpyxl import load_workbook

from surveys.models import FormPage, Submission
from tests.factories import (
    choices,
    form_page,
    question,
)
from tests.surveys.interview_fixtures import (
    matrix,
    relabelled,
)


def amie_interview(world) -> FormPage:
    """A French interview form with one question of most types (AMIE)."""
    attitudes = {"punctual": "Ponctuel", "polite": "Poli"}
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question("likert", "Comment allez-vous ?", "mood", points="5"),
            question("yes_no", "Êtes-vous motivé ?", "motivated"),
            question(
                "checkboxes",
                "Pourquoi ?",
                "why",
                required=False,
                choices=choices(("friends", "Des amis"), ("language", "La langue")),
            ),
            matrix("Attitude", "attitude", attitudes, required=False, points="5"),
            question("country", "Pays d'origine", "origin", required=False),
            question("languages", "Langues parlées", "spoken", required=False),
            question("action_plan", "Plan d'action", "plan", required=False),
            question("multiline", "Remarques", "notes", required=False),
            question("consent", "Accord", "consent", text="J'accepte.", version="v1"),
        ],
        title="Entretien AMIE",
    )


def send(client, page: FormPage, **answers) -> Submission:
    page = FormPage.objects.get(pk=page.pk)
    version = page.published_version
    data = {"form_version": version.pk, **answers}
    if "consent" in version.form_schema.keys:
        data.setdefault("consent", "on")
    response = client.post(page.url, data)
    assert response.status_code == 200, response.content.decode()[:2000]
    return Submission.objects.order_by("-pk").first()


def publish_changed(page: FormPage, *, rename: dict[str, str], drop: set[str]):
    """What a manager does in the editor: rename questions, remove some, publish."""
    relabelled(FormPage.objects.get(pk=page.pk), rename, drop=drop)


def content(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def page_urls(page: FormPage, submission: Submission) -> list[str]:
    def url(name, *args):
        return reverse(f"surveys_submissions:{name}", args=(page.pk, *args))

    return [
        url("index"),
        url("index_results"),
        url("summary"),
        url("detail", submission.pk),
        url("index") + "?export=csv",
        url("index") + "?export=xlsx",
    ]


def csv_rows(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def xlsx_rows(response) -> list[list]:
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def referral_form(world) -> FormPage:
    """A referral form: a name and a reason to choose."""
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Nom", "name"),
            question(
                "radio",
                "Motif",
                "reason",
                choices=choices(("language", "Langue"), ("work", "Travail")),
            ),
        ],
        kind="referral",
        title="Orientation",
    )
