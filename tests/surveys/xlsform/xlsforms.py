"""XLSForm files written in the standard's published shapes, for the tests."""

from __future__ import annotations

import io

from openpyxl import Workbook

FR, NL, EN = "French (fr)", "Dutch (nl)", "English (en)"


def workbook(
    survey: list[list], choices: list[list] | None = None, settings=None
) -> bytes:
    """``survey`` and ``choices`` each start with their header row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    choice_sheet = book.create_sheet("choices")
    for row in choices or [["list_name", "name", "label"]]:
        choice_sheet.append(row)
    if settings:
        settings_sheet = book.create_sheet("settings")
        settings_sheet.append(list(settings))
        settings_sheet.append(list(settings.values()))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# One row a line, as the standard's documentation shows a survey sheet.
def three_languages() -> bytes:
    """A satisfaction survey in French, Dutch and English: every supported type,
    a group with a condition, a repeat, an 'or other' list and one construct the
    builder cannot carry (a ranking)."""
    header = [
        "type",
        "name",
        f"label::{FR}",
        f"label::{NL}",
        f"label::{EN}",
        f"hint::{FR}",
        "required",
        "relevant",
        "constraint",
        "appearance",
        "parameters",
        "choice_filter",
    ]
    rows = [
        header,
        [
            "note",
            "welcome",
            "Bienvenue",
            "Welkom",
            "Welcome",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "select_one yes_no",
            "happy",
            "Êtes-vous content ?",
            "Ben je tevreden?",
            "Are you happy?",
            "Une réponse",
            "yes",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "text",
            "why_not",
            "Pourquoi pas ?",
            "Waarom niet?",
            "Why not?",
            "",
            "",
            "${happy} = 'no'",
            "",
            "",
            "",
            "",
        ],
        [
            "range",
            "mood",
            "Votre humeur",
            "Je stemming",
            "Your mood",
            "",
            "yes",
            "",
            "",
            "",
            "start=1 end=5 step=1",
            "",
        ],
        [
            "integer",
            "age",
            "Votre âge",
            "Je leeftijd",
            "Your age",
            "",
            "",
            "",
            ". >= 18 and . <= 120",
            "",
            "",
            "",
        ],
        [
            "decimal",
            "hours",
            "Heures par semaine",
            "Uren per week",
            "Hours a week",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "date",
            "arrived",
            "Date d'arrivée",
            "Datum van aankomst",
            "Arrival date",
            "",
            "",
            "",
            ". <= today()",
            "",
            "",
            "",
        ],
        [
            "dateTime",
            "meeting",
            "Rendez-vous",
            "Afspraak",
            "Appointment",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "begin_group",
            "more",
            "Plus de questions",
            "Meer vragen",
            "More questions",
            "",
            "",
            "${happy} = 'yes'",
            "",
            "field-list",
            "",
            "",
        ],
        [
            "select_multiple activities or_other",
            "liked",
            "Qu'avez-vous aimé ?",
            "Wat vond je leuk?",
            "What did you like?",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "select_one activities",
            "best",
            "La meilleure ?",
            "De beste?",
            "The best?",
            "",
            "",
            "selected(${liked}, 'cooking') or selected(${liked}, 'walk')",
            "",
            "minimal",
            "",
            "region = 'x'",
        ],
        [
            "text",
            "comment",
            "Un commentaire",
            "Een opmerking",
            "A comment",
            "",
            "",
            "${liked} != ''",
            "",
            "multiline",
            "",
            "",
        ],
        [
            "acknowledge",
            "agree",
            "J'accepte",
            "Ik ga akkoord",
            "I agree",
            "",
            "yes",
            "",
            "",
            "",
            "",
            "",
        ],
        ["end_group", "", "", "", "", "", "", "", "", "", "", ""],
        [
            "begin_repeat",
            "friends",
            "Vos amis",
            "Je vrienden",
            "Your friends",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "text",
            "friend",
            "Prénom",
            "Voornaam",
            "First name",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        ["end_repeat", "", "", "", "", "", "", "", "", "", "", ""],
        ["rank", "order", "Classez", "Rangschik", "Rank", "", "", "", "", "", "", ""],
        [
            "text",
            "tricky",
            "Difficile",
            "Moeilijk",
            "Tricky",
            "",
            "",
            "${age} > 30 and ${happy} = 'yes'",
            "",
            "",
            "",
            "",
        ],
        ["start", "started", "", "", "", "", "", "", "", "", "", ""],
    ]
    choices = [
        ["list_name", "name", f"label::{FR}", f"label::{NL}", f"label::{EN}"],
        ["yes_no", "yes", "Oui", "Ja", "Yes"],
        ["yes_no", "no", "Non", "Nee", "No"],
        ["activities", "cooking", "La cuisine", "Koken", "Cooking"],
        ["activities", "walk", "La promenade", "De wandeling", "The walk"],
        ["activities", "museum", "Le musée", "Het museum", "The museum"],
    ]
    settings = {
        "form_title": "Satisfaction",
        "form_id": "satisfaction",
        "default_language": FR,
    }
    return workbook(rows, choices, settings)
