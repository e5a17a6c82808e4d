"""Pashto wording of the participants' satisfaction survey, by its French wording.

Short sentences in everyday words, for people who read little. ``{name}`` stands for
the programme's name. Arabic script, right to left. Written for the demo; not yet
reviewed by a native speaker (see :data:`REVIEWED`).
"""

#: Whether a native speaker reviewed these texts: the seeding marks the
#: translations as reviewed (manual) or as a draft to review (machine).
REVIEWED = False

TEXTS = {
    "Votre avis sur {name}": "د {name} په اړه ستاسو نظر",
    "Nous voulons savoir ce que vous pensez. Vos réponses nous aident à faire "
    "mieux. Il n'y a pas de bonne ou de mauvaise réponse.": "موږ غواړو پوه شو چې "
    "تاسو څه فکر کوئ. ستاسو ځوابونه له موږ سره مرسته کوي چې ښه کار وکړو. سم یا "
    "غلط ځواب نشته.",
    "Comment trouvez-vous {name} ?": "{name} تاسو ته څنګه دی؟",
    "Qu'en pensez-vous ?": "تاسو څه فکر کوئ؟",
    "Non": "نه",
    "Un peu": "لږ",
    "Oui": "هو",
    "On m'accueille bien.": "دلته زما ښه هرکلی کېږي.",
    "J'ai appris quelque chose.": "ما یو څه زده کړل.",
    "J'ai rencontré d'autres personnes.": "له نورو خلکو سره آشنا شوم.",
    "Je comprends les informations.": "په معلوماتو پوهېږم.",
    "Comment trouvez-vous les activités en groupe ?": "ډله ییز فعالیتونه تاسو ته "
    "څنګه دي؟",
    "Conseilleriez-vous {name} à quelqu'un que vous connaissez ?": "ایا تاسو {name} "
    "هغه چا ته وړاندیز کوئ چې پېژنئ یې؟",
    "Qu'est-ce qui peut être mieux ?": "څه شی ښه کېدای شي؟",
    "Vous pouvez écrire dans votre langue.": "تاسو کولای شئ په خپله ژبه ولیکئ.",
    "Merci pour votre avis !": "ستاسو د نظر مننه!",
}
