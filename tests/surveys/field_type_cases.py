"""The cases of every field type (tests/surveys/test_field_types.py): one question
of each type, the answers it stores as given JSON and those it refuses."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from tests.factories import choices, question
from tests.surveys import signature_images as drawn

TODAY = timezone.localdate()
YESTERDAY = (TODAY - datetime.timedelta(days=1)).isoformat()
TOMORROW = (TODAY + datetime.timedelta(days=1)).isoformat()
TWO_CENTURIES_AGO = TODAY.replace(year=TODAY.year - 200, day=1).isoformat()
STORY = "Arrivée en 2023.\nCherche un stage."
PLAN_ROW = {
    "plan-0-goal": "Trouver un stage",
    "plan-0-step": "Appeler le Forem",
    "plan-0-due_date": "2030-06-30",
    "plan-0-owner": "Amina",
}


@dataclass(frozen=True)
class Case:
    """One question; answers it stores as given JSON; answers it refuses."""

    block: tuple[str, dict]
    valid: list[tuple[dict, Any]] = field(default_factory=list)
    #: (posted data, a part of the English error message)
    invalid: list[tuple[dict, str]] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.block[0]

    @property
    def key(self) -> str:
        return self.block[1].get("key", "")


CASES = [
    Case(
        question("singleline", "Prénom", "first_name", max_length=10),
        valid=[({"first_name": "  Amina "}, "Amina")],
        invalid=[
            ({"first_name": "Aminata Diallo"}, "at most 10 characters"),
            ({}, "This question needs an answer."),
        ],
    ),
    Case(
        question("multiline", "Votre parcours", "story"),
        valid=[({"story": "Arrivée en 2023.\nCherche un stage."}, STORY)],
        invalid=[({"story": "x" * 2001}, "at most 2000 characters")],
    ),
    Case(
        question("email", "E-mail", "email"),
        valid=[({"email": "amina@example.org"}, "amina@example.org")],
        invalid=[({"email": "amina@"}, "valid email"), ({"email": "amina"}, "valid")],
    ),
    Case(
        question("number", "Âge", "age", min_value=16, max_value=120),
        valid=[({"age": "42"}, 42), ({"age": "16.5"}, 16.5), ({"age": "120"}, 120)],
        invalid=[
            ({"age": "15"}, "greater than or equal to 16"),
            ({"age": "121"}, "less than or equal to 120"),
            ({"age": "quarante"}, "Enter a number."),
        ],
    ),
    Case(
        question("url", "Site web", "website"),
        valid=[({"website": "https://www.leforem.be/"}, "https://www.leforem.be/")],
        invalid=[
            ({"website": "javascript:alert(1)"}, "Enter a valid URL."),
            ({"website": "pas une adresse"}, "Enter a valid URL."),
        ],
    ),
    Case(
        question("checkbox", "J'ai un vélo", "has_bike", required=False),
        valid=[({"has_bike": "on"}, True), ({}, None)],
    ),
    Case(
        question("checkbox", "J'ai lu le règlement", "read_rules"),
        valid=[({"read_rules": "on"}, True)],
        invalid=[({}, "This question needs an answer.")],
    ),
    Case(
        question(
            "checkboxes",
            "Besoins",
            "needs",
            choices=choices(("french_course", "Cours"), ("housing", "Logement")),
        ),
        valid=[
            ({"needs": ["french_course", "housing"]}, ["french_course", "housing"]),
            ({"needs": ["housing"]}, ["housing"]),
        ],
        invalid=[
            ({"needs": ["driving"]}, "Select a valid choice"),
            ({"needs": ["Logement"]}, "Select a valid choice"),
            ({}, "This question needs an answer."),
        ],
    ),
    Case(
        question(
            "dropdown",
            "Commune",
            "city",
            choices=choices(("antwerpen", "Anvers"), ("gent", "Gand")),
        ),
        valid=[({"city": "gent"}, "gent")],
        invalid=[
            ({"city": "paris"}, "Select a valid choice"),
            ({"city": "Gand"}, "Select a valid choice"),
        ],
    ),
    Case(
        question(
            "multiselect",
            "Disponibilités",
            "availability",
            choices=choices(("morning", "Matin"), ("afternoon", "Après-midi")),
        ),
        valid=[({"availability": ["morning", "afternoon"]}, ["morning", "afternoon"])],
        invalid=[({"availability": ["night"]}, "Select a valid choice")],
    ),
    Case(
        question(
            "radio",
            "Pourquoi ?",
            "why",
            choices=choices(("friends", "Des amis"), ("language", "La langue")),
        ),
        valid=[({"why": "language"}, "language")],
        invalid=[
            ({"why": "Des amis"}, "Select a valid choice"),
            ({}, "This question needs an answer."),
        ],
    ),
    Case(
        question("date", "Date de naissance", "birth_date", not_in_future=True),
        valid=[
            ({"birth_date": YESTERDAY}, YESTERDAY),
            ({"birth_date": TODAY.isoformat()}, TODAY.isoformat()),
        ],
        invalid=[
            ({"birth_date": TOMORROW}, "cannot be in the future"),
            ({"birth_date": TWO_CENTURIES_AGO}, "too long ago"),
            ({"birth_date": "2020-02-30"}, "Enter a valid date."),
        ],
    ),
    Case(
        question("date", "Rendez-vous", "appointment", not_in_past=True),
        valid=[({"appointment": TOMORROW}, TOMORROW)],
        invalid=[({"appointment": YESTERDAY}, "cannot be in the past")],
    ),
    Case(
        question("datetime", "Début", "starts_at"),
        valid=[({"starts_at": "2030-03-04T09:30"}, "2030-03-04T09:30:00+01:00")],
        invalid=[({"starts_at": "demain matin"}, "Enter a valid date/time.")],
    ),
    Case(
        question(
            "hidden", "Canal", "channel", default_value="web-referral", required=False
        ),
        valid=[({"channel": "web-referral"}, "web-referral"), ({}, "web-referral")],
        invalid=[({"channel": "import"}, "changed outside the form")],
    ),
    Case(
        question("likert", "Comment allez-vous ?", "mood", points="5"),
        valid=[({"mood": "1"}, 1), ({"mood": "5"}, 5)],
        invalid=[
            ({"mood": "6"}, "Select a valid choice"),
            ({"mood": "0"}, "Select a valid choice"),
            ({"mood": "happy"}, "Select a valid choice"),
        ],
    ),
    Case(
        question("likert", "Le groupe ?", "group_mood", points="3"),
        valid=[({"group_mood": "3"}, 3)],
        invalid=[({"group_mood": "4"}, "Select a valid choice")],
    ),
    Case(
        question(
            "matrix",
            "Comment vous voyez-vous ?",
            "grid",
            points="5",
            statements=[
                {"text": "Je suis ponctuel", "key": "punctual"},
                {"text": "Je travaille en équipe", "key": "teamwork"},
            ],
        ),
        valid=[
            (
                {"grid-punctual": "4", "grid-teamwork": "5"},
                {"punctual": 4, "teamwork": 5},
            )
        ],
        invalid=[
            ({"grid-punctual": "4"}, "Answer every line."),
            ({"grid-punctual": "9", "grid-teamwork": "1"}, "points of the scale"),
        ],
    ),
    Case(
        question("yes_no", "Êtes-vous motivé ?", "motivated"),
        valid=[({"motivated": "yes"}, "yes"), ({"motivated": "no"}, "no")],
        invalid=[
            ({"motivated": "oui"}, "Select a valid choice"),
            ({"motivated": "Yes"}, "Select a valid choice"),
        ],
    ),
    Case(
        question("repeatable", "Vos forces", "strengths", max_items=2),
        valid=[
            ({"strengths": ["Cuisine", " Couture ", ""]}, ["Cuisine", "Couture"]),
        ],
        invalid=[
            ({"strengths": ["Cuisine", "Couture", "Chant"]}, "at most 2 items"),
            ({"strengths": ["x" * 501]}, "at most 500 characters"),
            ({"strengths": [""]}, "This question needs an answer."),
        ],
    ),
    Case(
        question("action_plan", "Plan d'action", "plan", max_steps=3),
        valid=[
            (
                PLAN_ROW,
                [
                    {
                        "goal": "Trouver un stage",
                        "step": "Appeler le Forem",
                        "due_date": "2030-06-30",
                        "owner": "Amina",
                    }
                ],
            )
        ],
        invalid=[
            ({**PLAN_ROW, "plan-0-goal": ""}, "needs a goal and a step"),
            ({**PLAN_ROW, "plan-0-due_date": "30/06/2030"}, "as a date"),
            ({**PLAN_ROW, "plan-0-due_date": "2030-02-30"}, "as a date"),
        ],
    ),
    Case(
        question("country", "Pays de naissance", "birth_country"),
        valid=[({"birth_country": "SY"}, "SY"), ({"birth_country": "ER"}, "ER")],
        invalid=[
            ({"birth_country": "XX"}, "Select a valid choice"),
            ({"birth_country": "EU"}, "Select a valid choice"),
            ({"birth_country": "Syrie"}, "Select a valid choice"),
        ],
    ),
    Case(
        question("languages", "Langues parlées", "languages"),
        valid=[({"languages": ["ar", "ti"]}, ["ar", "ti"])],
        invalid=[
            ({"languages": ["zz"]}, "Select a valid choice"),
            ({"languages": ["ar", "arabe"]}, "Select a valid choice"),
        ],
    ),
    Case(
        question(
            "consent",
            "Consentement",
            "consent",
            required=False,  # a consent is required whatever the block says
            text="J'accepte que mes réponses soient conservées.",
            version="v1",
        ),
        valid=[({"consent": "on"}, {"accepted": True, "version": "v1"})],
        invalid=[({}, "This question needs an answer.")],
    ),
    Case(
        question("signature", "Signature du contrat", "signature"),
        valid=[({"signature": drawn.SIGNATURE}, {"image": drawn.SIGNATURE_NAME})],
        invalid=[
            ({}, "The signature box is empty"),
            ({"signature": drawn.BLANK_SIGNATURE}, "The signature box is empty"),
            ({"signature": drawn.not_a_png()}, "not a drawing from the signature box"),
            ({"signature": "javascript:alert(1)"}, "not a drawing"),
        ],
    ),
    Case(
        question("phone", "Téléphone", "phone"),
        valid=[
            ({"phone": "0470 12 34 56"}, "+32470123456"),
            ({"phone": "+33 6 12 34 56 78"}, "+33612345678"),
        ],
        invalid=[
            ({"phone": "abc"}, "is not a phone number"),
            ({"phone": "0470"}, "Write it as 0470 12 34 56"),
        ],
    ),
    Case(("heading", {"text": "Votre parcours"})),
    Case(("instructions", {"text": "<p>Répondez <b>avec</b> la personne.</p>"})),
    Case(("page_break", {"title": "Suite", "show_if": {}})),
]
