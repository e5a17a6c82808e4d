"""Reads of the form builder: scope, labels across versions, answers, summaries."""

from __future__ import annotations

import copy

import pytest
from django.utils.translation import override
from wagtail.models import Locale

from intake.roles import Role
from surveys.builder import _FORM_CLASSES, form_class_for
from surveys.models import FormPage, Submission
from surveys.schema import FieldSpec
from surveys.selectors import (
    FormCatalog,
    answer_display,
    form_dataset,
    form_for_user,
    form_versions,
    forms_for_user,
    forms_with_activity,
    submission_summary,
)
from surveys.services import submission_create
from tests.factories import ProgrammeFactory, choices, form_page, question


@pytest.fixture(autouse=True)
def fresh_form_classes():
    """Form classes are cached by version id, which a rolled-back test reuses."""
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


def store(page: FormPage, user, **answers) -> Submission:
    """A submission through the same service as the form page."""
    page = FormPage.objects.get(pk=page.pk)
    version = page.published_version
    form = form_class_for(version)(answers, page=page, user=user)
    submission = submission_create(
        page=page, version=version, form=form, data=answers, user=user
    )
    assert submission is not None, form.errors
    return submission


def republish(page: FormPage, *, rename: dict[str, str], drop: set[str]) -> None:
    page = FormPage.objects.get(pk=page.pk)
    raw = [
        block
        for block in copy.deepcopy(list(page.form_fields.raw_data))
        if block["value"]["key"] not in drop
    ]
    for block in raw:
        block["value"]["label"] = rename.get(
            block["value"]["key"], block["value"]["label"]
        )
    page.form_fields = raw
    page.save_revision().publish()


def translate(page: FormPage, language: str, labels: dict[str, str]) -> FormPage:
    locale, _created = Locale.objects.get_or_create(language_code=language)
    translation = page.copy_for_translation(locale, copy_parents=True)
    raw = copy.deepcopy(list(translation.form_fields.raw_data))
    for block in raw:
        block["value"]["label"] = labels.get(block["value"]["key"], "?")
    translation.form_fields = raw
    translation.save_revision().publish()
    return FormPage.objects.get(pk=translation.pk)


@pytest.fixture
def mood_form(world) -> FormPage:
    return form_page(
        world.programme["a"],
        [
            question("likert", "Comment allez-vous ?", "mood", points="5"),
            question("yes_no", "Motivé ?", "motivated", required=False),
        ],
    )


# --- scope --------------------------------------------------------------------------


def test_each_role_sees_the_forms_of_her_scope(world, mood_form):
    second_programme = ProgrammeFactory(cpas=world.cpas["a"])
    other_form = form_page(second_programme, [question("singleline", "Nom", "name")])
    referral = form_page(
        world.programme["a"], [question("singleline", "Nom", "name")], kind="referral"
    )

    def seen(key, role):
        return set(forms_for_user(world.user(key, role)))

    assert seen("a", Role.CPAS_ADMIN) == {mood_form, other_form, referral}
    assert seen("a", Role.COACH) == {mood_form, referral}
    assert seen("a", Role.PROGRAMME_MANAGER) == {mood_form, referral}
    assert seen("b", Role.CPAS_ADMIN) == set()
    assert seen("a", Role.SOCIAL_WORKER) == set()

    social_worker = world.user("a", Role.SOCIAL_WORKER)
    store(referral, social_worker, name="Amina")
    assert seen("a", Role.SOCIAL_WORKER) == {referral}
    assert forms_with_activity(social_worker).get().submission_count == 1


def test_a_translation_stands_for_its_source_form(world, mood_form):
    dutch = translate(mood_form, "nl", {"mood": "Hoe gaat het?"})
    coach = world.user("a", Role.COACH)

    assert list(forms_for_user(coach)) == [mood_form]
    assert form_for_user(coach, dutch.pk) == mood_form
    assert form_for_user(world.user("b", Role.COACH), dutch.pk) is None


def test_the_dataset_is_every_languages_submissions(world, mood_form):
    dutch = translate(mood_form, "nl", {"mood": "Hoe gaat het?"})
    coach = world.user("a", Role.COACH)
    french = store(mood_form, coach, mood="4")
    flemish = store(dutch, coach, mood="2")

    assert set(form_dataset(coach, mood_form)) == {french, flemish}
    assert forms_with_activity(coach).get().submission_count == 2
    assert not form_dataset(world.user("b", Role.CPAS_ADMIN), mood_form).exists()


# --- labels ---------------------------------------------------------------------------


def test_labels_come_from_the_readers_language_then_the_answered_version(
    world, mood_form
):
    coach = world.user("a", Role.COACH)
    old = store(mood_form, coach, mood="4", motivated="yes")
    translate(mood_form, "nl", {"mood": "Hoe gaat het?", "motivated": "Gemotiveerd?"})
    republish(mood_form, rename={"mood": "Votre humeur"}, drop={"motivated"})

    french = FormCatalog(form_versions(mood_form), "fr")
    assert french.keys() == ["mood", "motivated"]
    assert french.spec("mood", old.version_id).label == "Votre humeur"
    assert french.spec("motivated", old.version_id).label == "Motivé ?"
    assert not french.is_current("motivated") and french.is_current("mood")

    dutch = FormCatalog(form_versions(mood_form), "nl")
    assert dutch.spec("mood", old.version_id).label == "Hoe gaat het?"

    # No English version: the source language's newest labels, as in the list.
    english = FormCatalog(form_versions(mood_form), "en")
    assert english.spec("mood", old.version_id).label == "Votre humeur"
    assert english.spec("motivated", old.version_id).label == "Motivé ?"


# --- one answer ---------------------------------------------------------------------


def spec(type_name: str, **options) -> FieldSpec:
    return FieldSpec(type=type_name, key="q", label="Q", options=options)


@pytest.mark.parametrize(
    ("field", "value", "text"),
    [
        (spec("radio", choices=[["work", "Travail"]]), "work", "Travail"),
        (spec("radio", choices=[["work", "Travail"]]), "gone", "gone"),
        (spec("likert", points=5), 4, "4 / 5 (Good)"),
        (spec("likert", points=3, point_labels=["", "", "Super"]), 3, "3 / 3 (Super)"),
        (spec("yes_no"), "no", "No"),
        (spec("country"), "SY", "Syria"),
        (spec("consent"), {"accepted": True, "version": "v1"}, "accepted (version v1)"),
        (spec("singleline"), "", ""),
    ],
)
def test_an_answer_reads_as_its_label(field, value, text):
    with override("en"):
        assert answer_display(field, value).text == text


def test_lists_and_tables_keep_their_shape():
    with override("en"):
        languages = answer_display(spec("languages"), ["ar", "prs"])
        matrix = answer_display(
            spec("matrix", points=5, statements=[["punctual", "Ponctuel"]]),
            {"punctual": 5},
        )
        plan = answer_display(
            spec("action_plan"),
            [{"goal": "Emploi", "step": "CV", "due_date": "", "owner": "Amina"}],
        )
        choices_ = answer_display(
            spec("checkboxes", choices=[["a", "Alpha"], ["b", "Beta"]]), ["b", "a"]
        )
    assert languages.items == ("Arabic", "Dari")
    assert matrix.rows == (("Ponctuel", "5 / 5 (Very good)"),)
    assert plan.headers == ("Goal", "Step", "Due date", "Who")
    assert plan.rows == (("Emploi", "CV", "", "Amina"),)
    assert choices_.items == ("Beta", "Alpha")


# --- summaries ----------------------------------------------------------------------


def test_the_summary_counts_means_and_lists_on_a_known_set(world):
    page = form_page(
        world.programme["a"],
        [
            question("likert", "Humeur", "mood", points="5"),
            question(
                "radio",
                "Motif",
                "reason",
                required=False,
                choices=choices(("work", "Travail"), ("language", "Langue")),
            ),
            question(
                "matrix",
                "Attitude",
                "attitude",
                required=False,
                points="3",
                statements=[{"key": "punctual", "text": "Ponctuel"}],
            ),
            question("multiline", "Remarques", "notes", required=False),
        ],
    )
    version_id = FormPage.objects.get(pk=page.pk).published_version.pk
    rows = [
        ({"mood": 5, "reason": "work", "notes": f"note {n}"}, version_id)
        for n in range(52, 0, -1)
    ] + [
        ({"mood": 1, "reason": "language", "attitude": {"punctual": 2}}, version_id),
        ({"mood": 3, "attitude": {"punctual": 3}}, version_id),
    ]
    with override("en"):
        summary = submission_summary(rows, form_versions(page), "fr")
    questions = {q.key: q for q in summary.questions}

    assert summary.total == 54
    mood = questions["mood"].scales[0]
    assert mood.answered == 54
    assert mood.mean == pytest.approx((52 * 5 + 1 + 3) / 54, abs=0.01)
    assert [row.count for row in mood.distribution] == [1, 0, 1, 0, 52]
    assert [(r.label, r.count) for r in questions["reason"].choices] == [
        ("Travail", 52),
        ("Langue", 1),
    ]
    punctual = questions["attitude"].scales[0]
    assert (punctual.label, punctual.answered, punctual.mean) == ("Ponctuel", 2, 2.5)
    assert [row.count for row in punctual.distribution] == [0, 1, 1]
    notes = questions["notes"]
    assert notes.answered == 52
    assert notes.texts[:2] == ["note 52", "note 51"] and len(notes.texts) == 50
    assert notes.more_texts == 2


def test_questions_removed_later_are_summarised_after_the_current_ones(
    world, mood_form
):
    coach = world.user("a", Role.COACH)
    store(mood_form, coach, mood="4", motivated="yes")
    republish(mood_form, rename={}, drop={"motivated"})
    store(mood_form, coach, mood="2")

    summary = submission_summary(
        Submission.objects.all(), form_versions(mood_form), "fr"
    )
    assert [(q.key, q.current, q.answered) for q in summary.questions] == [
        ("mood", True, 2),
        ("motivated", False, 1),
    ]
    assert summary.questions[0].scales[0].mean == 3
