"""The two satisfaction surveys the guide asks for in its quality management:
"check with the clients whether their goals are reached; check with the
referrers whether theirs are".

The participants' survey is short and in plain words, with smiley scales, since
many participants read little French or Dutch.
"""

from __future__ import annotations

from intake.models import Programme
from surveys.demo.draft import FormDraft, Writer, question, statements
from surveys.models import FormKind


def participant_satisfaction(w: Writer, programme: Programme) -> FormDraft:
    name = programme.name
    fields = [
        question(
            "likert",
            "overall",
            w(f"Comment trouvez-vous {name} ?", f"Hoe vind je {name}?"),
            points="5",
            point_labels=[],
        ),
        question(
            "matrix",
            "experience",
            w("Qu'en pensez-vous ?", "Wat vind je?"),
            points="3",
            point_labels=w.lines(
                ("Non", "Nee"), ("Un peu", "Een beetje"), ("Oui", "Ja")
            ),
            statements=statements(
                ("feel_welcome", w("On m'accueille bien.", "Ik voel me welkom.")),
                (
                    "learned_something",
                    w("J'ai appris quelque chose.", "Ik heb iets geleerd."),
                ),
                (
                    "met_other_people",
                    w(
                        "J'ai rencontré d'autres personnes.",
                        "Ik heb andere mensen leren kennen.",
                    ),
                ),
                (
                    "understand_information",
                    w("Je comprends les informations.", "Ik begrijp de uitleg."),
                ),
            ),
        ),
        question(
            "likert",
            "group_activities",
            w(
                "Comment trouvez-vous les activités en groupe ?",
                "Hoe vind je de groepsactiviteiten?",
            ),
            required=False,
            points="3",
            point_labels=[],
        ),
        question(
            "yes_no",
            "would_recommend",
            w(
                f"Conseilleriez-vous {name} à quelqu'un que vous connaissez ?",
                f"Zou je {name} aanraden aan iemand die je kent?",
            ),
        ),
        question(
            "multiline",
            "what_can_be_better",
            w("Qu'est-ce qui peut être mieux ?", "Wat kan beter?"),
            required=False,
            help_text=w(
                "Vous pouvez écrire dans votre langue.",
                "Je mag in je eigen taal schrijven.",
            ),
        ),
    ]
    return FormDraft(
        slug="participant-satisfaction",
        kind=FormKind.PARTICIPANT_SATISFACTION,
        title=w(f"Votre avis sur {name}", f"Jouw mening over {name}"),
        intro=w(
            "<p>Nous voulons savoir ce que vous pensez. Vos réponses nous aident "
            "à faire mieux. Il n'y a pas de bonne ou de mauvaise réponse.</p>",
            "<p>We willen weten wat je denkt. Met je antwoorden maken we het "
            "beter. Er zijn geen goede of foute antwoorden.</p>",
        ),
        fields=fields,
        thank_you_text=w("<p>Merci pour votre avis !</p>", "<p>Bedankt!</p>"),
    )


def referrer_satisfaction(w: Writer, programme: Programme) -> FormDraft:
    name = programme.name
    fields = [
        question(
            "likert",
            "referral_goals_reached",
            w(
                "Les objectifs de votre orientation ont-ils été atteints ?",
                "Zijn de doelen van je doorverwijzing bereikt?",
            ),
            points="5",
            point_labels=w.lines(
                ("Pas du tout", "Helemaal niet"),
                ("Un peu", "Een beetje"),
                ("À moitié", "Half"),
                ("En grande partie", "Grotendeels"),
                ("Complètement", "Helemaal"),
            ),
        ),
        question(
            "matrix",
            "communication",
            w("La collaboration avec l'équipe", "De samenwerking met het team"),
            points="5",
            point_labels=w.lines(
                ("Pas du tout d'accord", "Helemaal niet akkoord"),
                ("Pas d'accord", "Niet akkoord"),
                ("Neutre", "Neutraal"),
                ("D'accord", "Akkoord"),
                ("Tout à fait d'accord", "Helemaal akkoord"),
            ),
            statements=statements(
                (
                    "quick_response",
                    w(
                        "L'équipe a réagi vite à mon orientation.",
                        "Het team reageerde snel op mijn doorverwijzing.",
                    ),
                ),
                (
                    "feedback_after_interview",
                    w(
                        "J'ai reçu un retour après l'entretien d'orientation.",
                        "Ik kreeg feedback na het oriëntatiegesprek.",
                    ),
                ),
                (
                    "news_during_path",
                    w(
                        "J'ai reçu des nouvelles pendant le parcours.",
                        "Ik werd op de hoogte gehouden tijdens het traject.",
                    ),
                ),
                (
                    "team_reachable",
                    w(
                        "L'équipe était facile à joindre.",
                        "Het team was goed bereikbaar.",
                    ),
                ),
                (
                    "next_steps_clear",
                    w(
                        "Les étapes après le parcours étaient claires.",
                        "De stappen na het traject waren duidelijk.",
                    ),
                ),
            ),
        ),
        question(
            "yes_no",
            "would_refer_again",
            w(
                f"Orienteriez-vous encore des personnes vers {name} ?",
                f"Zou je opnieuw mensen doorverwijzen naar {name}?",
            ),
        ),
        question(
            "multiline",
            "comments",
            w("Remarques ou suggestions", "Opmerkingen of suggesties"),
            required=False,
        ),
    ]
    return FormDraft(
        slug="referrer-satisfaction",
        kind=FormKind.REFERRER_SATISFACTION,
        title=w("Enquête auprès des référents", "Bevraging van de doorverwijzers"),
        intro=w(
            f"<p>Vous avez orienté une personne vers {name}. Votre avis aide "
            "l'équipe à mieux travailler avec les antennes.</p>",
            f"<p>Je hebt iemand doorverwezen naar {name}. Met je mening werkt "
            "het team beter samen met de antennepunten.</p>",
        ),
        fields=fields,
        thank_you_text=w(
            "<p>Merci pour votre avis.</p>", "<p>Bedankt voor je mening.</p>"
        ),
    )
