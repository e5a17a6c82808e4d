"""Create the form page a confirmed XLSForm import planned, with its
translations as wagtail-localize records (the same the editor's translation
screens show and update), each published so the form is answerable at once in
every language it brought."""

from __future__ import annotations

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from surveys.models import FormPage
from surveys.xlsform.plan import ImportPlan


def programme_page(programme) -> Page:
    """The programme's own page (the first made; its translations come after)."""
    return Page.objects.filter(programmepage__programme=programme).order_by("pk")[0]


def programme_language(programme) -> str:
    return programme_page(programme).locale.language_code


@transaction.atomic
def create_form(plan: ImportPlan, programme, kind: str, user) -> FormPage:
    """The page under the programme's page, published, and its translations."""
    parent = programme_page(programme)
    page = FormPage(title=plan.title, kind=kind, form_fields=plan.blocks, owner=user)
    parent.add_child(instance=page)
    page.save_revision(user=user).publish(user=user)
    if plan.translations:
        translate(page, plan, user)
    return page


def translate(page: FormPage, plan: ImportPlan, user) -> None:
    source, _created = TranslationSource.get_or_create_from_instance(page)
    segments = list(
        StringSegment.objects.filter(source=source).select_related("string", "context")
    )
    for language, texts in plan.translations.items():
        locale, _created = Locale.objects.get_or_create(language_code=language)
        for segment in segments:
            text = texts.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": text,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "last_translated_by": user,
                    },
                )
        job, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        # The import's permission was checked (the programme's managers); the
        # copy of the parent pages into a new language needs rights on the
        # whole tree that a manager does not have, so the platform makes it.
        job.save_target(user=None, publish=True)
