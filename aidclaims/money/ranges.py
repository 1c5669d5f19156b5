"""Ranges and changes: whether "X to Y" is one range, and what may join two figures into one.

"between $1bn and $2bn" and "EUR 20 billion to EUR 40 billion" are ranges; "cut from 16 to 9
billion" is a change from one figure to another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from aidclaims.money._table import CHANGE_WORDS, RANGE_FROM_CUES
from aidclaims.text.lazy import lazy_compile

#: The spaces the figure pattern reads (``_SP`` of ``find``).
SPACES: Final = " \u00a0\u202f\u2009"
_CONNECTORS: Final[frozenset[str]] = frozenset({"-", "–", "—", "−", "to", "and"})
_LETTERS_RE: Final = lazy_compile(r"[\p{L}]+")


def is_range(connector: str, before: Sequence[str]) -> bool:
    """Whether "X <connector> Y" is one range rather than a change from X to Y.

    ``before`` holds the last words before X, lower-case. "between X and Y", "X to Y" and
    "X-Y" are ranges; after a change word ("from", "by") "to" makes a change, unless a range
    cue stands before it ("ranging from X to Y").

    >>> is_range("and", ["between"]), is_range("to", ["cut", "from"]), is_range("-", [])
    (True, False, True)
    >>> is_range("to", ["ranging", "from"])
    True
    """
    if connector == "and":
        return before[-1:] == ["between"]
    return not (before and before[-1] in CHANGE_WORDS) or bool(RANGE_FROM_CUES & set(before))


def is_connector(between: str) -> bool:
    r"""Whether the text between two figures is a range's connector: a dash, "to" or "and".

    What ``^[ \u00a0\u202f\u2009]*(?:[-–—−]|to|and)[ \u00a0\u202f\u2009]*$`` matches (its
    ``$`` also matches before a newline that ends the text), by ``str.strip`` and a set.

    >>> is_connector(" to "), is_connector("\u00a0– "), is_connector(" and\n"), is_connector(", ")
    (True, True, True, False)
    """
    if between.endswith("\n"):
        between = between[:-1]
    return between.strip(SPACES) in _CONNECTORS


def words_before(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` words before ``start``, lower-case.

    >>> words_before("cut from 16", 9, 3)
    ['cut', 'from']
    """
    return [w.lower() for w in _LETTERS_RE.findall(text[max(0, start - 40) : start])][-n:]


def words_after(text: str, end: int, n: int) -> list[str]:
    """The first ``n`` words of the 60 characters after ``end``, lower-case.

    >>> words_after("5 billion of the aid", 9, 3)
    ['of', 'the', 'aid']
    """
    return [w.lower() for w in _LETTERS_RE.findall(text[end : end + 60])][:n]
