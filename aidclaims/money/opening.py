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
from typing import Final

import regex

from aidclaims.text.ascii import ascii_letters_end
from aidclaims.text.lazy import lazy_compile


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
        digits: what may follow the numeral at an ASCII digit (None: anything).

    >>> o = Openers(["US$", "EUR", "Kč"], ["two", "half"])
    >>> [o.may_open(t, 0, len(t)) for t in ("US$5", "EUR 5", "eur 5", "Two bn", "help")]
    [True, True, False, True, False]
    >>> o.may_open("Kč 5", 0, 4), o.may_open("twoſ", 0, 4), o.may_open("5 bn", 0, 4)
    (True, True, True)
    """

    __slots__ = ("_digits", "_marks", "_words")

    def __init__(
        self, marks: Iterable[str], words: Iterable[str], digits: AfterDigits | None = None
    ) -> None:
        self._marks = frozenset(
            lead for lead in map(leading_letters, marks) if lead and lead.isascii()
        )
        self._words = frozenset(
            lead.lower() for lead in map(leading_letters, words) if lead and lead.isascii()
        )
        self._digits = digits

    def may_open(self, text: str, at: int, end: int) -> bool:
        """Whether a figure of ``text[:end]`` may start at ``at``: False only when it cannot.

        Only a word of ASCII letters that is no mark and no number word is ruled out, and
        (given ``digits``) an ASCII digit whose numeral nothing of a figure follows.
        """
        if end > len(text):  # an end past the text reads to its end, as a slice does
            end = len(text)
        stop = ascii_letters_end(text, at, end)
        if stop == at:  # a digit, a sign, or a letter outside ASCII
            digits = self._digits
            return (
                digits is None or text[at] not in _ASCII_DIGITS or digits.may_follow(text, at, end)
            )
        if stop < end and text[stop].isalpha():  # the word goes on with another letter
            return True
        w = text[at:stop]
        return w in self._marks or w.lower() in self._words


_ASCII_DIGITS: Final = frozenset("0123456789")
_DIGIT_RE: Final = lazy_compile(r"\d")
_NUMERAL_CHARS: Final = frozenset("0123456789,.")
_DASHES: Final = frozenset("-–—−")  # what a range's dash or a hyphen before a scale opens with


class AfterDigits:
    """What can follow the digits a figure starts with: a cheap test before the figure pattern.

    A figure that starts with a digit ("20 billion euros", "4 billion", "2-3 bn") has its
    numeral followed by a range (a dash, "to" or "and" and another numeral), a scale word
    (glued, after a space or a hyphen) or a currency word after a space. A numeral is digits,
    commas and dots ending with a digit, so where the run of them is followed by anything
    else ("2024.", "50%", "June 21, 2025", "1 of 3"), or by a space and a word of ASCII
    letters that is no scale, currency or range word, no figure starts at the digit.

    Args:
        spaces: the spaces the pattern reads between a numeral and what follows it.
        marks: words matched in their case (ISO codes).
        words: words matched in any case (scale and currency words, "to", "and").

    >>> a = AfterDigits(" ", ["USD"], ["billion", "euros", "to"])
    >>> [a.may_follow(t, 0, len(t)) for t in ("5 billion", "5bn", "5-7", "5 USD", "5 usd")]
    [True, False, True, True, False]
    >>> [a.may_follow(t, 0, len(t)) for t in ("2024.", "50% of", "5 people", "5 euroſ", "5")]
    [False, False, False, True, False]
    """

    __slots__ = ("_spaces", "_words")

    def __init__(self, spaces: str, marks: Iterable[str], words: Iterable[str]) -> None:
        self._spaces = frozenset(spaces)
        self._words = Openers(marks, words)

    def may_follow(self, text: str, at: int, end: int) -> bool:
        """Whether a figure of ``text[:end]`` may start at the ASCII digit at ``at``.

        False only when it cannot: a character outside ASCII after the numeral (or its
        spaces) is always let through.
        """
        if end > len(text):  # an end past the text reads to its end, as a slice does
            end = len(text)
        j = at
        while j < end and text[j] in _NUMERAL_CHARS:
            j += 1
        if j >= end:
            return False
        c = text[j]
        if not c.isascii() and c not in self._spaces:  # a digit outside ASCII may go on
            return text[j - 1] not in ",." or _DIGIT_RE.match(c) is not None  # not '2024.”'
        if text[j - 1] in ",.":  # a numeral ends with a digit
            return False
        if c in self._spaces:
            j += 1
            while j < end and text[j] in self._spaces:
                j += 1
            if j >= end:
                return False
            c = text[j]
        if c in _DASHES or not c.isascii():
            return True
        return c.isalpha() and self._words.may_open(text, j, end)


class StartScan:
    """Where a figure may start in a short window: the start pattern's matches, read by hand.

    The figure pattern is tried only at the starts a cheap pattern finds (a digit, a mark's
    or a number word's first letter, or a character outside ASCII, with no letter, digit or
    currency sign before it). Most windows are a few characters before a run of digits,
    where the regex module's set-up costs more than the scan: an ASCII window of at most
    ``short`` characters is read character by character, any other one by the pattern.

    Args:
        pattern: the start pattern (one character per match).
        firsts: the ASCII characters it matches (its case-blind letters in both cases).
        blocked: the ASCII characters its look-behind refuses before a start.
        short: the longest window read by hand.

    >>> import regex, string
    >>> pattern = regex.compile(r"(?<![a-z$])[0-9a]")
    >>> scan = StartScan(pattern, "0123456789a", string.ascii_lowercase + "$", 8)
    >>> scan.starts("x 5 $5 a5", 0, 9), scan.starts("x 5 $5 a5 and more", 0, 18)
    ([2, 7], [2, 7, 10])
    """

    __slots__ = ("_blocked", "_firsts", "_pattern", "_short")

    def __init__(self, pattern: regex.Pattern[str], firsts: str, blocked: str, short: int) -> None:
        self._pattern = pattern
        self._firsts = frozenset(firsts)
        self._blocked = frozenset(blocked)
        self._short = short

    def starts(self, text: str, lo: int, hi: int) -> list[int]:
        """The starts of the pattern's matches in ``text[lo:hi]``, in order."""
        hi = min(hi, len(text))
        if lo >= hi:
            return []
        before = lo - 1 if lo > 0 else lo
        if hi - lo > self._short or not text[before:hi].isascii():
            return [m.start() for m in self._pattern.finditer(text, lo, hi)]
        firsts, blocked = self._firsts, self._blocked
        prev = text[lo - 1] if lo > 0 else ""
        out: list[int] = []
        for q in range(lo, hi):
            c = text[q]
            if c in firsts and prev not in blocked:
                out.append(q)
            prev = c
        return out
