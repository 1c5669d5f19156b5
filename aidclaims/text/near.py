r"""Word tests that tell, from the document's word index, when a pattern cannot match near a figure.

The aid filter and the status try small patterns right before or after each figure ("aid worth
$X", "a $2 billion appeal"). Most fail. A pattern that must end with one of a few words, or
must hold one of a few words, cannot match where the document's words say that no such word
is there: :class:`NearWords` answers that with a bisect or two, and the pattern is tried only
when the answer is "maybe".

Each test is one-sided: ``False`` is sure, ``True`` only means "try the pattern". A pattern
tried on ``text[lo:hi]`` sees a word cut by an edge of the window as the piece inside it, and
the tests read that piece. They are unsure (``True``) at a word where the lower-case index and a
case-blind pattern may disagree: one with a long s (which such a pattern takes for an ``s``),
and one holding more than letters outside ASCII: a Turkish dotted capital I (lower-cased to an
``i`` and a combining dot) or a number sign that is part of a word for the index but no word
character for ``\b`` ("²", "½").
"""

from __future__ import annotations

import bisect

from aidclaims.text.cues import Words


class NearWords:
    """The document's words, asked whether a word of a small set stands near a position.

    Sets hold lower-case words.

    >>> from aidclaims.text.cues import words_of
    >>> t = "Aid worth $5 million and a $2 billion appeal."
    >>> near = NearWords(t, words_of(t))
    >>> near.may_end_with(10, 0, frozenset({"worth"})), near.may_end_with(27, 0, {"worth"})
    (True, False)
    >>> near.may_hold(frozenset({"appeal"}), 37, 45), near.may_hold(frozenset({"aid"}), 37, 45)
    (True, False)
    """

    __slots__ = ("_ends", "_starts", "_text", "_words")

    def __init__(self, text: str, words: Words) -> None:
        self._text = text
        self._starts = words.starts
        self._ends = words.ends
        self._words = words.words

    def may_end_with(self, pos: int, lo: int, last: frozenset[str] | set[str]) -> bool:
        """Whether ``text[lo:pos]`` may end with a word of ``last``, no letter or digit after it.

        False when the last word (or piece of one) in the window is not one of ``last``, or
        when the window holds no word.
        """
        starts, ends = self._starts, self._ends
        k = bisect.bisect_left(starts, pos) - 1
        if k < 0 or ends[k] <= lo:
            return False
        a, b = starts[k], ends[k]
        if lo <= a and b <= pos:
            word = self._words[k]
        else:  # a word cut by an edge of the window
            word = self._text[max(a, lo) : min(b, pos)].lower()
        return word in last or (not word.isascii() and _unsure(word))

    def may_hold(self, keys: frozenset[str], lo: int, hi: int) -> bool:
        """Whether a word of ``keys`` may stand whole in ``text[lo:hi]``.

        False when no word (or piece of one) in the window is one of ``keys``.
        """
        starts, ends, text = self._starts, self._ends, self._text
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi)
        inside = self._words[i:j]
        if j > i and ends[j - 1] > hi:  # a word cut by the window's end
            inside[-1] = text[starts[j - 1] : hi].lower()
        if i and ends[i - 1] > lo:  # a word cut by the window's start
            inside.append(text[lo : min(ends[i - 1], hi)].lower())
        if not keys.isdisjoint(inside):
            return True
        return not "".join(inside).isascii() and any(map(_unsure, inside))


def _unsure(word: str) -> bool:
    """Whether a case-blind pattern may read the lower-case ``word`` otherwise than its letters.

    >>> _unsure("türkiye"), _unsure("\u017fome"), _unsure("appeal\u00b2"), _unsure("aid")
    (False, True, True, False)
    """
    return not word.isascii() and (not word.isalpha() or "\u017f" in word)
