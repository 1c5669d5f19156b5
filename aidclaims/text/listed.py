"""Which entry of a case-blind word list a matched word is, when lower case does not say.

Case-blind patterns (money's, the period grammar's) read their word lists with case folding,
which takes "ſ" for "s", the Kelvin sign for "k", "İ" for "i" and "ﬁ" for "fi": "5 bİllion",
"dollarſ", "laſt year". ``str.lower`` does not ("bİllion".lower() is "bi̇llion", three
letters of which are not "billion"'s), so a look-up by lower case alone misses (a KeyError in
money's and the periods' tables once). These helpers give the entry itself, trying the
entries one by one only when the lower case is not one of them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TypeVar

import regex

_V = TypeVar("_V")
_FOLD: regex.RegexFlag = regex.IGNORECASE | regex.FULLCASE | regex.VERSION1


def listed_entry(word: str, entries: Collection[str]) -> str:
    """``word`` when its lower case is an entry, else the entry case folding reads it as.

    >>> listed_entry("Billion", {"billion"}), listed_entry("bİllion", {"billion"})
    ('Billion', 'billion')
    >>> listed_entry("dollarſ", {"dollars"}), listed_entry("pesos", {"dollars"})
    ('dollars', 'pesos')
    """
    if word.lower() in entries:
        return word
    for entry in entries:
        if regex.fullmatch(regex.escape(entry), word, _FOLD):
            return entry
    return word


def listed_value(table: Mapping[str, _V], word: str) -> _V:
    """``table``'s value for a word a case-blind pattern matched among its (lower-case) keys.

    >>> listed_value({"almost": 1}, "Almost"), listed_value({"almost": 1}, "almoſt")
    (1, 1)
    """
    return table[listed_entry(word, table).lower()]


def listed_words(words: str, entries: Collection[str]) -> str:
    """``words`` with each run of letters as :func:`listed_entry` gives it.

    >>> listed_words("ſix-and-a-half", {"six", "and", "a", "half"})
    'six-and-a-half'
    """
    return regex.sub(r"\p{L}+", lambda m: listed_entry(m.group(), entries), words)
