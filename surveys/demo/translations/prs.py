"""Dari wording of the participants' satisfaction survey, by its French wording.

Short sentences in everyday words, for people who read little. ``{name}`` stands for
the programme's name. Arabic script, right to left; Afghan words (بلی, معلومات).
Written for the demo; not yet reviewed by a native speaker (see :data:`REVIEWED`).
"""

#: Whether a native speaker reviewed these texts: the seeding marks the
#: translations as reviewed (manual) or as a draft to review (machine).
REVIEWED = False

TEXTS = {
    "Votre avis sur {name}": "نظر شما در باره {name}",
    "Nous voulons savoir ce que vous pensez. Vos réponses nous aident à faire "
    "mieux. Il n'y a pas de bonne ou de mauvaise réponse.": "ما می‌خواهیم بدانیم "
    "شما چه فکر می‌کنید. جواب‌های شما به ما کمک می‌کند که بهتر کار کنیم. جواب "
    "درست یا غلط وجود ندارد.",
    "Comment trouvez-vous {name} ?": "{name} برای شما چطور است؟",
    "Qu'en pensez-vous ?": "شما چه فکر می‌کنید؟",
    "Non": "نه",
    "Un peu": "کمی",
    "Oui": "بلی",
    "On m'accueille bien.": "اینجا از من خوب استقبال می‌شود.",
    "J'ai appris quelque chose.": "چیزی یاد گرفتم.",
    "J'ai rencontré d'autres personnes.": "با مردم دیگر آشنا شدم.",
    "Je comprends les informations.": "معلومات را می‌فهمم.",
    "Comment trouvez-vous les activités en groupe ?": "فعالیت‌های گروهی برای شما "
    "چطور است؟",
    "Conseilleriez-vous {name} à quelqu'un que vous connaissez ?": "آیا {name} را "
    "به کسی که می‌شناسید پیشنهاد می‌کنید؟",
    "Qu'est-ce qui peut être mieux ?": "چه چیزی می‌تواند بهتر شود؟",
    "Vous pouvez écrire dans votre langue.": "می‌توانید به زبان خود بنویسید.",
    "Merci pour votre avis !": "از نظر شما تشکر!",
}
