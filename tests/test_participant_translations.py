"""The participant interface speaks every language of config/languages.py: every
text of it (the ``participant`` context) is translated in each catalog,
placeholders kept, and the participant languages' catalogs (ar, ti, prs, ps, so,
uk...) compile and are rebuilt safely."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import participant_messages
import polib
import pytest

from config.languages import PARTICIPANT, codes, translated_codes

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "locale"
PARTICIPANT_LANGUAGES = codes(PARTICIPANT)
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")

PYTHON_MESSAGE = re.compile(
    r"""(?:pgettext|pgettext_lazy)\(\s*"participant",\s*((?:"[^"]*"\s*)+),?\s*\)"""
)
TEMPLATE_MESSAGE = re.compile(r"""\{% translate "([^"]+)" context "participant" %\}""")
TEMPLATE_BLOCK = re.compile(
    r"""\{% blocktranslate [^%]*context "participant" %\}(.*?)"""
    r"""\{% endblocktranslate %\}""",
    re.S,
)


#: Where the templates a participant reads live: the survey, the public pages
#: and their frame (site/templates/base.html).
PARTICIPANT_TEMPLATES = ("surveys", "home", "site")


def source_messages() -> set[str]:
    """Every ``participant`` msgid written in the project's code and templates."""
    found = set()
    for path in (ROOT / "surveys").rglob("*.py"):
        for match in PYTHON_MESSAGE.finditer(path.read_text()):
            found.add("".join(re.findall(r'"([^"]*)"', match.group(1))))
    for folder in PARTICIPANT_TEMPLATES:
        for path in (ROOT / folder / "templates").rglob("*.html"):
            text = path.read_text()
            found.update(TEMPLATE_MESSAGE.findall(text))
            for block in TEMPLATE_BLOCK.findall(text):
                singular = block.split("{% plural %}")[0]
                found.add(re.sub(r"\{\{ (\w+) \}\}", r"%(\1)s", singular))
    return found


def catalog(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def participant_entries(language: str) -> dict[str, polib.POEntry]:
    return {
        entry.msgid: entry
        for entry in catalog(language)
        if entry.msgctxt == "participant" and not entry.obsolete
    }


def test_participant_texts_are_marked_with_names_makemessages_knows():
    """An alias such as ``p_("participant", ...)`` is not extracted."""
    known = {"pgettext", "pgettext_lazy", "npgettext", "npgettext_lazy"}
    for path in (ROOT / "surveys").rglob("*.py"):
        calls = re.findall(r'(\w+)\(\s*"participant",\s*"', path.read_text())
        assert set(calls) <= known, (path, set(calls) - known)


def test_the_source_has_participant_messages():
    messages = source_messages()
    assert "Choose your language" in messages
    assert "Question %(current)s of %(total)s" in messages
    assert "This link does not work." in messages  # from Python code
    assert "Who can take part?" in messages  # a public programme page
    assert "About %(months)s month" in messages  # a plural block
    assert len(messages) > 30


@pytest.mark.parametrize("language", translated_codes())
def test_every_participant_message_is_translated(language):
    entries = participant_entries(language)
    missing = sorted(
        msgid
        for msgid in source_messages()
        if msgid not in entries
        or not entries[msgid].translated()
        or "fuzzy" in entries[msgid].flags
    )
    assert missing == [], f"{language}: {missing}"


def test_every_participant_message_is_in_the_english_catalog():
    entries = participant_entries("en")
    assert sorted(source_messages() - set(entries)) == []


@pytest.mark.parametrize("language", translated_codes())
def test_participant_translations_keep_their_placeholders(language):
    for msgid, entry in participant_entries(language).items():
        if entry.msgstr:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == sorted(
                PLACEHOLDER.findall(msgid)
            ), (language, msgid)


@pytest.mark.parametrize("language", PARTICIPANT_LANGUAGES)
def test_participant_catalogs_have_headers_and_only_participant_texts(language):
    po = catalog(language)
    assert po.metadata["Language"] == language
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["Plural-Forms"].startswith("nplurals=")
    assert {entry.msgctxt for entry in po} == {"participant"}


@pytest.mark.parametrize("language", PARTICIPANT_LANGUAGES)
def test_participant_catalogs_compile(language, tmp_path):
    mo = tmp_path / "django.mo"
    catalog(language).save_as_mofile(str(mo))
    with mo.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    text = translations.pgettext("participant", "Choose your language")
    assert text and text != "Choose your language"
    assert translations.ngettext("a", "b", 1) == "a"  # the plural rule parses


def test_the_scripts_in_use():
    assert re.search(r"[\u1200-\u137f]", participant_entries("ti")["Yes"].msgstr)
    for language in ("ar", "prs", "ps"):
        assert re.search(
            r"[\u0600-\u06ff]", participant_entries(language)["Yes"].msgstr
        )
    assert re.search(r"[\u0400-\u04ff]", participant_entries("uk")["Yes"].msgstr)


# --- rebuilding the catalogs --------------------------------------------------------


def write(path: Path, entries: list[polib.POEntry], language: str) -> None:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": language}
    for entry in entries:
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


def test_rebuilding_keeps_translations_adds_new_texts_and_drops_old_ones(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(participant_messages, "LOCALE", tmp_path)
    french = tmp_path / "fr" / "LC_MESSAGES" / "django.po"
    write(
        french,
        [
            polib.POEntry(msgctxt="participant", msgid="Next", msgstr="Suivant"),
            polib.POEntry(msgctxt="participant", msgid="New text", msgstr="Nouveau"),
            polib.POEntry(msgid="Staff only", msgstr="Personnel"),
        ],
        "fr",
    )
    tigrinya = tmp_path / "ti" / "LC_MESSAGES" / "django.po"
    write(
        tigrinya,
        [
            polib.POEntry(msgctxt="participant", msgid="Next", msgstr="ቀጻሊ"),
            polib.POEntry(msgctxt="participant", msgid="Gone", msgstr="ዝጠፍአ"),
        ],
        "ti",
    )
    assert participant_messages.main([]) == 0
    rebuilt = {entry.msgid: entry.msgstr for entry in polib.pofile(str(tigrinya))}
    assert rebuilt == {"Next": "ቀጻሊ", "New text": ""}
    arabic = polib.pofile(str(tmp_path / "ar" / "LC_MESSAGES" / "django.po"))
    assert arabic.metadata["Plural-Forms"].startswith("nplurals=6")
    assert [entry.msgid for entry in arabic] == ["Next", "New text"]


def test_rebuilding_without_french_participant_texts_changes_nothing(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(participant_messages, "LOCALE", tmp_path)
    write(
        tmp_path / "fr" / "LC_MESSAGES" / "django.po",
        [polib.POEntry(msgid="Staff only", msgstr="Personnel")],
        "fr",
    )
    assert participant_messages.main([]) == 1
    assert not (tmp_path / "ti").exists()
