"""The orientation interview: the first meeting with a referred person.

The guide describes the same first meeting in every programme: the person's
situation, strengths and weaknesses, obstacles and dreams, and two questions
(is the person motivated? can the project answer the request for help?).
Mod'Actions (Liège) also defines a small personal project and proposes groups.
"""

from __future__ import annotations

from intake.models import Programme
from surveys.demo.draft import (
    Block,
    FormDraft,
    Writer,
    choices,
    heading,
    instructions,
    page_break,
    question,
    show_if,
)
from surveys.models import FormKind

#: Mod'Actions orients each person to one or more of its groups.
GROUPS_PROGRAMME = "mod-actions"


def obstacle_questions(w: Writer, label: str, help_text: str = "") -> list[Block]:
    """The obstacles (checkboxes) and "other obstacle", shown when "other"."""
    return [
        question(
            "checkboxes",
            "obstacles",
            label,
            required=False,
            help_text=help_text,
            choices=choices(
                ("language", w("La langue", "De taal")),
                ("housing", w("Le logement", "Huisvesting")),
                ("health", w("La santé", "Gezondheid")),
                ("childcare", w("La garde des enfants", "Kinderopvang")),
                ("money", w("L'argent, les dettes", "Geld, schulden")),
                ("trauma_stress", w("Traumatisme, stress", "Trauma, stress")),
                ("mobility", w("Les déplacements", "Vervoer, je verplaatsen")),
                ("other", w("Autre", "Iets anders")),
            ),
        ),
        question(
            "singleline",
            "other_obstacle",
            w("Quel autre obstacle ?", "Welke andere drempel?"),
            show_if=show_if("obstacles", "one_of", "other"),
        ),
    ]


def _groups(w: Writer, programme: Programme) -> list[Block]:
    if programme.slug != GROUPS_PROGRAMME:
        return []
    return [
        question(
            "multiline",
            "mini_project",
            w("Mini-projet personnel", "Klein persoonlijk project"),
            required=False,
            help_text=w(
                "Défini avec la personne à partir de ses talents, de ses "
                "obstacles et de ses choix de vie.",
                "Samen met de persoon bepaald, vanuit talenten, drempels en "
                "levenskeuzes.",
            ),
        ),
        question(
            "checkboxes",
            "proposed_groups",
            w("Groupes proposés", "Voorgestelde groepen"),
            required=False,
            show_if=show_if("programme_can_answer", "equals", "yes"),
            choices=choices(
                (
                    "low_language",
                    w(
                        "Groupe à faibles compétences linguistiques",
                        "Groep met beperkte taalvaardigheid",
                    ),
                ),
                (
                    "low_language_advanced",
                    w(
                        "Groupe à faibles compétences linguistiques avancé",
                        "Groep met beperkte taalvaardigheid, gevorderd",
                    ),
                ),
                ("computer", w("Groupe informatique", "Computergroep")),
                ("art", w("Groupe artistique", "Kunstgroep")),
                ("project", w("Groupe réalisation de projet", "Projectgroep")),
            ),
        ),
    ]


def orientation_interview(w: Writer, programme: Programme) -> FormDraft:
    name = programme.name
    fields = [
        heading(w("Situation", "Situatie")),
        question(
            "date",
            "interview_date",
            w("Date de l'entretien", "Datum van het gesprek"),
            not_in_future=True,
            max_years_ago=2,
        ),
        question(
            "radio",
            "interview_place",
            w("Lieu de l'entretien", "Plaats van het gesprek"),
            required=False,
            choices=choices(
                ("cpas_office", w("Au CPAS", "Op het OCMW")),
                ("home_visit", w("Visite à domicile", "Huisbezoek")),
                ("other_place", w("Ailleurs", "Ergens anders")),
            ),
        ),
        question(
            "multiline",
            "housing",
            w("Logement", "Huisvesting"),
            required=False,
        ),
        question(
            "multiline",
            "family",
            w("Famille", "Gezin"),
            required=False,
            help_text=w(
                "Avec qui la personne vit, enfants, famille restée au pays.",
                "Met wie de persoon samenwoont, kinderen, familie in het thuisland.",
            ),
        ),
        question(
            "multiline",
            "health",
            w("Santé", "Gezondheid"),
            required=False,
            help_text=w(
                "Santé physique et mentale : seulement ce que la personne veut "
                "raconter.",
                "Lichamelijke en mentale gezondheid: enkel wat de persoon wil "
                "vertellen.",
            ),
        ),
        question(
            "yes_no",
            "follows_language_course",
            w(
                "La personne suit-elle un cours de français ?",
                "Volgt de persoon een cursus Nederlands?",
            ),
            required=False,
        ),
        page_break(w("Points forts et points faibles", "Sterktes en zwaktes")),
        question(
            "repeatable",
            "strengths",
            w("Points forts", "Sterktes"),
            item_label=w("Point fort", "Sterkte"),
            max_items=10,
        ),
        question(
            "repeatable",
            "weaknesses",
            w("Points faibles", "Zwaktes"),
            required=False,
            item_label=w("Point faible", "Zwakte"),
            max_items=10,
        ),
        page_break(w("Obstacles", "Drempels")),
        *obstacle_questions(
            w,
            w(
                "À quels obstacles la personne est-elle confrontée ?",
                "Welke drempels ervaart de persoon?",
            ),
        ),
        page_break(w("Rêves et motivation", "Dromen en motivatie")),
        question(
            "repeatable",
            "dreams",
            w("Rêves", "Dromen"),
            help_text=w(
                "Par exemple : étudier, apprendre le français, travailler comme "
                "cuisinier, passer le permis de conduire.",
                "Bijvoorbeeld: studeren, Nederlands leren, als kok werken, het "
                "rijbewijs halen.",
            ),
            item_label=w("Rêve", "Droom"),
            max_items=5,
        ),
        question(
            "likert",
            "motivation",
            w(
                f"Quelle est la motivation de la personne pour {name} ?",
                f"Hoe gemotiveerd is de persoon voor {name}?",
            ),
            points="5",
            point_labels=w.lines(
                ("Pas motivée", "Niet gemotiveerd"),
                ("Peu motivée", "Weinig gemotiveerd"),
                ("Moyennement", "Matig"),
                ("Motivée", "Gemotiveerd"),
                ("Très motivée", "Heel gemotiveerd"),
            ),
        ),
        question(
            "multiline",
            "help_request",
            w("Demande d'aide", "Hulpvraag"),
            help_text=w(
                "Dans les mots de la personne : qu'attend-elle du projet ?",
                "In de woorden van de persoon: wat verwacht ze van het project?",
            ),
        ),
        page_break(w("Conclusion", "Besluit")),
        instructions(
            w(
                "<p>Deux questions décident de la suite : la personne est-elle "
                "motivée ? Le projet peut-il répondre à sa demande d'aide ?</p>",
                "<p>Twee vragen bepalen het vervolg: is de persoon gemotiveerd? "
                "Kan het project op de hulpvraag ingaan?</p>",
            )
        ),
        question(
            "yes_no",
            "is_motivated",
            w(
                f"La personne est-elle motivée pour participer à {name} ?",
                f"Is de persoon gemotiveerd om deel te nemen aan {name}?",
            ),
        ),
        question(
            "yes_no",
            "programme_can_answer",
            w(
                f"{name} peut-il répondre à la demande d'aide ?",
                f"Kan {name} ingaan op de hulpvraag?",
            ),
        ),
        *_groups(w, programme),
        question(
            "multiline",
            "conclusion_notes",
            w("Remarques", "Opmerkingen"),
            required=False,
            help_text=w(
                "Par exemple : vers quel autre service orienter la personne.",
                "Bijvoorbeeld: naar welke andere dienst de persoon kan gaan.",
            ),
        ),
        question(
            "date",
            "next_appointment",
            w("Prochain rendez-vous", "Volgende afspraak"),
            required=False,
            not_in_past=True,
            max_years_ahead=1,
            show_if=show_if("programme_can_answer", "equals", "yes"),
        ),
    ]
    return FormDraft(
        slug="orientation-interview",
        kind=FormKind.ORIENTATION_INTERVIEW,
        title=w("Entretien d'orientation", "Oriëntatiegesprek"),
        intro=w(
            f"<p>Premier entretien avec une personne orientée vers {name} (au "
            "moins une heure, au CPAS ou à domicile). Expliquez le projet, puis "
            "apprenez à connaître la situation de la personne : ses points "
            "forts, ses points faibles, ses obstacles et ses rêves.</p>",
            f"<p>Eerste gesprek met iemand die naar {name} werd doorverwezen "
            "(minstens een uur, op het OCMW of bij de persoon thuis). Leg het "
            "project uit en leer de situatie van de persoon kennen: sterktes, "
            "zwaktes, drempels en dromen.</p>",
        ),
        fields=fields,
        thank_you_text=w(
            "<p>L'entretien est enregistré.</p>",
            "<p>Het gesprek is bewaard.</p>",
        ),
    )
