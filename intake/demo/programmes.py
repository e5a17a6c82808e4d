"""Facts of the five social-activation programmes, from the programmes' guide.

Source: shared/seed/guide-activation-sociale-primo-arrivants-fr.txt. Every text is
given in French, Dutch and English ("fr", "nl", "en"), in plain, easy-to-read
sentences.

Values the guide does not give are None or empty. The antennas (neighbourhood offices)
are invented demo data with real district names; everything else comes from the guide.
"""

PROGRAMMES = [
    {
        "cpas": {
            "slug": "antwerpen",
            "name": {
                "fr": "CPAS d'Anvers",
                "nl": "OCMW Antwerpen",
                "en": "PCSW of Antwerp",
            },
            "city": "Antwerpen",
            "default_language": "nl",
        },
        "antennas": [
            {
                "slug": "antwerpen-noord",
                "name": "Antenne Noord",
                "municipality": "Antwerpen",
            },
            {
                "slug": "antwerpen-borgerhout",
                "name": "Antenne Borgerhout",
                "municipality": "Antwerpen",
            },
            {
                "slug": "antwerpen-deurne",
                "name": "Antenne Deurne",
                "municipality": "Antwerpen",
            },
        ],
        "programme": {
            "slug": "amie",
            "name": "AMIE",
            "working_languages": ["nl"],
            "summary": {
                "fr": (
                    "AMIE aide les primo-arrivants qui reçoivent le revenu "
                    "d'intégration à Anvers à sortir de l'isolement, avec chaque "
                    "semaine des entretiens individuels et des sessions de groupe."
                ),
                "nl": (
                    "AMIE helpt nieuwkomers met een leefloon in Antwerpen om uit hun "
                    "isolement te komen, met elke week individuele gesprekken en "
                    "groepssessies."
                ),
                "en": (
                    "AMIE helps newcomers who receive integration income in Antwerp to "
                    "break out of isolation, with individual talks and group sessions "
                    "every week."
                ),
            },
            "public_description": {
                "fr": [
                    "AMIE est un parcours du CPAS d'Anvers pour les primo-arrivants. "
                    "Vous apprenez à mieux connaître la ville et ses services. Vous "
                    "rencontrez d'autres personnes. Vous prenez confiance en vous.",
                    "AMIE est pour les adultes venus d'un pays hors de l'Union "
                    "européenne, surtout les réfugiés reconnus et les personnes avec "
                    "une protection subsidiaire. Vous vivez dans la région d'Anvers "
                    "et vous recevez le revenu d'intégration du CPAS d'Anvers. Vous "
                    "connaissez encore peu de monde et vous n'êtes pas encore prêt "
                    "pour un emploi.",
                    "Chaque semaine, vous avez un entretien d'une heure avec un "
                    "accompagnateur. Vous parlez de vos objectifs, de vos problèmes "
                    "et de vos rêves. L'entretien a lieu au CPAS, chez vous ou "
                    "ailleurs. Chaque semaine, il y a aussi une session de groupe "
                    "d'une demi-journée, le mercredi ou le vendredi après-midi : "
                    "informations sur vos droits, sessions sur le stress ou le "
                    "sommeil, et sorties pour découvrir Anvers.",
                    "Le parcours dure environ six mois. À la fin, vous faites plus de "
                    "choses seul. Vous voyez l'accompagnateur une ou deux fois par "
                    "mois. Il vous aide à trouver la prochaine étape vers une "
                    "formation ou un emploi.",
                ],
                "nl": [
                    "AMIE is een traject van OCMW Antwerpen voor nieuwkomers. U leert "
                    "de stad en haar diensten beter kennen. U ontmoet andere mensen. "
                    "U krijgt meer zelfvertrouwen.",
                    "AMIE is voor volwassenen uit een land buiten de Europese Unie, "
                    "vooral erkende vluchtelingen en mensen met subsidiaire "
                    "bescherming. U woont in de regio Antwerpen en u krijgt een "
                    "leefloon van OCMW Antwerpen. U kent nog weinig mensen en u bent "
                    "nog niet klaar voor werk.",
                    "Elke week hebt u een gesprek van een uur met een begeleider. U "
                    "praat over uw doelen, uw problemen en uw dromen. Het gesprek is "
                    "bij het OCMW, bij u thuis of ergens anders. Elke week is er ook "
                    "een groepssessie van een halve dag, op woensdag- of "
                    "vrijdagnamiddag: informatie over uw rechten, sessies over stress "
                    "of slaap, en uitstappen om Antwerpen te leren kennen.",
                    "Het traject duurt ongeveer zes maanden. Op het einde doet u meer "
                    "zelf. U ziet de begeleider nog een of twee keer per maand. Hij "
                    "helpt u de volgende stap te vinden naar een opleiding of werk.",
                ],
                "en": [
                    "AMIE is a programme of the PCSW of Antwerp for newcomers. You "
                    "get to know the city and its services better. You meet other "
                    "people. You gain self-confidence.",
                    "AMIE is for adults from a country outside the European Union, "
                    "mainly recognised refugees and people with subsidiary "
                    "protection. You live in the Antwerp area and you receive "
                    "integration income from the PCSW of Antwerp. You know few people "
                    "yet and you are not ready for work yet.",
                    "Every week you have a one-hour talk with a coach. You talk about "
                    "your goals, your problems and your dreams. The talk takes place "
                    "at the PCSW, at your home or somewhere else. Every week there is "
                    "also a half-day group session, on Wednesday or Friday afternoon: "
                    "information about your rights, sessions about stress or sleep, "
                    "and outings to discover Antwerp.",
                    "The programme lasts about six months. At the end you do more on "
                    "your own. You see your coach once or twice a month. The coach "
                    "helps you find the next step towards training or work.",
                ],
            },
            "target_group": {
                "fr": (
                    "Adultes primo-arrivants d'un pays hors de l'Union européenne, "
                    "surtout réfugiés reconnus et bénéficiaires de la protection "
                    "subsidiaire, qui reçoivent le revenu d'intégration du CPAS "
                    "d'Anvers. Ils ont un petit réseau social et ont du mal à suivre "
                    "le parcours d'intégration des régions. Ils ne sont pas encore "
                    "prêts pour un emploi article 60."
                ),
                "nl": (
                    "Volwassen nieuwkomers uit een land buiten de Europese Unie, "
                    "vooral erkende vluchtelingen en subsidiair beschermden, die een "
                    "leefloon krijgen van OCMW Antwerpen. Ze hebben een klein sociaal "
                    "netwerk en kunnen het gewone inburgeringstraject moeilijk volgen. "
                    "Ze zijn nog niet klaar voor een job via artikel 60."
                ),
                "en": (
                    "Adult newcomers from a country outside the European Union, mainly "
                    "recognised refugees and people with subsidiary protection, who "
                    "receive integration income from the PCSW of Antwerp. They have a "
                    "small social network and find the regional integration programme "
                    "hard to follow. They are not ready yet for an 'article 60' job."
                ),
            },
            "eligibility_rules": [
                {
                    "type": "minimum_age",
                    "age": 18,
                    "blocking": True,
                    "note": {
                        "fr": "Pour les mineurs, le CPAS a d'autres formes de soutien.",
                        "nl": (
                            "Voor minderjarigen heeft het OCMW andere vormen van steun."
                        ),
                        "en": "The PCSW has other support for minors.",
                    },
                },
                {
                    "type": "nationality_outside_eu",
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le projet est payé par le fonds européen AMIF. Il est "
                            "réservé aux personnes d'un pays hors de l'Union "
                            "européenne."
                        ),
                        "nl": (
                            "Het project wordt betaald door het Europese fonds AMIF. "
                            "Het is alleen voor mensen uit een land buiten de Europese "
                            "Unie."
                        ),
                        "en": (
                            "The project is paid for by the European AMIF fund. It is "
                            "only for people from a country outside the European Union."
                        ),
                    },
                },
                {
                    "type": "residence_status",
                    "statuses": [
                        "recognised_refugee",
                        "subsidiary_protection",
                        "family_reunification",
                        "human_trafficking_victim",
                        "other_legal_stay",
                    ],
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le groupe principal : les réfugiés reconnus et les "
                            "personnes avec une protection subsidiaire. Les personnes "
                            "venues par regroupement familial (avec une personne d'un "
                            "pays hors UE), les victimes de traite des êtres humains "
                            "et d'autres personnes vulnérables avec un autre titre de "
                            "séjour peuvent aussi participer."
                        ),
                        "nl": (
                            "De hoofdgroep: erkende vluchtelingen en subsidiair "
                            "beschermden. Mensen die kwamen via gezinshereniging (met "
                            "iemand van buiten de EU), slachtoffers van mensenhandel "
                            "en andere kwetsbare mensen met een ander verblijfsstatuut "
                            "kunnen ook meedoen."
                        ),
                        "en": (
                            "The main group: recognised refugees and people with "
                            "subsidiary protection. People who came through family "
                            "reunification (with a non-EU national), victims of human "
                            "trafficking and other vulnerable people with another "
                            "residence status can also take part."
                        ),
                    },
                },
                {
                    "type": "lives_in_area",
                    "area": {
                        "fr": "Région d'Anvers",
                        "nl": "Regio Antwerpen",
                        "en": "Antwerp area",
                    },
                    "blocking": True,
                    "note": None,
                },
                {
                    "type": "integration_income",
                    "accept_other_cpas_service": False,
                    "blocking": True,
                    "note": {
                        "fr": "Le revenu d'intégration doit venir du CPAS d'Anvers.",
                        "nl": "Het leefloon moet van OCMW Antwerpen komen.",
                        "en": (
                            "The integration income must come from the PCSW of Antwerp."
                        ),
                    },
                },
                {"type": "small_social_network", "blocking": True, "note": None},
                {
                    "type": "not_ready_for_article_60",
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Le guide dit que les participants ne sont pas encore "
                            "prêts pour un emploi « article 60 » (un emploi temporaire "
                            "trouvé par le CPAS). Ce n'est pas dans la liste des "
                            "critères : le travailleur social qui oriente la personne "
                            "en juge."
                        ),
                        "nl": (
                            "Volgens de gids zijn de deelnemers nog niet klaar voor "
                            "een job via artikel 60 (een tijdelijke job via het OCMW). "
                            "Dat staat niet in de lijst van criteria: de "
                            "maatschappelijk werker die de persoon doorverwijst, "
                            "oordeelt daarover."
                        ),
                        "en": (
                            "The guide says participants are not ready yet for an "
                            "'article 60' job (a temporary job arranged by the PCSW). "
                            "It is not in the list of criteria: the referring social "
                            "worker judges this."
                        ),
                    },
                },
            ],
            "phases": [
                {
                    "kind": "launch",
                    "objectives": {
                        "fr": [
                            "Faire connaissance",
                            "Gagner la confiance",
                            "Rompre l'isolement",
                            "Créer un climat de confiance pour parler de ses problèmes",
                            "Fixer les objectifs de fin de parcours",
                        ],
                        "nl": [
                            "Kennismaken",
                            "Vertrouwen winnen",
                            "Het isolement doorbreken",
                            "Een veilig klimaat scheppen om over problemen te praten",
                            "De einddoelen van het traject bepalen",
                        ],
                        "en": [
                            "Getting to know each other",
                            "Building trust",
                            "Breaking isolation",
                            "Creating a safe climate to talk about problems",
                            "Setting the final goals of the programme",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Un entretien d'orientation, préparé avec le service qui "
                            "vous envoie. On vous explique le projet. Vous parlez de "
                            "vos points forts, de vos points faibles, des obstacles et "
                            "de vos rêves. Puis viennent les premiers entretiens "
                            "individuels ou visites à domicile."
                        ),
                        "nl": (
                            "Een oriëntatiegesprek, afgestemd met de dienst die u "
                            "doorverwijst. U krijgt uitleg over het project. U praat "
                            "over uw sterke en zwakke punten, de obstakels en uw "
                            "dromen. Daarna volgen de eerste individuele gesprekken of "
                            "huisbezoeken."
                        ),
                        "en": (
                            "An orientation talk, prepared with the service that "
                            "refers you. The project is explained to you. You talk "
                            "about your strengths, your weaknesses, the obstacles and "
                            "your dreams. Then come the first individual talks or home "
                            "visits."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Un entretien d'orientation d'au moins une heure, au CPAS "
                            "ou dans un lieu plus familier, par exemple chez vous."
                        ),
                        "nl": (
                            "Een oriëntatiegesprek van minstens een uur, bij het OCMW "
                            "of op een meer vertrouwde plek, bijvoorbeeld bij u thuis."
                        ),
                        "en": (
                            "An orientation talk of at least one hour, at the PCSW or "
                            "in a more familiar place, for example at your home."
                        ),
                    },
                },
                {
                    "kind": "intermediate",
                    "objectives": {
                        "fr": [
                            "Travailler sur ses objectifs personnels",
                            "Apprendre plus de choses",
                            "Prendre confiance en soi",
                            "Nouer des contacts avec d'autres associations",
                            "Stabiliser sa situation dans tous les domaines",
                        ],
                        "nl": [
                            "Werken aan de eigen doelen",
                            "Meer kennis opdoen",
                            "Meer zelfvertrouwen krijgen",
                            "Contact leggen met andere organisaties",
                            "De situatie op alle vlakken stabiliseren",
                        ],
                        "en": [
                            "Working on personal goals",
                            "Learning more",
                            "Gaining self-confidence",
                            "Making contact with other organisations",
                            "Stabilising the situation in all areas of life",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Des entretiens psychosociaux individuels, adaptés à vos "
                            "objectifs. Vous faites des plans pour l'avenir, avec des "
                            "petites étapes. En même temps, vous participez aux "
                            "sessions de groupe : informations, sessions "
                            "psychosociales et sorties."
                        ),
                        "nl": (
                            "Individuele psychosociale gesprekken, aangepast aan uw "
                            "doelen. U maakt plannen voor de toekomst, met "
                            "tussenstappen. Tegelijk neemt u deel aan de "
                            "groepssessies: informatie, psychosociale sessies en "
                            "uitstappen."
                        ),
                        "en": (
                            "Individual psychosocial talks, adapted to your goals. You "
                            "make plans for the future, with small steps. At the same "
                            "time you take part in the group sessions: information, "
                            "psychosocial sessions and outings."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Un entretien d'une heure par semaine, dans les bureaux du "
                            "projet. Horaires souples, aussi le soir. Contact facile "
                            "par téléphone, SMS, WhatsApp ou Facebook. Un rendez-vous "
                            "en un ou deux jours."
                        ),
                        "nl": (
                            "Eén gesprek van een uur per week, in de kantoren van het "
                            "project. Flexibele uren, ook 's avonds. Makkelijk "
                            "bereikbaar via telefoon, sms, WhatsApp of Facebook. Een "
                            "afspraak binnen een à twee dagen."
                        ),
                        "en": (
                            "One one-hour talk a week, at the project's offices. "
                            "Flexible hours, also in the evening. Easy to reach by "
                            "phone, text message, WhatsApp or Facebook. An appointment "
                            "within one or two days."
                        ),
                    },
                },
                {
                    "kind": "final",
                    "objectives": {
                        "fr": [
                            "Devenir autonome",
                            "Renforcer son réseau social et professionnel",
                            "Se préparer à la fin du parcours",
                            "Être orienté vers l'activation",
                        ],
                        "nl": [
                            "Zelfstandig worden",
                            "Het sociale en professionele netwerk versterken",
                            "Zich voorbereiden op het einde van het traject",
                            "Doorverwezen worden naar activering",
                        ],
                        "en": [
                            "Becoming independent",
                            "Strengthening the social and professional network",
                            "Preparing for the end of the programme",
                            "Being referred to activation",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Vous faites plus de choses seul. Les contacts sont moins "
                            "fréquents. Vous êtes orienté vers d'autres services et "
                            "vous faites des démarches concrètes vers une formation ou "
                            "un emploi."
                        ),
                        "nl": (
                            "U doet meer zelf. De contacten worden minder vaak. U "
                            "wordt doorverwezen naar andere diensten en u zet concrete "
                            "stappen naar een opleiding of werk."
                        ),
                        "en": (
                            "You do more on your own. Contacts become less frequent. "
                            "You are referred to other services and you take concrete "
                            "steps towards training or work."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Un à deux contacts par mois. Le suivi se fait à distance, "
                            "aussi par téléphone."
                        ),
                        "nl": (
                            "Een à twee contacten per maand. De opvolging gebeurt op "
                            "afstand, ook telefonisch."
                        ),
                        "en": (
                            "One or two contacts a month. Follow-up from a distance, "
                            "also by phone."
                        ),
                    },
                },
            ],
            "individual_sessions": {
                "fr": (
                    "Un entretien individuel d'une heure par semaine pendant le "
                    "parcours, puis une à deux fois par mois à la fin."
                ),
                "nl": (
                    "Een individueel gesprek van een uur per week tijdens het traject, "
                    "daarna een à twee keer per maand op het einde."
                ),
                "en": (
                    "A one-hour individual talk every week during the programme, then "
                    "once or twice a month towards the end."
                ),
            },
            "group_sessions": {
                "fr": (
                    "Une session de groupe de 3 heures par semaine (avec 15 minutes de "
                    "pause), en alternance le mercredi et le vendredi après-midi, pour "
                    "laisser la place aux cours de néerlandais. Trois types : "
                    "informations, sessions psychosociales et sorties."
                ),
                "nl": (
                    "Eén groepssessie van 3 uur per week (met 15 minuten pauze), "
                    "afwisselend op woensdag- en vrijdagnamiddag, zodat er plaats "
                    "blijft voor de lessen Nederlands. Drie soorten: informatie, "
                    "psychosociale sessies en uitstappen."
                ),
                "en": (
                    "One 3-hour group session a week (with a 15-minute break), "
                    "alternately on Wednesday and Friday afternoon, to leave room for "
                    "Dutch classes. Three kinds: information, psychosocial sessions "
                    "and outings."
                ),
            },
            "group_size_min": None,
            "group_size_max": None,
            "typical_duration_months": 6,
            "team": {
                "fr": (
                    "Deux collaborateurs à temps plein et un responsable à mi-temps. "
                    "Des stagiaires, des bénévoles et des experts du vécu aident pour "
                    "l'administration."
                ),
                "nl": (
                    "Twee voltijdse medewerkers en een halftijdse leidinggevende. "
                    "Stagiairs, vrijwilligers en ervaringsdeskundigen helpen met de "
                    "administratie."
                ),
                "en": (
                    "Two full-time workers and a half-time manager. Interns, "
                    "volunteers and experts by experience help with the paperwork."
                ),
            },
            "funding_note": {
                "fr": (
                    "Financé depuis mi-2015 par le Fonds européen Asile, Migration et "
                    "Intégration (AMIF, ou FAMI), période 2014-2020. Le projet court "
                    "jusqu'à fin 2021. L'équipe remet chaque année un rapport "
                    "financier et de contenu."
                ),
                "nl": (
                    "Sinds midden 2015 gefinancierd door het Europese Fonds voor "
                    "Asiel, Migratie en Integratie (AMIF), periode 2014-2020. Het "
                    "project loopt tot eind 2021. Het team dient elk jaar een "
                    "financieel en inhoudelijk verslag in."
                ),
                "en": (
                    "Funded since mid-2015 by the EU Asylum, Migration and Integration "
                    "Fund (AMIF), 2014-2020 period. The project runs until the end of "
                    "2021. The team submits a financial and content report every year."
                ),
            },
        },
    },
    {
        "cpas": {
            "slug": "gent",
            "name": {"fr": "CPAS de Gand", "nl": "OCMW Gent", "en": "PCSW of Ghent"},
            "city": "Gent",
            "default_language": "nl",
        },
        "antennas": [
            {
                "slug": "gent-brugse-poort",
                "name": "Antenne Brugse Poort",
                "municipality": "Gent",
            },
            {
                "slug": "gent-sint-amandsberg",
                "name": "Antenne Sint-Amandsberg",
                "municipality": "Gent",
            },
            {
                "slug": "gent-ledeberg",
                "name": "Antenne Ledeberg",
                "municipality": "Gent",
            },
        ],
        "programme": {
            "slug": "interactief",
            "name": "Interactief!",
            "working_languages": ["nl"],
            "summary": {
                "fr": (
                    "Interactief! aide les adultes du CPAS de Gand qui parlent peu le "
                    "néerlandais, avec un accueil dans leur langue, des groupes pour "
                    "pratiquer le néerlandais et un parcours de préparation à "
                    "l'activation."
                ),
                "nl": (
                    "Interactief! helpt volwassenen van het OCMW Gent die weinig "
                    "Nederlands spreken, met een onthaal in hun eigen taal, groepen om "
                    "Nederlands te oefenen en een voortraject naar activering."
                ),
                "en": (
                    "Interactief! helps adults of the PCSW of Ghent who speak little "
                    "Dutch, with a welcome in their own language, groups to practise "
                    "Dutch and a preparatory track towards activation."
                ),
            },
            "public_description": {
                "fr": [
                    "Interactief! est un projet du CPAS de Gand pour les personnes "
                    "qui parlent peu le néerlandais. Une équipe de travailleurs "
                    "sociaux, de médiateurs interculturels, d'interprètes et "
                    "d'animateurs de groupe vous aide à comprendre la société et à "
                    "pratiquer le néerlandais.",
                    "Le projet est surtout pour les adultes réfugiés reconnus ou avec "
                    "une protection subsidiaire. Vous vivez dans la région de Gand et "
                    "vous recevez le revenu d'intégration du CPAS de Gand. Toutes les "
                    "personnes qui parlent une autre langue peuvent participer, aussi "
                    "si elles viennent d'un pays de l'Union européenne.",
                    "Vous commencez par GOAL : une journée d'accueil sur vos droits "
                    "et vos devoirs, dans votre langue ou une langue que vous "
                    "comprenez bien, avec des interprètes. Ensuite, le CPAS vous aide "
                    "à trouver le bon cours de néerlandais. Un médiateur "
                    "interculturel peut venir à vos entretiens avec le travailleur "
                    "social. Dans le groupe Intégration sociale, vous pratiquez le "
                    "néerlandais un jour par semaine, aussi longtemps que nécessaire.",
                    "Plus tard, vous pouvez suivre VIA : un parcours de groupe de "
                    "trois mois, deux demi-journées par semaine, en petit groupe de "
                    "10 personnes au maximum. Vous pratiquez le néerlandais, vous "
                    "découvrez vos talents et des métiers. À la fin, vous recevez un "
                    "conseil pour la suite.",
                ],
                "nl": [
                    "Interactief! is een project van het OCMW Gent voor mensen die "
                    "weinig Nederlands spreken. Een team van maatschappelijk werkers, "
                    "interculturele bemiddelaars, tolken en groepswerkers helpt u de "
                    "samenleving te begrijpen en Nederlands te oefenen.",
                    "Het project is vooral voor volwassen erkende vluchtelingen en "
                    "subsidiair beschermden. U woont in de regio Gent en u krijgt een "
                    "leefloon van het OCMW Gent. Alle anderstaligen kunnen meedoen, "
                    "ook als ze uit een land van de Europese Unie komen.",
                    "U begint met GOAL: een onthaaldag over uw rechten en plichten, "
                    "in uw eigen taal of een taal die u goed begrijpt, met tolken. "
                    "Daarna helpt het OCMW u de juiste cursus Nederlands te vinden. "
                    "Een interculturele bemiddelaar kan mee naar uw gesprekken met de "
                    "maatschappelijk werker. In de groep Sociale integratie oefent u "
                    "een dag per week Nederlands, zo lang als nodig.",
                    "Later kunt u VIA volgen: een groepstraject van drie maanden, "
                    "twee halve dagen per week, in een kleine groep van maximaal 10 "
                    "mensen. U oefent Nederlands, u ontdekt uw talenten en "
                    "verschillende beroepen. Op het einde krijgt u advies voor de "
                    "volgende stap.",
                ],
                "en": [
                    "Interactief! is a project of the PCSW of Ghent for people who "
                    "speak little Dutch. A team of social workers, intercultural "
                    "mediators, interpreters and group workers helps you understand "
                    "society and practise Dutch.",
                    "The project is mainly for adult recognised refugees and people "
                    "with subsidiary protection. You live in the Ghent area and you "
                    "receive integration income from the PCSW of Ghent. Everyone who "
                    "speaks another language can take part, also people from a "
                    "European Union country.",
                    "You start with GOAL: a welcome day about your rights and duties, "
                    "in your own language or a language you understand well, with "
                    "interpreters. Then the PCSW helps you find the right Dutch "
                    "course. An intercultural mediator can join your talks with the "
                    "social worker. In the Social integration group you practise "
                    "Dutch one day a week, for as long as you need.",
                    "Later you can follow VIA: a three-month group track, two "
                    "half-days a week, in a small group of at most 10 people. You "
                    "practise Dutch and discover your talents and different jobs. At "
                    "the end you get advice on your next step.",
                ],
            },
            "target_group": {
                "fr": (
                    "Adultes qui parlent peu le néerlandais et/ou sont peu qualifiés, "
                    "surtout réfugiés reconnus et bénéficiaires de la protection "
                    "subsidiaire, qui reçoivent le revenu d'intégration du CPAS de "
                    "Gand. Ils ont un petit réseau social et ont du mal à entrer en "
                    "contact avec les organisations de la région gantoise. Ils ne sont "
                    "pas encore prêts pour un emploi article 60."
                ),
                "nl": (
                    "Volwassenen die weinig Nederlands spreken en/of laaggeschoold "
                    "zijn, vooral erkende vluchtelingen en subsidiair beschermden, die "
                    "een leefloon krijgen van het OCMW Gent. Ze hebben een klein "
                    "sociaal netwerk en vinden moeilijk contact met organisaties in de "
                    "regio Gent. Ze zijn nog niet klaar voor een job via artikel 60."
                ),
                "en": (
                    "Adults who speak little Dutch and/or have few qualifications, "
                    "mainly recognised refugees and people with subsidiary protection, "
                    "who receive integration income from the PCSW of Ghent. They have "
                    "a small social network and find it hard to get in touch with "
                    "organisations in the Ghent area. They are not ready yet for an "
                    "'article 60' job."
                ),
            },
            "eligibility_rules": [
                {"type": "minimum_age", "age": 18, "blocking": True, "note": None},
                {
                    "type": "nationality_outside_eu",
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Le CPAS de Gand accueille toutes les personnes "
                            "allophones, aussi les citoyens de l'Union européenne. Le "
                            "fonds européen AMIF paie seulement l'accompagnement des "
                            "personnes d'un pays hors UE (un peu plus de 60 % des "
                            "participants) : le CPAS applique une clé de répartition."
                        ),
                        "nl": (
                            "Het OCMW Gent begeleidt alle anderstaligen, ook burgers "
                            "van de Europese Unie. Het Europese fonds AMIF betaalt "
                            "alleen de begeleiding van mensen van buiten de EU (iets "
                            "meer dan 60 % van de deelnemers): het OCMW gebruikt een "
                            "verdeelsleutel."
                        ),
                        "en": (
                            "The PCSW of Ghent welcomes everyone who speaks another "
                            "language, also citizens of the European Union. The "
                            "European AMIF fund pays only for people from outside the "
                            "EU (a little over 60% of participants): the PCSW uses a "
                            "cost-sharing key."
                        ),
                    },
                },
                {
                    "type": "residence_status",
                    "statuses": [
                        "recognised_refugee",
                        "subsidiary_protection",
                        "other_legal_stay",
                    ],
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Le groupe principal : les réfugiés reconnus et les "
                            "personnes avec une protection subsidiaire. Les personnes "
                            "vulnérables d'un pays hors UE avec un autre titre de "
                            "séjour peuvent aussi participer, comme les autres "
                            "allophones."
                        ),
                        "nl": (
                            "De hoofdgroep: erkende vluchtelingen en subsidiair "
                            "beschermden. Kwetsbare mensen van buiten de EU met een "
                            "ander verblijfsstatuut kunnen ook meedoen, net als andere "
                            "anderstaligen."
                        ),
                        "en": (
                            "The main group: recognised refugees and people with "
                            "subsidiary protection. Vulnerable non-EU nationals with "
                            "another residence status can also take part, like other "
                            "people who speak another language."
                        ),
                    },
                },
                {
                    "type": "lives_in_area",
                    "area": {
                        "fr": "Région de Gand",
                        "nl": "Regio Gent",
                        "en": "Ghent area",
                    },
                    "blocking": True,
                    "note": None,
                },
                {
                    "type": "integration_income",
                    "accept_other_cpas_service": False,
                    "blocking": True,
                    "note": {
                        "fr": "Le revenu d'intégration doit venir du CPAS de Gand.",
                        "nl": "Het leefloon moet van het OCMW Gent komen.",
                        "en": (
                            "The integration income must come from the PCSW of Ghent."
                        ),
                    },
                },
                {"type": "small_social_network", "blocking": True, "note": None},
                {
                    "type": "allophone",
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le guide dit : faibles compétences linguistiques et/ou "
                            "faible qualification. Tout le projet est conçu pour les "
                            "personnes qui parlent peu le néerlandais."
                        ),
                        "nl": (
                            "De gids zegt: zwakke taalvaardigheid en/of laaggeschoold. "
                            "Het hele project is gemaakt voor mensen die weinig "
                            "Nederlands spreken."
                        ),
                        "en": (
                            "The guide says: weak language skills and/or few "
                            "qualifications. The whole project is designed for people "
                            "who speak little Dutch."
                        ),
                    },
                },
                {
                    "type": "not_ready_for_article_60",
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Le guide dit que les participants ne sont pas encore "
                            "prêts pour un emploi « article 60 » (un emploi temporaire "
                            "trouvé par le CPAS). Ce n'est pas dans la liste des "
                            "critères : le travailleur social qui oriente la personne "
                            "en juge."
                        ),
                        "nl": (
                            "Volgens de gids zijn de deelnemers nog niet klaar voor "
                            "een job via artikel 60 (een tijdelijke job via het OCMW). "
                            "Dat staat niet in de lijst van criteria: de "
                            "maatschappelijk werker die de persoon doorverwijst, "
                            "oordeelt daarover."
                        ),
                        "en": (
                            "The guide says participants are not ready yet for an "
                            "'article 60' job (a temporary job arranged by the PCSW). "
                            "It is not in the list of criteria: the referring social "
                            "worker judges this."
                        ),
                    },
                },
            ],
            "phases": [
                {
                    "kind": "launch",
                    "objectives": {
                        "fr": [
                            "Mieux connaître la société",
                            "Connaître ses droits et ses devoirs",
                            "Devenir plus autonome",
                        ],
                        "nl": [
                            "De samenleving beter kennen",
                            "Zijn rechten en plichten kennen",
                            "Zelfstandiger worden",
                        ],
                        "en": [
                            "Knowing society better",
                            "Knowing one's rights and duties",
                            "Becoming more independent",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "GOAL, l'accueil commun pour les allophones : une "
                            "formation d'introduction sur les droits et les devoirs, "
                            "que suivent tous les nouveaux bénéficiaires du CPAS. Si "
                            "vous ne comprenez pas assez le néerlandais, vous la "
                            "suivez dans votre langue maternelle. Les groupes sont "
                            "formés selon le niveau de langue."
                        ),
                        "nl": (
                            "GOAL, het Gemeenschappelijk Onthaal voor Anderstaligen: "
                            "een introductie over rechten en plichten, die alle nieuwe "
                            "cliënten van het OCMW volgen. Als u niet genoeg "
                            "Nederlands begrijpt, volgt u ze in uw moedertaal. De "
                            "groepen worden gevormd volgens taalniveau."
                        ),
                        "en": (
                            "GOAL, the joint welcome for people who speak another "
                            "language: an introduction on rights and duties that all "
                            "new PCSW clients follow. If you do not understand enough "
                            "Dutch, you follow it in your mother tongue. Groups are "
                            "formed by language level."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Une journée, donnée en néerlandais par un médiateur "
                            "interculturel et un travailleur social du quartier, avec "
                            "des interprètes sociaux qui traduisent."
                        ),
                        "nl": (
                            "Eén dag, gegeven in het Nederlands door een "
                            "interculturele bemiddelaar en een maatschappelijk werker "
                            "van de buurt, met sociaal tolken die vertalen."
                        ),
                        "en": (
                            "One day, given in Dutch by an intercultural mediator and "
                            "a neighbourhood social worker, with community "
                            "interpreters who translate."
                        ),
                    },
                },
                {
                    "kind": "intermediate",
                    "objectives": {
                        "fr": [
                            "Communiquer clairement, avec une aide pour la langue",
                            "Recevoir un soutien émotionnel",
                            "Trouver le bon cours de néerlandais",
                            "Pratiquer le néerlandais dans un climat de confiance",
                            "Se préparer à l'activation et à l'emploi",
                        ],
                        "nl": [
                            "Duidelijk communiceren, met taalondersteuning",
                            "Emotionele steun krijgen",
                            "De juiste cursus Nederlands vinden",
                            "Nederlands oefenen in een veilige sfeer",
                            "Zich voorbereiden op activering en werk",
                        ],
                        "en": [
                            "Communicating clearly, with language support",
                            "Getting emotional support",
                            "Finding the right Dutch course",
                            "Practising Dutch in a safe setting",
                            "Preparing for activation and work",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Le CPAS vous oriente vers un cours de néerlandais langue "
                            "étrangère (NT2), avec la Maison du néerlandais (Huis van "
                            "het Nederlands). Votre travailleur social suit votre "
                            "parcours de langue. Un médiateur interculturel peut "
                            "participer à vos entretiens. Vous pouvez rejoindre le "
                            "groupe Intégration sociale : des activités de groupe pour "
                            "pratiquer le néerlandais et apprendre par l'expérience, "
                            "sans cours classiques."
                        ),
                        "nl": (
                            "Het OCMW verwijst u door naar een cursus Nederlands als "
                            "tweede taal (NT2), via het Huis van het Nederlands. Uw "
                            "maatschappelijk werker volgt uw taaltraject op. Een "
                            "interculturele bemiddelaar kan deelnemen aan uw "
                            "gesprekken. U kunt aansluiten bij de groep Sociale "
                            "integratie: groepsactiviteiten om Nederlands te oefenen "
                            "en te leren door te doen, zonder klassieke lessen."
                        ),
                        "en": (
                            "The PCSW refers you to a course of Dutch as a second "
                            "language (NT2), through the House of Dutch (Huis van het "
                            "Nederlands). Your social worker follows your language "
                            "path. An intercultural mediator can take part in your "
                            "talks. You can join the Social integration group: group "
                            "activities to practise Dutch and learn by experience, "
                            "without classic lessons."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Groupe Intégration sociale : un jour par semaine, sans "
                            "durée fixe, selon vos besoins. Médiateur interculturel : "
                            "sur demande."
                        ),
                        "nl": (
                            "Groep Sociale integratie: een dag per week, zonder vaste "
                            "duur, volgens uw noden. Interculturele bemiddelaar: op "
                            "vraag."
                        ),
                        "en": (
                            "Social integration group: one day a week, with no fixed "
                            "duration, depending on your needs. Intercultural "
                            "mediator: on request."
                        ),
                    },
                },
                {
                    "kind": "final",
                    "objectives": {
                        "fr": [
                            "Connaître ses qualités, ses compétences et ses intérêts",
                            "Découvrir des métiers",
                            "Améliorer son néerlandais et ses compétences sociales",
                            "Construire un réseau social",
                            "Définir une perspective professionnelle",
                        ],
                        "nl": [
                            "Zijn kwaliteiten, competenties en interesses kennen",
                            "Beroepen ontdekken",
                            "Zijn Nederlands en sociale vaardigheden verbeteren",
                            "Een sociaal netwerk opbouwen",
                            "Een beroepsperspectief bepalen",
                        ],
                        "en": [
                            "Knowing one's qualities, skills and interests",
                            "Discovering jobs",
                            "Improving one's Dutch and social skills",
                            "Building a social network",
                            "Defining a career perspective",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Un bilan de vos forces et de vos points faibles, puis un "
                            "parcours individuel. Si vous le souhaitez, vous suivez "
                            "VIA, le parcours d'intégration préalable pour allophones "
                            ": exercices et jeux de groupe pour découvrir vos "
                            "qualités, pratique du néerlandais dans un groupe de "
                            "confiance et initiations à des métiers. À la fin, un "
                            "parcours individuel vous est conseillé. Parfois, c'est le "
                            "début d'un parcours vers l'emploi."
                        ),
                        "nl": (
                            "Een screening van uw sterke en zwakke punten, daarna een "
                            "individueel traject. Als u wilt, volgt u VIA, het "
                            "Voortraject Integratie Anderstaligen: oefeningen en "
                            "groepsspelen om uw kwaliteiten te ontdekken, Nederlands "
                            "oefenen in een vertrouwde groep en beroepsinitiaties. Op "
                            "het einde krijgt u advies voor een individueel traject. "
                            "Soms is dat de start van een traject naar werk."
                        ),
                        "en": (
                            "A screening of your strengths and weaknesses, then an "
                            "individual path. If you wish, you follow VIA, the "
                            "pre-integration track for people who speak another "
                            "language: exercises and group games to discover your "
                            "qualities, Dutch practice in a trusted group, and job "
                            "tasters. At the end you get advice for an individual "
                            "path. Sometimes this is the start of a path to work."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "VIA : trois mois, deux demi-journées par semaine, en "
                            "petit groupe (10 personnes au maximum) avec deux "
                            "animateurs de groupe."
                        ),
                        "nl": (
                            "VIA: drie maanden, twee halve dagen per week, in een "
                            "kleine groep (maximaal 10 mensen) met twee groepswerkers."
                        ),
                        "en": (
                            "VIA: three months, two half-days a week, in a small group "
                            "(at most 10 people) with two group workers."
                        ),
                    },
                },
            ],
            "individual_sessions": {
                "fr": (
                    "Pas de rythme fixe. Sur demande, un médiateur interculturel "
                    "participe aux entretiens avec le travailleur social. Le "
                    "travailleur social suit de près votre parcours de néerlandais."
                ),
                "nl": (
                    "Geen vast ritme. Op vraag neemt een interculturele bemiddelaar "
                    "deel aan de gesprekken met de maatschappelijk werker. De "
                    "maatschappelijk werker volgt uw taaltraject van dichtbij op."
                ),
                "en": (
                    "No fixed rhythm. On request, an intercultural mediator takes part "
                    "in the talks with the social worker. The social worker closely "
                    "follows your Dutch learning."
                ),
            },
            "group_sessions": {
                "fr": (
                    "GOAL : une journée d'accueil, en groupes selon le niveau de "
                    "langue. Intégration sociale : un jour par semaine, sans durée "
                    "fixe. VIA : deux demi-journées par semaine pendant trois mois, 10 "
                    "personnes au maximum."
                ),
                "nl": (
                    "GOAL: een onthaaldag, in groepen volgens taalniveau. Sociale "
                    "integratie: een dag per week, zonder vaste duur. VIA: twee halve "
                    "dagen per week gedurende drie maanden, maximaal 10 mensen."
                ),
                "en": (
                    "GOAL: one welcome day, in groups by language level. Social "
                    "integration: one day a week, with no fixed duration. VIA: two "
                    "half-days a week for three months, at most 10 people."
                ),
            },
            "group_size_min": None,
            "group_size_max": 10,
            "typical_duration_months": 3,
            "team": {
                "fr": (
                    "Deux animateurs de groupe VIA à temps plein, un accompagnateur "
                    "Intégration sociale à temps plein, trois médiateurs "
                    "interculturels, interprètes et animateurs GOAL à temps plein, et "
                    "un chef d'équipe à mi-temps."
                ),
                "nl": (
                    "Twee voltijdse VIA-groepsbegeleiders, een voltijdse begeleider "
                    "Sociale integratie, drie voltijdse interculturele bemiddelaars, "
                    "tolken en GOAL-groepsbegeleiders, en een halftijdse teamleider."
                ),
                "en": (
                    "Two full-time VIA group workers, one full-time Social integration "
                    "worker, three full-time intercultural mediators, interpreters and "
                    "GOAL group workers, and a half-time team leader."
                ),
            },
            "funding_note": {
                "fr": (
                    "Financé depuis mi-2015 par le Fonds européen Asile, Migration et "
                    "Intégration (AMIF, ou FAMI), période 2014-2020. Le projet court "
                    "jusqu'à fin 2021. AMIF paie seulement l'accompagnement des "
                    "personnes d'un pays hors UE ; pour les autres participants, le "
                    "CPAS applique une clé de répartition."
                ),
                "nl": (
                    "Sinds midden 2015 gefinancierd door het Europese Fonds voor "
                    "Asiel, Migratie en Integratie (AMIF), periode 2014-2020. Het "
                    "project loopt tot eind 2021. AMIF betaalt alleen de begeleiding "
                    "van mensen van buiten de EU; voor de andere deelnemers gebruikt "
                    "het OCMW een verdeelsleutel."
                ),
                "en": (
                    "Funded since mid-2015 by the EU Asylum, Migration and Integration "
                    "Fund (AMIF), 2014-2020 period. The project runs until the end of "
                    "2021. AMIF pays only for people from outside the EU; for the "
                    "other participants the PCSW uses a cost-sharing key."
                ),
            },
        },
    },
    {
        "cpas": {
            "slug": "charleroi",
            "name": {
                "fr": "CPAS de Charleroi",
                "nl": "OCMW Charleroi",
                "en": "PCSW of Charleroi",
            },
            "city": "Charleroi",
            "default_language": "fr",
        },
        "antennas": [
            {
                "slug": "charleroi-marchienne",
                "name": "Antenne Marchienne-au-Pont",
                "municipality": "Charleroi",
            },
            {
                "slug": "charleroi-jumet",
                "name": "Antenne Jumet",
                "municipality": "Charleroi",
            },
            {
                "slug": "charleroi-gilly",
                "name": "Antenne Gilly",
                "municipality": "Charleroi",
            },
        ],
        "programme": {
            "slug": "activ-up",
            "name": "Activ Up!",
            "working_languages": ["fr"],
            "summary": {
                "fr": (
                    "Activ Up! aide les adultes d'un pays hors UE suivis par le CPAS "
                    "de Charleroi à sortir de l'isolement, avec un coach personnel et "
                    "de nombreuses activités de groupe."
                ),
                "nl": (
                    "Activ Up! helpt volwassenen van buiten de EU die door het OCMW "
                    "Charleroi worden begeleid om uit hun isolement te komen, met een "
                    "persoonlijke coach en veel groepsactiviteiten."
                ),
                "en": (
                    "Activ Up! helps adults from outside the EU who are supported by "
                    "the PCSW of Charleroi to break out of isolation, with a personal "
                    "coach and many group activities."
                ),
            },
            "public_description": {
                "fr": [
                    "Activ Up! est un projet du CPAS de Charleroi. Il vous aide à "
                    "sortir de l'isolement, à prendre confiance en vous et à "
                    "construire votre projet de vie. Vous faites partie d'un groupe "
                    "où l'on s'entraide.",
                    "Le projet est pour les adultes d'un pays hors de l'Union "
                    "européenne qui habitent à Charleroi : réfugiés, personnes "
                    "régularisées ou venues par regroupement familial. Vous recevez "
                    "le revenu d'intégration du CPAS de Charleroi, ou vous êtes déjà "
                    "en contact avec un service du CPAS. Vous connaissez peu de monde "
                    "et vous n'êtes pas encore prêt pour un emploi.",
                    "Vous avez un coach personnel. Vous le voyez toutes les deux ou "
                    "trois semaines, et au maximum une fois par semaine si vous en "
                    "avez besoin. Il vous aide dans vos démarches et dans les étapes "
                    "de votre projet.",
                    "En groupe, vous participez au coaching collectif, à des séances "
                    "d'information sur la Belgique (deux matinées par semaine), à des "
                    "ateliers créatifs (une demi-journée par semaine) et à une sortie "
                    "par mois. Vous pouvez aussi faire du bénévolat, par exemple dans "
                    "une maison de repos du CPAS, ou suivre un module pour préparer "
                    "une formation ou un emploi.",
                ],
                "nl": [
                    "Activ Up! is een project van het OCMW Charleroi. Het helpt u uit "
                    "uw isolement te komen, meer zelfvertrouwen te krijgen en uw "
                    "eigen levensproject op te bouwen. U maakt deel uit van een groep "
                    "waarin men elkaar helpt.",
                    "Het project is voor volwassenen uit een land buiten de Europese "
                    "Unie die in Charleroi wonen: vluchtelingen, geregulariseerde "
                    "mensen of mensen die kwamen via gezinshereniging. U krijgt een "
                    "leefloon van het OCMW Charleroi, of u hebt al contact met een "
                    "dienst van het OCMW. U kent weinig mensen en u bent nog niet "
                    "klaar voor werk.",
                    "U hebt een persoonlijke coach. U ziet hem om de twee à drie "
                    "weken, en maximaal een keer per week als u dat nodig hebt. Hij "
                    "helpt u met papieren en met de stappen van uw project.",
                    "In groep neemt u deel aan groepscoaching, infosessies over "
                    "België (twee voormiddagen per week), creatieve ateliers (een "
                    "halve dag per week) en een uitstap per maand. U kunt ook "
                    "vrijwilligerswerk doen, bijvoorbeeld in een woonzorgcentrum van "
                    "het OCMW, of een module volgen om u voor te bereiden op een "
                    "opleiding of werk.",
                ],
                "en": [
                    "Activ Up! is a project of the PCSW of Charleroi. It helps you "
                    "break out of isolation, gain self-confidence and build your own "
                    "life plan. You are part of a group where people help each other.",
                    "The project is for adults from a country outside the European "
                    "Union who live in Charleroi: refugees, people with regularised "
                    "stay or people who came through family reunification. You "
                    "receive integration income from the PCSW of Charleroi, or you "
                    "are already in contact with a PCSW service. You know few people "
                    "and you are not ready for work yet.",
                    "You have a personal coach. You see your coach every two or three "
                    "weeks, and at most once a week if you need it. The coach helps "
                    "you with paperwork and with the steps of your plan.",
                    "In the group, you take part in group coaching, information "
                    "sessions about Belgium (two mornings a week), creative workshops "
                    "(half a day a week) and one outing a month. You can also do "
                    "volunteer work, for example in a PCSW care home, or follow a "
                    "module to prepare for training or work.",
                ],
            },
            "target_group": {
                "fr": (
                    "Adultes de nationalité hors Union européenne qui habitent à "
                    "Charleroi : réfugiés primo-arrivants ou personnes installées "
                    "depuis longtemps (régularisées ou venues par regroupement "
                    "familial). Ils reçoivent le revenu d'intégration du CPAS de "
                    "Charleroi ou sont déjà en contact avec un de ses services. Ils "
                    "ont un petit réseau social et ne sont pas encore prêts pour un "
                    "emploi article 60."
                ),
                "nl": (
                    "Volwassenen met een nationaliteit van buiten de Europese Unie die "
                    "in Charleroi wonen: nieuwkomende vluchtelingen of mensen die al "
                    "lang in België wonen (geregulariseerd of via gezinshereniging). "
                    "Ze krijgen een leefloon van het OCMW Charleroi of hebben al "
                    "contact met een van zijn diensten. Ze hebben een klein sociaal "
                    "netwerk en zijn nog niet klaar voor een job via artikel 60."
                ),
                "en": (
                    "Adults with a nationality from outside the European Union who "
                    "live in Charleroi: newly arrived refugees or people settled in "
                    "Belgium for a long time (regularised or through family "
                    "reunification). They receive integration income from the PCSW of "
                    "Charleroi or are already in contact with one of its services. "
                    "They have a small social network and are not ready yet for an "
                    "'article 60' job."
                ),
            },
            "eligibility_rules": [
                {"type": "minimum_age", "age": 18, "blocking": True, "note": None},
                {
                    "type": "nationality_outside_eu",
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le projet est payé par le fonds européen AMIF. Il est "
                            "réservé aux personnes d'un pays hors de l'Union "
                            "européenne."
                        ),
                        "nl": (
                            "Het project wordt betaald door het Europese fonds AMIF. "
                            "Het is alleen voor mensen uit een land buiten de Europese "
                            "Unie."
                        ),
                        "en": (
                            "The project is paid for by the European AMIF fund. It is "
                            "only for people from a country outside the European Union."
                        ),
                    },
                },
                {
                    "type": "residence_status",
                    "statuses": [
                        "recognised_refugee",
                        "family_reunification",
                        "other_legal_stay",
                    ],
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Toute personne de nationalité hors UE peut participer. Le "
                            "groupe principal : les réfugiés primo-arrivants et les "
                            "personnes installées en Belgique depuis longtemps "
                            "(régularisées ou venues par regroupement familial)."
                        ),
                        "nl": (
                            "Iedereen met een nationaliteit van buiten de EU kan "
                            "meedoen. De hoofdgroep: nieuwkomende vluchtelingen en "
                            "mensen die al lang in België wonen (geregulariseerd of "
                            "via gezinshereniging)."
                        ),
                        "en": (
                            "Anyone with a non-EU nationality can take part. The main "
                            "group: newly arrived refugees and people settled in "
                            "Belgium for a long time (regularised or through family "
                            "reunification)."
                        ),
                    },
                },
                {
                    "type": "lives_in_area",
                    "area": {
                        "fr": "Commune de Charleroi",
                        "nl": "Gemeente Charleroi",
                        "en": "Municipality of Charleroi",
                    },
                    "blocking": True,
                    "note": None,
                },
                {
                    "type": "integration_income",
                    "accept_other_cpas_service": True,
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Il suffit aussi d'être déjà en contact avec un service du "
                            "CPAS de Charleroi."
                        ),
                        "nl": (
                            "Al contact hebben met een dienst van het OCMW Charleroi "
                            "is ook genoeg."
                        ),
                        "en": (
                            "Being already in contact with a service of the PCSW of "
                            "Charleroi is also enough."
                        ),
                    },
                },
                {"type": "small_social_network", "blocking": True, "note": None},
                {
                    "type": "not_ready_for_article_60",
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Le guide dit que les participants ne sont pas encore "
                            "prêts pour un emploi « article 60 » (un emploi temporaire "
                            "trouvé par le CPAS). Ce n'est pas dans la liste des "
                            "critères : le travailleur social qui oriente la personne "
                            "en juge."
                        ),
                        "nl": (
                            "Volgens de gids zijn de deelnemers nog niet klaar voor "
                            "een job via artikel 60 (een tijdelijke job via het OCMW). "
                            "Dat staat niet in de lijst van criteria: de "
                            "maatschappelijk werker die de persoon doorverwijst, "
                            "oordeelt daarover."
                        ),
                        "en": (
                            "The guide says participants are not ready yet for an "
                            "'article 60' job (a temporary job arranged by the PCSW). "
                            "It is not in the list of criteria: the referring social "
                            "worker judges this."
                        ),
                    },
                },
            ],
            "phases": [
                {
                    "kind": "launch",
                    "objectives": {
                        "fr": [
                            "Faire connaissance avec le groupe",
                            "Apprendre à donner son avis",
                            "Apprendre à faire face à l'anxiété et au stress",
                            "Créer une relation de confiance avec son coach",
                        ],
                        "nl": [
                            "De groep leren kennen",
                            "Leren zijn mening te geven",
                            "Leren omgaan met angst en stress",
                            "Een vertrouwensband opbouwen met de coach",
                        ],
                        "en": [
                            "Getting to know the group",
                            "Learning to give one's opinion",
                            "Learning to cope with anxiety and stress",
                            "Building a relationship of trust with the coach",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Dans le coaching collectif, les participants apprennent à "
                            "se connaître et à exprimer un avis. Ils apprennent à "
                            "faire face à l'anxiété et au stress. Avec votre coach, "
                            "vous parlez de vos difficultés, mais surtout de vos "
                            "ressources et de vos envies."
                        ),
                        "nl": (
                            "In de groepscoaching leren de deelnemers elkaar kennen en "
                            "leren ze hun mening te geven. Ze leren omgaan met angst "
                            "en stress. Met uw coach praat u over uw moeilijkheden, "
                            "maar vooral over uw sterktes en uw wensen."
                        ),
                        "en": (
                            "In group coaching, participants get to know each other "
                            "and learn to give their opinion. They learn to cope with "
                            "anxiety and stress. With your coach you talk about your "
                            "difficulties, but above all about your resources and "
                            "wishes."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Coaching collectif de 3 heures toutes les deux semaines. "
                            "Un rendez-vous individuel toutes les deux à trois "
                            "semaines."
                        ),
                        "nl": (
                            "Groepscoaching van 3 uur om de twee weken. Een "
                            "individuele afspraak om de twee à drie weken."
                        ),
                        "en": (
                            "Group coaching of 3 hours every two weeks. An individual "
                            "appointment every two to three weeks."
                        ),
                    },
                },
                {
                    "kind": "intermediate",
                    "objectives": {
                        "fr": [
                            "Réfléchir à ce qu'on ressent, à ce qu'on veut et à ce "
                            "qu'on sait faire",
                            "Connaître ses points forts et ses points faibles",
                            "Prendre confiance en soi",
                            "Exprimer un projet personnel ou un rêve",
                            "Mieux connaître la société belge, ses droits et ses "
                            "devoirs",
                        ],
                        "nl": [
                            "Nadenken over eigen gevoelens, wensen en mogelijkheden",
                            "Zijn sterke en zwakke punten kennen",
                            "Meer zelfvertrouwen krijgen",
                            "Een persoonlijk project of een droom uitspreken",
                            "De Belgische samenleving, rechten en plichten beter "
                            "kennen",
                        ],
                        "en": [
                            "Thinking about what one feels, wants and can do",
                            "Knowing one's strengths and weaknesses",
                            "Gaining self-confidence",
                            "Putting a personal plan or a dream into words",
                            "Knowing Belgian society, rights and duties better",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Les participants réfléchissent à ce qu'ils ressentent, à "
                            "ce qu'ils veulent et à ce qu'ils savent faire. Ils "
                            "travaillent leur confiance en eux et expriment un projet "
                            "personnel ou un rêve. En même temps : séances "
                            "d'information (logement, santé, transport, "
                            "discrimination), ateliers créatifs, sorties et, pour "
                            "certains, bénévolat."
                        ),
                        "nl": (
                            "De deelnemers denken na over wat ze voelen, wat ze willen "
                            "en wat ze kunnen. Ze werken aan hun zelfvertrouwen en "
                            "spreken een persoonlijk project of een droom uit. "
                            "Tegelijk: infosessies (wonen, gezondheid, vervoer, "
                            "discriminatie), creatieve ateliers, uitstappen en, voor "
                            "sommigen, vrijwilligerswerk."
                        ),
                        "en": (
                            "Participants think about what they feel, what they want "
                            "and what they can do. They work on their self-confidence "
                            "and put a personal plan or a dream into words. At the "
                            "same time: information sessions (housing, health, "
                            "transport, discrimination), creative workshops, outings "
                            "and, for some, volunteer work."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Coaching collectif de 3 heures toutes les deux semaines. "
                            "Séances d'information deux matinées par semaine. Atelier "
                            "créatif une demi-journée par semaine. Une sortie d'un "
                            "jour par mois."
                        ),
                        "nl": (
                            "Groepscoaching van 3 uur om de twee weken. Infosessies "
                            "twee voormiddagen per week. Creatief atelier een halve "
                            "dag per week. Eén uitstap van een dag per maand."
                        ),
                        "en": (
                            "Group coaching of 3 hours every two weeks. Information "
                            "sessions two mornings a week. Creative workshop half a "
                            "day a week. One day-long outing a month."
                        ),
                    },
                },
                {
                    "kind": "final",
                    "objectives": {
                        "fr": [
                            "Réaliser son projet personnel",
                            "Avancer par petites étapes",
                            "Retrouver un sentiment d'utilité sociale",
                            "Se préparer à une formation ou à un emploi",
                        ],
                        "nl": [
                            "Zijn persoonlijk project uitvoeren",
                            "Vooruitgaan met kleine stappen",
                            "Zich opnieuw nuttig voelen in de samenleving",
                            "Zich voorbereiden op een opleiding of werk",
                        ],
                        "en": [
                            "Carrying out one's personal plan",
                            "Moving forward in small steps",
                            "Feeling useful in society again",
                            "Preparing for training or work",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Les participants travaillent en sous-groupes sur des "
                            "projets proches, par exemple passer le permis de conduire "
                            "ou faire du bénévolat. Certains suivent le module "
                            "d'activation sociale à visée professionnelle : une "
                            "formation « start » sur les freins à l'insertion, des "
                            "modules collectifs, des visites de structures d'insertion "
                            "et un suivi individuel."
                        ),
                        "nl": (
                            "De deelnemers werken in kleine groepen aan gelijkaardige "
                            "projecten, bijvoorbeeld het rijbewijs halen of "
                            "vrijwilligerswerk doen. Sommigen volgen de module sociale "
                            "activering gericht op werk: een startopleiding over de "
                            "drempels naar werk, groepsmodules, bezoeken aan "
                            "organisaties voor inschakeling en individuele opvolging."
                        ),
                        "en": (
                            "Participants work in subgroups on similar plans, for "
                            "example getting a driving licence or doing volunteer "
                            "work. Some follow the work-oriented social activation "
                            "module: a 'start' training on the barriers to work, group "
                            "modules, visits to job-integration services and "
                            "individual follow-up."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Sous-groupes dans le coaching collectif. Module à visée "
                            "professionnelle : 10 jours de formation intensive au "
                            "début, puis des modules collectifs trois matinées par "
                            "semaine et une ou deux sorties."
                        ),
                        "nl": (
                            "Kleine groepen in de groepscoaching. Module gericht op "
                            "werk: 10 dagen intensieve opleiding bij de start, daarna "
                            "groepsmodules drie voormiddagen per week en een of twee "
                            "uitstappen."
                        ),
                        "en": (
                            "Subgroups in group coaching. Work-oriented module: 10 "
                            "days of intensive training at the start, then group "
                            "modules three mornings a week and one or two outings."
                        ),
                    },
                },
            ],
            "individual_sessions": {
                "fr": (
                    "Un rendez-vous avec le coach toutes les deux à trois semaines. Si "
                    "besoin, sur rendez-vous, au maximum une fois par semaine."
                ),
                "nl": (
                    "Een afspraak met de coach om de twee à drie weken. Als het nodig "
                    "is, op afspraak, maximaal een keer per week."
                ),
                "en": (
                    "An appointment with the coach every two to three weeks. If "
                    "needed, by appointment, at most once a week."
                ),
            },
            "group_sessions": {
                "fr": (
                    "Coaching collectif de 3 heures toutes les deux semaines. Séances "
                    "d'information deux matinées par semaine. Atelier créatif une "
                    "demi-journée par semaine. Une sortie d'un jour par mois. "
                    "Bénévolat : une demi-journée par semaine en maison de repos et "
                    "une demi-journée par semaine pour en parler en groupe."
                ),
                "nl": (
                    "Groepscoaching van 3 uur om de twee weken. Infosessies twee "
                    "voormiddagen per week. Creatief atelier een halve dag per week. "
                    "Eén uitstap van een dag per maand. Vrijwilligerswerk: een halve "
                    "dag per week in een woonzorgcentrum en een halve dag per week om "
                    "erover te praten in groep."
                ),
                "en": (
                    "Group coaching of 3 hours every two weeks. Information sessions "
                    "two mornings a week. Creative workshop half a day a week. One "
                    "day-long outing a month. Volunteering: half a day a week in a "
                    "care home and half a day a week to talk about it in the group."
                ),
            },
            "group_size_min": None,
            "group_size_max": None,
            "typical_duration_months": None,
            "team": {
                "fr": (
                    "Deux collaborateurs à temps plein et un collaborateur à mi-temps "
                    "(2,5 ETP) pour le coaching individuel et collectif, les ateliers "
                    "et les sorties. Le budget prévoit aussi un chef d'équipe à "
                    "mi-temps."
                ),
                "nl": (
                    "Twee voltijdse medewerkers en een halftijdse medewerker (2,5 VTE) "
                    "voor de individuele coaching, de groepscoaching, de ateliers en "
                    "de uitstappen. Het budget voorziet ook een halftijdse teamleider."
                ),
                "en": (
                    "Two full-time workers and one half-time worker (2.5 FTE) for "
                    "individual and group coaching, workshops and outings. The budget "
                    "also includes a half-time team leader."
                ),
            },
            "funding_note": {
                "fr": (
                    "Financé depuis mi-2015 par le Fonds européen Asile, Migration et "
                    "Intégration (AMIF, ou FAMI), période 2014-2020. Le projet court "
                    "jusqu'à fin 2021."
                ),
                "nl": (
                    "Sinds midden 2015 gefinancierd door het Europese Fonds voor "
                    "Asiel, Migratie en Integratie (AMIF), periode 2014-2020. Het "
                    "project loopt tot eind 2021."
                ),
                "en": (
                    "Funded since mid-2015 by the EU Asylum, Migration and Integration "
                    "Fund (AMIF), 2014-2020 period. The project runs until the end of "
                    "2021."
                ),
            },
        },
    },
    {
        "cpas": {
            "slug": "liege",
            "name": {"fr": "CPAS de Liège", "nl": "OCMW Luik", "en": "PCSW of Liège"},
            "city": "Liège",
            "default_language": "fr",
        },
        "antennas": [
            {
                "slug": "liege-outremeuse",
                "name": "Antenne Outremeuse",
                "municipality": "Liège",
            },
            {
                "slug": "liege-droixhe",
                "name": "Antenne Droixhe",
                "municipality": "Liège",
            },
            {
                "slug": "liege-angleur",
                "name": "Antenne Angleur",
                "municipality": "Liège",
            },
        ],
        "programme": {
            "slug": "mod-actions",
            "name": "Mod'Actions",
            "working_languages": ["fr"],
            "summary": {
                "fr": (
                    "Mod'Actions aide les primo-arrivants suivis par le CPAS de Liège "
                    "à construire leur projet personnel, avec des entretiens "
                    "d'orientation, des ateliers de groupe toute l'année et des "
                    "sorties culturelles."
                ),
                "nl": (
                    "Mod'Actions helpt nieuwkomers die door het OCMW Luik worden "
                    "begeleid om hun eigen project op te bouwen, met "
                    "oriëntatiegesprekken, groepsateliers het hele jaar door en "
                    "culturele uitstappen."
                ),
                "en": (
                    "Mod'Actions helps newcomers supported by the PCSW of Liège to "
                    "build their own plan, with orientation talks, group workshops all "
                    "year round and cultural outings."
                ),
            },
            "public_description": {
                "fr": [
                    "Mod'Actions est un projet du CPAS de Liège pour les "
                    "primo-arrivants. Il vous aide à lever les obstacles de la vie de "
                    "tous les jours, à mieux comprendre la culture et les "
                    "institutions belges et à découvrir vos talents, aussi par l'art.",
                    "Le projet est pour les adultes venus d'un pays hors de l'Union "
                    "européenne : réfugiés reconnus, personnes avec une protection "
                    "subsidiaire, victimes de traite des êtres humains, personnes "
                    "venues par regroupement familial ou régularisées. Vous vivez "
                    "dans la région de Liège et vous recevez le revenu d'intégration "
                    "du CPAS de Liège. Votre travailleur social vous inscrit.",
                    "Vous commencez par une séance d'information en groupe, puis six "
                    "entretiens individuels, un par semaine. Ensemble, vous faites un "
                    "projet personnel et un plan d'action. Vous pouvez essayer les "
                    "ateliers pendant une semaine, sans obligation, avant de vous "
                    "inscrire.",
                    "Les ateliers ont lieu toute l'année, de janvier à décembre, et "
                    "vous pouvez commencer à tout moment : groupes pour les personnes "
                    "qui parlent peu le français, débutants et avancés (trois fois 3 "
                    "heures par semaine), groupe informatique, groupe artistique et "
                    "groupe projet (deux fois 2 heures par semaine). Il y a aussi une "
                    "sortie culturelle par mois. Vous pouvez parler à un "
                    "accompagnateur quand vous le demandez.",
                ],
                "nl": [
                    "Mod'Actions is een project van het OCMW Luik voor nieuwkomers. "
                    "Het helpt u drempels in het dagelijkse leven weg te werken, de "
                    "Belgische cultuur en instellingen beter te begrijpen en uw "
                    "talenten te ontdekken, ook via kunst.",
                    "Het project is voor volwassenen uit een land buiten de Europese "
                    "Unie: erkende vluchtelingen, subsidiair beschermden, "
                    "slachtoffers van mensenhandel, mensen die kwamen via "
                    "gezinshereniging of geregulariseerde mensen. U woont in de regio "
                    "Luik en u krijgt een leefloon van het OCMW Luik. Uw "
                    "maatschappelijk werker schrijft u in.",
                    "U begint met een infosessie in groep, daarna volgen zes "
                    "individuele gesprekken, een per week. Samen maakt u een "
                    "persoonlijk project en een actieplan. U kunt de ateliers een "
                    "week lang uitproberen, zonder verplichting, voor u zich "
                    "inschrijft.",
                    "De ateliers lopen het hele jaar, van januari tot december, en u "
                    "kunt op elk moment beginnen: groepen voor mensen die weinig "
                    "Frans spreken, beginners en gevorderden (drie keer 3 uur per "
                    "week), een computergroep, een kunstgroep en een projectgroep "
                    "(twee keer 2 uur per week). Er is ook een culturele uitstap per "
                    "maand. U kunt met een begeleider praten wanneer u dat vraagt.",
                ],
                "en": [
                    "Mod'Actions is a project of the PCSW of Liège for newcomers. It "
                    "helps you remove obstacles in everyday life, understand Belgian "
                    "culture and institutions better and discover your talents, also "
                    "through art.",
                    "The project is for adults from a country outside the European "
                    "Union: recognised refugees, people with subsidiary protection, "
                    "victims of human trafficking, people who came through family "
                    "reunification or people with regularised stay. You live in the "
                    "Liège area and you receive integration income from the PCSW of "
                    "Liège. Your social worker signs you up.",
                    "You start with a group information session, then six individual "
                    "talks, one a week. Together you make a personal plan and an "
                    "action plan. You can try the workshops for one week, with no "
                    "obligation, before you sign up.",
                    "The workshops run all year, from January to December, and you "
                    "can start at any time: groups for people who speak little "
                    "French, beginners and advanced (three times 3 hours a week), a "
                    "computer group, an art group and a project group (twice 2 hours "
                    "a week). There is also one cultural outing a month. You can talk "
                    "to a coach whenever you ask.",
                ],
            },
            "target_group": {
                "fr": (
                    "Adultes primo-arrivants d'un pays hors de l'Union européenne : "
                    "réfugiés reconnus, bénéficiaires de la protection subsidiaire, "
                    "victimes de traite des êtres humains, personnes venues par "
                    "regroupement familial ou régularisées. Ils reçoivent le revenu "
                    "d'intégration du CPAS de Liège, ont un petit réseau social et ont "
                    "du mal à suivre le parcours d'intégration classique. Ils ne sont "
                    "pas encore prêts pour un emploi article 60."
                ),
                "nl": (
                    "Volwassen nieuwkomers uit een land buiten de Europese Unie: "
                    "erkende vluchtelingen, subsidiair beschermden, slachtoffers van "
                    "mensenhandel, mensen die kwamen via gezinshereniging of "
                    "geregulariseerden. Ze krijgen een leefloon van het OCMW Luik, "
                    "hebben een klein sociaal netwerk en kunnen het gewone "
                    "integratietraject moeilijk volgen. Ze zijn nog niet klaar voor "
                    "een job via artikel 60."
                ),
                "en": (
                    "Adult newcomers from a country outside the European Union: "
                    "recognised refugees, people with subsidiary protection, victims "
                    "of human trafficking, people who came through family "
                    "reunification or with regularised stay. They receive integration "
                    "income from the PCSW of Liège, have a small social network and "
                    "find the usual integration programme hard to follow. They are not "
                    "ready yet for an 'article 60' job."
                ),
            },
            "eligibility_rules": [
                {"type": "minimum_age", "age": 18, "blocking": True, "note": None},
                {
                    "type": "nationality_outside_eu",
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le projet est payé par le fonds européen AMIF. Il est "
                            "réservé aux personnes d'un pays hors de l'Union "
                            "européenne."
                        ),
                        "nl": (
                            "Het project wordt betaald door het Europese fonds AMIF. "
                            "Het is alleen voor mensen uit een land buiten de Europese "
                            "Unie."
                        ),
                        "en": (
                            "The project is paid for by the European AMIF fund. It is "
                            "only for people from a country outside the European Union."
                        ),
                    },
                },
                {
                    "type": "residence_status",
                    "statuses": [
                        "recognised_refugee",
                        "subsidiary_protection",
                        "family_reunification",
                        "human_trafficking_victim",
                        "other_legal_stay",
                    ],
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le guide cite les réfugiés reconnus, la protection "
                            "subsidiaire, les victimes de traite des êtres humains et "
                            "le regroupement familial, puis « ... ». Les personnes "
                            "régularisées font aussi partie du groupe cible."
                        ),
                        "nl": (
                            "De gids noemt erkende vluchtelingen, subsidiaire "
                            "bescherming, slachtoffers van mensenhandel en "
                            "gezinshereniging, gevolgd door « ... ». Geregulariseerde "
                            "mensen horen ook bij de doelgroep."
                        ),
                        "en": (
                            "The guide lists recognised refugees, subsidiary "
                            "protection, victims of human trafficking and family "
                            "reunification, followed by '...'. People with regularised "
                            "stay are also part of the target group."
                        ),
                    },
                },
                {
                    "type": "lives_in_area",
                    "area": {
                        "fr": "Région de Liège",
                        "nl": "Regio Luik",
                        "en": "Liège area",
                    },
                    "blocking": True,
                    "note": None,
                },
                {
                    "type": "integration_income",
                    "accept_other_cpas_service": False,
                    "blocking": True,
                    "note": {
                        "fr": "Le revenu d'intégration doit venir du CPAS de Liège.",
                        "nl": "Het leefloon moet van het OCMW Luik komen.",
                        "en": (
                            "The integration income must come from the PCSW of Liège."
                        ),
                    },
                },
                {"type": "small_social_network", "blocking": True, "note": None},
                {
                    "type": "not_ready_for_article_60",
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Le guide dit que les participants ne sont pas encore "
                            "prêts pour un emploi « article 60 » (un emploi temporaire "
                            "trouvé par le CPAS). Ce n'est pas dans la liste des "
                            "critères : le travailleur social qui oriente la personne "
                            "en juge."
                        ),
                        "nl": (
                            "Volgens de gids zijn de deelnemers nog niet klaar voor "
                            "een job via artikel 60 (een tijdelijke job via het OCMW). "
                            "Dat staat niet in de lijst van criteria: de "
                            "maatschappelijk werker die de persoon doorverwijst, "
                            "oordeelt daarover."
                        ),
                        "en": (
                            "The guide says participants are not ready yet for an "
                            "'article 60' job (a temporary job arranged by the PCSW). "
                            "It is not in the list of criteria: the referring social "
                            "worker judges this."
                        ),
                    },
                },
            ],
            "phases": [
                {
                    "kind": "launch",
                    "objectives": {
                        "fr": [
                            "Préciser ses choix de vie",
                            "Faire un plan d'action à partir de ses compétences, de "
                            "ses obstacles et de ses rêves",
                            "Être orienté vers l'aide qui convient",
                        ],
                        "nl": [
                            "Zijn levenskeuzes verduidelijken",
                            "Een actieplan maken op basis van competenties, drempels "
                            "en dromen",
                            "Doorverwezen worden naar de juiste hulp",
                        ],
                        "en": [
                            "Clarifying one's life choices",
                            "Making an action plan based on one's skills, obstacles "
                            "and dreams",
                            "Being referred to the right kind of help",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Une séance d'information en groupe, ouverte à tous. Puis "
                            "des entretiens individuels sur vos points forts, vos "
                            "points faibles, vos obstacles et vos rêves. Vous faites "
                            "un projet personnel et un plan d'action. On parle aussi "
                            "de motivation, de ponctualité, des enfants, du logement "
                            "et de la santé. Ensuite, on vous oriente vers les "
                            "ateliers de Mod'Actions, un autre service du CPAS ou une "
                            "formation extérieure, par exemple au FOREM."
                        ),
                        "nl": (
                            "Een infosessie in groep, open voor iedereen. Daarna "
                            "individuele gesprekken over uw sterke en zwakke punten, "
                            "uw drempels en uw dromen. U maakt een persoonlijk project "
                            "en een actieplan. U praat ook over motivatie, stiptheid, "
                            "de kinderen, wonen en gezondheid. Daarna wordt u "
                            "doorverwezen naar de ateliers van Mod'Actions, een andere "
                            "dienst van het OCMW of een externe opleiding, "
                            "bijvoorbeeld bij de FOREM."
                        ),
                        "en": (
                            "A group information session, open to everyone. Then "
                            "individual talks about your strengths, weaknesses, "
                            "obstacles and dreams. You make a personal plan and an "
                            "action plan. You also talk about motivation, punctuality, "
                            "children, housing and health. Then you are referred to "
                            "the Mod'Actions workshops, another PCSW service or "
                            "outside training, for example at FOREM."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Séance d'information une à deux fois par mois. Un "
                            "entretien individuel par semaine pendant 6 semaines. Le "
                            "plan d'action est expliqué et discuté au 7e ou 8e "
                            "entretien."
                        ),
                        "nl": (
                            "Infosessie een à twee keer per maand. Eén individueel "
                            "gesprek per week gedurende 6 weken. Het actieplan wordt "
                            "uitgelegd en besproken in het 7de of 8ste gesprek."
                        ),
                        "en": (
                            "Information session once or twice a month. One individual "
                            "talk a week for 6 weeks. The action plan is explained and "
                            "discussed in the 7th or 8th talk."
                        ),
                    },
                },
                {
                    "kind": "intermediate",
                    "objectives": {
                        "fr": [
                            "Prendre confiance en soi et devenir plus autonome",
                            "Découvrir ses talents",
                            "Développer son réseau social et mieux communiquer",
                            "Mieux connaître la société : droits, devoirs, normes et "
                            "valeurs",
                            "Se préparer à l'activation",
                        ],
                        "nl": [
                            "Meer zelfvertrouwen krijgen en zelfstandiger worden",
                            "Zijn talenten ontdekken",
                            "Zijn sociaal netwerk uitbreiden en beter communiceren",
                            "De samenleving beter kennen: rechten, plichten, normen "
                            "en waarden",
                            "Zich voorbereiden op activering",
                        ],
                        "en": [
                            "Gaining self-confidence and independence",
                            "Discovering one's talents",
                            "Growing one's social network and communicating better",
                            "Knowing society better: rights, duties, norms and values",
                            "Preparing for activation",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "D'abord une semaine d'essai, sans obligation, dans les "
                            "activités qui vous intéressent. Si vous continuez, vous "
                            "vous inscrivez et vous signez un PIIS (projet "
                            "individualisé d'intégration sociale) ; on vous explique "
                            "vos droits et vos devoirs. Vous participez aux ateliers "
                            "selon votre niveau de langue : groupes pour les personnes "
                            "qui parlent peu le français (vie quotidienne, "
                            "institutions belges, culture), informatique (courriels, "
                            "CV, permis de conduire en ligne), art ou réalisation de "
                            "projet. Et aux sorties culturelles."
                        ),
                        "nl": (
                            "Eerst een proefweek, zonder verplichting, in de "
                            "activiteiten die u interesseren. Als u verder doet, "
                            "schrijft u zich in en ondertekent u een GPMI "
                            "(geïndividualiseerd project voor maatschappelijke "
                            "integratie); u krijgt uitleg over uw rechten en plichten. "
                            "U neemt deel aan de ateliers volgens uw taalniveau: "
                            "groepen voor mensen die weinig Frans spreken (dagelijks "
                            "leven, Belgische instellingen, cultuur), computer "
                            "(e-mails, cv, rijbewijs online oefenen), kunst of een "
                            "eigen project. En aan de culturele uitstappen."
                        ),
                        "en": (
                            "First a trial week, with no obligation, in the activities "
                            "that interest you. If you continue, you sign up and sign "
                            "a PIIS (an individual social integration agreement); your "
                            "rights and duties are explained to you. You join "
                            "workshops according to your language level: groups for "
                            "people who speak little French (daily life, Belgian "
                            "institutions, culture), computers (emails, CV, online "
                            "driving theory), art or building your own project. And "
                            "the cultural outings."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Groupes de langue : trois fois 3 heures par semaine. "
                            "Informatique, art et projet : deux fois 2 heures par "
                            "semaine. Ateliers toute l'année, de janvier à décembre ; "
                            "inscription possible à tout moment. Une sortie d'un jour "
                            "par mois."
                        ),
                        "nl": (
                            "Taalgroepen: drie keer 3 uur per week. Computer, kunst en "
                            "project: twee keer 2 uur per week. Ateliers het hele "
                            "jaar, van januari tot december; inschrijven kan op elk "
                            "moment. Eén uitstap van een dag per maand."
                        ),
                        "en": (
                            "Language groups: three times 3 hours a week. Computers, "
                            "art and project: twice 2 hours a week. Workshops all "
                            "year, from January to December; you can sign up at any "
                            "time. One day-long outing a month."
                        ),
                    },
                },
                {
                    "kind": "final",
                    "objectives": {
                        "fr": [
                            "Faire le point sur son parcours",
                            "Construire un projet d'insertion à moyen ou long terme",
                            "Être orienté vers l'étape suivante",
                        ],
                        "nl": [
                            "Een balans opmaken van het traject",
                            "Een project naar werk of opleiding op middellange of "
                            "lange termijn opbouwen",
                            "Doorverwezen worden naar de volgende stap",
                        ],
                        "en": [
                            "Taking stock of one's path",
                            "Building a medium- or long-term plan towards training or "
                            "work",
                            "Being referred to the next step",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Vous remplissez une enquête de satisfaction. L'équipe "
                            "fait le point sur votre participation. À la fin de "
                            "l'accompagnement individuel, vous avez un nouvel "
                            "entretien d'orientation."
                        ),
                        "nl": (
                            "U vult een tevredenheidsenquête in. Het team bespreekt uw "
                            "deelname. Op het einde van de individuele begeleiding "
                            "hebt u een nieuw oriëntatiegesprek."
                        ),
                        "en": (
                            "You fill in a satisfaction survey. The team reviews your "
                            "participation. At the end of the individual support you "
                            "have a new orientation talk."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Une fois, à la fin du parcours. Vous pouvez faire une "
                            "pause et revenir plus tard."
                        ),
                        "nl": (
                            "Eén keer, op het einde van het traject. U kunt een pauze "
                            "nemen en later terugkomen."
                        ),
                        "en": (
                            "Once, at the end of the path. You can take a break and "
                            "come back later."
                        ),
                    },
                },
            ],
            "individual_sessions": {
                "fr": (
                    "Pendant l'orientation, un entretien par semaine pendant 6 "
                    "semaines. Ensuite, des entretiens sur demande, pour vous écouter, "
                    "repérer les problèmes à temps et construire un projet à moyen ou "
                    "long terme."
                ),
                "nl": (
                    "Tijdens de oriëntatie een gesprek per week gedurende 6 weken. "
                    "Daarna gesprekken op vraag, om naar u te luisteren, problemen op "
                    "tijd te zien en een project op middellange of lange termijn op te "
                    "bouwen."
                ),
                "en": (
                    "During orientation, one talk a week for 6 weeks. After that, "
                    "talks on request, to listen to you, spot problems early and build "
                    "a medium- or long-term plan."
                ),
            },
            "group_sessions": {
                "fr": (
                    "Groupes pour les personnes qui parlent peu le français (débutants "
                    "et avancés) : trois fois 3 heures par semaine. Groupes "
                    "informatique, artistique et réalisation de projet : deux fois 2 "
                    "heures par semaine. Toute l'année, de janvier à décembre. Une "
                    "sortie culturelle d'un jour par mois."
                ),
                "nl": (
                    "Groepen voor mensen die weinig Frans spreken (beginners en "
                    "gevorderden): drie keer 3 uur per week. Computergroep, kunstgroep "
                    "en projectgroep: twee keer 2 uur per week. Het hele jaar, van "
                    "januari tot december. Eén culturele uitstap van een dag per maand."
                ),
                "en": (
                    "Groups for people who speak little French (beginners and "
                    "advanced): three times 3 hours a week. Computer, art and project "
                    "groups: twice 2 hours a week. All year, from January to December. "
                    "One day-long cultural outing a month."
                ),
            },
            "group_size_min": None,
            "group_size_max": None,
            "typical_duration_months": 12,
            "team": {
                "fr": (
                    "Deux animateurs à mi-temps, deux assistantes sociales et "
                    "animatrices à temps plein, et un coordinateur-animateur à temps "
                    "plein."
                ),
                "nl": (
                    "Twee halftijdse animatoren, twee voltijdse maatschappelijk "
                    "werkers en animatoren, en een voltijdse coördinator-animator."
                ),
                "en": (
                    "Two half-time group leaders, two full-time social workers who "
                    "also lead groups, and a full-time coordinator who also leads "
                    "groups."
                ),
            },
            "funding_note": {
                "fr": (
                    "Financé depuis mi-2015 par le Fonds européen Asile, Migration et "
                    "Intégration (AMIF, ou FAMI), période 2014-2020. Le projet court "
                    "jusqu'à fin 2021."
                ),
                "nl": (
                    "Sinds midden 2015 gefinancierd door het Europese Fonds voor "
                    "Asiel, Migratie en Integratie (AMIF), periode 2014-2020. Het "
                    "project loopt tot eind 2021."
                ),
                "en": (
                    "Funded since mid-2015 by the EU Asylum, Migration and Integration "
                    "Fund (AMIF), 2014-2020 period. The project runs until the end of "
                    "2021."
                ),
            },
        },
    },
    {
        "cpas": {
            "slug": "bruxelles",
            "name": {
                "fr": "CPAS de Bruxelles",
                "nl": "OCMW Brussel",
                "en": "PCSW of Brussels",
            },
            "city": "Bruxelles",
            "default_language": "fr",
        },
        "antennas": [
            {
                "slug": "bruxelles-centre",
                "name": "Antenne Centre",
                "municipality": "Bruxelles",
            },
            {
                "slug": "bruxelles-laeken",
                "name": "Antenne Laeken",
                "municipality": "Bruxelles",
            },
            {
                "slug": "bruxelles-neder-over-heembeek",
                "name": "Antenne Neder-Over-Heembeek",
                "municipality": "Bruxelles",
            },
        ],
        "programme": {
            "slug": "move-up",
            "name": "Move Up!",
            "working_languages": ["fr"],
            "summary": {
                "fr": (
                    "Move Up! offre aux réfugiés suivis par le CPAS de Bruxelles un "
                    "parcours de groupe intensif, au moins 21 heures par semaine, pour "
                    "pratiquer le français et mieux connaître la société."
                ),
                "nl": (
                    "Move Up! biedt vluchtelingen die door het OCMW Brussel worden "
                    "begeleid een intensief groepstraject van minstens 21 uur per "
                    "week, om Frans te oefenen en de samenleving beter te leren kennen."
                ),
                "en": (
                    "Move Up! offers refugees supported by the PCSW of Brussels an "
                    "intensive group programme of at least 21 hours a week, to "
                    "practise French and get to know society better."
                ),
            },
            "public_description": {
                "fr": [
                    "Move Up! est un parcours de groupe intensif du CPAS de "
                    "Bruxelles. Vous avez des activités cinq jours par semaine. "
                    "Ainsi, vous vous habituez au rythme d'une formation ou d'un "
                    "travail.",
                    "Le projet est pour les adultes réfugiés reconnus ou avec une "
                    "protection subsidiaire, venus d'un pays hors de l'Union "
                    "européenne. Vous vivez à Bruxelles et vous recevez le revenu "
                    "d'intégration du CPAS de Bruxelles. Votre travailleur social "
                    "vous inscrit.",
                    "Vous commencez par un entretien sur votre motivation et un test "
                    "de lecture et d'écriture. Ensuite, vous travaillez en groupe "
                    "selon votre niveau de français, avec 15 personnes au maximum : "
                    "citoyenneté, vie quotidienne, santé, famille et école, "
                    "institutions belges. Avec l'association Be.Face, vous apprenez à "
                    "gérer votre budget, votre compte en banque, votre énergie et vos "
                    "assurances. Il y a aussi des sorties : théâtre, musée, visites.",
                    "Vous pratiquez le français à chaque activité, avec un professeur "
                    "de français langue étrangère. Votre accompagnateur fait "
                    "régulièrement le point avec vous. À la fin, un entretien avec "
                    "lui et votre travailleur social fixe les prochaines étapes.",
                ],
                "nl": [
                    "Move Up! is een intensief groepstraject van het OCMW Brussel. U "
                    "hebt vijf dagen per week activiteiten. Zo went u aan het ritme "
                    "van een opleiding of een job.",
                    "Het project is voor volwassen erkende vluchtelingen en "
                    "subsidiair beschermden uit een land buiten de Europese Unie. U "
                    "woont in Brussel en u krijgt een leefloon van het OCMW Brussel. "
                    "Uw maatschappelijk werker schrijft u in.",
                    "U begint met een gesprek over uw motivatie en een lees- en "
                    "schrijftest. Daarna werkt u in groep volgens uw niveau Frans, "
                    "met maximaal 15 mensen: burgerschap, dagelijks leven, "
                    "gezondheid, gezin en school, Belgische instellingen. Met de "
                    "organisatie Be.Face leert u uw budget, uw bankrekening, uw "
                    "energie en uw verzekeringen beheren. Er zijn ook uitstappen: "
                    "theater, museum, bezoeken.",
                    "U oefent Frans bij elke activiteit, met een leraar Frans als "
                    "vreemde taal. Uw begeleider bespreekt regelmatig met u hoe het "
                    "gaat. Op het einde legt een gesprek met hem en uw "
                    "maatschappelijk werker de volgende stappen vast.",
                ],
                "en": [
                    "Move Up! is an intensive group programme of the PCSW of "
                    "Brussels. You have activities five days a week. This way you get "
                    "used to the rhythm of training or a job.",
                    "The project is for adult recognised refugees and people with "
                    "subsidiary protection from a country outside the European Union. "
                    "You live in Brussels and you receive integration income from the "
                    "PCSW of Brussels. Your social worker signs you up.",
                    "You start with a talk about your motivation and a reading and "
                    "writing test. Then you work in a group that matches your level "
                    "of French, with at most 15 people: citizenship, daily life, "
                    "health, family and school, Belgian institutions. With the "
                    "organisation Be.Face you learn to manage your budget, bank "
                    "account, energy and insurance. There are also outings: theatre, "
                    "museums, visits.",
                    "You practise French in every activity, with a teacher of French "
                    "as a foreign language. Your group coach regularly reviews your "
                    "progress with you. At the end, a talk with the coach and your "
                    "social worker sets the next steps.",
                ],
            },
            "target_group": {
                "fr": (
                    "Adultes réfugiés reconnus ou bénéficiaires de la protection "
                    "subsidiaire, d'un pays hors de l'Union européenne, qui vivent à "
                    "Bruxelles et reçoivent le revenu d'intégration du CPAS de "
                    "Bruxelles. Ils ont un petit réseau social, ont du mal à suivre le "
                    "parcours d'intégration classique et ne sont pas encore prêts pour "
                    "un emploi article 60."
                ),
                "nl": (
                    "Volwassen erkende vluchtelingen en subsidiair beschermden uit een "
                    "land buiten de Europese Unie, die in Brussel wonen en een "
                    "leefloon krijgen van het OCMW Brussel. Ze hebben een klein "
                    "sociaal netwerk, kunnen het gewone integratietraject moeilijk "
                    "volgen en zijn nog niet klaar voor een job via artikel 60."
                ),
                "en": (
                    "Adult recognised refugees and people with subsidiary protection "
                    "from a country outside the European Union, who live in Brussels "
                    "and receive integration income from the PCSW of Brussels. They "
                    "have a small social network, find the usual integration programme "
                    "hard to follow and are not ready yet for an 'article 60' job."
                ),
            },
            "eligibility_rules": [
                {"type": "minimum_age", "age": 18, "blocking": True, "note": None},
                {
                    "type": "nationality_outside_eu",
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le projet est payé par le fonds européen AMIF. Il est "
                            "réservé aux personnes d'un pays hors de l'Union "
                            "européenne."
                        ),
                        "nl": (
                            "Het project wordt betaald door het Europese fonds AMIF. "
                            "Het is alleen voor mensen uit een land buiten de Europese "
                            "Unie."
                        ),
                        "en": (
                            "The project is paid for by the European AMIF fund. It is "
                            "only for people from a country outside the European Union."
                        ),
                    },
                },
                {
                    "type": "residence_status",
                    "statuses": ["recognised_refugee", "subsidiary_protection"],
                    "blocking": True,
                    "note": None,
                },
                {
                    "type": "lives_in_area",
                    "area": {"fr": "Bruxelles", "nl": "Brussel", "en": "Brussels"},
                    "blocking": True,
                    "note": None,
                },
                {
                    "type": "integration_income",
                    "accept_other_cpas_service": False,
                    "blocking": True,
                    "note": {
                        "fr": (
                            "Le revenu d'intégration doit venir du CPAS de Bruxelles."
                        ),
                        "nl": "Het leefloon moet van het OCMW Brussel komen.",
                        "en": (
                            "The integration income must come from the PCSW of "
                            "Brussels."
                        ),
                    },
                },
                {"type": "small_social_network", "blocking": True, "note": None},
                {
                    "type": "not_ready_for_article_60",
                    "blocking": False,
                    "note": {
                        "fr": (
                            "Le guide dit que les participants ne sont pas encore "
                            "prêts pour un emploi « article 60 » (un emploi temporaire "
                            "trouvé par le CPAS). Ce n'est pas dans la liste des "
                            "critères : le travailleur social qui oriente la personne "
                            "en juge."
                        ),
                        "nl": (
                            "Volgens de gids zijn de deelnemers nog niet klaar voor "
                            "een job via artikel 60 (een tijdelijke job via het OCMW). "
                            "Dat staat niet in de lijst van criteria: de "
                            "maatschappelijk werker die de persoon doorverwijst, "
                            "oordeelt daarover."
                        ),
                        "en": (
                            "The guide says participants are not ready yet for an "
                            "'article 60' job (a temporary job arranged by the PCSW). "
                            "It is not in the list of criteria: the referring social "
                            "worker judges this."
                        ),
                    },
                },
            ],
            "phases": [
                {
                    "kind": "launch",
                    "objectives": {
                        "fr": [
                            "Vérifier sa motivation",
                            "Connaître son niveau en lecture et en écriture",
                            "Entrer dans un groupe de son niveau de langue",
                        ],
                        "nl": [
                            "Zijn motivatie nagaan",
                            "Zijn niveau in lezen en schrijven kennen",
                            "In een groep van zijn taalniveau terechtkomen",
                        ],
                        "en": [
                            "Checking one's motivation",
                            "Knowing one's reading and writing level",
                            "Joining a group at one's language level",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Un entretien d'orientation avec les deux accompagnateurs "
                            "de groupe sur votre motivation, puis un test de lecture "
                            "et d'écriture. Les groupes sont formés selon le niveau de "
                            "langue."
                        ),
                        "nl": (
                            "Een oriëntatiegesprek met de twee groepsbegeleiders over "
                            "uw motivatie, daarna een lees- en schrijftest. De groepen "
                            "worden gevormd volgens taalniveau."
                        ),
                        "en": (
                            "An orientation talk with the two group coaches about your "
                            "motivation, then a reading and writing test. Groups are "
                            "formed by language level."
                        ),
                    },
                    "rhythm": {
                        "fr": "Une fois, avant d'entrer dans le groupe.",
                        "nl": "Eén keer, voor u in de groep begint.",
                        "en": "Once, before you join the group.",
                    },
                },
                {
                    "kind": "intermediate",
                    "objectives": {
                        "fr": [
                            "Rompre l'isolement",
                            "Créer des réseaux sociaux",
                            "Améliorer la confiance en soi et l'estime de soi",
                            "Comprendre la réalité socio-économique de la société",
                            "S'habituer à un rythme de travail ou de formation",
                        ],
                        "nl": [
                            "Het isolement doorbreken",
                            "Sociale netwerken opbouwen",
                            "Meer zelfvertrouwen en eigenwaarde krijgen",
                            "De sociaal-economische realiteit van de samenleving "
                            "begrijpen",
                            "Wennen aan het ritme van werk of opleiding",
                        ],
                        "en": [
                            "Breaking isolation",
                            "Building social networks",
                            "Improving self-confidence and self-esteem",
                            "Understanding the social and economic reality of society",
                            "Getting used to the rhythm of work or training",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Travail de groupe sur la citoyenneté (égalité entre "
                            "hommes et femmes, droits et devoirs), la vie quotidienne "
                            "(démarches, transports en commun), la communication, la "
                            "santé et l'alimentation, la famille et l'école, les "
                            "institutions belges. Ateliers avec Be.Face sur l'énergie, "
                            "le téléphone et internet, le budget, la banque et les "
                            "assurances. Jeux de rôle, visites (banque, "
                            "administration) et sorties culturelles. Évaluations "
                            "individuelles régulières."
                        ),
                        "nl": (
                            "Groepswerk over burgerschap (gelijkheid van mannen en "
                            "vrouwen, rechten en plichten), het dagelijks leven "
                            "(papieren, openbaar vervoer), communicatie, gezondheid en "
                            "voeding, gezin en school, de Belgische instellingen. "
                            "Ateliers met Be.Face over energie, telefoon en internet, "
                            "budget, de bank en verzekeringen. Rollenspelen, bezoeken "
                            "(bank, administratie) en culturele uitstappen. "
                            "Regelmatige individuele evaluaties."
                        ),
                        "en": (
                            "Group work on citizenship (equality between men and "
                            "women, rights and duties), daily life (paperwork, public "
                            "transport), communication, health and food, family and "
                            "school, Belgian institutions. Workshops with Be.Face on "
                            "energy, phone and internet, budget, banking and "
                            "insurance. Role plays, visits (bank, public offices) and "
                            "cultural outings. Regular individual reviews."
                        ),
                    },
                    "rhythm": {
                        "fr": (
                            "Au moins 21 heures d'activités par semaine, sur cinq "
                            "jours. 15 participants au maximum par groupe."
                        ),
                        "nl": (
                            "Minstens 21 uur activiteiten per week, verspreid over "
                            "vijf dagen. Maximaal 15 deelnemers per groep."
                        ),
                        "en": (
                            "At least 21 hours of activities a week, over five days. "
                            "At most 15 participants per group."
                        ),
                    },
                },
                {
                    "kind": "final",
                    "objectives": {
                        "fr": [
                            "Faire le bilan du parcours",
                            "Définir les prochaines étapes",
                        ],
                        "nl": [
                            "Een balans opmaken van het traject",
                            "De volgende stappen bepalen",
                        ],
                        "en": [
                            "Taking stock of the programme",
                            "Defining the next steps",
                        ],
                    },
                    "activities": {
                        "fr": (
                            "Un entretien d'évaluation finale entre l'accompagnateur "
                            "de groupe, le participant et le travailleur social. Les "
                            "étapes suivantes sont fixées avec le travailleur social."
                        ),
                        "nl": (
                            "Een eindevaluatiegesprek tussen de groepsbegeleider, de "
                            "deelnemer en de maatschappelijk werker. De volgende "
                            "stappen worden vastgelegd met de maatschappelijk werker."
                        ),
                        "en": (
                            "A final review talk between the group coach, the "
                            "participant and the social worker. The next steps are "
                            "agreed with the social worker."
                        ),
                    },
                    "rhythm": {
                        "fr": "Une fois, à la fin du parcours.",
                        "nl": "Eén keer, op het einde van het traject.",
                        "en": "Once, at the end of the programme.",
                    },
                },
            ],
            "individual_sessions": {
                "fr": (
                    "Pas de rythme fixe : des évaluations individuelles régulières "
                    "avec l'accompagnateur de groupe. En parallèle, le travailleur "
                    "social aide pour le logement, la garde d'enfants et la mobilité."
                ),
                "nl": (
                    "Geen vast ritme: regelmatige individuele evaluaties met de "
                    "groepsbegeleider. Daarnaast helpt de maatschappelijk werker met "
                    "wonen, kinderopvang en mobiliteit."
                ),
                "en": (
                    "No fixed rhythm: regular individual reviews with the group coach. "
                    "Alongside, the social worker helps with housing, childcare and "
                    "transport."
                ),
            },
            "group_sessions": {
                "fr": (
                    "Au moins 21 heures d'activités de groupe par semaine, cinq jours "
                    "par semaine, en groupes de 15 personnes au maximum, formés selon "
                    "le niveau de langue."
                ),
                "nl": (
                    "Minstens 21 uur groepsactiviteiten per week, vijf dagen per week, "
                    "in groepen van maximaal 15 mensen, gevormd volgens taalniveau."
                ),
                "en": (
                    "At least 21 hours of group activities a week, five days a week, "
                    "in groups of at most 15 people, formed by language level."
                ),
            },
            "group_size_min": None,
            "group_size_max": 15,
            "typical_duration_months": None,
            "team": {
                "fr": (
                    "Deux collaborateurs à temps plein, qui accompagnent les groupes, "
                    "et un responsable à mi-temps. Les activités se font avec un "
                    "professeur de français langue étrangère."
                ),
                "nl": (
                    "Twee voltijdse medewerkers, die de groepen begeleiden, en een "
                    "halftijdse leidinggevende. De activiteiten gebeuren met een "
                    "leraar Frans als vreemde taal."
                ),
                "en": (
                    "Two full-time workers, who lead the groups, and a half-time "
                    "manager. The activities are run with a teacher of French as a "
                    "foreign language."
                ),
            },
            "funding_note": {
                "fr": (
                    "Financé depuis mi-2015 par le Fonds européen Asile, Migration et "
                    "Intégration (AMIF, ou FAMI), période 2014-2020. Le projet court "
                    "jusqu'à fin 2021."
                ),
                "nl": (
                    "Sinds midden 2015 gefinancierd door het Europese Fonds voor "
                    "Asiel, Migratie en Integratie (AMIF), periode 2014-2020. Het "
                    "project loopt tot eind 2021."
                ),
                "en": (
                    "Funded since mid-2015 by the EU Asylum, Migration and Integration "
                    "Fund (AMIF), 2014-2020 period. The project runs until the end of "
                    "2021."
                ),
            },
        },
    },
]
