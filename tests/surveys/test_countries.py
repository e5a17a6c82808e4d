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
