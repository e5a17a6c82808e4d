"""Liège's PIIS contract (projet individualisé d'intégration sociale), signed
on the tablet: its rights and duties explained, the agreed goals, and the
participant's signature. The path's contract step is done when it is sent
signed."""

from __future__ import annotations

from wagtail.models import Page

from surveys.demo.draft import question
from surveys.models import FormKind, FormPage

CONTRACT_SLUG = "piis-contract"

CONTRACT_FIELDS = [
    question(
        "multiline",
        "agreed_goals",
        "Objectifs convenus pour le parcours",
        help_text="Repris du plan d'action, avec les mots de la personne.",
    ),
    question(
        "checkbox",
        "rights_explained",
        "Les droits et obligations du PIIS ont été expliqués (avec un interprète "
        "si nécessaire)",
    ),
    question(
        "signature",
        "participant_signature",
        "Signature de la personne",
        help_text="La personne signe sur la tablette, avec le doigt ou le stylet.",
    ),
]


def contract_form(programme_page: Page) -> FormPage:
    """The contract form under the programme's page, created and published
    once (a manager may change it afterwards)."""
    existing = (
        FormPage.objects.child_of(programme_page).filter(slug=CONTRACT_SLUG).first()
    )
    if existing is not None:
        return existing
    page = FormPage(
        title="Contrat PIIS",
        slug=CONTRACT_SLUG,
        kind=FormKind.CONTRACT,
        intro=(
            "<p>Le projet individualisé d'intégration sociale (PIIS) est signé "
            "après la semaine d'essai : il reprend les objectifs du plan d'action "
            "et les droits et obligations de chacun.</p>"
        ),
        form_fields=CONTRACT_FIELDS,
        thank_you_text="<p>Le contrat est signé et enregistré.</p>",
    )
    programme_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
