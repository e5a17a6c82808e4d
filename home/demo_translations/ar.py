"""Arabic easy-read wording of the demo's programme pages.

Short sentences in everyday words (Modern Standard Arabic), for people who read
little. Written for the demo; not yet reviewed by a native speaker.
"""

#: Whether a native speaker reviewed these texts.
REVIEWED = False

#: The languages a programme practises.
LANGUAGES = {"fr": "الفرنسية", "nl": "الهولندية"}

SUMMARY = "{name} برنامج من مركز CPAS في مدينة {city}. هو للأشخاص الجدد في بلجيكا."
WHO = (
    "للبالغين (18 سنة أو أكثر) من بلد خارج الاتحاد الأوروبي، الذين يساعدهم "
    "مركز CPAS في مدينة {city}."
)
DO = "تلتقي بأشخاص آخرين. تتعرّف على المدينة وخدماتها. تتمرّن على اللغة {language}."
GROUP = "تفعل ذلك في مجموعة. يساعدك مرشد."
JOIN = "هل تريد أن تشارك؟ اسأل مساعدك الاجتماعي في فرع CPAS."

#: By programme: its CPAS's city, and how long and how often.
PROGRAMMES = {
    "amie": (
        "أنتويرب",
        "يستمر البرنامج حوالي 6 أشهر. كل أسبوع لديك لقاء مع مرشدك، وبعد ظهر "
        "مع المجموعة.",
    ),
    "interactief": (
        "غنت",
        "في البداية، يوم استقبال بلغتك. بعد ذلك، تتمرّن على الهولندية في مجموعة "
        "يوماً واحداً في الأسبوع. لاحقاً: 3 أشهر، نصف يوم مرتين في الأسبوع، في "
        "مجموعة من 10 أشخاص على الأكثر.",
    ),
    "activ-up": (
        "شارلروا",
        "ترى مرشدك مرة كل أسبوعين أو ثلاثة أسابيع. هناك أنشطة جماعية كل أسبوع، "
        "ونزهة واحدة كل شهر.",
    ),
    "mod-actions": (
        "لييج",
        "في البداية، ستة لقاءات مع مرشد، لقاء واحد كل أسبوع. بعد ذلك، ورشات "
        "جماعية مرتين أو ثلاث مرات في الأسبوع، طوال السنة. ونزهة ثقافية واحدة كل "
        "شهر. يستمر البرنامج حوالي سنة.",
    ),
    "move-up": (
        "بروكسل",
        "أنشطة خمسة أيام في الأسبوع، 21 ساعة على الأقل في الأسبوع. في كل مجموعة "
        "15 شخصاً على الأكثر.",
    ),
}
