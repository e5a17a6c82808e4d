"""Countries (ISO 3166-1 alpha-2), named by babel (CLDR), and the EU distinction.

CLDR, which babel ships, names every territory in every language but does not ship
its grouping of territories, so the membership below is kept here, with its date.
"""

from __future__ import annotations

from babel import Locale
from django.utils.translation import get_language

from intake.languages import babel_locale
from intake.text import sort_key

#: The 27 member states of the European Union (since 1 February 2020).
EU_MEMBER_STATES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU "
    "MT NL PL PT RO SK SI ES SE".split()
)
#: The EEA states outside the EU and Switzerland, whose citizens move freely too.
FREE_MOVEMENT_STATES = EU_MEMBER_STATES | {"IS", "LI", "NO", "CH"}


def is_eu(code: str) -> bool:
    return code.upper() in EU_MEMBER_STATES


def is_third_country(code: str) -> bool:
    """A third-country national, as the European fund (AMIF) understands it."""
    return code.upper() not in FREE_MOVEMENT_STATES


def _reader() -> Locale:
    """The reader's language as babel knows it (Dari is ``fa_AF``; English when
    babel has none)."""
    return babel_locale(get_language() or "en")


#: Two-letter CLDR territories that are no nationality: groupings (EU, UN…),
#: the pseudo-locales of software testing (XA pseudo-accents, XB pseudo-bidi),
#: CLDR's own exceptional reservations (islands and enclaves of another state)
#: and uninhabited lands.
NOT_COUNTRIES = frozenset(
    "EU EZ UN ZZ QO XA XB AC CP CQ DG EA IC TA AQ BV HM UM".split()
)


def country_choices() -> list[tuple[str, str]]:
    """Countries (two letters, no groupings, pseudo-locales or places that are
    no nationality), sorted by name as the reader's dictionary would."""
    names = _reader().territories
    choices = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    ]
    return sorted(choices, key=lambda choice: sort_key(choice[1]))


def country_name(code: str) -> str:
    return _reader().territories.get(code.upper(), code)
