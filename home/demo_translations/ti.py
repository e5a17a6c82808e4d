"""Tigrinya easy-read wording of the demo's programme pages.

Short sentences in everyday words, for people who read little. Ge'ez script;
the polite plural, which says no gender. Written for the demo; not yet reviewed
by a native speaker.
"""

#: Whether a native speaker reviewed these texts.
REVIEWED = False

#: The languages a programme practises.
LANGUAGES = {"fr": "ፈረንሳይኛ", "nl": "ዳች"}

SUMMARY = "{name} ናይ CPAS ከተማ {city} ፕሮግራም እዩ። ንሓድሽ ናብ ቤልጅዩም ዝመጹ ሰባት እዩ።"
WHO = "ካብ ደገ ሕብረት ኤውሮጳ ንዝመጹ ዓበይቲ (18 ዓመት ወይ ልዕሊኡ)፣ CPAS ከተማ {city} ዝሕግዞም።"
DO = "ምስ ካልኦት ሰባት ትራኸቡ። ነታ ከተማን ኣገልግሎታታን ትፈልጡ። ቋንቋ {language} ትለማመዱ።"
GROUP = "እዚ ብጉጅለ ትገብርዎ። ሓደ ኣሰልጣኒ ይሕግዘኩም።"
JOIN = "ክትሳተፉ ትደልዩ ዶ? ኣብ ጨንፈር CPAS ንማሕበራዊ ሰራሕተኛኹም ሕተቱ።"

#: By programme: its CPAS's city, and how long and how often.
PROGRAMMES = {
    "amie": (
        "ኣንትወርፕ",
        "እቲ ፕሮግራም ኣስታት 6 ኣዋርሕ ይወስድ። ኩሉ ሰሙን ምስ ኣሰልጣኒኹም ዘተ፣ ከምኡ'ውን ፍርቂ መዓልቲ ምስ ጉጅለ ኣለኩም።",
    ),
    "interactief": (
        "ገንት",
        "መጀመርታ፣ ብቋንቋኹም ሓንቲ መዓልቲ ኣቀባብላ። ድሕሪኡ፣ ኣብ ሰሙን ሓንቲ መዓልቲ "
        "ብጉጅለ ቋንቋ ዳች ትለማመዱ። ድሒሩ፣ 3 ኣዋርሕ፣ ኣብ ሰሙን ክልተ ፍርቂ መዓልቲ፣ "
        "ኣብ ጉጅለ ክሳብ 10 ሰባት።",
    ),
    "activ-up": (
        "ሻርለርዋ",
        "ንኣሰልጣኒኹም ኣብ ክልተ ወይ ሰለስተ ሰሙን ሓደ ግዜ ትርእይዎ። ኩሉ ሰሙን ናይ "
        "ጉጅለ ንጥፈታት ኣሎ፣ ኣብ ወርሒ ድማ ሓደ ዑደት።",
    ),
    "mod-actions": (
        "ልየጅ",
        "መጀመርታ፣ ምስ ኣሰልጣኒ ሽዱሽተ ዘተታት፣ ኣብ ሰሙን ሓደ። ድሕሪኡ፣ ኣብ ሰሙን "
        "ክልተ ወይ ሰለስተ ግዜ ናይ ጉጅለ ስልጠና፣ ኩሉ ዓመት። ኣብ ወርሒ ሓደ ባህላዊ "
        "ዑደት። እቲ ፕሮግራም ኣስታት ሓደ ዓመት ይወስድ።",
    ),
    "move-up": (
        "ብራሰልስ",
        "ኣብ ሰሙን ሓሙሽተ መዓልቲ ንጥፈታት፣ ኣብ ሰሙን እንተወሓደ 21 ሰዓት። ኣብ ነፍሲ ወከፍ ጉጅለ ክሳብ 15 ሰባት።",
    ),
}
