"""French, Dutch and English are complete: every interface string is translated."""

import re
from pathlib import Path

import polib
import pytest

from config.languages import STAFF, codes, translated_codes

LOCALE = Path(__file__).resolve().parents[1] / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}|%[sd]")


@pytest.mark.parametrize("language", translated_codes(STAFF))
def test_every_message_is_translated(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert missing == []
    assert fuzzy == []


@pytest.mark.parametrize("language", codes(STAFF))
def test_translations_keep_their_placeholders(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        if entry.msgstr_plural:
            for text in entry.msgstr_plural.values():
                assert (
                    sorted(PLACEHOLDER.findall(text))
                    == sorted(PLACEHOLDER.findall(entry.msgid_plural))
                    or sorted(PLACEHOLDER.findall(text)) == expected
                ), entry.msgid
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == expected, entry.msgid


def test_the_interface_speaks_dutch(client, db):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    from django.utils import translation

    with translation.override("nl"):
        from intake.roles import Role

        assert str(Role.SOCIAL_WORKER.label) == "Maatschappelijk werker van de antenne"
