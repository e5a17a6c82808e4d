"""The strengths / obstacles / dreams questionnaire, filled with the participant.

Charleroi's collective coaching has participants name their strengths and
weaknesses and express a personal project or a dream; the other programmes list
them in the orientation interview. Here the person answers in plain words, with
the same keys as the interview's questions.
"""

from __future__ import annotations

from intake.models import Programme
from surveys.demo.draft import (
    FormDraft,
    Writer,
    choices,
    heading,
    page_break,
    question,
    statements,
)
from surveys.demo.interview import obstacle_questions
from surveys.models import FormKind


def strengths_obstacles_dreams(w: Writer, programme: Programme) -> FormDraft:
    """Filled with the participant, in plain words: the person speaks."""
    fields = [
        heading(w("Ce que je sais faire", "Wat ik goed kan")),
        question(
            "repeatable",
            "strengths",
            w("Qu'est-ce que vous savez bien faire ?", "Wat kan je goed?"),
            item_label=w("Une chose que je sais faire", "Iets wat ik goed kan"),
            max_items=10,
        ),
        question(
            "checkboxes",
            "talents",
            w("Qu'aimez-vous faire ?", "Wat doe je graag?"),
            required=False,
            choices=choices(
                ("cooking", w("Cuisiner", "Koken")),
                ("crafts", w("Bricoler, réparer", "Knutselen, herstellen")),
                ("sewing", w("Coudre", "Naaien")),
                ("gardening", w("Jardiner", "Tuinieren")),
                ("sport", w("Faire du sport", "Sporten")),
                ("art_music", w("Dessiner, faire de la musique", "Tekenen, muziek")),
                ("computers", w("Travailler sur l'ordinateur", "Met de computer")),
                ("caring", w("Aider d'autres personnes", "Voor anderen zorgen")),
                ("children", w("M'occuper d'enfants", "Voor kinderen zorgen")),
                ("languages", w("Apprendre des langues", "Talen leren")),
            ),
        ),
        question(
            "multiline",
            "previous_experience",
            w(
                "Qu'avez-vous fait avant de venir en Belgique (école, travail) ?",
                "Wat deed je voor je naar België kwam (school, werk)?",
            ),
            required=False,
        ),
        page_break(w("Ce qui est difficile", "Wat moeilijk is")),
        question(
            "repeatable",
            "weaknesses",
            w("Qu'est-ce qui est difficile pour vous ?", "Wat vind je moeilijk?"),
            required=False,
            item_label=w("Une chose difficile", "Iets moeilijks"),
            max_items=10,
        ),
        *obstacle_questions(
            w,
            w(
                "Qu'est-ce qui vous empêche d'avancer ?",
                "Wat houdt je tegen?",
            ),
            help_text=w("Cochez tout ce qui compte.", "Kruis alles aan wat telt."),
        ),
        question(
            "matrix",
            "life_domains",
            w("Comment ça va ?", "Hoe gaat het?"),
            required=False,
            points="3",
            point_labels=[],
            statements=statements(
                ("housing", w("Mon logement", "Mijn woning")),
                ("health", w("Ma santé", "Mijn gezondheid")),
                ("family", w("Ma famille", "Mijn gezin")),
                ("money", w("L'argent", "Geld")),
                (
                    "social_contacts",
                    w(
                        "Mes contacts avec d'autres personnes",
                        "Mijn contacten met andere mensen",
                    ),
                ),
                ("local_language", w("Mon français", "Mijn Nederlands")),
            ),
        ),
        page_break(w("Mes rêves", "Mijn dromen")),
        question(
            "repeatable",
            "dreams",
            w("Quels sont vos rêves pour l'avenir ?", "Wat zijn je dromen?"),
            item_label=w("Un rêve", "Een droom"),
            max_items=5,
        ),
        question(
            "multiline",
            "first_step",
            w(
                "Quel petit pas pouvez-vous faire vers votre rêve ?",
                "Welke kleine stap kan je zetten naar je droom?",
            ),
            required=False,
        ),
    ]
    return FormDraft(
        slug="strengths-obstacles-dreams",
        kind=FormKind.STRENGTHS_OBSTACLES_DREAMS,
        title=w("Mes forces, mes obstacles, mes rêves", "Mijn sterktes en dromen"),
        intro=w(
            "<p>Remplissez ces questions avec votre accompagnateur. Il n'y a pas "
            "de bonne ou de mauvaise réponse.</p>",
            "<p>Vul deze vragen in samen met je begeleider. Er zijn geen goede of "
            "foute antwoorden.</p>",
        ),
        fields=fields,
        thank_you_text=w("<p>Merci !</p>", "<p>Bedankt!</p>"),
    )
