"""Somali wording of the participants' satisfaction survey, by its French wording.

Short sentences in everyday words, for people who read little. ``{name}`` stands for
the programme's name. Latin script. Written for the demo; not yet reviewed by a
native speaker (see :data:`REVIEWED`).
"""

#: Whether a native speaker reviewed these texts: the seeding marks the
#: translations as reviewed (manual) or as a draft to review (machine).
REVIEWED = False

TEXTS = {
    "Votre avis sur {name}": "Ra'yigaaga ku saabsan {name}",
    "Nous voulons savoir ce que vous pensez. Vos réponses nous aident à faire "
    "mieux. Il n'y a pas de bonne ou de mauvaise réponse.": "Waxaan rabnaa inaan "
    "ogaanno waxaad qabto. Jawaabahaagu waxay naga caawiyaan inaan wax "
    "hagaajinno. Ma jirto jawaab sax ah ama khalad ah.",
    "Comment trouvez-vous {name} ?": "Sidee u aragtaa {name}?",
    "Qu'en pensez-vous ?": "Maxaad ka qabtaa?",
    "Non": "Maya",
    "Un peu": "Wax yar",
    "Oui": "Haa",
    "On m'accueille bien.": "Si fiican ayaa la ii soo dhaweeyaa.",
    "J'ai appris quelque chose.": "Wax baan bartay.",
    "J'ai rencontré d'autres personnes.": "Dad kale ayaan la kulmay.",
    "Je comprends les informations.": "Macluumaadka waan fahmaa.",
    "Comment trouvez-vous les activités en groupe ?": "Sidee u aragtaa hawlaha kooxda?",
    "Conseilleriez-vous {name} à quelqu'un que vous connaissez ?": "Ma kula talin "
    "lahayd qof aad taqaanno inuu ka qaybgalo {name}?",
    "Qu'est-ce qui peut être mieux ?": "Maxaa ka wanaagsanaan kara?",
    "Vous pouvez écrire dans votre langue.": "Waxaad ku qori kartaa luqaddaada.",
    "Merci pour votre avis !": "Waad ku mahadsan tahay ra'yigaaga!",
}
