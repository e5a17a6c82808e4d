"""Text people type that others will read: what may not hide in it.

A name is shown in lists, notifications and exports, beside other text. Invisible
direction controls (the right-to-left override U+202E and its kin) can make a name
display as another, and zero-width characters make two equal names differ for the
duplicate check. Both are removed. The zero-width non-joiner and joiner (U+200C,
U+200D) stay: Persian, Dari and Pashto spelling needs them.
"""

from __future__ import annotations

import unicodedata

#: Direction embeddings, overrides and isolates, the direction marks, and the
#: zero-width space, word joiner and byte-order mark.
HIDDEN = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]  # LRE RLE PDF LRO RLO
    + [chr(c) for c in range(0x2066, 0x206A)]  # LRI RLI FSI PDI
    + ["\u200e", "\u200f", "\u061c"]  # LRM RLM ALM
    + ["\u200b", "\u2060", "\ufeff"]  # ZWSP WJ BOM
)


def shown_safely(text: str) -> str:
    """``text`` without hidden direction controls, zero-width spaces or control
    characters (NUL among them), its spaces as typed."""
    return "".join(
        c
        for c in text or ""
        if c not in HIDDEN and (unicodedata.category(c) != "Cc" or c in "\t\n")
    )


#: Letters that decomposition does not reduce to a base letter, spelled out as a
#: dictionary orders them (Œ with OE, Æ with AE, ß with ss, Ø with O).
EXPANSIONS = str.maketrans(
    {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}
)


def sort_key(text: str) -> tuple[str, str]:
    """A key that sorts names as a dictionary of the reader's language does
    without ICU's collation: accents and case set aside first (*Bénin* before
    *Burundi*, *Égypte* among the E), then used to break ties."""
    folded = unicodedata.normalize("NFKD", text.casefold()).translate(EXPANSIONS)
    base = "".join(c for c in folded if not unicodedata.combining(c))
    return base, text
