"""One list of languages (config/languages.py): a language added, removed or
changed in one place only fails here. Settings, Django's language data, the
locale folders and their catalogs, the message scripts, the model's choices, the
participant's language choice and read-aloud voices all follow the list."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import compile_translations
import participant_messages
import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from config import languages
from config.languages import LANGUAGES, PARTICIPANT, STAFF, codes
from intake.languages import (
    autonym,
    read_aloud_voices,
    spoken_language_choices,
    working_language_choices,
)
from surveys.models import QuestionAudio
from tests.surveys.participant_surveys.survey_helpers import (
    invite,
    satisfaction_form,
    survey_url,
)

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "locale"


def catalog(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


def test_the_list_has_staff_and_participant_languages_once_each():
    assert len(codes()) == len(set(codes()))
    assert codes(STAFF)[:3] == ["fr", "nl", "en"]
    assert {"ar", "ti", "prs", "ps", "so", "uk"} <= set(codes(PARTICIPANT))
    assert codes() == codes(STAFF) + codes(PARTICIPANT)  # staff first
    assert {language.audience for language in LANGUAGES} == {STAFF, PARTICIPANT}
    assert languages.DEFAULT_LANGUAGE in codes(STAFF)
    assert languages.MESSAGE_LANGUAGE in codes(STAFF)


# --- settings and Django -------------------------------------------------------------


def test_the_settings_languages_are_the_list():
    assert [code for code, _name in settings.LANGUAGES] == codes()
    assert [code for code, _name in settings.STAFF_LANGUAGES] == codes(STAFF)
    assert [code for code, _name in settings.PARTICIPANT_LANGUAGES] == codes(
        PARTICIPANT
    )
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.WAGTAILADMIN_PERMITTED_LANGUAGES == settings.STAFF_LANGUAGES
    assert settings.LANGUAGE_CODE == languages.DEFAULT_LANGUAGE


def test_the_settings_name_each_language_in_the_readers_language():
    with translation.override("fr"):
        names = {code: str(name) for code, name in settings.LANGUAGES}
    assert names["nl"] == "Néerlandais"
    assert names["ti"] == "Tigrigna"
    assert names["prs"] == "Dari"


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_django_knows_each_language_and_its_direction(language):
    info = translation.get_language_info(language.code)
    assert info["code"] == language.code
    assert info["bidi"] is language.bidi
    assert (language.code in settings.LANGUAGES_BIDI) is language.bidi
    with translation.override(language.code):
        assert translation.get_language() == language.code
        assert translation.get_language_bidi() is language.bidi


# --- catalogs ------------------------------------------------------------------------


def test_there_is_a_locale_folder_for_each_language_and_no_other():
    folders = sorted(path.name for path in LOCALE.iterdir() if path.is_dir())
    assert folders == sorted(codes())


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_each_catalog_has_the_languages_plural_rule(language):
    po = catalog(language.code)
    assert po.metadata["Plural-Forms"] == language.plural_forms
    if language.code != languages.MESSAGE_LANGUAGE:
        assert po.metadata["Language"] == language.code


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_staff_catalogs_hold_the_whole_interface_participant_ones_the_survey(
    language,
):
    contexts = {entry.msgctxt for entry in catalog(language.code)}
    if language.audience == STAFF:
        assert None in contexts and "participant" in contexts
    else:
        assert contexts == {"participant"}


def test_the_message_scripts_read_the_list():
    assert list(participant_messages.LANGUAGES) == codes(PARTICIPANT)
    assert participant_messages.SOURCE_LANGUAGE in codes(STAFF)
    assert compile_translations.catalogs() == [
        LOCALE / code / "LC_MESSAGES" / "django.po" for code in codes()
    ]


def test_make_messages_extracts_the_staff_languages_of_the_list():
    printed = subprocess.run(
        [sys.executable, str(ROOT / "site" / "config" / "languages.py"), "staff"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert printed == codes(STAFF)
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\nmessages:")[1].split("\n\n")[0]
    assert "site/config/languages.py staff" in recipe
    assert not re.search(r"--locale\s+[a-z]", recipe)


def language_lists(path: Path) -> list[int]:
    """Lines of ``path`` with a list, tuple or set of three or more of the
    platform's language codes written out."""
    known = set(codes())
    lines = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            written = {
                element.value
                for element in node.elts
                if isinstance(element, ast.Constant) and element.value in known
            }
            if len(written) >= 3:
                lines.append(node.lineno)
    return lines


def test_no_other_module_keeps_its_own_list_of_the_languages():
    found = {}
    for folder in ("intake", "surveys", "workflow", "home", "site"):
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts or path == ROOT / "site/config/languages.py":
                continue
            if lines := language_lists(path):
                found[str(path.relative_to(ROOT))] = lines
    assert found == {}


# --- what reads the list -------------------------------------------------------------


def test_the_recorded_questions_offer_every_language_without_a_migration():
    field = QuestionAudio._meta.get_field("language")
    assert [code for code, _name in field.choices] == codes()
    assert callable(field.deconstruct()[3]["choices"])


def test_every_language_is_a_working_and_a_spoken_language_named_in_itself():
    working = [code for code, _name in working_language_choices()]
    assert working[: len(codes())] == codes()
    spoken = [code for code, _name in spoken_language_choices()]
    assert spoken[: len(codes())] == codes()
    for language in LANGUAGES:
        assert autonym(language.code) == language.native


def test_the_participant_chooses_among_every_language_named_in_itself(client, world):
    _invitation, token = invite(satisfaction_form(world.programme["a"]))
    html = client.get(reverse("survey_entry:open", args=[token])).content.decode()
    offered = re.findall(
        r'<a class="language-button" href="/([\w-]+)/survey/[^"]+" '
        r'lang="([\w-]+)" dir="(\w+)"[^>]*>([^<]+)</a>',
        html,
    )
    assert offered == [
        (
            language.code,
            language.code,
            "rtl" if language.bidi else "ltr",
            language.native,
        )
        for language in LANGUAGES
    ]


def test_read_aloud_tries_the_voices_of_the_list(client, world):
    _invitation, token = invite(satisfaction_form(world.programme["a"]))
    html = client.get(survey_url(token, "prs")).content.decode()
    script = re.search(
        r'<script id="read-aloud-voices" type="application/json">(.*?)</script>', html
    )
    voices = json.loads(script.group(1))
    assert voices == read_aloud_voices()
    assert voices["prs"] == ["prs", "fa-AF", "fa"]  # Dari: Persian voices too
    assert voices["ti"] == ["ti"]
    assert list(voices) == codes()
