"""The action plan and the final evaluation: the start and the end of the path.

The plan turns strengths, obstacles and dreams into goals and steps (Liège's
guide adds the conditions of a successful path: punctuality, parenting, housing,
health...); the final evaluation, held by the coach, the participant and the
social worker, says which goals were reached and what comes next.
"""

from __future__ import annotations

from intake.models import Programme
from surveys.demo.draft import FormDraft, Writer, choices, question, show_if, statements
from surveys.models import FormKind


def action_plan(w: Writer, programme: Programme) -> FormDraft:
    fields = [
        question(
            "multiline",
            "personal_project",
            w("Projet personnel ou rêve", "Persoonlijk project of droom"),
        ),
        question(
            "repeatable",
            "goals",
            w("Objectifs du parcours", "Doelen van het traject"),
            help_text=w(
                "Formulés avec la personne, en petits pas.",
                "Samen met de persoon geformuleerd, in kleine stappen.",
            ),
            item_label=w("Objectif", "Doel"),
            max_items=6,
        ),
        question(
            "action_plan",
            "action_steps",
            w("Étapes", "Stappen"),
            help_text=w(
                "Pour chaque étape : l'objectif, ce qu'on fait, pour quand et qui "
                "s'en occupe.",
                "Per stap: het doel, wat er gebeurt, tegen wanneer en wie het doet.",
            ),
            max_steps=10,
        ),
        question(
            "checkboxes",
            "points_of_attention",
            w(
                "Points d'attention pour réussir le parcours",
                "Aandachtspunten voor een geslaagd traject",
            ),
            required=False,
            choices=choices(
                ("motivation", w("Motivation", "Motivatie")),
                ("punctuality", w("Ponctualité", "Stiptheid")),
                ("parenting", w("Rôle de parent", "Ouderschap")),
                ("housing", w("Logement", "Huisvesting")),
                ("health", w("Santé", "Gezondheid")),
                ("social_skills", w("Compétences sociales", "Sociale vaardigheden")),
                ("language", w("Langue", "Taal")),
            ),
        ),
        question(
            "yes_no",
            "participant_agrees",
            w(
                "La personne est-elle d'accord avec le plan ?",
                "Gaat de persoon akkoord met het plan?",
            ),
        ),
        question(
            "multiline",
            "participant_feedback",
            w("Remarques de la personne", "Opmerkingen van de persoon"),
            required=False,
        ),
        question(
            "date",
            "next_review",
            w("Prochaine révision du plan", "Volgende bespreking van het plan"),
            not_in_past=True,
            max_years_ahead=1,
        ),
    ]
    return FormDraft(
        slug="action-plan",
        kind=FormKind.ACTION_PLAN,
        title=w("Plan d'action", "Actieplan"),
        intro=w(
            "<p>Le plan part des points forts, des obstacles et des rêves de la "
            "personne. Relisez-le ensemble et adaptez-le quand c'est "
            "nécessaire.</p>",
            "<p>Het plan vertrekt van de sterktes, drempels en dromen van de "
            "persoon. Overloop het samen en pas het aan wanneer nodig.</p>",
        ),
        fields=fields,
        thank_you_text=w(
            "<p>Le plan d'action est enregistré.</p>",
            "<p>Het actieplan is bewaard.</p>",
        ),
    )


def final_evaluation(w: Writer, programme: Programme) -> FormDraft:
    name = programme.name
    fields = [
        question(
            "date",
            "end_date",
            w("Date de fin du parcours", "Einddatum van het traject"),
            not_in_future=True,
            max_years_ago=5,
        ),
        question(
            "radio",
            "end_reason",
            w("Comment le parcours se termine-t-il ?", "Hoe eindigt het traject?"),
            choices=choices(
                ("completed", w("Parcours terminé", "Traject afgerond")),
                (
                    "referred_elsewhere",
                    w(
                        "Orientée ailleurs avant la fin",
                        "Voor het einde doorverwezen",
                    ),
                ),
                ("dropped_out", w("Abandon", "Gestopt")),
                ("other", w("Autre raison", "Andere reden")),
            ),
        ),
        question(
            "matrix",
            "goals_reached",
            w(
                "Dans quelle mesure les objectifs sont-ils atteints ?",
                "In welke mate zijn de doelen bereikt?",
            ),
            points="5",
            point_labels=w.lines(
                ("Pas du tout", "Helemaal niet"),
                ("Un peu", "Een beetje"),
                ("À moitié", "Half"),
                ("En grande partie", "Grotendeels"),
                ("Complètement", "Helemaal"),
            ),
            statements=statements(
                (
                    "social_network",
                    w(
                        "La personne a un réseau social plus large.",
                        "De persoon heeft een groter sociaal netwerk.",
                    ),
                ),
                (
                    "less_isolated",
                    w(
                        "La personne se sent moins seule.",
                        "De persoon voelt zich minder eenzaam.",
                    ),
                ),
                (
                    "knowledge_of_society",
                    w(
                        "La personne connaît mieux la société, ses droits et "
                        "ses obligations.",
                        "De persoon kent de samenleving, haar rechten en plichten "
                        "beter.",
                    ),
                ),
                (
                    "self_confidence",
                    w(
                        "La personne a plus confiance en elle.",
                        "De persoon heeft meer zelfvertrouwen.",
                    ),
                ),
                (
                    "autonomy",
                    w(
                        "La personne fait plus de démarches seule.",
                        "De persoon regelt meer zelf.",
                    ),
                ),
                (
                    "local_language",
                    w(
                        "La personne parle mieux le français.",
                        "De persoon spreekt beter Nederlands.",
                    ),
                ),
                (
                    "own_goals",
                    w(
                        "Les objectifs personnels du plan d'action sont atteints.",
                        "De persoonlijke doelen uit het actieplan zijn bereikt.",
                    ),
                ),
            ),
        ),
        question(
            "radio",
            "next_step",
            w("Étape suivante", "Volgende stap"),
            choices=choices(
                ("training", w("Formation", "Opleiding")),
                ("job_article_60", w("Emploi ou article 60", "Werk of artikel 60")),
                ("language_course", w("Cours de langue", "Taalcursus")),
                ("volunteering", w("Bénévolat", "Vrijwilligerswerk")),
                ("other", w("Autre", "Iets anders")),
            ),
        ),
        question(
            "singleline",
            "next_step_other",
            w("Quelle autre étape ?", "Welke andere stap?"),
            show_if=show_if("next_step", "equals", "other"),
        ),
        question(
            "multiline",
            "next_step_details",
            w(
                "Étapes concrètes convenues avec le travailleur social",
                "Concrete stappen, afgesproken met de maatschappelijk werker",
            ),
            required=False,
        ),
        question(
            "multiline",
            "participant_view",
            w(
                "Ce que la personne dit de son parcours",
                "Wat de persoon over het traject zegt",
            ),
            required=False,
        ),
    ]
    return FormDraft(
        slug="final-evaluation",
        kind=FormKind.FINAL_EVALUATION,
        title=w("Évaluation finale", "Eindevaluatie"),
        intro=w(
            f"<p>À la fin du parcours dans {name}, l'accompagnateur, la personne "
            "et son travailleur social font le point ensemble et conviennent des "
            "étapes suivantes.</p>",
            f"<p>Aan het einde van het traject in {name} blikken de begeleider, "
            "de persoon en de maatschappelijk werker samen terug en spreken ze "
            "de volgende stappen af.</p>",
        ),
        fields=fields,
        thank_you_text=w(
            "<p>L'évaluation finale est enregistrée.</p>",
            "<p>De eindevaluatie is bewaard.</p>",
        ),
    )
