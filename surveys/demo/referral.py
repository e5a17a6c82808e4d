"""The referral form: what the antenna's social worker tells the programme.

Its answers are what the programme's eligibility rules (:mod:`intake.eligibility`)
read: the residence statuses are stored under the rules' own keys.
"""

from __future__ import annotations

from intake.models import Programme
from surveys.demo.draft import (
    FormDraft,
    Writer,
    choices,
    heading,
    question,
    show_if,
)
from surveys.models import FormKind


def accepts_other_cpas_service(programme: Programme) -> bool:
    """Whether contact with another service of the CPAS can replace the
    integration income (Activ Up! in Charleroi): then the form asks it."""
    return any(
        rule.block_type == "integration_income"
        and rule.value.get("accept_other_cpas_service")
        for rule in programme.eligibility_rules
    )


def referral_form(w: Writer, programme: Programme) -> FormDraft:
    name = programme.name
    income = [
        question(
            "yes_no",
            "receives_integration_income",
            w(
                "La personne reçoit-elle le revenu d'intégration de notre CPAS ?",
                "Krijgt de persoon een leefloon van ons OCMW?",
            ),
        )
    ]
    if accepts_other_cpas_service(programme):
        income.append(
            question(
                "yes_no",
                "in_contact_with_other_cpas_service",
                w(
                    "La personne est-elle déjà en contact avec un autre service "
                    "du CPAS ?",
                    "Heeft de persoon al contact met een andere dienst van het OCMW?",
                ),
                help_text=w(
                    "Par exemple le service Collectif Bilan et Orientation (CBO).",
                    "Bijvoorbeeld de dienst die mensen screent en oriënteert.",
                ),
                show_if=show_if("receives_integration_income", "equals", "no"),
            )
        )
    fields = [
        heading(w("La personne", "De persoon")),
        question("singleline", "first_name", w("Prénom", "Voornaam"), max_length=100),
        question("singleline", "last_name", w("Nom", "Achternaam"), max_length=100),
        question(
            "date",
            "date_of_birth",
            w("Date de naissance", "Geboortedatum"),
            not_in_future=True,
            max_years_ago=100,
        ),
        question(
            "radio",
            "sex",
            w("Sexe", "Geslacht"),
            required=False,
            help_text=w(
                "Comme au registre national. Le rapport au fonds européen le compte.",
                "Zoals in het rijksregister. Het verslag aan het Europese fonds "
                "telt het.",
            ),
            choices=choices(
                ("F", w("Femme", "Vrouw")),
                ("M", w("Homme", "Man")),
                ("X", w("X (autre)", "X (ander)")),
            ),
        ),
        question("country", "nationality", w("Nationalité", "Nationaliteit")),
        question(
            "radio",
            "residence_status",
            w("Statut de séjour", "Verblijfsstatus"),
            choices=choices(
                ("recognised_refugee", w("Réfugié reconnu", "Erkend vluchteling")),
                (
                    "subsidiary_protection",
                    w("Protection subsidiaire", "Subsidiair beschermd"),
                ),
                (
                    "family_reunification",
                    w("Regroupement familial", "Gezinshereniging"),
                ),
                (
                    "human_trafficking_victim",
                    w(
                        "Victime de la traite des êtres humains",
                        "Slachtoffer van mensenhandel",
                    ),
                ),
                ("other_legal_stay", w("Autre séjour légal", "Ander wettig verblijf")),
            ),
        ),
        question(
            "singleline",
            "municipality",
            w("Commune où la personne habite", "Gemeente waar de persoon woont"),
            max_length=120,
        ),
        question(
            "languages",
            "languages",
            w("Langues que la personne parle", "Talen die de persoon spreekt"),
        ),
        question(
            "radio",
            "local_language_level",
            w("Niveau de français", "Niveau Nederlands"),
            choices=choices(
                ("none", w("Ne parle pas français", "Spreekt geen Nederlands")),
                ("few_words", w("Quelques mots", "Enkele woorden")),
                (
                    "simple_conversation",
                    w("Une conversation simple", "Een eenvoudig gesprek"),
                ),
                ("fluent", w("Parle couramment", "Spreekt vlot")),
            ),
        ),
        question(
            "yes_no",
            "interpreter_needed",
            w(
                "Faut-il un interprète ou un médiateur interculturel ?",
                "Is er een tolk of interculturele bemiddelaar nodig?",
            ),
            required=False,
        ),
        heading(w("Au CPAS", "Bij het OCMW")),
        *income,
        question(
            "radio",
            "social_network",
            w("Réseau social", "Sociaal netwerk"),
            choices=choices(
                (
                    "small",
                    w(
                        "Petit : peu de contacts en dehors de la famille proche",
                        "Klein: weinig contacten buiten het eigen gezin",
                    ),
                ),
                (
                    "medium",
                    w("Moyen : quelques contacts", "Gemiddeld: enkele contacten"),
                ),
                ("large", w("Large : beaucoup de contacts", "Groot: veel contacten")),
            ),
        ),
        question(
            "yes_no",
            "ready_for_article_60",
            w(
                "La personne est-elle prête pour un emploi article 60 ?",
                "Is de persoon klaar voor een tewerkstelling artikel 60?",
            ),
            help_text=w(
                f"{name} s'adresse aux personnes qui ne sont pas encore prêtes.",
                f"{name} is er voor mensen die daar nog niet klaar voor zijn.",
            ),
        ),
        heading(w("Contact", "Contact")),
        question("phone", "phone", w("Téléphone", "Telefoonnummer")),
        question(
            "email",
            "email",
            w("Adresse e-mail", "E-mailadres"),
            required=False,
        ),
        question(
            "yes_no",
            "whatsapp",
            w(
                "La personne utilise-t-elle WhatsApp ?",
                "Gebruikt de persoon WhatsApp?",
            ),
            help_text=w(
                "L'équipe envoie souvent les rappels des rendez-vous par WhatsApp.",
                "Het team stuurt herinneringen aan afspraken vaak via WhatsApp.",
            ),
        ),
        heading(w("La demande", "De hulpvraag")),
        question(
            "multiline",
            "referral_reason",
            w(
                f"Pourquoi orientez-vous la personne vers {name} ? "
                "Quelle est sa demande d'aide ?",
                f"Waarom verwijs je de persoon door naar {name}? Wat is de hulpvraag?",
            ),
            help_text=w(
                "Ce que la personne souhaite, ce qui l'empêche d'avancer, "
                "ce que vous attendez du projet.",
                "Wat de persoon wil, wat haar tegenhoudt, wat je van het "
                "project verwacht.",
            ),
        ),
        question(
            "consent",
            "consent",
            w("Accord de la personne", "Toestemming van de persoon"),
            text=w(
                f"J'ai expliqué à la personne pourquoi je l'oriente vers {name} et "
                "quelles informations je transmets à l'équipe du projet. La "
                "personne est d'accord que ces informations soient transmises et "
                "utilisées pour son accompagnement.",
                f"Ik heb de persoon uitgelegd waarom ik haar doorverwijs naar "
                f"{name} en welke gegevens ik aan het projectteam bezorg. De "
                "persoon gaat ermee akkoord dat deze gegevens worden doorgegeven "
                "en gebruikt voor haar begeleiding.",
            ),
            version="v1",
        ),
    ]
    return FormDraft(
        slug="referral",
        kind=FormKind.REFERRAL,
        title=w("Fiche d'orientation", "Doorverwijzing"),
        intro=w(
            f"<p>Le travailleur social de l'antenne remplit cette fiche pour "
            f"orienter une personne vers {name}. L'équipe invite ensuite la "
            "personne à un entretien d'orientation.</p>",
            f"<p>De maatschappelijk werker van het antennepunt vult dit formulier "
            f"in om iemand door te verwijzen naar {name}. Het team nodigt de "
            "persoon daarna uit voor een oriëntatiegesprek.</p>",
        ),
        fields=fields,
        thank_you_text=w(
            f"<p>Merci. L'équipe de {name} a reçu votre orientation et vous "
            "tiendra au courant.</p>",
            f"<p>Bedankt. Het team van {name} heeft je doorverwijzing ontvangen "
            "en houdt je op de hoogte.</p>",
        ),
    )
