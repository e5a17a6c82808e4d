"""Arabic wording of the participants' satisfaction survey, by its French wording.

Short sentences in everyday words, for people who read little. ``{name}`` stands for
the programme's name. Arabic script, right to left. Written for the demo; not yet
reviewed by a native speaker (see :data:`REVIEWED`).
"""

#: Whether a native speaker reviewed these texts: the seeding marks the
#: translations as reviewed (manual) or as a draft to review (machine).
REVIEWED = False

TEXTS = {
    "Votre avis sur {name}": "رأيك في {name}",
    "Nous voulons savoir ce que vous pensez. Vos réponses nous aident à faire "
    "mieux. Il n'y a pas de bonne ou de mauvaise réponse.": "نريد أن نعرف رأيك. "
    "إجاباتك تساعدنا على العمل بشكل أفضل. لا توجد إجابة صحيحة أو خاطئة.",
    "Comment trouvez-vous {name} ?": "ما رأيك في {name}؟",
    "Qu'en pensez-vous ?": "ما رأيك؟",
    "Non": "لا",
    "Un peu": "قليلاً",
    "Oui": "نعم",
    "On m'accueille bien.": "أشعر بالترحيب.",
    "J'ai appris quelque chose.": "تعلّمت شيئاً.",
    "J'ai rencontré d'autres personnes.": "تعرّفت على أشخاص آخرين.",
    "Je comprends les informations.": "أفهم المعلومات.",
    "Comment trouvez-vous les activités en groupe ?": "ما رأيك في الأنشطة الجماعية؟",
    "Conseilleriez-vous {name} à quelqu'un que vous connaissez ?": "هل تنصح شخصاً "
    "تعرفه بالمشاركة في {name}؟",
    "Qu'est-ce qui peut être mieux ?": "ما الذي يمكن أن يكون أفضل؟",
    "Vous pouvez écrire dans votre langue.": "يمكنك أن تكتب بلغتك.",
    "Merci pour votre avis !": "شكراً على رأيك!",
}
