"""Where a figure stands: its sentence and its clause."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

from aidclaims.money import MoneyMention
from aidclaims.text.lazy import lazy_compile
from aidclaims.text.sentences import Sentence

# Clause boundaries inside a sentence: "; ", ": ", " – ", and a comma before a new clause
# ("..., while other countries ...", "..., but ...").
_CLAUSE_MARKS: Final = (";", ":")  # and a dash
_CLAUSE_WORDS: Final = (
    "while",
    "but",
    "whereas",
    "although",
    "though",
    "even though",
    "yet",
    "and",
)
_COMMA_CLAUSE: Final = (
    r",\s(?=(?:" + "|".join(w.replace(" ", r"\ ") for w in _CLAUSE_WORDS) + r")\b)"
)
_CLAUSE_BOUNDARY_RE: Final = lazy_compile(rf";\s | :\s | \s[–—]\s | {_COMMA_CLAUSE}", regex.VERBOSE)
# The same without the dash branch, for a sentence without a dash: that branch opens with a
# space, so the pattern is tried at every space (twice the work in the regex engine).
_UNDASHED_BOUNDARY_RE: Final = lazy_compile(rf";\s | :\s | {_COMMA_CLAUSE}", regex.VERBOSE)
# Finer breaks for who gives to whom: a change of subject inside a clause ("Denmark cut aid
# while Norway ...", "..., he said", ", and it will ..."). Kept apart from the clause
# boundaries above: merging the two sets changes 8 of the 366 reference records (issue 9).
_PARTY_BREAK_RE: Final = lazy_compile(
    r"""
      ;                                                  # "... to Kenya; Japan gave ..."
    | ,\s*(?:while|whilst|whereas|but|although|though|yet)(?!\w)
    | (?<!\w)(?:while|whilst|whereas)(?!\w)              # "Denmark cut aid while Norway ..."
    | ,\s*(?:according\s+to|(?:he|she|they|officials)\s+said|said|says)(?!\w)
    | ,\s*and\s+(?=(?:it|they|he|she|we|which)\s)        # ", and it will ..."
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A sentence opened by a subordinate clause ends that clause at its first comma:
# "Although military aid is set to be reduced, the defence budget will rise by €1.3bn."
_SUBORDINATE_OPENERS: Final = (
    *("Although", "While", "Whereas", "Though", "Despite", "After", "Before", "When", "If"),
    *("Since", "As"),
)
_SUBORDINATE_RE: Final = lazy_compile(rf"(?:{'|'.join(_SUBORDINATE_OPENERS)})\b[^,;]{{0,200}}?,\s")


@dataclass(frozen=True, slots=True)
class Located:
    """A money mention with the sentence and clause that hold it."""

    mention: MoneyMention
    sentence_index: int
    sentence: tuple[int, int]
    clause: tuple[int, int]


def locate(
    text: str, mentions: Sequence[MoneyMention], sentences: Sequence[Sentence]
) -> list[Located]:
    """Find the sentence and clause of each mention.

    The figures of one sentence share its span (it grows to cover a figure that runs past
    its end) and its clause cuts, found once: every stage that keys its work by the
    sentence does it once per sentence. Sentences from
    :func:`~aidclaims.text.sentences.find_sentences` are at most
    ``MAX_SENTENCE_CHARS`` long, which bounds the work per figure.
    """
    starts = [s.start for s in sentences]
    cuts: dict[int, list[int]] = {}
    out: list[Located] = []
    for m in mentions:
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        s = sentences[i] if sentences else Sentence(0, len(text))
        bounds = (s.start, max(s.end, m.end))
        if i not in cuts:
            cuts[i] = clause_cuts(text, bounds)
        out.append(Located(m, i, bounds, _clause_between(cuts[i], bounds, m.start, m.end)))
    return out


def clause_cuts(text: str, sentence: tuple[int, int]) -> list[int]:
    """Where the clauses of ``sentence`` begin (after its first), in order, in one pass."""
    lo, hi = sentence
    found: list[int] = []
    depth = 0
    pos = lo
    boundary = _boundary_pattern(text[lo:hi])
    for m in boundary.finditer(text, lo, hi) if boundary is not None else ():
        # "around €8bn (£6.7bn; $8.7bn)": a semicolon inside brackets ends no clause
        depth += text.count("(", pos, m.start()) - text.count(")", pos, m.start())
        pos = m.start()
        if depth <= 0:
            found.append(m.end())
    if text.startswith(_SUBORDINATE_OPENERS, lo, hi):  # each match opens with one
        sub = _SUBORDINATE_RE.match(text, lo, hi)
        if sub is not None:
            found.append(sub.end())
    return sorted(found)


def _boundary_pattern(span: str) -> regex.Pattern[str] | None:
    """The pattern that finds the clause boundaries of ``span``; None when it has none.

    Each boundary holds one of the marks, or a comma and one of the words (59% of figure
    sentences hold none); a dash boundary needs a dash.

    >>> _boundary_pattern("Japan gave $5m to Kenya, Sudan, Chad.") is None
    True
    >>> _boundary_pattern("Aid came, but late.") is _UNDASHED_BOUNDARY_RE
    True
    """
    if "–" in span or "—" in span:
        return _CLAUSE_BOUNDARY_RE
    for mark in _CLAUSE_MARKS:
        if mark in span:
            return _UNDASHED_BOUNDARY_RE
    if "," in span and any(word in span for word in _CLAUSE_WORDS):
        return _UNDASHED_BOUNDARY_RE
    return None


def party_breaks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans in ``text[lo:hi]`` where the party reading of a clause breaks, in order.

    A break inside brackets is none: "€8bn (£6.7bn; $8.7bn)" is one clause.

    >>> t = "Denmark cut aid while Norway gave $2bn; Sweden gave $1bn (£1bn; $1bn)."
    >>> [t[a:b] for a, b in party_breaks(t, 0, len(t))]
    ['while', ';']
    """
    out: list[tuple[int, int]] = []
    if not _may_break(text[lo:hi]):
        return out
    opened = closed = 0  # brackets in text[lo:pos], counted once (linear in the span)
    pos = lo
    for m in _PARTY_BREAK_RE.finditer(text, lo, hi):
        opened += text.count("(", pos, m.start())
        closed += text.count(")", pos, m.start())
        pos = m.start()
        if opened <= closed:
            out.append((m.start(), m.end()))
    return out


# Every break holds ";", "whil"/"whereas", or a comma then one of these words (without case).
# Looked for in a lower-cased span. In an ASCII span ``\s`` is one of six characters; in
# another, re's Unicode ``\s`` holds every space regex's does (and \x1c-\x1f besides).
_COMMA_WORDS: Final = r"(?:and|but|although|though|yet|according|he|she|they|officials|said|says)"
_COMMA_WORD_RE: Final = re.compile(rf",[\t\n\v\f\r ]*{_COMMA_WORDS}")
_COMMA_WORD_ANY_SPACE_RE: Final = re.compile(rf",\s*{_COMMA_WORDS}")
# The characters outside ASCII that the case-blind pattern, or str.lower, may read as ASCII
# letters ("ſaid" is "said", "whİle" is "while" to it), with those whose upper case or case
# fold holds one ("ß", "ﬁ"): a span holding one is left to the pattern. tests/
# test_parties_speed_breaks.py finds them all among the code points.
_LOOKALIKES_RE: Final = re.compile(
    "[\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]"
)


def _may_break(span: str) -> bool:
    r"""False when _PARTY_BREAK_RE cannot match in ``span`` (about 8x cheaper than the pattern).

    A span holding a character that reads as an ASCII letter without case ("İ", "ſ") is
    left to the pattern.

    >>> _may_break("Japan gave $5m to Kenya, Sudan and Chad.")
    False
    >>> _may_break("Japan gave $5m,\n  and it"), _may_break("Kyïv got €5m,\u00a0they said")
    (True, True)
    >>> _may_break("Kyïv got €5m, Lviv €2m"), _may_break("Kyïv, ſaid")
    (False, True)
    """
    if ";" in span:
        return True
    comma_word = _COMMA_WORD_RE
    if not span.isascii():
        if _LOOKALIKES_RE.search(span) is not None:
            return True
        comma_word = _COMMA_WORD_ANY_SPACE_RE
    low = span.lower()
    if "whil" in low or "whereas" in low:
        return True
    return "," in span and comma_word.search(low) is not None


def clause_of(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``[start, end)``.

    >>> t = "Norway gave $5bn; Sweden gave $2bn."
    >>> lo, hi = clause_of(t, (0, len(t)), 30, 34)
    >>> t[lo:hi]
    'Sweden gave $2bn.'
    """
    return _clause_between(clause_cuts(text, sentence), sentence, start, end)


def _clause_between(
    cuts: list[int], bounds: tuple[int, int], start: int, end: int
) -> tuple[int, int]:
    """The clause around ``[start, end)`` given the cuts, kept inside ``bounds``."""
    i = bisect.bisect_right(cuts, start)
    c_lo = cuts[i - 1] if i else bounds[0]
    j = bisect.bisect_right(cuts, end)
    c_hi = cuts[j] if j < len(cuts) else bounds[1]
    return max(c_lo, bounds[0]), min(c_hi, bounds[1])
