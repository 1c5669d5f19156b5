r"""The words right before and after a phrase, and which cue patterns they leave possible.

A phrase gets many cue patterns tried at its edges ("X pledged", "X will receive", "to
X", "asked X"), and most fail on their first word. One cheap look at that word rules a
pattern out before it is tried: a pattern that starts (after whitespace) with a word of
its lists starts with a word whose letters are that word's first run of ``\w``; one that
ends (before whitespace) at the phrase ends with its lists' last run. The test is only
ever a necessary condition: a word that is not plain ASCII letters (digits, "K" the
Kelvin sign that matches "k" without case) admits every pattern, and the pattern decides.

>>> after = word_after("Canada will send", 6, 16)
>>> after, Opening.of(["will", "shall"]).admits(after), Opening.of(["sent"]).admits(after)
('will', True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import regex

from aidclaims.text.lazy import lazy_compile

_WORD_AFTER_RE: Final = lazy_compile(r"\s*(\w*)")
_WORD_BEFORE_RE: Final = lazy_compile(r"(\w+)\s+\Z", regex.REVERSE)  # the run before \Z
_FIRST_RUN_RE: Final = regex.compile(r"\w*")
_LAST_RUN_RE: Final = regex.compile(r"\w*\Z", regex.REVERSE)


def _key(word: str) -> str | None:
    """A word as the tests compare it: lower-cased ASCII letters, else None (anything)."""
    return word.lower() if word.isascii() and word.isalpha() else None


def word_after(text: str, pos: int, hi: int) -> str | None:
    r"""What follows the whitespace at ``pos`` in ``text[:hi]``: its word, lower-cased.

    When no word character follows, the character that does ("," or a quote), or "" at
    ``hi``; None when the word is not plain ASCII letters ("2024", "Ørsted").

    >>> [word_after(t, 0, len(t)) for t in (" Will give", ', "now', "  ", " 2024")]
    ['will', ',', '', None]
    """
    m = _WORD_AFTER_RE.match(text, pos, hi)
    if m is None:  # only when ``pos`` is past ``hi``
        return ""
    end = m.end()
    word = m.group(1)
    if word:
        return _key(word)
    return text[end] if end < hi else ""


@dataclass(frozen=True, slots=True)
class Before:
    """The word that ends before the whitespace at a phrase's start, and where it starts.

    ``word`` is lower-cased, "" when no word ends there (a bracket, a quote, the window's
    start) and None when it is not plain ASCII letters.
    """

    word: str | None
    start: int


def word_before(text: str, lo: int, pos: int) -> Before:
    """The word that ends before the whitespace that ends at ``pos``, looked for from ``lo``.

    >>> word_before("aid to the Sudanese", 0, 11)
    Before(word='the', start=7)
    """
    m = _WORD_BEFORE_RE.search(text, lo, pos)
    if m is None:
        return Before("", pos)
    return Before(_key(m.group(1)), m.start())


@dataclass(frozen=True, slots=True)
class Opening:
    """The words and marks a pattern matched at a position can start with, after whitespace."""

    words: frozenset[str]
    marks: frozenset[str]

    @classmethod
    def of(cls, *lists: Iterable[str], marks: str = "") -> Opening:
        """The first runs of the strings in ``lists``; a string opening with a mark adds it."""
        words: set[str] = set()
        more = set(marks)
        for strings in lists:
            for s in strings:
                run = _FIRST_RUN_RE.match(s)
                first = run.group() if run is not None else ""
                if first:
                    words.add(first.lower())
                else:
                    more.add(s[0])  # "'s", "’ll"
        return cls(frozenset(words), frozenset(more))

    def admits(self, after: str | None) -> bool:
        """False when a pattern with this opening cannot match before ``after``."""
        return after is None or after in self.words or after in self.marks


@dataclass(frozen=True, slots=True)
class Closing:
    """The words a pattern searched for right before a position can end with, before spaces."""

    words: frozenset[str]

    @classmethod
    def of(cls, *lists: Iterable[str]) -> Closing:
        """The last runs of the strings in ``lists``; each must end with a word character."""
        words: set[str] = set()
        for strings in lists:
            for s in strings:
                run = _LAST_RUN_RE.search(s)
                last = run.group() if run is not None else ""
                if not last:
                    raise ValueError(f"a closing word must end with a word character: {s!r}")
                words.add(last.lower())
        return cls(frozenset(words))

    def admits(self, before: Before, lo: int) -> bool:
        """False when a pattern with this closing cannot match in ``text[lo:pos]``.

        ``before`` was looked for from ``lo`` or earlier: a word cut at ``lo`` is unknown.
        """
        return before.word is None or before.start < lo or before.word in self.words
