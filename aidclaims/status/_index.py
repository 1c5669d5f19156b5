"""The status cues of one document, each made a :class:`Cue` only when a clause asks for it.

``CueIndex(table, text, proper_names=False, words=words)`` makes a Cue of every cue of the
document and asks of every capitalised one whether it opens a sentence; ``resolve_statuses``
reads only the clauses and sentences of kept figures, most often a part of the document. This
index finds the same cues in the same word scan and makes a Cue (a frozen dataclass, slow to
make) of each only when a range first holds it: the same cues, in the same order, from fewer
objects (``tests/test_status_speed4.py`` checks it against ``CueIndex``).
"""

from __future__ import annotations

import bisect
from typing import Final

from aidclaims.text.cues import Cue, CueTable, Words

#: What may stand between a sentence's end and a capitalised cue that opens the next one (as
#: ``text.cues`` reads it for ``proper_names=False``).
_OPENING: Final = frozenset(" \t“\"‘'(")
#: The mark of a cue left out: a capitalised cue within a sentence names something ("the
#: Ukraine Relief, Recovery and Reconstruction Trust Fund").
_LEFT_OUT: Final = Cue(-1, -1, "")


class StatusCues:
    """Every status cue of one document, queried by range: what ``CueIndex.between`` gives.

    >>> from aidclaims.text.cues import compile_cues, words_of
    >>> t = "Aid came. More aid came; the Aid Fund."
    >>> cues = StatusCues(compile_cues(["aid"]), t, words_of(t))
    >>> [c.start for c in cues.between(0, 9)], [c.start for c in cues.between(10, len(t))]
    ([0], [15])
    """

    __slots__ = ("_found", "_made", "_starts", "_text")

    def __init__(self, table: CueTable, text: str, words: Words) -> None:
        self._text = text
        self._found = table.found(text, words, 0, len(text))  # (start, end, phrase), in order
        self._starts = [start for start, _, _ in self._found]
        self._made: list[Cue | None] = [None] * len(self._found)  # None: not asked for yet

    def between(self, lo: int, hi: int) -> list[Cue]:
        """The cues wholly inside ``[lo, hi)``, in text order."""
        text, found, made = self._text, self._found, self._made
        out: list[Cue] = []
        for k in range(bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)):
            cue = made[k]
            if cue is None:
                start, end, phrase = found[k]
                kept = not text[start].isupper() or _opens_sentence(text, start)
                cue = Cue(start, end, phrase) if kept else _LEFT_OUT
                made[k] = cue
            if cue is not _LEFT_OUT and cue.end <= hi:
                out.append(cue)
        return out


def _opens_sentence(text: str, pos: int) -> bool:
    r"""Whether the text's start or ``.!?:`` or a line break comes before ``pos``, past openers.

    >>> _opens_sentence("Aid. “Pledged", 6), _opens_sentence("the Pledged", 4)
    (True, False)
    """
    i = pos - 1
    while i >= 0 and text[i] in _OPENING:
        i -= 1
    return i < 0 or text[i] in ".!?:\n"
