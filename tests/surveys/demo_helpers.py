"""A programme of a French-speaking CPAS with its demo forms seeded and
translated, as ``seed_demo`` makes them (its pages in every language first)."""

from __future__ import annotations

from config.languages import codes
from intake.demo.localize import demo_locale, page_translate
from surveys.demo.forms import form_makers, seed_programme_forms
from surveys.demo.translations import seed_form_translations
from surveys.models import FormPage
from tests.factories import CpasFactory, ProgrammeFactory, programme_page


def translated_demo(
    name: str = "Mod'Actions", slug: str = "modactions", slugs: tuple[str, ...] = ()
):
    """``(programme, {slug: French form page})``, every translation made (of
    the forms ``slugs`` names, when it names some)."""
    programme = ProgrammeFactory(
        cpas=CpasFactory(default_language="fr"), name=name, slug=slug
    )
    parent = programme_page(programme)
    others = [demo_locale(code) for code in codes() if code != "fr"]
    for page in parent.get_ancestors(inclusive=True).filter(depth__gte=2):
        for locale in others:
            page_translate(page, locale, {})
    forms = seed_programme_forms(parent)
    chosen = [form for form in forms if not slugs or form.slug in slugs]
    seed_form_translations(programme, chosen, form_makers(programme))
    return programme, {form.slug: form for form in forms}


def in_language(form: FormPage, code: str) -> FormPage:
    return FormPage.objects.get(
        translation_key=form.translation_key, locale__language_code=code
    )
