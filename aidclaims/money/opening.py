"""The words that can open a figure: a cheap test before the figure pattern is tried at a word.

Where a figure starts with a letter, the figure pattern (``find._MONEY_TEMPLATE``) opens
with a currency mark written before the number ("US$5", "EUR 40", "Rs. 50", matched in the
case listed) or with a number word ("two billion", "a quarter of a billion", "Half a
million", in any case). In every such match the letters the first word begins with are
followed by something that is not a letter (the mark's sign or dot, a space, a hyphen, a
digit), so the text's word at that start is exactly those letters. A word of ASCII letters
that is none of them opens no figure, and the pattern (~20,000 instructions a try, most of
them spent preparing its repeats) need not be tried there: "help", "to" and "the" before a
"billion" are the usual such words. A word with any other letter is always tried: case
folding reads "ſ", "İ" or the Kelvin sign as ASCII letters.
"""

from __future__ import annotations

from collections.abc import Iterable

from aidclaims.text.ascii import ascii_letters_end


def leading_letters(s: str) -> str:
    """The letters ``s`` begins with: ``"US"`` for ``"US$"``, ``"Kč"`` for ``"Kč"``.

    >>> leading_letters("U.S.$"), leading_letters("Rs."), leading_letters("€")
    ('U', 'Rs', '')
    """
    i = 0
    while i < len(s) and s[i].isalpha():
        i += 1
    return s[:i]


class Openers:
    """The first words of the figures that start with a letter.

    Args:
        marks: the currency marks written before a number, matched in their case.
        words: the number words (and fraction words) a figure may start with, in any case.

    >>> o = Openers(["US$", "EUR", "Kč"], ["two", "half"])
    >>> [o.may_open(t, 0, len(t)) for t in ("US$5", "EUR 5", "eur 5", "Two bn", "help")]
    [True, True, False, True, False]
    >>> o.may_open("Kč 5", 0, 4), o.may_open("twoſ", 0, 4), o.may_open("5 bn", 0, 4)
    (True, True, True)
    """

    __slots__ = ("_marks", "_words")

    def __init__(self, marks: Iterable[str], words: Iterable[str]) -> None:
        self._marks = frozenset(
            lead for lead in map(leading_letters, marks) if lead and lead.isascii()
        )
        self._words = frozenset(
            lead.lower() for lead in map(leading_letters, words) if lead and lead.isascii()
        )

    def may_open(self, text: str, at: int, end: int) -> bool:
        """Whether a figure of ``text[:end]`` may start at ``at``: False only when it cannot.

        Only a word of ASCII letters that is no mark and no number word is ruled out.
        """
        stop = ascii_letters_end(text, at, end)
        if stop == at:  # a digit, a sign, or a letter outside ASCII
            return True
        if stop < end and text[stop].isalpha():  # the word goes on with another letter
            return True
        w = text[at:stop]
        return w in self._marks or w.lower() in self._words
