"""What a coach filling a form gets: labelled questions, grouped choices, errors
that say where they are, every step without JavaScript, one step at a time with it.
"""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from wagtail.rich_text import RichText

from intake.roles import Role
from surveys.builder import _FORM_CLASSES
from surveys.field_types import FieldType
from surveys.models import Submission
from tests.factories import choices, condition, form_page, question

#: One block of every field type, the page break in the middle.
EVERY_TYPE = {
    FieldType.SINGLELINE: question(
        "singleline", "Prénom", "first_name", help_text="Comme sur la carte."
    ),
    FieldType.MULTILINE: question("multiline", "Votre histoire", "story"),
    FieldType.EMAIL: question("email", "Adresse e-mail", "email"),
    FieldType.NUMBER: question("number", "Enfants", "children", min_value=0),
    FieldType.URL: question("url", "Site web", "website", required=False),
    FieldType.PHONE: question("phone", "Téléphone", "phone"),
    FieldType.CHECKBOX: question("checkbox", "J'ai un vélo", "bike", required=False),
    FieldType.CHECKBOXES: question(
        "checkboxes", "Loisirs", "hobbies", choices=choices(("cook", "Cuisine"))
    ),
    FieldType.DROPDOWN: question(
        "dropdown", "Logement", "housing", choices=choices(("flat", "Appartement"))
    ),
    FieldType.MULTISELECT: question(
        "multiselect", "Transports", "transport", choices=choices(("bus", "Bus"))
    ),
    FieldType.RADIO: question(
        "radio",
        "Pourquoi ?",
        "why",
        choices=choices(("friends", "Des amis"), ("language", "La langue")),
    ),
    FieldType.HEADING: ("heading", {"text": "Vous et votre famille"}),
    FieldType.INSTRUCTIONS: (
        "instructions",
        {"text": RichText("<p>Répondez avec la personne.</p>")},
    ),
    FieldType.PAGE_BREAK: ("page_break", {"title": "Votre projet"}),
    FieldType.DATE: question("date", "Date de naissance", "birth", not_in_future=True),
    FieldType.DATETIME: question("datetime", "Rendez-vous", "meeting"),
    FieldType.HIDDEN: question(
        "hidden", "Source", "source", default_value="tablet", required=False
    ),
    FieldType.LIKERT: question("likert", "Comment allez-vous ?", "mood", points="5"),
    FieldType.MATRIX: question(
        "matrix",
        "Au travail",
        "grid",
        points="3",
        statements=[
            {"text": "Ponctuel", "key": "punctual"},
            {"text": "Poli", "key": "polite"},
        ],
    ),
    FieldType.YES_NO: question("yes_no", "Êtes-vous motivé ?", "motivated"),
    FieldType.REPEATABLE: question(
        "repeatable", "Vos forces", "strengths", item_label="Force", max_items=5
    ),
    FieldType.ACTION_PLAN: question("action_plan", "Plan", "plan", max_steps=4),
    FieldType.COUNTRY: question("country", "Pays de naissance", "country"),
    FieldType.LANGUAGES: question("languages", "Langues parlées", "languages"),
    FieldType.CONSENT: question(
        "consent", "J'accepte", "consent", text="Vos données restent ici.", version="v1"
    ),
    FieldType.SIGNATURE: question(
        "signature", "Signature", "signature", required=False
    ),
}


@pytest.fixture(autouse=True)
def fresh_form_classes():
    """Form classes are cached by version id, and ids come back after a rollback."""
    _FORM_CLASSES.clear()
    yield
    _FORM_CLASSES.clear()


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def is_labelled(soup: BeautifulSoup, control) -> bool:
    if control.get("aria-label", "").strip():
        return True
    labelled_by = control.get("aria-labelledby", "").split()
    if labelled_by and all(
        soup.find(id=i) and soup.find(id=i).get_text(strip=True) for i in labelled_by
    ):
        return True
    label = control.get("id") and soup.find("label", attrs={"for": control["id"]})
    if label and label.get_text(strip=True):
        return True
    wrapping = control.find_parent("label")
    return bool(wrapping and wrapping.get_text(strip=True))


def group_of(control):
    """The fieldset naming a choice, and the text of its legend."""
    fieldset = control.find_parent("fieldset")
    legend = fieldset and fieldset.find("legend", recursive=False)
    return fieldset, legend.get_text(strip=True) if legend else ""


@pytest.fixture
def every_type_form(world):
    blocks = list(EVERY_TYPE.values())
    assert set(EVERY_TYPE) == set(FieldType), "a new field type needs its markup"
    return form_page(world.programme["a"], blocks)


def test_every_type_of_question_is_labelled_and_grouped(world, every_type_form):
    response = world.client("a", Role.COACH).get(every_type_form.url)
    assert response.status_code == 200
    soup = soup_of(response)
    schema = every_type_form.published_version.form_schema

    rendered = {q["data-question"]: q for q in soup.select("[data-question]")}
    assert list(rendered) == list(schema.keys)
    for spec in schema.questions:
        block = rendered[spec.key]
        controls = [
            c
            for c in block.select("input, select, textarea")
            if c.get("type") != "hidden"
        ]
        if spec.type == FieldType.HIDDEN:
            assert controls == []
            continue
        assert controls, spec.key
        for control in controls:
            assert is_labelled(soup, control), (spec.key, str(control)[:200])
        # The question's own text names the input or the group.
        names = " ".join(
            tag.get_text(" ", strip=True) for tag in block.select("label, legend")
        )
        assert spec.label in names, spec.key
        # Required questions say so in words, not only in colour.
        marks = block.select(".question-label .required-mark")
        assert bool(marks) == spec.required, spec.key
        assert all(mark.get_text(strip=True) for mark in marks)

    # Every radio and every list of checkboxes is a fieldset with a legend.
    for control in soup.select("input[type=radio], input[type=checkbox]"):
        same_name = soup.select(f'input[name="{control["name"]}"]')
        if control["type"] == "checkbox" and len(same_name) == 1:
            continue  # one box, with its own label
        fieldset, legend = group_of(control)
        assert fieldset is not None and legend, control["name"]
        assert all(group_of(other)[0] is fieldset for other in same_name)
    # Each line of the matrix is a group named by its statement.
    assert [group_of(c)[1] for c in soup.select('input[name="grid-punctual"]')] == [
        "Ponctuel"
    ] * 3

    # Smiley and yes/no points: a pictogram hidden from screen readers, and text.
    for key, count in (("mood", 5), ("motivated", 2)):
        points = rendered[key].select(".scale-point")
        assert len(points) == count
        for point in points:
            assert point.select_one("svg")["aria-hidden"] == "true"
            assert point.select_one(".scale-text").get_text(strip=True)

    # Help text is linked to its input.
    first_name = soup.find(id="id_first_name")
    assert "id_first_name_helptext" in first_name["aria-describedby"].split()
    assert soup.find(id="id_first_name_helptext").get_text() == "Comme sur la carte."


def test_the_page_carries_steps_progress_rules_and_its_version(world, every_type_form):
    soup = soup_of(world.client("a", Role.COACH).get(every_type_form.url))
    version = every_type_form.published_version

    steps = soup.select("section[data-step]")
    assert [step["data-step"] for step in steps] == ["0", "1"]
    progress = soup.select_one("[data-progress] progress")
    assert (progress["max"], progress["value"]) == ("2", "1")
    assert soup.find(id=progress["aria-labelledby"]).get_text(strip=True)

    rules = json.loads(soup.find("script", id="survey-rules").string)
    assert rules == json.loads(json.dumps(version.form_schema.rules()))
    assert soup.select_one('input[name="form_version"]')["value"] == str(version.pk)
    assert soup.select_one('link[href$="surveys/css/forms.css"]')
    scripts = [script.get("src", "") for script in soup.select("script[src]")]
    assert any(src.endswith("surveys/js/conditions.js") for src in scripts)
    assert any(src.endswith("surveys/js/form.js") for src in scripts)


def test_an_unanswered_required_question_is_listed_and_marked(world, every_type_form):
    coach = world.client("a", Role.COACH)
    version = every_type_form.published_version
    response = coach.post(every_type_form.url, {"form_version": version.pk})
    assert response.status_code == 400
    soup = soup_of(response)

    summary = soup.select_one(".error-summary")
    assert summary["role"] == "alert"
    links = {a["href"]: a.get_text(" ", strip=True) for a in summary.select("a")}
    assert "Prénom" in links["#id_first_name"]
    assert "#id_bike" not in links  # optional: no error
    for href, key in (("#id_first_name", "first_name"), ("#id_motivated", "motivated")):
        target = soup.find(id=href[1:])
        assert target.find_parent(attrs={"data-question": key}) is not None

    # Next to the question too, announced, and linked to the input or group.
    error = soup.find(id="id_first_name_error")
    assert error["role"] == "alert" and error.get_text(strip=True)
    first_name = soup.find(id="id_first_name")
    assert "id_first_name_error" in first_name["aria-describedby"].split()
    assert first_name["aria-invalid"] == "true"
    motivated = soup.select_one('[data-question="motivated"] fieldset')
    assert "id_motivated_error" in motivated["aria-describedby"].split()
    assert not Submission.objects.exists()


def test_without_javascript_every_step_shows_with_its_title_and_one_send_button(
    world,
):
    page = form_page(
        world.programme["a"],
        [
            question("yes_no", "Êtes-vous motivé ?", "motivated"),
            (
                "page_break",
                {
                    "title": "Votre motivation",
                    "show_if": condition("motivated", "equals", "yes"),
                },
            ),
            question("multiline", "Pourquoi ?", "why"),
            ("page_break", {"title": "Pour finir"}),
            question("likert", "Comment allez-vous ?", "mood", points="3"),
        ],
    )
    soup = soup_of(world.client("a", Role.COACH).get(page.url))
    steps = soup.select("section[data-step]")
    assert len(steps) == 3
    assert not any(step.has_attr("hidden") for step in steps)
    assert [step.find("h2").get_text(strip=True) for step in steps[1:]] == [
        "Votre motivation",
        "Pour finir",
    ]
    assert steps[1].select_one('[data-question="why"]')
    assert steps[2].select_one('[data-question="mood"]')
    # One Send button; Back and Next wait for the script.
    assert len(soup.select("form [type=submit]")) == 1
    assert not soup.select_one("[data-send]").has_attr("hidden")
    assert soup.select_one("[data-next]").has_attr("hidden")
    assert soup.select_one("[data-back]").has_attr("hidden")
    assert soup.select_one("[data-progress]").has_attr("hidden")


def test_a_preview_says_so(world):
    page = form_page(
        world.programme["a"], [question("singleline", "Prénom", "first_name")]
    )
    request = RequestFactory().get(page.url)
    request.user = world.user("a", Role.PROGRAMME_MANAGER)
    response = page.serve_preview(request, page.default_preview_mode)
    response.render()
    banner = soup_of(response).select_one(".preview-banner")
    assert banner is not None and banner.get_text(strip=True)
    normal = soup_of(world.client("a", Role.PROGRAMME_MANAGER).get(page.url))
    assert normal.select_one(".preview-banner") is None
