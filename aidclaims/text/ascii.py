"""ASCII letter runs: a word read without a pattern call, for the gates before a pattern.

A gate that asks which word opens at a position (money's ``opening``, the period grammar's
``openers``, the speakers' verb window) reads the run of ASCII letters there; any other
character is left to the pattern itself (case folding reads "ſ", "İ" or the Kelvin sign as
ASCII letters).
"""

from __future__ import annotations

from typing import Final

ASCII_LETTERS: Final[frozenset[str]] = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)


def ascii_letters_end(text: str, at: int, end: int) -> int:
    """Where the run of ASCII letters from ``at`` stops, ``end`` at most (``at``: no run).

    >>> ascii_letters_end("two billion", 0, 11), ascii_letters_end("Kyïv", 0, 4)
    (3, 2)
    >>> ascii_letters_end("$5", 0, 2), ascii_letters_end("billion", 0, 4)
    (0, 4)
    """
    while at < end and text[at] in ASCII_LETTERS:
        at += 1
    return at
