"""The demo forms in other languages, translated through wagtail-localize.

The participants' satisfaction survey goes into every platform language (the
people it asks read little French or Dutch); the referral form and the
orientation interview into the staff languages. The wording is data: one
module per language (``en.py``, ``ar.py``…) maps each French text of the forms
(``{name}``: the programme's name) to its translation; French and Dutch come
from the forms themselves (:class:`~surveys.demo.draft.Writer` writes both), so
a Dutch-speaking CPAS's form is translated into French and the other way round.

A module's ``REVIEWED = False`` marks its translations as drafts that a native
speaker still has to review (:mod:`intake.demo.localize`).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from types import ModuleType

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail_localize.strings import extract_strings

from config.languages import STAFF, codes
from intake.demo.localize import demo_locale, page_translate
from intake.models import Programme
from surveys.demo.draft import FormDraft, Writer
from surveys.models import FormPage

#: The languages of each demo form (by slug), the source's own left out.
FORM_LANGUAGES: dict[str, tuple[str, ...]] = {
    "participant-satisfaction": tuple(codes()),
    "referral": tuple(codes(STAFF)),
    "orientation-interview": tuple(codes(STAFF)),
}
#: The languages the forms are written in (:class:`Writer`).
WRITTEN = ("fr", "nl")
#: Block settings that are not text a person reads.
NOT_TEXT = frozenset({"key", "value", "field", "values", "operator", "points"})


def wording(code: str) -> ModuleType:
    """The module that holds language ``code``'s wording."""
    return import_module(f"{__name__}.{code}")


def texts_of(value) -> list[str]:
    """Every text of a form draft's value, in order, as wagtail-localize cuts it
    into strings (each paragraph of a rich text is one)."""
    if isinstance(value, str):
        if "<" not in value:
            return [value]
        _template, strings = extract_strings(value)
        return [string.data for string, _attrs in strings]
    if isinstance(value, dict):
        return [
            text for k, v in value.items() if k not in NOT_TEXT for text in texts_of(v)
        ]
    if isinstance(value, list | tuple):
        return [text for item in value for text in texts_of(item)]
    return []


def _draft_texts(draft: FormDraft) -> list[str]:
    return texts_of([draft.title, draft.intro, draft.fields, draft.thank_you_text])


def form_texts(
    make, programme: Programme, source_language: str, target: str
) -> dict[str, str]:
    """The source text → ``target`` text of the form ``make`` writes for
    ``programme``, its source written in ``source_language``."""
    written = {code: _draft_texts(make(Writer(code), programme)) for code in WRITTEN}
    source = written["nl" if source_language == "nl" else "fr"]
    if target in WRITTEN:
        return dict(zip(source, written[target], strict=True))
    name = programme.name
    texts = {
        french.format(name=name): text.format(name=name)
        for french, text in wording(target).TEXTS.items()
    }
    in_french = dict(zip(source, written["fr"], strict=True))
    return {text: texts[in_french[text]] for text in source if in_french[text] in texts}


def review_note(code: str, staff_language: str) -> str:
    """What the translation editor shows beside each string of ``code`` not yet
    reviewed by a native speaker (in the CPAS's staff language); empty once it was."""
    if code not in WRITTEN and wording(code).REVIEWED:
        return ""
    with translation.override(staff_language):
        return _("a draft for the demo, to be reviewed by a native speaker")


def seed_form_translations(
    programme: Programme, forms: list[FormPage], makers: dict[str, Callable]
) -> None:
    """``forms`` (the programme's demo forms, in its CPAS's language) in the
    languages of :data:`FORM_LANGUAGES`; the translations already made are kept.
    ``makers`` gives the function that writes each form, by slug."""
    for page in forms:
        source_language = page.locale.language_code
        for code in FORM_LANGUAGES.get(page.slug, ()):
            if code == source_language:
                continue
            texts = form_texts(makers[page.slug], programme, source_language, code)
            page_translate(
                page,
                demo_locale(code),
                texts,
                review_note=review_note(code, source_language),
            )
