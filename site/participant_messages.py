"""(Re)build the catalogs of the participants' languages (config/languages.py).

The participant interface is the only part of the platform in these languages:
its texts carry the ``participant`` context (``pgettext("participant", ...)``).
This script takes those entries from the French catalog (which ``makemessages``
keeps up to date), writes them to each language's ``django.po`` with the
translations already there, drops entries the interface no longer has, and
leaves new ones untranslated (``tests/test_participant_translations.py`` then
says which are missing).

    .venv/bin/python site/participant_messages.py
    .venv/bin/python site/participant_messages.py --translations FILE.json

``--translations`` reads translations from a JSON list of objects
``{"msgid": ..., "msgctxt": "participant", "ar": ..., "ti": ..., ...}`` (they
replace what the catalog holds; their msgids count as the interface's too).
Compile afterwards with ``site/compile_translations.py``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

import polib

from config import languages

LOCALE = Path(__file__).resolve().parent.parent / "locale"
CONTEXT = "participant"
#: The catalog that ``makemessages`` keeps complete, where the entries come from.
SOURCE_LANGUAGE = languages.DEFAULT_LANGUAGE

#: The participants' languages (config/languages.py) and gettext's plural rule
#: of each.
LANGUAGES = {
    language.code: language.plural_forms
    for language in languages.LANGUAGES
    if language.audience == languages.PARTICIPANT
}
NAMES = {code: languages.BY_CODE[code].name for code in LANGUAGES}


def catalog_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "django.po"


def source_entries(extra: list[dict] | None = None) -> list[polib.POEntry]:
    """The interface's entries: the French catalog's ``participant`` ones, then
    any msgid of ``extra`` that it does not hold yet."""
    entries: list[polib.POEntry] = []
    seen = set()
    path = catalog_path(SOURCE_LANGUAGE)
    if path.exists():
        for entry in polib.pofile(str(path)):
            if entry.msgctxt == CONTEXT and not entry.obsolete:
                entries.append(entry)
                seen.add(entry.msgid)
    for item in extra or []:
        if item.get("msgctxt") == CONTEXT and item["msgid"] not in seen:
            entries.append(
                polib.POEntry(
                    msgctxt=CONTEXT,
                    msgid=item["msgid"],
                    msgid_plural=item.get("plural") or "",
                )
            )
            seen.add(item["msgid"])
    return entries


#: The first translations were written without a native speaker's review.
TRANSLATOR = "Not yet reviewed by a native speaker <activation@cpas.example>"


def metadata(language: str, previous: dict[str, str] | None = None) -> dict[str, str]:
    previous = previous or {}
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M+0000")
    return {
        "Project-Id-Version": "activation-sociale participant interface",
        "Report-Msgid-Bugs-To": "",
        "PO-Revision-Date": previous.get("PO-Revision-Date") or now,
        "Last-Translator": previous.get("Last-Translator") or TRANSLATOR,
        "Language-Team": f"{NAMES[language]} <{language}@li.org>",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": LANGUAGES[language],
    }


def build(
    language: str, entries: list[polib.POEntry], translations: dict | None = None
) -> polib.POFile:
    """The catalog of ``language`` for ``entries``, keeping its translations."""
    path = catalog_path(language)
    kept: dict[str, polib.POEntry] = {}
    previous: dict[str, str] = {}
    if path.exists():
        old_catalog = polib.pofile(str(path))
        previous = old_catalog.metadata
        for entry in old_catalog:
            if entry.msgctxt == CONTEXT and not entry.obsolete:
                kept[entry.msgid] = entry
    catalog = polib.POFile(wrapwidth=79)
    catalog.header = (
        f"Participant interface in {NAMES[language]}: only the texts of the "
        f"'{CONTEXT}' context.\nBuilt by site/participant_messages.py "
        "from locale/fr/LC_MESSAGES/django.po."
    )
    catalog.metadata = metadata(language, previous)
    nplurals = int(LANGUAGES[language].split("nplurals=")[1].split(";")[0])
    for source in entries:
        entry = polib.POEntry(
            msgctxt=CONTEXT,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            occurrences=source.occurrences,
            flags=[flag for flag in source.flags if flag.endswith("-format")],
        )
        old = kept.get(source.msgid)
        given = (translations or {}).get(source.msgid)
        if source.msgid_plural:
            if isinstance(given, list):
                values = given
            elif old is not None and old.msgstr_plural:
                values = [old.msgstr_plural.get(i, "") for i in range(nplurals)]
            else:
                values = [""] * nplurals
            values = (values + [values[-1] if values else ""] * nplurals)[:nplurals]
            entry.msgstr_plural = dict(enumerate(values))
        elif isinstance(given, str):
            entry.msgstr = given
        elif old is not None:
            entry.msgstr = old.msgstr
        catalog.append(entry)
    return catalog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--translations", type=Path, help="JSON list of entries")
    args = parser.parse_args(argv)
    extra = json.loads(args.translations.read_text()) if args.translations else []
    entries = source_entries(extra)
    if not entries:
        print(
            "No 'participant' entries in the French catalog: run makemessages "
            "first. Nothing was changed.",
            file=sys.stderr,
        )
        return 1
    for language in LANGUAGES:
        translations = {
            item["msgid"]: item[language]
            for item in extra
            if item.get("msgctxt") == CONTEXT and item.get(language)
        }
        catalog = build(language, entries, translations)
        path = catalog_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalog.save(str(path))
        missing = len(catalog.untranslated_entries())
        print(f"{language}: {len(catalog)} entries, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
