"""The programme pages of the demo in the participants' languages: a short
easy-to-read page, not a translation of the long French one.

A newcomer who reads little needs four things: what the programme is, who it is
for, how long and how often, and how to join. So each French string of the page
(its summary, who can take part, each paragraph of its description) gets its
easy-read text: the summary says what the programme is, *who can take part*
says who it is for, and the description's paragraphs become four short ones
(what you do, in a group with a coach, how long and how often, ask your social
worker). The programme's name stays; the contact (address, phone, e-mail) is
the same in every language (:class:`home.models.ProgrammePage`).

The wording is data: one module per language (``ar.py``, ``ti.py``…) with the
same names. ``{name}``, ``{city}`` and ``{language}`` stand for the programme's
name, its CPAS's city and the language the programme practises. A module's
``REVIEWED = False`` marks its strings as a draft a native speaker still has to
review (:mod:`intake.demo.localize`).
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from wagtail_localize.strings import StringValue, extract_strings

from home.models import ProgrammePage

#: Unicode's first-strong isolate and its end: a Latin name ("Activ Up!") keeps
#: its own direction inside a right-to-left sentence.
ISOLATE, ISOLATE_END = "\u2068", "\u2069"


def wording(code: str) -> ModuleType:
    """The module that holds language ``code``'s easy-read wording."""
    return import_module(f"{__name__}.{code}")


def easy_read(page: ProgrammePage, code: str) -> tuple[str, str, list[str]]:
    """``(summary, who can take part, the description's paragraphs)`` of the
    programme of ``page``, in language ``code``."""
    words = wording(code)
    programme = page.programme
    city, rhythm = words.PROGRAMMES[programme.slug]
    practised = (programme.working_languages or ["fr"])[0]
    values = {
        "name": f"{ISOLATE}{programme.name}{ISOLATE_END}",
        "city": city,
        "language": words.LANGUAGES[practised],
    }
    paragraphs = [words.DO, words.GROUP, rhythm, words.JOIN]
    return (
        words.SUMMARY.format(**values),
        words.WHO.format(**values),
        [paragraph.format(**values) for paragraph in paragraphs],
    )


def programme_page_texts(page: ProgrammePage, code: str) -> dict[str, str]:
    """Each string of ``page`` (as wagtail-localize cuts it) → its easy-read
    text in ``code``. The description's paragraphs are matched in order; when
    the source has fewer, the last one holds the rest of the easy-read text."""
    summary, who, paragraphs = easy_read(page, code)
    _template, strings = extract_strings(page.body)
    sources = [string.data for string, _attributes in strings]
    if sources and len(paragraphs) > len(sources):
        last = len(sources) - 1
        paragraphs = [*paragraphs[:last], " ".join(paragraphs[last:])]

    def text(plain: str) -> str:
        return StringValue.from_plaintext(plain).data

    texts = {
        text(page.title): text(page.title),
        text(page.summary): text(summary),
        text(page.target_group): text(who),
    }
    texts.update(zip(sources, map(text, paragraphs), strict=False))
    return texts
