"""A long text lower-cased or case-folded a piece at a time.

``str.lower()`` and ``str.casefold()`` take ~12 bytes a character while they work (a case
may grow to three characters), so folding a 20 MB document at once costs ~280 MB at its
peak. Literal searches in the folded text (a scale word, a cue's needles) read it in 64k
pieces instead, each reaching ``overlap`` characters into the next, so that a string of up
to ``overlap + 1`` characters that starts in a piece lies wholly in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

#: Characters in a piece, before its overlap.
PIECE: Final = 1 << 16


def folded_pieces(
    text: str, lo: int, end: int, overlap: int, fold: Callable[[str], str]
) -> Iterator[tuple[int, str | None]]:
    """``(start, fold(piece))`` for each piece of ``text[lo:end]``, in order.

    A piece starts at ``start`` and runs ``PIECE + overlap`` characters, not past ``end``;
    the fold is None where folding changed the piece's length (offsets would not match).

    >>> [(at, len(f)) for at, f in folded_pieces("a" * 70_000, 0, 70_000, 3, str.lower)]
    [(0, 65539), (65536, 4464)]
    >>> list(folded_pieces("Straße", 0, 6, 0, str.casefold))
    [(0, None)]
    """
    for at in range(lo, end, PIECE):
        piece = text[at : min(end, at + PIECE + overlap)]
        folded = fold(piece)
        yield at, folded if len(folded) == len(piece) else None
