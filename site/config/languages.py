"""The platform's languages, in one list.

Everything else reads this list: the settings (``LANGUAGES``, Django's
``LANG_INFO``, ``LANGUAGES_BIDI``, Wagtail's content and admin languages), the
message catalogs (``make messages``, ``site/participant_messages.py``,
``site/compile_translations.py``), the languages' names and choices
(``intake.languages``), the participant's language choice and read-aloud voices,
and the tests (``tests/config/test_languages.py`` fails when a language is
somewhere but not here). It is plain data: the settings import it before Django
is set up, and the scripts in ``site/`` without Django at all.

*Staff* languages have the whole interface (admin, forms, public pages);
*participant* languages have only the participant survey's texts (the
``participant`` context of the catalogs).

    .venv/bin/python site/config/languages.py staff    # prints: fr nl en
"""

from __future__ import annotations

import sys
from dataclasses import dataclass


def gettext_noop(message: str) -> str:
    """Marks a name for ``makemessages``; the settings translate it (Django's
    ``global_settings`` does the same, for the same reason: no Django yet)."""
    return message


STAFF = "staff"
PARTICIPANT = "participant"

#: The language of the interface's texts in the code (the msgids).
MESSAGE_LANGUAGE = "en"
#: The platform's default language, and the one the content is written in first.
DEFAULT_LANGUAGE = "fr"


@dataclass(frozen=True)
class Language:
    """One language of the platform."""

    #: ISO 639 code: in URLs (``/ti/survey/...``), ``locale/<code>/``, the database.
    code: str
    #: English name; the catalogs translate it where the staff read it.
    name: str
    #: The language's name in itself, as the participant's language choice shows it.
    native: str
    #: ``STAFF`` (the whole interface) or ``PARTICIPANT`` (the survey only).
    audience: str
    #: Written right to left.
    bidi: bool
    #: gettext's plural rule, the ``Plural-Forms`` header of its catalog.
    plural_forms: str
    #: The CLDR locale that names it (babel), when it is not ``code``.
    cldr: str = ""
    #: Speech-synthesis language tags to try for "read aloud", when not ``code``.
    voices: tuple[str, ...] = ()

    @property
    def cldr_locale(self) -> str:
        return self.cldr or self.code

    @property
    def voice_tags(self) -> tuple[str, ...]:
        return self.voices or (self.code,)

    def lang_info(self) -> dict:
        """The entry of Django's ``LANG_INFO``, for a language Django lacks."""
        return {
            "bidi": self.bidi,
            "code": self.code,
            "name": self.name,
            "name_local": self.native,
        }


LANGUAGES: tuple[Language, ...] = (
    Language(
        code="fr",
        name=gettext_noop("French"),
        native="Français",
        audience=STAFF,
        bidi=False,
        plural_forms="nplurals=2; plural=(n > 1);",
    ),
    Language(
        code="nl",
        name=gettext_noop("Dutch"),
        native="Nederlands",
        audience=STAFF,
        bidi=False,
        plural_forms="nplurals=2; plural=(n != 1);",
    ),
    Language(
        code="en",
        name=gettext_noop("English"),
        native="English",
        audience=STAFF,
        bidi=False,
        plural_forms="nplurals=2; plural=(n != 1);",
    ),
    Language(
        code="ar",
        name=gettext_noop("Arabic"),
        native="العربية",
        audience=PARTICIPANT,
        bidi=True,
        plural_forms="nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
        "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    ),
    Language(
        code="ti",
        name=gettext_noop("Tigrinya"),
        native="ትግርኛ",
        audience=PARTICIPANT,
        bidi=False,
        plural_forms="nplurals=2; plural=(n > 1);",
    ),
    Language(
        code="prs",
        name=gettext_noop("Dari"),
        native="دری",
        audience=PARTICIPANT,
        bidi=True,
        plural_forms="nplurals=2; plural=(n > 1);",
        # CLDR and the browsers know Dari as Persian of Afghanistan.
        cldr="fa_AF",
        voices=("prs", "fa-AF", "fa"),
    ),
    Language(
        code="ps",
        name=gettext_noop("Pashto"),
        native="پښتو",
        audience=PARTICIPANT,
        bidi=True,
        plural_forms="nplurals=2; plural=(n != 1);",
    ),
    Language(
        code="so",
        name=gettext_noop("Somali"),
        native="Soomaali",
        audience=PARTICIPANT,
        bidi=False,
        plural_forms="nplurals=2; plural=(n != 1);",
    ),
    Language(
        code="uk",
        name=gettext_noop("Ukrainian"),
        native="Українська",
        audience=PARTICIPANT,
        bidi=False,
        plural_forms="nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 "
        "&& n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    ),
)

BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}


def codes(audience: str | None = None) -> list[str]:
    """The codes of every language, or of one audience's, in the list's order."""
    return [
        language.code
        for language in LANGUAGES
        if audience is None or language.audience == audience
    ]


def translated_codes(audience: str | None = None) -> list[str]:
    """The codes whose catalogs translate the texts: all but the msgids' own."""
    return [code for code in codes(audience) if code != MESSAGE_LANGUAGE]


if __name__ == "__main__":
    print(" ".join(codes(sys.argv[1] if len(sys.argv) > 1 else None)))
