"""English wording of the demo forms, by their French wording.

``{name}`` stands for the programme's name. Written for the demo; not yet
reviewed by a native speaker (see :data:`REVIEWED`).
"""

#: Whether a native speaker reviewed these texts: the seeding marks the
#: translations as reviewed (manual) or as a draft to review (machine).
REVIEWED = False

TEXTS = {
    # The participants' satisfaction survey.
    "Votre avis sur {name}": "Your opinion about {name}",
    "Nous voulons savoir ce que vous pensez. Vos réponses nous aident à faire "
    "mieux. Il n'y a pas de bonne ou de mauvaise réponse.": "We want to know what "
    "you think. Your answers help us do better. There are no right or wrong "
    "answers.",
    "Comment trouvez-vous {name} ?": "How do you like {name}?",
    "Qu'en pensez-vous ?": "What do you think?",
    "Non": "No",
    "Un peu": "A little",
    "Oui": "Yes",
    "On m'accueille bien.": "I feel welcome.",
    "J'ai appris quelque chose.": "I learned something.",
    "J'ai rencontré d'autres personnes.": "I met other people.",
    "Je comprends les informations.": "I understand the information.",
    "Comment trouvez-vous les activités en groupe ?": "How do you like the group "
    "activities?",
    "Conseilleriez-vous {name} à quelqu'un que vous connaissez ?": "Would you "
    "tell someone you know to join {name}?",
    "Qu'est-ce qui peut être mieux ?": "What can be better?",
    "Vous pouvez écrire dans votre langue.": "You can write in your own language.",
    "Merci pour votre avis !": "Thank you for your opinion!",
    # The referral form.
    "Fiche d'orientation": "Referral form",
    "Le travailleur social de l'antenne remplit cette fiche pour orienter une "
    "personne vers {name}. L'équipe invite ensuite la personne à un entretien "
    "d'orientation.": "The antenna's social worker fills in this form to refer a "
    "person to {name}. The team then invites the person to an orientation "
    "interview.",
    "La personne": "The person",
    "Prénom": "First name",
    "Nom": "Last name",
    "Date de naissance": "Date of birth",
    "Nationalité": "Nationality",
    "Statut de séjour": "Residence status",
    "Réfugié reconnu": "Recognised refugee",
    "Protection subsidiaire": "Subsidiary protection",
    "Regroupement familial": "Family reunification",
    "Victime de la traite des êtres humains": "Victim of human trafficking",
    "Autre séjour légal": "Other legal residence",
    "Commune où la personne habite": "Municipality where the person lives",
    "Langues que la personne parle": "Languages the person speaks",
    "Niveau de français": "Level of French",
    "Ne parle pas français": "Does not speak French",
    "Quelques mots": "A few words",
    "Une conversation simple": "A simple conversation",
    "Parle couramment": "Fluent",
    "Faut-il un interprète ou un médiateur interculturel ?": "Is an interpreter or "
    "an intercultural mediator needed?",
    "Au CPAS": "At the CPAS",
    "La personne reçoit-elle le revenu d'intégration de notre CPAS ?": "Does the "
    "person receive the integration income from our CPAS?",
    "La personne est-elle déjà en contact avec un autre service du CPAS ?": "Is the "
    "person already in contact with another service of the CPAS?",
    "Par exemple le service Collectif Bilan et Orientation (CBO).": "For example "
    "the assessment and orientation service (CBO).",
    "Réseau social": "Social network",
    "Petit : peu de contacts en dehors de la famille proche": "Small: few contacts "
    "outside close family",
    "Moyen : quelques contacts": "Medium: some contacts",
    "Large : beaucoup de contacts": "Large: many contacts",
    "La personne est-elle prête pour un emploi article 60 ?": "Is the person ready "
    "for an article 60 job?",
    "{name} s'adresse aux personnes qui ne sont pas encore prêtes.": "{name} is for "
    "people who are not ready yet.",
    "Contact": "Contact",
    "Téléphone": "Phone",
    "La personne utilise-t-elle WhatsApp ?": "Does the person use WhatsApp?",
    "L'équipe envoie souvent les rappels des rendez-vous par WhatsApp.": "The team "
    "often sends appointment reminders by WhatsApp.",
    "La demande": "The request",
    "Pourquoi orientez-vous la personne vers {name} ? Quelle est sa demande "
    "d'aide ?": "Why are you referring the person to {name}? What help does the "
    "person ask for?",
    "Ce que la personne souhaite, ce qui l'empêche d'avancer, ce que vous attendez "
    "du projet.": "What the person wishes, what holds the person back, what you "
    "expect from the project.",
    "Accord de la personne": "The person's consent",
    "J'ai expliqué à la personne pourquoi je l'oriente vers {name} et quelles "
    "informations je transmets à l'équipe du projet. La personne est d'accord que "
    "ces informations soient transmises et utilisées pour son accompagnement.": "I "
    "explained to the person why I refer them to {name} and what information I "
    "pass on to the project's team. The person agrees that this information is "
    "passed on and used to support them.",
    "Merci. L'équipe de {name} a reçu votre orientation et vous tiendra au "
    "courant.": "Thank you. The {name} team received your referral and will keep "
    "you informed.",
    # The orientation interview.
    "Entretien d'orientation": "Orientation interview",
    "Premier entretien avec une personne orientée vers {name} (au moins une heure, "
    "au CPAS ou à domicile). Expliquez le projet, puis apprenez à connaître la "
    "situation de la personne : ses points forts, ses points faibles, ses "
    "obstacles et ses rêves.": "First interview with a person referred to {name} "
    "(at least one hour, at the CPAS or at home). Explain the project, then get to "
    "know the person's situation: strengths, weaknesses, obstacles and dreams.",
    "Situation": "Situation",
    "Date de l'entretien": "Date of the interview",
    "Lieu de l'entretien": "Place of the interview",
    "Visite à domicile": "Home visit",
    "Ailleurs": "Elsewhere",
    "Logement": "Housing",
    "Famille": "Family",
    "Avec qui la personne vit, enfants, famille restée au pays.": "Who the person "
    "lives with, children, family back home.",
    "Santé": "Health",
    "Santé physique et mentale : seulement ce que la personne veut raconter.": (
        "Physical and mental health: only what the person wants to tell."
    ),
    "La personne suit-elle un cours de français ?": "Does the person take a French "
    "course?",
    "Points forts et points faibles": "Strengths and weaknesses",
    "Points forts": "Strengths",
    "Point fort": "Strength",
    "Points faibles": "Weaknesses",
    "Point faible": "Weakness",
    "Obstacles": "Obstacles",
    "À quels obstacles la personne est-elle confrontée ?": "What obstacles does the "
    "person face?",
    "La langue": "Language",
    "Le logement": "Housing",
    "La santé": "Health",
    "La garde des enfants": "Childcare",
    "L'argent, les dettes": "Money, debts",
    "Traumatisme, stress": "Trauma, stress",
    "Les déplacements": "Getting around",
    "Autre": "Other",
    "Quel autre obstacle ?": "Which other obstacle?",
    "Rêves et motivation": "Dreams and motivation",
    "Rêves": "Dreams",
    "Par exemple : étudier, apprendre le français, travailler comme cuisinier, "
    "passer le permis de conduire.": "For example: study, learn French, work as a "
    "cook, pass the driving test.",
    "Rêve": "Dream",
    "Quelle est la motivation de la personne pour {name} ?": "How motivated is the "
    "person for {name}?",
    "Pas motivée": "Not motivated",
    "Peu motivée": "Slightly motivated",
    "Moyennement": "Fairly motivated",
    "Motivée": "Motivated",
    "Très motivée": "Very motivated",
    "Demande d'aide": "Request for help",
    "Dans les mots de la personne : qu'attend-elle du projet ?": "In the person's "
    "own words: what do they expect from the project?",
    "Conclusion": "Conclusion",
    "Deux questions décident de la suite : la personne est-elle motivée ? Le projet "
    "peut-il répondre à sa demande d'aide ?": "Two questions decide what comes "
    "next: is the person motivated? Can the project meet their request for help?",
    "La personne est-elle motivée pour participer à {name} ?": "Is the person "
    "motivated to take part in {name}?",
    "{name} peut-il répondre à la demande d'aide ?": "Can {name} meet the request "
    "for help?",
    "Remarques": "Remarks",
    "Par exemple : vers quel autre service orienter la personne.": "For example: "
    "which other service to refer the person to.",
    "Prochain rendez-vous": "Next appointment",
    "L'entretien est enregistré.": "The interview is saved.",
    "Mini-projet personnel": "Personal mini-project",
    "Défini avec la personne à partir de ses talents, de ses obstacles et de ses "
    "choix de vie.": "Set with the person from their talents, obstacles and life "
    "choices.",
    "Groupes proposés": "Groups offered",
    "Groupe à faibles compétences linguistiques": "Group with basic language skills",
    "Groupe à faibles compétences linguistiques avancé": "Group with basic "
    "language skills, advanced",
    "Groupe informatique": "Computer group",
    "Groupe artistique": "Arts group",
    "Groupe réalisation de projet": "Project group",
}
