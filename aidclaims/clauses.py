"""Where a figure stands: its sentence and its clause."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

from aidclaims.money import MoneyMention
from aidclaims.sentences import Sentence

# Clause boundaries inside a sentence: "; ", ": ", " – ", and a comma before a new clause
# ("..., while other countries ...", "..., but ...").
_CLAUSE_BOUNDARY_RE: Final = regex.compile(
    r"""
    ;\s | :\s | \s[–—]\s
    | ,\s(?=(?:while|but|whereas|although|though|even\ though|yet|and)\b)
    """,
    regex.VERBOSE,
)
# A sentence opened by a subordinate clause ends that clause at its first comma:
# "Although military aid is set to be reduced, the defence budget will rise by €1.3bn."
_SUBORDINATE_RE: Final = regex.compile(
    r"(?:Although|While|Whereas|Though|Despite|After|Before|When|If|Since|As)\b[^,;]{0,200}?,\s"
)


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
    """Find the sentence and clause of each mention."""
    starts = [s.start for s in sentences]
    out: list[Located] = []
    for m in mentions:
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        s = sentences[i] if sentences else Sentence(0, len(text))
        bounds = (s.start, max(s.end, m.end))
        out.append(Located(m, i, bounds, clause_of(text, bounds, m.start, m.end)))
    return out


def clause_of(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``[start, end)``.

    >>> t = "Norway gave $5bn; Sweden gave $2bn."
    >>> lo, hi = clause_of(t, (0, len(t)), 30, 34)
    >>> t[lo:hi]
    'Sweden gave $2bn.'
    """
    lo, hi = sentence
    cuts = [
        m.end()
        for m in _CLAUSE_BOUNDARY_RE.finditer(text, lo, hi)
        # "around €8bn (£6.7bn; $8.7bn)": a semicolon inside brackets ends no clause
        if text.count("(", lo, m.start()) <= text.count(")", lo, m.start())
    ]
    sub = _SUBORDINATE_RE.match(text, lo, hi)
    if sub is not None:
        cuts.append(sub.end())
    c_lo, c_hi = lo, hi
    for cut in sorted(cuts):
        if cut <= start:
            c_lo = cut
        elif cut > end:
            c_hi = cut
            break
    return c_lo, c_hi
