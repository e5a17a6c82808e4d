"""The demo forms in the participants' and the staff's languages: real
wagtail-localize translations, the same keys and values, marked for review."""

from __future__ import annotations

from html import unescape

import pytest
from django.test import Client
from wagtail_localize.models import StringTranslation, Translation

from config.languages import STAFF, codes
from surveys.builder import _FORM_CLASSES
from surveys.demo.forms import form_makers, seed_programme_forms
from surveys.demo.translations import (
    FORM_LANGUAGES,
    seed_form_translations,
    wording,
)
from surveys.models import FormPage
from surveys.participant_surveys.invitations import invitation_create
from tests.surveys.demo_helpers import in_language, translated_demo

pytestmark = pytest.mark.django_db

#: A French text a participant would read, in each form of the demo.
FRENCH = ("Comment trouvez-vous", "Qu'en pensez-vous", "Oui", "Merci pour votre avis")


@pytest.fixture(autouse=True)
def fresh_form_classes():
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


@pytest.fixture
def demo():
    return translated_demo()


def structure(page: FormPage) -> list:
    return [
        (
            spec.type,
            spec.key,
            [value for value, _label in spec.options.get("choices", [])],
            [key for key, _text in spec.options.get("statements", [])],
            spec.condition,
        )
        for spec in page.published_version.form_schema.questions
    ]


def texts(page: FormPage) -> list[str]:
    found = [page.title]
    for spec in page.published_version.form_schema.questions:
        found += [spec.label, spec.help_text]
        found += [label for _value, label in spec.options.get("choices", [])]
        found += [text for _key, text in spec.options.get("statements", [])]
        found += list(spec.options.get("point_labels", []))
    return [text for text in found if text]


def test_the_satisfaction_survey_is_in_all_nine_languages_with_its_keys(demo):
    _programme, forms = demo
    french = forms["participant-satisfaction"]
    for code in codes():
        page = in_language(french, code)
        assert page.live and page.published_version is not None
        assert structure(page) == structure(french), code
        if code != "fr":
            assert not set(texts(page)) & set(texts(french)), code
    tigrinya = in_language(french, "ti").published_version.form_schema
    assert tigrinya.question("overall").label == "Mod'Actions ከመይ ረኺብኩምዎ?"
    pashto = in_language(french, "ps").published_version.form_schema
    assert pashto.question("what_can_be_better").label == "څه شی ښه کېدای شي؟"


def test_the_referral_and_the_interview_are_in_the_staff_languages(demo):
    _programme, forms = demo
    for slug in ("referral", "orientation-interview"):
        french = forms[slug]
        languages = set(
            FormPage.objects.filter(translation_key=french.translation_key).values_list(
                "locale__language_code", flat=True
            )
        )
        assert languages == set(codes(STAFF))
        for code in ("nl", "en"):
            page = in_language(french, code)
            assert structure(page) == structure(french)
    referral = in_language(forms["referral"], "en").published_version.form_schema
    assert referral.question("phone").label == "Phone"
    dutch = in_language(forms["referral"], "nl").published_version.form_schema
    assert dutch.question("phone").label == "Telefoonnummer"


def test_they_are_wagtail_localize_translations_marked_for_a_native_review(demo):
    _programme, forms = demo
    french = forms["participant-satisfaction"]
    jobs = Translation.objects.filter(source__object_id=french.translation_key)
    assert {job.target_locale.language_code for job in jobs} == set(codes()) - {"fr"}
    strings = StringTranslation.objects.filter(locale__language_code="ti")
    assert strings.exists()
    for string in strings:
        assert string.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
        # What the translation editor shows beside the string.
        assert "native speaker" in string.get_comment() or "locuteur" in (
            string.get_comment()
        )


def test_a_participant_reads_tigrinya_without_a_french_word(demo, client: Client):
    _programme, forms = demo
    _invitation, token = invitation_create(
        user=None,
        form=forms["participant-satisfaction"],
        kind="session",
        label="Module 3",
        max_uses=5,
    )
    html = unescape(client.get(f"/ti/survey/{token}/").content.decode())
    assert "ከመይ ረኺብኩምዎ?" in html
    for french in FRENCH:
        assert french not in html
    assert 'class="not-translated"' not in html


def test_seeding_again_changes_nothing(demo):
    programme, forms = demo
    counts = (
        FormPage.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
    )
    again = seed_programme_forms(forms["referral"].get_parent().specific)
    seed_form_translations(programme, again, form_makers(programme))
    assert counts == (
        FormPage.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
    )


def test_a_string_missing_from_a_language_falls_back_visibly(monkeypatch, client):
    somali = wording("so")
    monkeypatch.setitem(FORM_LANGUAGES, "participant-satisfaction", ("so",))
    missing = dict(somali.TEXTS)
    del missing["Qu'est-ce qui peut être mieux ?"]
    monkeypatch.setattr(somali, "TEXTS", missing)
    _programme, forms = translated_demo()
    _invitation, token = invitation_create(
        user=None,
        form=forms["participant-satisfaction"],
        kind="session",
        label="Module 3",
        max_uses=5,
    )
    html = unescape(client.get(f"/so/survey/{token}/").content.decode())
    assert "Sidee u aragtaa Mod'Actions?" in html
    assert "Qu'est-ce qui peut être mieux ?" in html
    assert html.count('class="not-translated"') == 1
