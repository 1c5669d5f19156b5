"""Bare figures: whether a scaled figure with no currency mark is money or a count.

"4 billion over four months" is money, "2 million rounds" and "300 million more children"
are counts.
"""

from __future__ import annotations

from typing import Final

from aidclaims.lexicon.words import AID_NOUNS, AUXILIARIES
from aidclaims.money._table import (
    ALLOWED_AFTER_BARE,
    DEMONYM_SUFFIXES,
    MONEY_AFTER_OF,
    PEOPLE_PREDICATES,
)
from aidclaims.money.ranges import words_after
from aidclaims.text.lazy import lazy_compile

_NEXT_WORD_RE: Final = lazy_compile(r"[ \u00a0]*(?P<w>[\p{L}][\p{L}'’-]*)")


def bare_is_money(text: str, end: int) -> bool:
    """Whether a bare scaled figure is money.

    "4 billion over four months" is, "2 million rounds" is not.
    """
    m = _NEXT_WORD_RE.match(text, end, min(len(text), end + 40))
    if m is None:
        return True  # punctuation or end of text follows
    word = m.group("w").lower()
    if word in _OF_OR_AUX:
        return _money_after(text, m.end(), word)
    if word in _COUNT_ADJECTIVES and _PLURAL_NEXT_RE.match(text, m.end(), m.end() + 30):
        return False  # "to immunise 300 million more children", "2 million additional doses"
    if word in ALLOWED_AFTER_BARE:
        return True
    return m.group("w")[0].isupper() and not word.endswith(DEMONYM_SUFFIXES)


_OF_OR_AUX: Final[frozenset[str]] = frozenset({"of", *AUXILIARIES})
# "5 billion more" is money, "300 million more children" a count: a plural noun follows
_COUNT_ADJECTIVES: Final[frozenset[str]] = frozenset({"more", "additional", "extra", "new"})
_PLURAL_NEXT_RE: Final = lazy_compile(
    r"\s+(?!(?:dollars|euros|pounds|rupees|francs|yen|years|months|weeks|days)\b)"
    r"(?:children|people|women|men|\p{Ll}{2,}s)\b"
)


def _money_after(text: str, end: int, word: str) -> bool:
    """Whether a bare figure followed by "of" or an auxiliary is money, from the next words.

    "4 billion of which", "1 billion of the aid", "5 billion have been pledged" are;
    "six million of the most vulnerable", "five million have fled" are counts of people.
    """
    nxt = words_after(text, end, 3)
    if word == "of":
        if nxt[:1] == ["the"]:
            nxt = nxt[1:]
        return bool(nxt) and (nxt[0] in MONEY_AFTER_OF or nxt[0] in AID_NOUNS)
    if nxt[:1] == ["been"]:
        nxt = nxt[1:]
    return not nxt or nxt[0] not in PEOPLE_PREDICATES
