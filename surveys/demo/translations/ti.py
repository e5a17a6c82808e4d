"""Tigrinya wording of the participants' satisfaction survey, by its French wording.

Short sentences in everyday words, for people who read little. ``{name}`` stands for
the programme's name. Ge'ez script; the polite plural, which says no gender. Written
for the demo; not yet reviewed by a native speaker (see :data:`REVIEWED`).
"""

#: Whether a native speaker reviewed these texts: the seeding marks the
#: translations as reviewed (manual) or as a draft to review (machine).
REVIEWED = False

TEXTS = {
    "Votre avis sur {name}": "ርእይቶኹም ብዛዕባ {name}",
    "Nous voulons savoir ce que vous pensez. Vos réponses nous aident à faire "
    "mieux. Il n'y a pas de bonne ou de mauvaise réponse.": "እንታይ ከም እትሓስቡ "
    "ክንፈልጥ ንደሊ። መልስታትኩም ንኽንመሓየሽ ይሕግዘና። ቅኑዕ ወይ ጌጋ መልሲ የለን።",
    "Comment trouvez-vous {name} ?": "{name} ከመይ ረኺብኩምዎ?",
    "Qu'en pensez-vous ?": "እንታይ ትሓስቡ?",
    "Non": "ኣይፋል",
    "Un peu": "ቁሩብ",
    "Oui": "እወ",
    "On m'accueille bien.": "ጽቡቕ ኣቀባብላ ይግበረለይ።",
    "J'ai appris quelque chose.": "ሓደ ነገር ተማሂረ።",
    "J'ai rencontré d'autres personnes.": "ምስ ካልኦት ሰባት ተላሊየ።",
    "Je comprends les informations.": "እቲ ሓበሬታ ይርደኣኒ እዩ።",
    "Comment trouvez-vous les activités en groupe ?": "ናይ ጉጅለ ንጥፈታት ከመይ ረኺብኩምዎ?",
    "Conseilleriez-vous {name} à quelqu'un que vous connaissez ?": "{name} "
    "ንዝፈልጥዎ ሰብ ክትመኽሩ ዶ ኢኹም?",
    "Qu'est-ce qui peut être mieux ?": "እንታይ ክመሓየሽ ይኽእል?",
    "Vous pouvez écrire dans votre langue.": "ብቋንቋኹም ክትጽሕፉ ትኽእሉ ኢኹም።",
    "Merci pour votre avis !": "ስለ ርእይቶኹም የቐንየልና!",
}
