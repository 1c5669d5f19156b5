"""Cue words: find table words in a span of text and pick the one nearest a figure.

Status, aid type and the aid/non-aid decision all work this way: a table of cue phrases,
one compiled pattern per table, and "the cue nearest the figure in its clause wins".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import regex


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found at ``text[start:end]``; ``key`` is its table entry (lower-case)."""

    start: int
    end: int
    key: str


def compile_cues(phrases: Iterable[str]) -> regex.Pattern[str]:
    """One case-insensitive pattern matching any of ``phrases`` as whole words (longest first).

    Spaces in a phrase match any run of spaces.

    >>> p = compile_cues(["aid", "military aid"])
    >>> [m.group() for m in p.finditer("New Military Aid and aid, not aide.")]
    ['Military Aid', 'aid']
    """
    keys = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    body = "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in keys)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


_SPACES: Final = regex.compile(r"\s+")


def find_cues(
    pattern: regex.Pattern[str], text: str, lo: int, hi: int, *, proper_names: bool = True
) -> list[Cue]:
    """Cues of ``pattern`` in ``text[lo:hi]``.

    With ``proper_names=False``, a capitalised cue that does not start a sentence is skipped:
    "the Ukraine Relief, Recovery and Reconstruction Trust Fund" names a fund, it does not say
    the money is for reconstruction.
    """
    out: list[Cue] = []
    for m in pattern.finditer(text, lo, hi):
        if (
            not proper_names
            and m.group()[0].isupper()
            and not _starts_sentence(text, m.start(), lo)
        ):
            continue
        out.append(Cue(m.start(), m.end(), _SPACES.sub(" ", m.group().lower())))
    return out


def _starts_sentence(text: str, pos: int, lo: int) -> bool:
    before = text[lo:pos].rstrip(" \t“\"‘'(")
    return not before or before[-1] in ".!?:\n"


def distance(cue: Cue, start: int, end: int) -> int:
    """Characters between a cue and the span ``[start, end)`` (0 when they touch or overlap)."""
    if cue.end <= start:
        return start - cue.end
    if cue.start >= end:
        return cue.start - end
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
    same document; one ``finditer`` over the whole text and a bisect per query replace a
    search per query.

    >>> idx = CueIndex(compile_cues(["aid"]), "Aid came. More aid came.")
    >>> [c.start for c in idx.between(0, 9)], [c.start for c in idx.between(10, 24)]
    ([0], [15])
    """

    __slots__ = ("_cues", "_starts")

    def __init__(
        self, pattern: regex.Pattern[str], text: str, *, proper_names: bool = True
    ) -> None:
        self._cues = find_cues(pattern, text, 0, len(text), proper_names=proper_names)
        self._starts = [c.start for c in self._cues]

    def between(self, lo: int, hi: int) -> list[Cue]:
        """The cues wholly inside ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        j = bisect.bisect_left(self._starts, hi)
        return [c for c in self._cues[i:j] if c.end <= hi]

    def all(self) -> list[Cue]:
        """Every cue of the document."""
        return list(self._cues)
