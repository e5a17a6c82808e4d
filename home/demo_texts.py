"""The demo's home page in the participants' languages: short sentences in
everyday words. Written for the demo; not yet reviewed by a native speaker (the
translation editor says so beside each string)."""

#: ``code: (title, introduction)``, the introduction one paragraph of plain text.
PARTICIPANT_HOME_TEXT: dict[str, tuple[str, str]] = {
    "ar": (
        "أنشطة للقادمين الجدد",
        "خمسة مراكز للمساعدة الاجتماعية (CPAS) ترافق أشخاصاً وصلوا إلى بلجيكا "
        "حديثاً. يتعرّفون على المجتمع ويلتقون بأشخاص آخرين ويحضّرون لمستقبلهم. "
        "هذه هي البرامج.",
    ),
    "ti": (
        "ንሓደስቲ መጻእቲ ንጥፈታት",
        "ሓሙሽተ ማሕበራዊ ሓገዝ ማእከላት (CPAS) ንሓድሽ ናብ ቤልጅዩም ዝመጹ ሰባት ይሕግዙ። "
        "ነቲ ሕብረተሰብ ይፈልጡ፣ ምስ ካልኦት ሰባት ይራኸቡ፣ ንመጻኢኦም ይዳለዉ። እዚኦም "
        "እቶም ፕሮግራማት እዮም።",
    ),
    "prs": (
        "فعالیت‌ها برای تازه‌واردان",
        "پنج مرکز کمک اجتماعی (CPAS) به کسانی که تازه به بلجیم آمده‌اند کمک "
        "می‌کنند. آن‌ها جامعه را می‌شناسند، با مردم دیگر آشنا می‌شوند و برای آینده "
        "آماده می‌شوند. این‌ها برنامه‌ها هستند.",
    ),
    "ps": (
        "د نویو راغلو لپاره فعالیتونه",
        "پنځه ټولنیز مرستندوی مرکزونه (CPAS) له هغو خلکو سره مرسته کوي چې نوي "
        "بلجیم ته راغلي دي. دوی ټولنه پېژني، له نورو خلکو سره ګوري او د خپل راتلونکي "
        "لپاره چمتو کېږي. دا پروګرامونه دي.",
    ),
    "so": (
        "Hawlo loogu talagalay dadka cusub",
        "Shan xarumood oo gargaar bulsho (CPAS) ayaa caawiya dadka dhowaan yimid "
        "Beljiyam. Waxay bartaan bulshada, la kulmaan dad kale, una diyaar "
        "garoobaan mustaqbalkooda. Kuwani waa barnaamijyada.",
    ),
    "uk": (
        "Заняття для новоприбулих",
        "П'ять центрів соціальної допомоги (CPAS) підтримують людей, які нещодавно "
        "приїхали до Бельгії. Вони знайомляться із суспільством, зустрічають "
        "інших людей і готуються до майбутнього. Ось програми.",
    ),
}
