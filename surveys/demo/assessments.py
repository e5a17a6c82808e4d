"""Two programmes' own assessments.

- Interactief! (Ghent) observes each participant during the VIA path, for example
  in the box game, on nine competencies: the competency observation grid.
- Move Up! (Brussels) tests reading and writing after the orientation interview
  to form groups by language level: the language level placement.
"""

from __future__ import annotations

from intake.models import Programme
from surveys.demo.draft import FormDraft, Writer, choices, question, statements
from surveys.models import FormKind


def competency_grid(w: Writer, programme: Programme) -> FormDraft:
    fields = [
        question(
            "date",
            "observation_date",
            w("Date de l'observation", "Datum van de observatie"),
            not_in_future=True,
            max_years_ago=2,
        ),
        question(
            "radio",
            "activity",
            w("Activité observée", "Geobserveerde activiteit"),
            choices=choices(
                ("box_game", w("Jeu des boîtes", "Dozenspel")),
                (
                    "work_initiation",
                    w("Initiation professionnelle", "Beroepsinitiatie"),
                ),
                ("group_session", w("Séance de groupe", "Groepssessie")),
                ("other", w("Autre", "Andere")),
            ),
        ),
        question(
            "matrix",
            "competencies",
            w("Compétences observées", "Geobserveerde competenties"),
            points="5",
            point_labels=w.lines(
                ("Pas encore", "Nog niet"),
                ("Un peu", "Een beetje"),
                ("Suffisant", "Voldoende"),
                ("Bien", "Goed"),
                ("Très bien", "Zeer goed"),
            ),
            statements=statements(
                ("initiative", w("Prise d'initiative", "Initiatief nemen")),
                (
                    "responsibility",
                    w("Sens des responsabilités", "Verantwoordelijkheidszin"),
                ),
                ("insight", w("Perspicacité", "Inzicht")),
                ("cooperation", w("Coopération", "Samenwerken")),
                ("safe_work", w("Travail en sécurité", "Veilig werken")),
                ("listening", w("Capacité d'écoute", "Luisteren")),
                (
                    "oral_communication",
                    w("Communication orale", "Mondelinge communicatie"),
                ),
                (
                    "local_language",
                    w("Connaissance du français", "Kennis van het Nederlands"),
                ),
                ("physical_condition", w("Condition physique", "Fysieke conditie")),
            ),
        ),
        question(
            "multiline",
            "went_well",
            w("Ce qui s'est bien passé", "Wat ging goed?"),
            required=False,
        ),
        question(
            "multiline",
            "points_to_work_on",
            w("Points à travailler", "Werkpunten"),
            required=False,
        ),
        question(
            "repeatable",
            "interests",
            w(
                "Centres d'intérêt et métiers à découvrir",
                "Interesses en beroepen om te ontdekken",
            ),
            required=False,
            item_label=w("Intérêt ou métier", "Interesse of beroep"),
            max_items=8,
        ),
    ]
    return FormDraft(
        slug="competency-grid",
        kind=FormKind.COMPETENCY_GRID,
        title=w(
            "Grille d'observation des compétences", "Observatierooster competenties"
        ),
        intro=w(
            "<p>Remplissez cette grille pour chaque participant après une activité "
            "de groupe, par exemple le jeu des boîtes : des groupes de quatre à "
            "six participants construisent ensemble une construction avec quarante "
            "boîtes en carton et des poutres en bois, en suivant des "
            "consignes.</p>",
            "<p>Vul dit rooster in voor elke deelnemer na een groepsactiviteit, "
            "bijvoorbeeld het dozenspel: groepjes van vier tot zes deelnemers "
            "bouwen samen een constructie met veertig kartonnen dozen en houten "
            "balken, volgens opdrachten.</p>",
        ),
        fields=fields,
        thank_you_text=w(
            "<p>L'observation est enregistrée.</p>",
            "<p>De observatie is bewaard.</p>",
        ),
    )


def language_placement(w: Writer, programme: Programme) -> FormDraft:
    fields = [
        question(
            "date",
            "test_date",
            w("Date du test", "Datum van de test"),
            not_in_future=True,
            max_years_ago=2,
        ),
        question(
            "yes_no",
            "reads_latin_alphabet",
            w(
                "La personne connaît-elle l'alphabet latin ?",
                "Kent de persoon het Latijnse alfabet?",
            ),
        ),
        question(
            "number",
            "school_years",
            w("Nombre d'années d'école", "Aantal jaren school"),
            required=False,
            min_value=0,
            max_value=25,
        ),
        question(
            "radio",
            "reading_level",
            w("Lecture", "Lezen"),
            choices=choices(
                ("does_not_read", w("Ne lit pas", "Leest niet")),
                ("reads_letters", w("Lit des lettres", "Leest letters")),
                ("reads_words", w("Lit des mots", "Leest woorden")),
                (
                    "reads_short_sentences",
                    w("Lit des phrases courtes", "Leest korte zinnen"),
                ),
                ("reads_texts", w("Lit des textes", "Leest teksten")),
            ),
        ),
        question(
            "radio",
            "writing_level",
            w("Écriture", "Schrijven"),
            choices=choices(
                ("does_not_write", w("N'écrit pas", "Schrijft niet")),
                ("writes_letters", w("Écrit des lettres", "Schrijft letters")),
                ("writes_words", w("Écrit des mots", "Schrijft woorden")),
                (
                    "writes_short_sentences",
                    w("Écrit des phrases courtes", "Schrijft korte zinnen"),
                ),
                ("writes_texts", w("Écrit des textes", "Schrijft teksten")),
            ),
        ),
        question(
            "radio",
            "oral_level",
            w("Comprendre et parler", "Begrijpen en spreken"),
            choices=choices(
                (
                    "few_words",
                    w(
                        "Comprend et dit quelques mots",
                        "Begrijpt en zegt enkele woorden",
                    ),
                ),
                (
                    "simple_sentences",
                    w(
                        "Se débrouille avec des phrases simples",
                        "Redt zich met korte zinnen",
                    ),
                ),
                (
                    "everyday_conversation",
                    w(
                        "Tient une conversation de tous les jours",
                        "Voert een gewoon gesprek",
                    ),
                ),
                ("fluent", w("Parle couramment", "Spreekt vlot")),
            ),
        ),
        question(
            "radio",
            "preferred_schedule",
            w("Horaire de groupe souhaité", "Gewenst groepsrooster"),
            choices=choices(
                ("mornings", w("Le matin", "Voormiddag")),
                ("afternoons", w("L'après-midi", "Namiddag")),
                ("no_preference", w("Pas de préférence", "Geen voorkeur")),
            ),
        ),
        question(
            "multiline",
            "schedule_constraints",
            w(
                "Contraintes d'horaire (enfants, autres cours, rendez-vous)",
                "Beperkingen in het rooster (kinderen, andere lessen, afspraken)",
            ),
            required=False,
        ),
        question(
            "radio",
            "proposed_group",
            w("Groupe proposé", "Voorgestelde groep"),
            choices=choices(
                ("literacy", w("Alphabétisation", "Alfabetisering")),
                ("beginners", w("Débutants", "Beginners")),
                ("advanced", w("Avancés", "Gevorderden")),
            ),
        ),
    ]
    return FormDraft(
        slug="language-placement",
        kind=FormKind.LANGUAGE_PLACEMENT,
        title=w("Test de niveau linguistique", "Taalniveautest"),
        intro=w(
            "<p>Après l'entretien d'orientation, les accompagnateurs de groupe "
            "font passer un petit test de lecture et d'écriture. Il sert à former "
            "des groupes par niveau et à adapter le contenu des cours.</p>",
            "<p>Na het oriëntatiegesprek nemen de groepsbegeleiders een korte "
            "lees- en schrijftest af. Zo worden groepen per niveau gevormd en "
            "wordt de inhoud van de lessen aangepast.</p>",
        ),
        fields=fields,
        thank_you_text=w(
            "<p>Le test est enregistré.</p>", "<p>De test is bewaard.</p>"
        ),
    )
