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

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.text.lazy import lazy_compile

_WORD_AFTER: Final = r"\s*(\w*)"
_WORD_AFTER_RE: Final = lazy_compile(_WORD_AFTER)
_ASCII_WORD_AFTER_RE: Final = re.compile(_WORD_AFTER, re.ASCII)  # as _ASCII_FOLLOWING_RE
_WORDS_BEFORE_RE: Final = lazy_compile(r"(?:(\w+)\s+)?(\w+)\s+\Z", regex.REVERSE)
_FOLLOWING: Final = r"\s*\w+(?:\s+\w+){0,7}"  # up to 8 words
_FOLLOWING_RE: Final = lazy_compile(_FOLLOWING)
_FOLLOWING_MAX: Final = 8
_ASCII_FOLLOWING_RE: Final = re.compile(_FOLLOWING, re.ASCII)
_FIRST_RUN_RE: Final = lazy_compile(r"\w*")
# Marks that are neither a word character nor a space: right after a phrase ("Kenya,",
# "Japan's") they are what follows it, with no pattern to ask.
_MARKS: Final = frozenset(string.punctuation.replace("_", "") + "‘’“”–—…")
_LAST_RUN_RE: Final = lazy_compile(r"\w*\Z", regex.REVERSE)
# (compiled once: a module-level regex.findall per skipped word, ~850 at import, costs regex's
# cache lookup each time, ~10 ms at every start)
_WORD_RUNS_RE: Final = lazy_compile(r"\w+")


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
    mark = text[pos : pos + 1] if pos < hi else ""
    if mark in _MARKS:
        return mark
    ascii = text[pos:hi].isascii()  # as in following
    m = _ASCII_WORD_AFTER_RE.match(text, pos, hi) if ascii else _WORD_AFTER_RE.match(text, pos, hi)
    if m is None:  # only when ``pos`` is past ``hi``
        return ""
    end = m.end()
    word = m.group(1)
    if word:
        return _key(word)
    return text[end] if end < hi else ""


# After and Before are made once per phrase edge and read field by field many times: slots
# (fast reads, unlike a NamedTuple's fields) and not frozen (a frozen dataclass is twice as
# slow to make). Nothing writes to them after they are made.
@dataclass(slots=True)
class After:
    """The words that follow a position across whitespace only, and what stops them.

    ``words`` are lower-cased ("" for a word with a letter beyond ASCII, which may match
    a pattern's ASCII letter without case); ``stop`` is the first character after them
    that is no space ("," or a quote), "" when none follows or more words follow than
    were read.
    """

    words: tuple[str, ...]
    stop: str
    first_at: int  # where the first word starts (the position asked about when none)


def following(text: str, pos: int, hi: int) -> After:
    """The words after ``pos`` in ``text[:hi]``, up to a punctuation mark.

    >>> following("Japan has also pledged, officials said", 5, 38)
    After(words=('has', 'also', 'pledged'), stop=',', first_at=6)
    """
    mark = text[pos : pos + 1] if pos < hi else ""
    if mark in _MARKS:
        return After((), mark, pos)
    # on ASCII text the standard library's engine reads the same words, in a third of the time
    ascii = text[pos:hi].isascii()
    m = _ASCII_FOLLOWING_RE.match(text, pos, hi) if ascii else _FOLLOWING_RE.match(text, pos, hi)
    if m is None:
        end = first_at = pos
        words: tuple[str, ...] = ()
    else:
        end = m.end()
        found = m[0]
        first_at = end - len(found.lstrip())
        if found.isascii():
            words = tuple(found.lower().split())
        else:
            words = tuple(w.lower() if w.isascii() else "" for w in found.split())
        if len(words) == _FOLLOWING_MAX:
            return After(words, "", first_at)
    stop = text[end : end + 1] if end < hi else ""
    if stop.isspace():
        stop = text[end : min(hi, end + 12)].lstrip()[:1]
    return After(words, stop, first_at)


def first_word(text: str, pos: int, hi: int, after: After) -> str | None:
    """``word_after(text, pos, hi)``, read from ``after = following(text, pos, hi)``.

    >>> t = "Japan has pledged"
    >>> first_word(t, 5, 17, following(t, 5, 17)), word_after(t, 5, 17)
    ('has', 'has')
    """
    if after.words:  # the same first run of word characters, lower-cased when ASCII
        word = after.words[0]
        return word if word.isalpha() else None
    mark = text[pos : pos + 1] if pos < hi else ""
    return mark if mark in _MARKS else word_after(text, pos, hi)


@dataclass(slots=True)
class Before:
    """The last two words before the whitespace at a phrase's start, and where they start.

    ``word`` ends right before that whitespace ("" when no word does: a bracket, a quote,
    the window's start) and ``prior`` before ``word``, across whitespace only ("" when no
    word does); both lower-cased, None when not plain ASCII letters.
    """

    word: str | None
    start: int
    prior: str | None
    prior_start: int


# On ASCII text ``\w`` and ``\s`` are these characters (``str.isspace`` adds \x1c-\x1f).
_ASCII_SPACES: Final = " \t\n\v\f\r"
_ASCII_WORD_CHARS: Final = string.ascii_letters + string.digits + "_"


def word_before(text: str, lo: int, pos: int) -> Before:
    """The words that end before the whitespace that ends at ``pos``, looked for from ``lo``.

    >>> word_before("aid to the Sudanese", 0, 11)
    Before(word='the', start=7, prior='to', prior_start=4)
    """
    window = text[lo:pos]
    if window.isascii():  # what _WORDS_BEFORE_RE finds, read with strip()s
        spaces, chars = _ASCII_SPACES, _ASCII_WORD_CHARS
        head = window.rstrip(spaces)
        rest = head.rstrip(chars)
        if len(head) == len(window) or len(rest) == len(head):
            return Before("", pos, "", pos)  # no space before pos, or no word before it
        word = head[len(rest) :]
        key = word.lower() if word.isalpha() else None
        start = lo + len(rest)
        mid = rest.rstrip(spaces)
        prior = mid[len(mid.rstrip(chars)) :] if len(mid) < len(rest) else ""
        if not prior:
            return Before(key, start, "", start)
        prior_key = prior.lower() if prior.isalpha() else None
        return Before(key, start, prior_key, lo + len(mid) - len(prior))
    return pattern_word_before(text, lo, pos)


def pattern_word_before(text: str, lo: int, pos: int) -> Before:
    """word_before as _WORDS_BEFORE_RE reads it: for any text (word_before's way is for ASCII)."""
    m = _WORDS_BEFORE_RE.search(text, lo, pos)
    if m is None:
        return Before("", pos, "", pos)
    prior, word = m.group(1, 2)
    key = _key(word)
    start = m.start(2)
    if prior is None:
        return Before(key, start, "", start)
    prior_key = _key(prior)
    return Before(key, start, prior_key, m.start(1))


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


def _runs(strings: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the last runs of ``strings``, lower-cased; those of the strings that are one run)."""
    last: set[str] = set()
    whole: set[str] = set()
    for s in strings:
        run = _LAST_RUN_RE.search(s)
        found = run.group() if run is not None else ""
        if not found:
            raise ValueError(f"a closing word must end with a word character: {s!r}")
        last.add(found.lower())
        if found == s:
            whole.add(found.lower())
    return frozenset(last), frozenset(whole)


@dataclass(frozen=True, slots=True)
class Closing:
    r"""What a pattern ``(?<!\w)<word>\s+(?:<det>\s+){0,2}\Z`` can end with, read backwards.

    ``words`` are the last runs of its words ("to" for "appeal to") and ``whole`` those
    that are a whole word; ``dets`` the determiners that may come between, as one run
    ("the") or ``det_tails`` as the last run of several ("torn" for "war-torn").
    """

    words: frozenset[str]
    whole: frozenset[str]
    dets: frozenset[str]
    det_tails: frozenset[str]

    @classmethod
    def of(cls, *lists: Iterable[str], dets: Iterable[str] = ()) -> Closing:
        """The closing of a pattern made of the strings in ``lists`` and the determiners."""
        words, whole = _runs(s for strings in lists for s in strings)
        tails, one_run = _runs(dets)
        if whole & (one_run | tails):
            raise ValueError(f"words that are also determiners: {sorted(whole & one_run)}")
        return cls(words, whole, one_run, tails - one_run)

    def admits(self, before: Before, lo: int) -> bool:
        """False when the pattern cannot match in ``text[lo:pos]``.

        ``before`` was looked for from ``lo`` or earlier: a word cut at ``lo`` is unknown.
        """
        word = before.word
        if word is None or before.start < lo or word in self.words or word in self.det_tails:
            return True
        if word not in self.dets:
            return False
        prior = before.prior  # "to the": what comes before the determiner
        if prior is None or before.prior_start < lo:
            return True
        return prior in self.words or prior in self.dets or prior in self.det_tails

    def word_at(self, before: Before, lo: int) -> tuple[int, str] | None:
        """Where the pattern's leftmost match in ``text[lo:pos]`` starts, and its word.

        Known when a whole word of it is right before ("to Kenya") or before one whole
        determiner ("to the Sudanese"); None when the pattern must tell. Its words are no
        determiners, so no match can start further left.
        """
        word = before.word
        if word in self.whole and before.start > lo:
            return before.start, word
        prior = before.prior
        if word in self.dets and prior in self.whole and before.prior_start > lo:
            return before.prior_start, prior
        return None

    def surely(self, before: Before, lo: int) -> bool:
        """True when the pattern matches in ``text[lo:pos]`` (``word_at`` knows where)."""
        return self.word_at(before, lo) is not None

    def verdict(self, before: Before, lo: int) -> bool | None:
        """``surely`` and ``admits`` in one look (one call for the cue tests of each phrase).

        True when the pattern matches in ``text[lo:pos]``, False when it cannot, None when
        only the pattern can tell.
        """
        word, start = before.word, before.start
        prior, prior_start = before.prior, before.prior_start
        if word in self.dets:  # "to the": the determiner's prior word tells
            if prior in self.whole and prior_start > lo:
                return True
            if word in self.words or word in self.det_tails:
                return None
            if prior is None or prior_start < lo or start < lo:
                return None
            known = prior in self.words or prior in self.dets or prior in self.det_tails
            return None if known else False
        if word in self.whole and start > lo:
            return True
        if word is None or start < lo or word in self.words or word in self.det_tails:
            return None
        return False


@dataclass(frozen=True, slots=True)
class Chain:
    """What a pattern matched at a position reads: words it may pass, then one of its own.

    ``words`` are the first runs of its own words; ``skip`` the runs of the words it may
    pass first (None: any word), at most ``reach`` of them; ``marks`` the characters it
    may read instead of a word (a comma, a quote, "'s", a hyphen inside a word).
    """

    words: frozenset[str]
    skip: frozenset[str] | None
    reach: int
    marks: frozenset[str]
    sure: frozenset[str]  # whole words that match the pattern when they come first

    @classmethod
    def of(
        cls,
        *lists: Iterable[str],
        skip: Iterable[str] | None = None,
        reach: int = 99,
        marks: str = "",
        sure: Iterable[str] = (),
    ) -> Chain:
        """A chain ending in a word of ``lists`` after at most ``reach`` words of ``skip``.

        ``sure`` are the strings the pattern matches (without case) when one comes first,
        right after the spaces, as a whole word; those of one run are kept.
        """
        ends = Opening.of(*lists, marks=marks)
        whole = frozenset(w.lower() for w in sure if _FIRST_RUN_RE.fullmatch(w))
        if skip is None:
            return cls(ends.words, None, reach, ends.marks, whole)
        passed = Opening.of(skip)
        runs = {r.lower() for s in skip for r in _WORD_RUNS_RE.findall(s)}
        return cls(ends.words, frozenset(runs), reach, ends.marks | passed.marks, whole)

    def surely(self, after: After) -> bool:
        """True when the pattern matches: one of its ``sure`` words comes first."""
        return bool(after.words) and after.words[0] in self.sure

    def admits(self, after: After) -> bool:
        """False when the pattern cannot match before the words ``after``."""
        words, skip = self.words, self.skip
        for n, word in enumerate(after.words):
            if word in words or not word.isalpha():
                return True  # "2024", "Ørsted": anything
            if n >= self.reach or (skip is not None and word not in skip):
                return False
        return after.stop == "" or after.stop in self.marks


@dataclass(frozen=True, slots=True)
class Chains:
    """Chains that pass the same words, read together in one pass over the words after.

    ``admitted`` tells which of them admit the words, as bits: chain ``i`` is ``1 << i``.
    Their ``reach`` is never met by what ``following`` reads, so none is kept.
    """

    count: int
    skip: frozenset[str]
    ends: Mapping[str, int]  # a word: the chains it ends
    marks: Mapping[str, int]  # a stop: the chains that may read it

    @classmethod
    def of(cls, *chains: Chain) -> Chains:
        """The chains, in the order of their bits; they must share one ``skip``."""
        skips = {c.skip for c in chains}
        if len(skips) != 1 or None in skips or any(c.reach < _FOLLOWING_MAX for c in chains):
            raise ValueError("chains read together share one skip and an unmet reach")
        ends: dict[str, int] = {}
        marks: dict[str, int] = {}
        for i, c in enumerate(chains):
            for word in c.words:
                ends[word] = ends.get(word, 0) | 1 << i
            for mark in c.marks:
                marks[mark] = marks.get(mark, 0) | 1 << i
        skip = skips.pop()
        assert skip is not None
        return cls(len(chains), skip, MappingProxyType(ends), MappingProxyType(marks))

    def admitted(self, after: After) -> int:
        """The chains whose ``admits`` is True for ``after``, as bits."""
        ends, skip = self.ends, self.skip
        found = 0
        left = (1 << self.count) - 1  # the chains not decided yet
        for word in after.words:
            ending = ends.get(word, 0) & left
            found |= ending
            left ^= ending
            if not left or not word.isalpha():  # "2024", "Ørsted": anything
                return found | left
            if word not in skip:
                return found
        if after.stop == "":
            return found | left
        return found | (left & self.marks.get(after.stop, 0))
