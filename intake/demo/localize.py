"""Demo content in other languages, through wagtail-localize's own records.

A translation made here is what an editor makes with *Translate this page*: a
``TranslationSource`` for the page, one ``StringTranslation`` per string of it,
and a ``Translation`` per language, whose ``save_target`` creates (or updates)
the translated page and publishes it. The translated page is therefore synced
with its source like any other: a later change of the source shows as out of
date in the admin, and the translation editor opens on these strings.

- **Keys and stored values** are never strings of the source (the blocks keep
  them out of translation), so they stay as they are.
- **A string the texts lack** stays untranslated: wagtail-localize falls back to
  the source's text, and the participant screens mark it, as for any form that is
  not fully translated yet.
- **Not reviewed by a native speaker**: the strings are recorded as a machine
  (draft) translation with a tool name that says so; the translation editor then
  shows, beside each string, *Translated with … on <date>* instead of *Translated
  manually*. Reviewing a string in the editor makes it a manual translation.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def demo_locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def _strings_fill(
    source: TranslationSource,
    locale: Locale,
    texts: Mapping[str, str],
    *,
    review_note: str,
) -> None:
    """One ``StringTranslation`` per string of ``source`` that ``texts`` holds."""
    translation_type = (
        StringTranslation.TRANSLATION_TYPE_MACHINE
        if review_note
        else StringTranslation.TRANSLATION_TYPE_MANUAL
    )
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    rows = [
        StringTranslation(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=texts[segment.string.data],
            translation_type=translation_type,
            tool_name=review_note[:255],
        )
        for segment in segments
        if texts.get(segment.string.data)
    ]
    StringTranslation.objects.bulk_create(rows, ignore_conflicts=True)


@transaction.atomic
def page_translate(
    page: Page, locale: Locale, texts: Mapping[str, str], *, review_note: str = ""
) -> Page:
    """``page`` in ``locale`` through wagtail-localize, its strings from ``texts``
    (the source's text → its translation), published.

    ``review_note`` (empty once a native speaker reviewed ``texts``) marks the
    strings as a draft to review. Idempotent: a page already translated into
    ``locale`` is returned untouched (an editor may have changed it since).
    """
    page = page.specific
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    source, _created = TranslationSource.get_or_create_from_instance(page)
    _strings_fill(source, locale, texts, review_note=review_note)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    # Saved as a draft, then published here and now: wagtail-localize would
    # publish after the commit, and the demo's later steps need the page live.
    translation.save_target(publish=False)
    translated = page.get_translation(locale).specific
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated
