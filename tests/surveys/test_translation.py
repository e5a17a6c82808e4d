"""One form in three languages, translated with wagtail-localize: one dataset.

Translators change what people read (labels, choice labels, statements); the keys,
the stored values and the conditions come from the French source unchanged, so a
Dutch or Arabic answer lands where the French one does.
"""

from __future__ import annotations

import pytest
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

from intake.roles import Role
from surveys.models import FormPage, Submission
from tests.factories import choices, condition, form_page, question

#: Every key, stored value and statement key of the form below.
KEYS = {
    "first_name",
    "why",
    "friends",
    "language",
    "motivated",
    "mood",
    "grid",
    "punctual",
    "teamwork",
    "needs",
    "french_course",
    "housing",
    "other_reason",
}
PREFIX = {"nl": "NL: ", "ar": "AR: "}
ANSWERS = {
    "first_name": "Amina",
    "why": "language",
    "other_reason": "Parler avec les voisins",
    "motivated": "yes",
    "mood": "4",
    "grid-punctual": "5",
    "grid-teamwork": "3",
    "needs": ["french_course", "housing"],
}
STORED = {
    "first_name": "Amina",
    "why": "language",
    "other_reason": "Parler avec les voisins",
    "motivated": "yes",
    "mood": 4,
    "grid": {"punctual": 5, "teamwork": 3},
    "needs": ["french_course", "housing"],
}


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("fr", "nl", "ar")
    }


@pytest.fixture
def interview(world, locales) -> FormPage:
    return form_page(
        world.programme["a"],
        [
            question("singleline", "Prénom", "first_name"),
            question(
                "radio",
                "Pourquoi venez-vous ?",
                "why",
                choices=choices(
                    ("friends", "Des amis me l'ont conseillé"),
                    ("language", "Pour apprendre la langue"),
                ),
            ),
            question(
                "multiline",
                "Que voulez-vous dire dans la langue ?",
                "other_reason",
                show_if=condition("why", "equals", "language"),
            ),
            question("yes_no", "Êtes-vous motivé ?", "motivated"),
            question("likert", "Comment allez-vous ?", "mood", points="5"),
            question(
                "matrix",
                "Comment vous voyez-vous ?",
                "grid",
                points="5",
                statements=[
                    {"text": "Je suis ponctuel", "key": "punctual"},
                    {"text": "Je travaille bien en équipe", "key": "teamwork"},
                ],
            ),
            question(
                "checkboxes",
                "De quoi avez-vous besoin ?",
                "needs",
                choices=choices(
                    ("french_course", "Un cours de français"),
                    ("housing", "Un logement"),
                ),
            ),
        ],
    )


def translate_ancestors(page: FormPage, targets: list[Locale], capture) -> None:
    """The home and programme pages first, as an editor would (each published)."""
    creator = TranslationCreator(None, targets)
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        with capture(execute=True):
            creator.create_translations(ancestor, include_related_objects=False)


def fill_translations(source: TranslationSource, locale: Locale) -> int:
    """A translator's work: every string of the source, prefixed by the language."""
    filled = 0
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    for segment in segments:
        _row, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": PREFIX[locale.language_code] + segment.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
        filled += created
    return filled


def translate(page: FormPage, locale: Locale, capture) -> FormPage:
    source, _created = TranslationSource.get_or_create_from_instance(page)
    fill_translations(source, locale)
    job, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    with capture(execute=True):
        job.save_target(publish=True)
    return FormPage.objects.get(translation_key=page.translation_key, locale=locale)


@pytest.fixture
def pages(interview, locales, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    translate_ancestors(interview, [locales["nl"], locales["ar"]], capture)
    return {
        "fr": interview,
        "nl": translate(interview, locales["nl"], capture),
        "ar": translate(interview, locales["ar"], capture),
    }


def structure(page: FormPage) -> list:
    """What must not change across languages: keys, values, statements, rules."""
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


def labels(page: FormPage) -> list[str]:
    texts = []
    for spec in page.published_version.form_schema.questions:
        texts.append(spec.label)
        texts += [label for _value, label in spec.options.get("choices", [])]
        texts += [text for _key, text in spec.options.get("statements", [])]
    return texts


def test_keys_and_stored_values_are_not_offered_for_translation(interview):
    source, _created = TranslationSource.get_or_create_from_instance(interview)
    offered = StringSegment.objects.filter(source=source)
    texts = set(offered.values_list("string__data", flat=True))
    assert "Pour apprendre la langue" in texts
    assert "Je travaille bien en équipe" in texts
    assert not texts & KEYS
    paths = [
        path.rsplit(".", 1)[-1]
        for path in offered.values_list("context__path", flat=True)
    ]
    assert not {"key", "value", "field", "values"} & set(paths)


def test_translated_forms_keep_keys_values_and_conditions(pages):
    french = pages["fr"]
    for code in ("nl", "ar"):
        page = pages[code]
        assert page.locale.language_code == code
        assert structure(page) == structure(french)
        assert labels(page) == [PREFIX[code] + text for text in labels(french)]
        condition_of = page.published_version.form_schema.question("other_reason")
        assert condition_of.condition.field == "why"
        assert condition_of.condition.values == ("language",)


def test_each_translation_has_its_own_version_with_the_same_structure(pages):
    french_version = pages["fr"].versions.get()
    for code in ("nl", "ar"):
        version = pages[code].versions.get()
        assert version.locale.language_code == code
        assert version.translation_key == french_version.translation_key
        assert version.structure_hash == french_version.structure_hash
        assert version.schema != french_version.schema  # the labels differ


def test_a_coach_reads_each_language_and_the_answers_form_one_dataset(world, pages):
    coach = world.client("a", Role.COACH)
    for code, page in pages.items():
        shown = coach.get(page.url)
        assert shown.status_code == 200
        html = shown.content.decode()
        prefix = PREFIX.get(code, "")
        assert f"{prefix}Pour apprendre la langue" in html
        assert 'value="language"' in html
        if code == "ar":
            assert 'dir="rtl"' in html
        sent = coach.post(page.url, {"form_version": page.versions.get().pk, **ANSWERS})
        assert sent.status_code == 200, sent.content.decode()[:2000]

    submissions = Submission.objects.of_form(pages["fr"].translation_key)
    assert submissions.count() == 3
    assert [row.answers for row in submissions] == [STORED] * 3
    assert {row.locale.language_code for row in submissions} == {"fr", "nl", "ar"}
    for row in submissions:
        assert row.version.locale_id == row.locale_id
        assert row.programme == world.programme["a"]


def test_a_changed_source_is_reported_out_of_date_then_synced(
    world, pages, locales, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    french = FormPage.objects.get(pk=pages["fr"].pk)
    french.form_fields[0].value["label"] = "Prénom usuel"
    french.form_fields.append(question("singleline", "Ville", "city"))
    french.save_revision().publish()
    french.refresh_from_db()
    assert french.versions.count() == 2

    # What wagtail-localize's "Sync translated pages" screen shows: the last sync
    # is older than the page's publication, and the source holds the old text.
    source = TranslationSource.objects.get_for_instance(french)
    assert source.last_updated_at < french.last_published_at
    assert source.as_instance().form_fields[0].value["label"] == "Prénom"

    source.update_from_db()
    dutch_job = Translation.objects.get(source=source, target_locale=locales["nl"])
    total, done = dutch_job.get_progress()
    assert done == total - 2  # the edited label and the new question
    with translation.override("en"):
        assert str(dutch_job.get_status_display()) == "Waiting for translations"

    assert fill_translations(source, locales["nl"]) == 2
    with translation.override("en"):
        assert str(dutch_job.get_status_display()) == "Up to date"
    with capture(execute=True):
        dutch_job.save_target(publish=True)

    dutch = FormPage.objects.get(pk=pages["nl"].pk)
    assert dutch.versions.count() == 2
    schema = dutch.published_version.form_schema
    assert schema.question("first_name").label == "NL: Prénom usuel"
    assert schema.question("city").label == "NL: Ville"
    assert structure(dutch) == structure(french)
    assert (
        dutch.published_version.structure_hash
        == french.published_version.structure_hash
    )

    coach = world.client("a", Role.COACH)
    sent = coach.post(
        dutch.url,
        {"form_version": dutch.published_version.pk, **ANSWERS, "city": "Gent"},
    )
    assert sent.status_code == 200, sent.content.decode()[:2000]
    assert Submission.objects.get().answers == {**STORED, "city": "Gent"}
