"""Sentence spans over the document text.

A sentence ends at a line break, or at ``.`` ``!`` ``?`` ``…`` (with any closing quotes or
brackets after it) followed by whitespace and a capital, a digit, an opening quote or a
currency sign. A full stop after an abbreviation ends a sentence only as ``ABBREVIATIONS``
allows. One compiled pattern reads each candidate boundary (tried only at a line break or at
a stop a space can follow); light checks on the word before and after it settle it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.text.lazy import lazy_compile


class Ends(Enum):
    """Whether a full stop after an abbreviation may also end the sentence."""

    NEVER = "never"  # "Mr. Smith", "No. 10", "Rs. 500 crore": the next word continues it
    BEFORE_STARTER = "before_starter"  # ends only before a word in SENTENCE_STARTERS
    BEFORE_CAPITAL = "before_capital"  # ends before any capital, like a plain full stop


#: Abbreviations (with their final dot), matched case-sensitively. Sources: news style guides
#: (AP titles, months) and figures in aid reporting ("Rs. 2,000 crore", "approx. $5bn").
#: Not listed but handled alike: any single capital ("J. R. Smith") and any dotted acronym
#: ("U.N.", "a.m.") behave as BEFORE_STARTER.
ABBREVIATIONS: Final[Mapping[str, Ends]] = MappingProxyType(
    {
        # titles and ranks: "Gen. Mark Milley", "Sen. Jane Doe"
        "Mr.": Ends.NEVER,
        "Mrs.": Ends.NEVER,
        "Ms.": Ends.NEVER,
        "Dr.": Ends.NEVER,
        "Prof.": Ends.NEVER,
        "Gen.": Ends.NEVER,
        "Lt.": Ends.NEVER,
        "Col.": Ends.NEVER,
        "Maj.": Ends.NEVER,
        "Capt.": Ends.NEVER,
        "Sgt.": Ends.NEVER,
        "Adm.": Ends.NEVER,
        "Brig.": Ends.NEVER,
        "Sen.": Ends.NEVER,
        "Rep.": Ends.NEVER,
        "Gov.": Ends.NEVER,
        "Pres.": Ends.NEVER,
        "Amb.": Ends.NEVER,  # "Amb. Linda Thomas-Greenfield"
        "Rev.": Ends.NEVER,
        "Hon.": Ends.NEVER,
        # places and references: "St. Petersburg", "No. 10 Downing Street", "Art. 5"
        "St.": Ends.NEVER,
        "Mt.": Ends.NEVER,
        "Ft.": Ends.NEVER,
        "No.": Ends.NEVER,
        "Nos.": Ends.NEVER,
        "Art.": Ends.NEVER,
        "Fig.": Ends.NEVER,
        "Vol.": Ends.NEVER,
        "p.": Ends.NEVER,
        "pp.": Ends.NEVER,
        # figures: "Rs. 500 crore", "approx. $2 billion"
        "Rs.": Ends.NEVER,
        "approx.": Ends.NEVER,
        "Approx.": Ends.NEVER,
        # Latin: "allies, e.g. Poland", "vs. last year"
        "e.g.": Ends.NEVER,
        "i.e.": Ends.NEVER,
        "cf.": Ends.NEVER,
        "vs.": Ends.NEVER,
        "etc.": Ends.BEFORE_CAPITAL,  # "shells, drones, etc. The package ..."
        # months: "on Jan. 5"
        "Jan.": Ends.NEVER,
        "Feb.": Ends.NEVER,
        "Mar.": Ends.NEVER,
        "Apr.": Ends.NEVER,
        "Jun.": Ends.NEVER,
        "Jul.": Ends.NEVER,
        "Aug.": Ends.NEVER,
        "Sep.": Ends.NEVER,
        "Sept.": Ends.NEVER,
        "Oct.": Ends.NEVER,
        "Nov.": Ends.NEVER,
        "Dec.": Ends.NEVER,
        # names that may close a sentence: "the U.S. Congress" vs "aid from the U.S. The ..."
        "U.S.": Ends.BEFORE_STARTER,
        "U.K.": Ends.BEFORE_STARTER,
        "U.N.": Ends.BEFORE_STARTER,
        "E.U.": Ends.BEFORE_STARTER,
        "Inc.": Ends.BEFORE_STARTER,
        "Corp.": Ends.BEFORE_STARTER,
        "Ltd.": Ends.BEFORE_STARTER,
        "Co.": Ends.BEFORE_STARTER,
        "Jr.": Ends.BEFORE_STARTER,
        "Sr.": Ends.BEFORE_STARTER,
        "Ph.D.": Ends.BEFORE_STARTER,
    }
)

#: Words that open a new sentence after a BEFORE_STARTER abbreviation ("... the U.S. It said").
#: Function words only: a proper noun after "U.S." usually continues the name ("U.S. Army").
SENTENCE_STARTERS: Final[frozenset[str]] = frozenset(
    {
        "A",
        "According",
        "After",
        "Also",
        "Although",
        "An",
        "And",
        "As",
        "At",
        "Both",
        "But",
        "By",
        "Despite",
        "During",
        "Earlier",
        "For",
        "He",
        "Her",
        "His",
        "However",
        "I",
        "If",
        "In",
        "It",
        "Its",
        "Last",
        "Later",
        "Meanwhile",
        "Most",
        "Now",
        "On",
        "Our",
        "She",
        "Since",
        "So",
        "Some",
        "That",
        "The",
        "Their",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "Under",
        "We",
        "What",
        "When",
        "While",
        "With",
        "Yet",
    }
)

_LINE_BREAKS: Final = "\n\r\v\f\x85\u2028\u2029"

_BOUNDARY_RE: Final = lazy_compile(
    rf"""
      (?P<br>[{_LINE_BREAKS}]+)               # a line break always ends a sentence
    | (?<![.!?…])(?P<stop>[.!?…]++)            # sentence-final punctuation: a whole run,
                                               # never retried from inside it ("$5m....")
      (?P<close>[”"’'»)\]]{{0,3}})             # closing quotes stay with it: 'today.” The'
      (?P<gap>[^\S{_LINE_BREAKS}]+)            # horizontal space
      (?=[\p{{Lu}}\p{{Nd}}“"‘'«(\[{CURRENCY_SIGNS}])  # capital, digit, opening quote, currency
    """,
    regex.VERBOSE,
)

# _BOUNDARY_RE's groups by number: the regex module finds a group by name several times
# slower, trying the name as a number first (tests/test_text_speed4.py holds them to it)
_STOP: Final = 2
_CLOSE: Final = 3
_GAP: Final = 4
_STOPS: Final = ".!?…"
_CLOSERS: Final = "”\"’'»)]"
#: Where ``_BOUNDARY_RE`` may match: each branch opens with a line break or a stop.
_OPENERS: Final = _LINE_BREAKS + _STOPS

# "J." (an initial) or "U.N" / "a.m" (a dotted acronym), the dot before the boundary excluded
_INITIALS_RE: Final = lazy_compile(r"\p{Lu}|(?:\p{L}\.)+\p{L}")
# a list marker opening a line: "- item", "• item", "1. item", "2) item"
_BULLET_RE: Final = lazy_compile(r"(?:[-–—•*·▪◦‣►]|\d{1,2}[.)]|\(\d{1,2}\))[^\S\n]+")
_NEXT_WORD_RE: Final = lazy_compile(r"[\p{L}’']+")
_WORD_CHAR_RE: Final = lazy_compile(r"\w")
#: Whether a character is an ASCII letter or digit: a word character, with no pattern call.
_ASCII_WORD: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
).__contains__

#: The longest span read as one sentence. Real sentences are far shorter (the longest in the
#: dev corpora has ~420 characters); text without sentence ends (a table flattened into one
#: line, a megabyte without a full stop) is cut into pieces of half to all of this, so that
#: every stage's work per figure stays bounded whatever the input.
MAX_SENTENCE_CHARS: Final = 1000

# where an overlong sentence is cut, searched backwards (REVERSE): the last of each
_CLAUSE_MARK_RE: Final = lazy_compile(r"[;:,](?=\s)", regex.REVERSE)
_SPACE_RE: Final = lazy_compile(r"\s", regex.REVERSE)
_NON_FIGURE_RE: Final = lazy_compile(r"[^\w.,$€£¥]", regex.REVERSE)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]``, with no surrounding whitespace."""

    start: int
    end: int


def find_sentences(text: str) -> tuple[Sentence, ...]:
    r"""Split ``text`` into sentence spans that index the original text.

    Spans are in order, do not overlap, and carry no leading or trailing whitespace; a list
    marker opening a line ("- ", "• ", "1. ") is left out, and pieces without a letter or
    digit (a line of "***") are dropped.

    >>> t = 'Aid rose. Mr. J. R. Smith paid $1.5 billion.\n- More to come'
    >>> [t[s.start:s.end] for s in find_sentences(t)]
    ['Aid rose.', 'Mr. J. R. Smith paid $1.5 billion.', 'More to come']
    >>> t = '"We will pay. It is right," he said. Aid "came today." The end.'
    >>> [t[s.start:s.end] for s in find_sentences(t)]
    ['"We will pay.', 'It is right," he said.', 'Aid "came today."', 'The end.']
    """
    out: list[Sentence] = []
    pos = 0
    line_start = True
    n = len(text)
    for at in positions(text, _OPENERS):  # where a boundary may start, in order
        if at < pos:  # inside the boundary before: a line break or stop after the first
            continue
        if text[at] in _LINE_BREAKS:  # the "br" branch: the whole run of line breaks
            end = at + 1
            while end < n and text[end] in _LINE_BREAKS:
                end += 1
            _append(text, pos, at, line_start, out)
            line_start = True
            pos = end
            continue
        if not _may_stop_at(text, at, n):
            continue
        m = _BOUNDARY_RE.match(text, at)
        if m is not None and _ends_here(text, m):
            _append(text, pos, m.start(_GAP), line_start, out)
            line_start = False
            pos = m.end()
    _append(text, pos, len(text), line_start, out)
    return tuple(out)


def positions(text: str, chars: str) -> list[int]:
    r"""Where any of ``chars`` occurs in ``text``, in order.

    One ``str.find`` scan a character: the regex module's scan of the boundary pattern cost
    ~110 instructions a character, the stdlib's of a class ~50, a find's a few.

    >>> positions("Aid. More aid!\nEnd", "\n.!"), positions('He: “Yes”, "no".', '"“”')
    ([3, 13, 14], [4, 8, 11, 14])
    """
    found: list[int] = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            found.append(i)
            i = text.find(c, i + 1)
    found.sort()
    return found


def _may_stop_at(text: str, at: int, n: int) -> bool:
    """Whether ``_BOUNDARY_RE``'s "stop" branch may match at ``at``, a stop's position.

    It needs the first stop of a run (the look-behind), then after the run up to three
    closing marks and a space that is no line break: every such space is one to
    ``str.isspace`` (tests/test_text_speed4.py checks every code point).
    """
    if at > 0 and text[at - 1] in _STOPS:
        return False
    i = at + 1
    while i < n and text[i] in _STOPS:
        i += 1
    k = i + 3
    while i < n and i < k and text[i] in _CLOSERS:
        i += 1
    return i < n and text[i].isspace() and text[i] not in _LINE_BREAKS


def _ends_here(text: str, m: regex.Match[str]) -> bool:
    """Whether the candidate boundary ``m`` (punctuation then space) really ends a sentence."""
    stop, close = m.group(_STOP, _CLOSE)
    if stop != "." or close:
        return True
    dot = m.start()
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if not word:
        return not _is_list_number(text, dot)
    ends = ABBREVIATIONS.get(word + ".")
    if ends is None and _INITIALS_RE.fullmatch(word):
        ends = Ends.BEFORE_STARTER
    if ends is Ends.NEVER:
        return False
    if ends is Ends.BEFORE_STARTER:
        nxt = _NEXT_WORD_RE.match(text, m.end())
        return nxt is None or nxt.group() in SENTENCE_STARTERS
    return True


def _is_list_number(text: str, dot: int) -> bool:
    """Whether the digits before ``dot`` are a list number opening a line ("2. Item")."""
    i = dot
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    if not 1 <= dot - i <= 2:
        return False
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in _LINE_BREAKS


def _append(text: str, start: int, end: int, line_start: bool, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # a list marker opens with no letter (a letter needs no pattern call)
    opens_list = line_start and start < end and not text[start].isalpha()
    if opens_list and (bullet := _BULLET_RE.match(text, start, end)):
        start = bullet.end()
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(text, start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        _append(text, start, cut, False, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end and (_ASCII_WORD(text[start]) or _WORD_CHAR_RE.search(text, start, end)):
        out.append(Sentence(start, end))


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to cut an overlong sentence in ``text[lo:hi]``: the last clause mark, else space.

    Without either (a megabyte with no space), after the last character that is no part of
    a word or figure, else at ``hi``.
    """
    for pattern in (_CLAUSE_MARK_RE, _SPACE_RE, _NON_FIGURE_RE):
        if (m := pattern.search(text, lo, hi)) is not None:
            return m.end()
    return hi
