"""Languages: the platform's own (its interface and surveys, listed once in
``config/languages.py``) and those a programme's team can work in, named by babel
(CLDR data).

Codes are ISO 639 (two letters where one exists; ``prs`` for Dari, which has none).
Names are shown in the reader's interface language and, for participants, in the
language itself (its autonym).
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils.translation import get_language

from config.languages import BY_CODE, LANGUAGES

#: The platform's languages (config/languages.py), then languages the guide and
#: the users' notes name, then common neighbours.
WORKING_LANGUAGE_CODES: tuple[str, ...] = (
    *(language.code for language in LANGUAGES),
    "fa",
    "ru",
    "tr",
    "ku",
    "am",
    "es",
    "de",
)


# Babel (CLDR) knows Dari as Persian of Afghanistan.
BABEL_CODES = {
    **{code: language.cldr for code, language in BY_CODE.items() if language.cldr},
    "fa-af": "fa_AF",
}


def _babel_code(code: str) -> str:
    return BABEL_CODES.get(code.lower(), code.replace("-", "_"))


def babel_locale(code: str) -> Locale:
    """``code`` as babel knows it (a participant language it names otherwise, such
    as Dari, by its CLDR locale); English when babel has none."""
    try:
        return Locale.parse(_babel_code(code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def language_name(code: str, in_language: str | None = None) -> str:
    """The name of language ``code`` in ``in_language`` (default: the active one)."""
    reader = babel_locale(in_language or get_language() or "en")
    key = _babel_code(code)
    name = reader.languages.get(key) or babel_locale("en").languages.get(key, code)
    return name[:1].upper() + name[1:]


def autonym(code: str) -> str:
    """The language's name in that language, e.g. ``ትግርኛ`` for ``ti``: the
    platform's list says it for its languages, CLDR for the others."""
    if code in BY_CODE:
        return BY_CODE[code].native
    return language_name(code, in_language=code)


def platform_language_choices() -> list[tuple[str, str]]:
    """``settings.LANGUAGES``, as a model field's choices: a callable, so that a
    language added to the list needs no migration."""
    return list(settings.LANGUAGES)


def read_aloud_voices() -> dict[str, list[str]]:
    """For each platform language, the speech-synthesis language tags that the
    participant's "read aloud" tries, in order."""
    return {code: list(language.voice_tags) for code, language in BY_CODE.items()}


def working_language_choices() -> list[tuple[str, str]]:
    return [(code, language_name(code)) for code in WORKING_LANGUAGE_CODES]


def spoken_language_choices() -> list[tuple[str, str]]:
    """Every ISO 639-1 language babel names, the programmes' usual ones first."""
    names = babel_locale(get_language() or "en").languages
    usual = [(code, language_name(code)) for code in WORKING_LANGUAGE_CODES]
    seen = {code for code, _name in usual}
    others = sorted(
        (
            (code, name[:1].upper() + name[1:])
            for code, name in names.items()
            if len(code) == 2 and code not in seen
        ),
        key=lambda choice: choice[1].casefold(),
    )
    return usual + others
