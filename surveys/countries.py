"""Countries (ISO 3166-1 alpha-2), named by babel (CLDR), and the EU distinction.

CLDR, which babel ships, names every territory in every language but does not ship
its grouping of territories, so the membership below is kept here, with its date.
"""

from __future__ import annotations

from babel import Locale
from django.utils.translation import get_language

from intake.languages import babel_locale

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


def country_choices() -> list[tuple[str, str]]:
    """Real countries (two letters, no groupings like EU or UN), sorted by name."""
    names = _reader().territories
    choices = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2
        and code.isalpha()
        and code not in {"EU", "EZ", "UN", "ZZ", "QO"}
    ]
    return sorted(choices, key=lambda choice: choice[1].casefold())


def country_name(code: str) -> str:
    return _reader().territories.get(code.upper(), code)
