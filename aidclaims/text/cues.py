"""Cue words: find table words in a span of text and pick the one nearest a figure.

Status, aid type and the aid/non-aid decision all work this way: a table of cue phrases,
one word scan per table and document, and "the cue nearest the figure in its clause wins".
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Final, Protocol

from aidclaims.text.lazy import lazy_compile


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found at ``text[start:end]``; ``key`` is its table entry (lower-case)."""

    start: int
    end: int
    key: str


class CueTable:
    """A table of cue phrases, indexed by first word for a scan over word tokens.

    Matching is case-insensitive, on whole words, longest phrase first; a space in a phrase
    matches any run of whitespace and a hyphen matches a hyphen. A word scan is several
    times faster than one big regex alternation tried at every character.
    """

    __slots__ = ("_alone", "_by_first", "_seconds", "_single")

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[tuple[str, tuple[tuple[str, str], ...]]]] = {}
        for phrase in {p.lower() for p in phrases}:
            words = _WORD.findall(phrase)
            seps = _WORD.split(phrase)[1:-1]  # what stands between the words: " " or "-"
            parts = tuple(zip(words, ("", *seps), strict=True))
            by_first.setdefault(words[0], []).append((phrase, parts))
        for entries in by_first.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        self._by_first = by_first
        # a first word that opens only a one-word phrase: that phrase, with no entry to try
        self._single = {
            w: entries[0][0]
            for w, entries in by_first.items()
            if len(entries) == 1 and len(entries[0][1]) == 1
        }
        # a first word that opens longer phrases: their second words, and its own phrase if
        # it is one (the shortest phrase, tried last): a candidate followed by none of those
        # words can match only that phrase
        self._seconds = {
            w: frozenset(parts[1][0] for _, parts in entries if len(parts) > 1)
            for w, entries in by_first.items()
            if w not in self._single
        }
        self._alone = {
            w: entries[-1][0]
            for w, entries in by_first.items()
            if w not in self._single and len(entries[-1][1]) == 1
        }

    def scan(self, text: str, words: Words, lo: int, hi: int) -> Iterable[tuple[int, int, str]]:
        """Yield ``(start, end, phrase)`` for each cue in ``text[lo:hi]``, left to right.

        Only the positions of the document's words that open a phrase of the table are
        tried (from the document's word index), not every word: the cost of a scan is the
        number of candidate words, and the words are read once per document for all tables.
        """
        return iter(self.found(text, words, lo, hi))

    def found(self, text: str, words: Words, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The ``(start, end, phrase)`` of each cue in ``text[lo:hi]``, left to right."""
        starts, ends, tokens = words.starts, words.ends, words.words
        i = bisect.bisect_left(starts, lo)
        stop = bisect.bisect_left(starts, hi)
        while stop > i and ends[stop - 1] > hi:
            stop -= 1
        by_first, index = self._by_first, words.index
        single, seconds, alone = self._single, self._seconds, self._alone
        at_single: list[int] = []  # the places of words that are a one-word phrase only
        candidates: list[int] = []  # the places that may open a longer phrase
        whole = i == 0 and stop == len(tokens)  # the whole text: every place of each word
        for w in by_first.keys() & index.keys():
            at = index[w]
            if not whole:
                at = at[bisect.bisect_left(at, i) : bisect.bisect_left(at, stop)]
            if w in single:
                at_single += at
            elif w in alone:
                candidates += at
            else:  # only longer phrases: a place where none of their second words follows
                nexts = seconds[w]  # matches nothing (the loop below would pass it by)
                for k in at:
                    if k + 1 < stop and tokens[k + 1] in nexts:
                        candidates.append(k)
        if not candidates:  # one-word phrases only: each matches its word (none overlap)
            at_single.sort()
            return [(starts[k], ends[k], single[tokens[k]]) for k in at_single]
        candidates += at_single
        candidates.sort()
        out: list[tuple[int, int, str]] = []
        free = i  # the first word not inside a cue already found (cues do not overlap)
        for k in candidates:
            if k < free:
                continue
            w = tokens[k]
            phrase = single.get(w)
            if phrase is not None:  # a one-word phrase matches its candidate word (k < stop)
                out.append((starts[k], ends[k], phrase))
                free = k + 1
                continue
            after = tokens[k + 1] if k + 1 < stop else ""  # a longer phrase's second word
            if after not in seconds[w]:  # no longer phrase can match: the word's own, if any
                phrase = alone.get(w)
                if phrase is not None:
                    out.append((starts[k], ends[k], phrase))
                    free = k + 1
                continue
            for phrase, parts in by_first[w]:
                if len(parts) == 1:
                    matched = 1
                elif parts[1][0] != after:
                    continue
                else:
                    matched = _match_parts(text, words, k, stop, parts)
                if matched:
                    out.append((starts[k], ends[k + matched - 1], phrase))
                    free = k + matched
                    break
        return out


@dataclass(frozen=True, slots=True)
class Words:
    """The word tokens of a document (letters and digits), lower-cased, with their offsets.

    Built once per document and shared by every cue table. ``index`` maps each word to the
    positions (in ``words``) where it occurs, in order.
    """

    starts: Sequence[int]
    ends: Sequence[int]
    words: list[str]
    index: Mapping[str, Sequence[int]]


#: Above this many characters, words_of keeps offsets in arrays and each word once: a third
#: of the memory (20 instead of 60 MB kept, 117 MB at peak, for 2 MB of text), a little slower.
LEAN_WORDS_CHARS: Final = 200_000


def words_of(text: str) -> Words:
    """Tokenize ``text`` into words.

    >>> w = words_of("New aid-funded plan, new aid")
    >>> w.words, w.index["aid"]
    (['new', 'aid', 'funded', 'plan', 'new', 'aid'], [1, 5])
    """
    if len(text) > LEAN_WORDS_CHARS:
        return _lean_words_of(text)
    split = _split_words(text)
    if split is not None:
        starts, ends, words = split
        return Words(starts, ends, words, _index(words))
    matches = list(_WORD.finditer(text))
    words = [m.group().lower() for m in matches]
    return Words([m.start() for m in matches], [m.end() for m in matches], words, _index(words))


def _split_words(text: str) -> tuple[list[int], list[int], list[str]] | None:
    r"""What words_of reads, from one stdlib split of the lower-cased text (a third faster).

    The split reads the letters and digits of the Latin, Greek and Cyrillic blocks (a set
    lookup a character, where ``\w`` asks the Unicode tables), all of them ``str.isalnum``.
    None where the split may differ from ``_WORD`` on the text itself: lower-casing changed
    a length ("İ"), a "Σ" (its lower case depends on the letters around it), or a gap holds
    a letter or digit (one of another script, or one that Python's older Unicode tables do
    not know: ``str.isalnum`` is a subset of ``[\p{L}\p{N}]``, tests/test_text_speed.py
    checks both over every code point).
    """
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return None
    pieces = _alnum_split().split(low)  # gap, word, gap, word, ..., gap
    gaps = "".join(pieces[0::2])
    if not gaps.isascii() and _WORD.search(gaps):
        return None
    bounds = list(accumulate(map(len, pieces), initial=0))  # piece k is bounds[k]:bounds[k+1]
    return bounds[1:-1:2], bounds[2::2], pieces[1::2]


def _lean_words_of(text: str) -> Words:
    """What words_of gives, with offsets in arrays and each distinct word stored once.

    The index keeps each word's positions in an array too: a list of positions holds an int
    object per word of the text (36 bytes each), an array 8 bytes.
    """
    code = "i" if len(text) < 2**31 else "q"  # 4 bytes an offset while they fit
    starts, ends = array(code), array(code)
    words: list[str] = []
    index: dict[str, array[int]] = {}
    add_start, add_end, add_word, intern = starts.append, ends.append, words.append, sys.intern
    for k, m in enumerate(_WORD.finditer(text)):
        a, b = m.span()
        add_start(a)
        add_end(b)
        w = intern(m.group().lower())
        add_word(w)
        at = index.get(w)
        if at is None:
            index[w] = array(code, (k,))
        else:
            at.append(k)
    return Words(starts, ends, words, index)


def _index(words: list[str]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for k, w in enumerate(words):
        if w in index:
            index[w].append(k)
        else:
            index[w] = [k]
    return index


def _match_parts(
    text: str, words: Words, i: int, stop: int, parts: tuple[tuple[str, str], ...]
) -> int:
    """How many tokens from ``i`` the phrase covers, or 0 when it does not match there."""
    if i + len(parts) > stop:
        return 0
    for k in range(1, len(parts)):
        word, sep = parts[k]
        if words.words[i + k] != word:
            return 0
        gap = text[words.ends[i + k - 1] : words.starts[i + k]]
        if sep == "-" and gap != "-":
            return 0
        if sep != "-" and (not gap or not gap.isspace()):
            return 0
    return len(parts)


_WORD: Final = lazy_compile(r"[\p{L}\p{N}]+")


@cache
def _alnum_split() -> re.Pattern[str]:
    """Runs of ASCII and Latin, Greek or Cyrillic letters and digits, kept by ``split``."""
    letters = "".join(c for c in map(chr, range(0x80, 0x530)) if c.isalnum())
    return re.compile(f"([0-9A-Za-z{letters}]+)")


def compile_cues(phrases: Iterable[str]) -> CueTable:
    """A cue table for ``phrases``.

    >>> t = compile_cues(["aid", "military aid", "macro-financial"])
    >>> text = "New Military Aid, macro-financial aid, not aide."
    >>> [p for _, _, p in t.scan(text, words_of(text), 0, len(text))]
    ['military aid', 'macro-financial', 'aid']
    """
    return CueTable(phrases)


def find_cues(
    table: CueTable,
    text: str,
    lo: int,
    hi: int,
    *,
    proper_names: bool = True,
    words: Words | None = None,
) -> list[Cue]:
    """Cues of ``table`` in ``text[lo:hi]``.

    With ``proper_names=False``, a capitalised cue that does not start a sentence is skipped:
    "the Ukraine Relief, Recovery and Reconstruction Trust Fund" names a fund, it does not say
    the money is for reconstruction.
    """
    found = table.found(text, words or words_of(text), lo, hi)
    if proper_names:
        return [Cue(start, end, phrase) for start, end, phrase in found]
    return [
        Cue(start, end, phrase)
        for start, end, phrase in found
        if not text[start].isupper() or _starts_sentence(text, start, lo)
    ]


def _starts_sentence(text: str, pos: int, lo: int) -> bool:
    r"""Whether ``.!?:``, a line break or ``lo`` comes before ``pos``, past blanks and openers.

    What ``not before or before[-1] in ".!?:\n"`` told of ``text[lo:pos].rstrip(...)``,
    without copying everything from ``lo`` (a CueIndex's is the document's start: that copy
    per capitalised cue was quadratic on large documents).
    """
    i = pos - 1
    while i >= lo and text[i] in _OPENING:
        i -= 1
    return i < lo or text[i] in ".!?:\n"


_OPENING: Final = frozenset(" \t“\"‘'(")


class Span(Protocol):
    """Anything found at ``text[start:end]``: a cue, a period, a mention."""

    @property
    def start(self) -> int:
        """Where it starts."""

    @property
    def end(self) -> int:
        """Where it ends (exclusive)."""


def distance(span: Span, start: int, end: int) -> int:
    """Characters between a span and ``[start, end)`` (0 when they touch or overlap).

    >>> distance(Cue(0, 4, "aid"), 10, 14), distance(Cue(20, 24, "aid"), 10, 14)
    (6, 6)
    """
    if span.end <= start:
        return start - span.end
    if span.start >= end:
        return span.start - end
    return 0


def nearest(cues: Iterable[Cue], start: int, end: int) -> Cue | None:
    """The cue closest to ``[start, end)``; on a tie, the one before it."""
    best: Cue | None = None
    best_key: tuple[int, int] | None = None
    for cue in cues:
        key = (distance(cue, start, end), 0 if cue.end <= start else 1)
        if best_key is None or key < best_key:
            best, best_key = cue, key
    return best


class CueIndex:
    """Every cue of one pattern in one document, found in a single pass and queried by range.

    Status, aid type and the aid filter ask for the cues of many clauses and sentences of the
    same document; one scan over the whole text and a bisect per query replace a scan per
    query.

    >>> idx = CueIndex(compile_cues(["aid"]), "Aid came. More aid came.")
    >>> [c.start for c in idx.between(0, 9)], [c.start for c in idx.between(10, 24)]
    ([0], [15])
    """

    __slots__ = ("_cues", "_starts")

    def __init__(
        self,
        table: CueTable,
        text: str,
        *,
        proper_names: bool = True,
        words: Words | None = None,
    ) -> None:
        self._cues = find_cues(table, text, 0, len(text), proper_names=proper_names, words=words)
        self._starts = [c.start for c in self._cues]

    def between(self, lo: int, hi: int) -> list[Cue]:
        """The cues wholly inside ``[lo, hi)``.

        The cues of a scan do not overlap: of those that start inside, only the last may end
        past ``hi``.
        """
        starts = self._starts
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        if j > i and self._cues[j - 1].end > hi:
            j -= 1
        return self._cues[i:j]

    def all(self) -> list[Cue]:
        """Every cue of the document."""
        return list(self._cues)
