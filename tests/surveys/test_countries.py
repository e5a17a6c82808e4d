"""Country names in the reader's language, including the participant languages
babel knows by another code (Dari is ``fa_AF``)."""

import pytest
from django.utils import translation

from surveys.countries import country_choices, country_name


@pytest.mark.parametrize(
    ("language", "syria"),
    [("fr", "Syrie"), ("nl", "Syrië"), ("en", "Syria"), ("prs", "سوریه")],
)
def test_a_country_reads_in_the_readers_language(language, syria):
    with translation.override(language):
        assert country_name("SY") == syria
        assert ("SY", syria) in country_choices()


def test_a_language_babel_does_not_know_reads_in_english():
    with translation.override("xx"):
        assert country_name("SY") == "Syria"


def test_the_list_holds_countries_only():
    with translation.override("en"):
        codes = {code for code, _name in country_choices()}
        names = {name for _code, name in country_choices()}
    assert {"SY", "ER", "AF", "BE", "XK", "UA"} <= codes
    for code in ("XA", "XB", "EU", "UN", "ZZ", "AC", "IC", "EA", "DG", "AQ"):
        assert code not in codes
    assert not {"Pseudo-Accents", "Pseudo-Bidi"} & names


def test_accented_names_sort_with_their_letter():
    with translation.override("fr"):
        names = [name for _code, name in country_choices()]
    assert names.index("Bénin") < names.index("Burundi")
    assert names.index("Équateur") < names.index("Érythrée") < names.index("Espagne")
    assert names.index("Égypte") < names.index("Estonie")
    assert names.index("Égypte") > names.index("Dominique")
    assert names[-1] not in ("Égypte", "Émirats arabes unis", "Équateur")
