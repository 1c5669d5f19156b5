r"""Word tests that tell, from the document's word index, when a pattern cannot match near a figure.

The aid filter and the status try small patterns right before or after each figure ("aid worth
$X", "a $2 billion appeal"). Most fail. A pattern that must end with one of a few words, or
must hold one of a few words, cannot match where the document's words say that no such word
is there: :class:`NearWords` answers that with a bisect or two, and the pattern is tried only
when the answer is "maybe".

Each test is one-sided: ``False`` is sure, ``True`` only means "try the pattern". A test is
unsure (``True``) where the word index and a pattern may disagree: at a word cut by the
window's edge, and at a word with a character outside ASCII, which may be a letter that a
case-blind pattern takes for an ASCII one without lower-casing to it (Turkish dotted capital I,
long s, Kelvin sign) or a number sign that is part of a word for the index but no word
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
    >>> near = NearWords(words_of(t))
    >>> near.may_end_with(10, 0, frozenset({"worth"})), near.may_end_with(27, 0, {"worth"})
    (True, False)
    >>> near.may_hold(frozenset({"appeal"}), 37, 45), near.may_hold(frozenset({"aid"}), 37, 45)
    (True, False)
    """

    __slots__ = ("_ends", "_starts", "_words")

    def __init__(self, words: Words) -> None:
        self._starts = words.starts
        self._ends = words.ends
        self._words = words.words

    def may_end_with(self, pos: int, lo: int, last: frozenset[str] | set[str]) -> bool:
        """Whether ``text[lo:pos]`` may end with a word of ``last``, no letter or digit after it.

        False when the last word before ``pos`` is whole, inside the window, in ASCII and not
        one of ``last``.
        """
        k = bisect.bisect_left(self._starts, pos) - 1
        if k < 0:
            return False
        if self._ends[k] > pos or self._starts[k] < lo:
            return True  # a word cut by the window's edge: a pattern sees only part of it
        word = self._words[k]
        return word in last or not word.isascii()

    def may_hold(self, keys: frozenset[str], lo: int, hi: int) -> bool:
        """Whether a word of ``keys`` may stand whole in ``text[lo:hi]``.

        False when no word runs across either edge of the window and the words inside are in
        ASCII and none of ``keys``.
        """
        starts, ends = self._starts, self._ends
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi)
        if (i and ends[i - 1] > lo) or (j and ends[j - 1] > hi):
            return True  # a word cut by the window's edge
        inside = self._words[i:j]
        return not keys.isdisjoint(inside) or not "".join(inside).isascii()
