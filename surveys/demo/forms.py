"""Seed each programme's forms: the guide's forms, in the programme's language.

Idempotent the simple way: a form whose slug already exists under the programme's
page is left as it is, since a manager may have changed it (and a published
question's key must never move). Only missing forms are created and published;
publishing freezes version 1 (:mod:`surveys.signals`).
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from wagtail.models import Page

from intake.demo.seed import Demo
from intake.models import Programme
from surveys.demo.assessments import competency_grid, language_placement
from surveys.demo.draft import FormDraft, Writer
from surveys.demo.interview import orientation_interview
from surveys.demo.plan import action_plan, final_evaluation
from surveys.demo.questionnaire import strengths_obstacles_dreams
from surveys.demo.referral import referral_form
from surveys.demo.satisfaction import participant_satisfaction, referrer_satisfaction
from surveys.demo.translations import seed_form_translations
from surveys.models import FormPage

Draft = Callable[[Writer, Programme], FormDraft]

#: The forms every programme has, in the order of a participant's path.
COMMON_FORMS: tuple[Draft, ...] = (
    referral_form,
    orientation_interview,
    strengths_obstacles_dreams,
    action_plan,
    participant_satisfaction,
    referrer_satisfaction,
    final_evaluation,
)

#: Forms only one programme uses (by programme slug), after the common ones.
PROGRAMME_FORMS: dict[str, tuple[Draft, ...]] = {
    "interactief": (competency_grid,),
    "move-up": (language_placement,),
}


def form_drafts(programme: Programme) -> list[FormDraft]:
    """The forms of ``programme``, written in its CPAS's working language."""
    w = Writer(programme.cpas.default_language)
    drafts = (*COMMON_FORMS, *PROGRAMME_FORMS.get(programme.slug, ()))
    return [draft(w, programme) for draft in drafts]


def form_makers(programme: Programme) -> dict[str, Draft]:
    """The function that writes each form of ``programme``, by the form's slug."""
    w = Writer(programme.cpas.default_language)
    drafts = (*COMMON_FORMS, *PROGRAMME_FORMS.get(programme.slug, ()))
    return {draft(w, programme).slug: draft for draft in drafts}


def seed_forms(demo: Demo) -> None:
    """The ``surveys`` step of the demo (:mod:`workflow.demo`): each programme's
    forms, written in its CPAS's language, under that language's page, and
    translated (:mod:`surveys.demo.translations`)."""
    for item in demo.programmes:
        programme = item.programme
        pages = demo.programme_pages[programme.pk]
        forms = seed_programme_forms(pages[programme.cpas.default_language])
        seed_form_translations(programme, forms, form_makers(programme))


@transaction.atomic
def seed_programme_forms(programme_page: Page) -> list[FormPage]:
    """Create and publish the missing forms of ``programme_page``'s programme
    (the page is a programme's public page, ``home.ProgrammePage``).

    Returns every form of the list, existing or new, in the list's order. A form
    that exists (same slug under the page) is returned untouched, so running the
    seed again creates no page, revision or version.
    """
    forms = []
    for draft in form_drafts(programme_page.programme):
        page = FormPage.objects.child_of(programme_page).filter(slug=draft.slug).first()
        if page is None:
            page = _create(programme_page, draft)
        forms.append(page)
    return forms


def _create(parent: Page, draft: FormDraft) -> FormPage:
    page = FormPage(
        title=draft.title,
        slug=draft.slug,
        kind=draft.kind,
        intro=draft.intro,
        form_fields=draft.fields,
        thank_you_text=draft.thank_you_text,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
