"""Ukrainian wording of the participants' satisfaction survey, by its French wording.

Short sentences in everyday words, for people who read little. ``{name}`` stands for
the programme's name. Cyrillic script; present tenses, which say no gender. Written
for the demo; not yet reviewed by a native speaker (see :data:`REVIEWED`).
"""

#: Whether a native speaker reviewed these texts: the seeding marks the
#: translations as reviewed (manual) or as a draft to review (machine).
REVIEWED = False

TEXTS = {
    "Votre avis sur {name}": "Ваша думка про {name}",
    "Nous voulons savoir ce que vous pensez. Vos réponses nous aident à faire "
    "mieux. Il n'y a pas de bonne ou de mauvaise réponse.": "Ми хочемо знати, що "
    "ви думаєте. Ваші відповіді допомагають нам працювати краще. Немає "
    "правильних чи неправильних відповідей.",
    "Comment trouvez-vous {name} ?": "Як вам {name}?",
    "Qu'en pensez-vous ?": "Що ви думаєте?",
    "Non": "Ні",
    "Un peu": "Трохи",
    "Oui": "Так",
    "On m'accueille bien.": "Мене тут добре приймають.",
    "J'ai appris quelque chose.": "Тут я вчуся чогось нового.",
    "J'ai rencontré d'autres personnes.": "Я знайомлюся з іншими людьми.",
    "Je comprends les informations.": "Я розумію інформацію.",
    "Comment trouvez-vous les activités en groupe ?": "Як вам групові заняття?",
    "Conseilleriez-vous {name} à quelqu'un que vous connaissez ?": "Чи порадили б "
    "ви {name} комусь зі знайомих?",
    "Qu'est-ce qui peut être mieux ?": "Що можна зробити краще?",
    "Vous pouvez écrire dans votre langue.": "Ви можете писати своєю мовою.",
    "Merci pour votre avis !": "Дякуємо за вашу думку!",
}
