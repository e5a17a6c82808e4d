"""Somali easy-read wording of the demo's programme pages.

Short sentences in everyday words, for people who read little. Written for the
demo; not yet reviewed by a native speaker.
"""

#: Whether a native speaker reviewed these texts.
REVIEWED = False

#: The languages a programme practises.
LANGUAGES = {"fr": "af-Faransiis", "nl": "af-Holandays"}

SUMMARY = (
    "{name} waa barnaamij ka tirsan CPAS-ka magaalada {city}. Waxaa loogu "
    "talagalay dadka dhowaan yimid Beljiyam."
)
WHO = (
    "Dadka waaweyn (18 sano ama ka weyn) ee ka yimid waddan ka baxsan Midowga "
    "Yurub, oo uu caawiyo CPAS-ka magaalada {city}."
)
DO = (
    "Waxaad la kulmaysaa dad kale. Waxaad baranaysaa magaalada iyo adeegyadeeda. "
    "Waxaad ku celcelinaysaa {language}."
)
GROUP = "Tan waxaad ku samaynaysaa koox. Tababare ayaa ku caawinaya."
JOIN = "Ma rabtaa inaad ka qaybgasho? Weydii shaqaalahaaga bulshada ee laanta CPAS-ka."

#: By programme: its CPAS's city, and how long and how often.
PROGRAMMES = {
    "amie": (
        "Antwerpen",
        "Barnaamijku wuxuu socdaa qiyaastii 6 bilood. Toddobaad kasta waxaad la "
        "hadlaysaa tababarahaaga, waxaadna kooxda la joogtaa hal galab.",
    ),
    "interactief": (
        "Gent",
        "Marka hore, hal maalin oo soo dhaweyn ah, luqaddaada. Kadib, toddobaadkii "
        "hal maalin ayaad kooxda ku celcelinaysaa af-Holandays. Hadhow: 3 bilood, "
        "toddobaadkii laba nus-maalmood, koox ugu badnaan 10 qof ah.",
    ),
    "activ-up": (
        "Charleroi",
        "Tababarahaaga waxaad arkaysaa laba ama saddex toddobaad kasta mar. "
        "Toddobaad kasta waxaa jira hawlo kooxeed, bishiina hal mar dibadbax.",
    ),
    "mod-actions": (
        "Liège",
        "Marka hore, lix wadahadal oo aad la yeelanayso tababare, toddobaadkii "
        "mid. Kadib, casharro kooxeed toddobaadkii laba ama saddex jeer, sanadka "
        "oo dhan. Bishii hal dibadbax dhaqameed. Barnaamijku wuxuu socdaa "
        "qiyaastii hal sano.",
    ),
    "move-up": (
        "Brussel",
        "Hawlo shan maalmood toddobaadkii, ugu yaraan 21 saacadood toddobaadkii. "
        "Koox kasta waxaa ku jira ugu badnaan 15 qof.",
    ),
}
