"""A rough money-figure finder, only to bound a figure's window and to tally document parties."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from aidclaims.parties._patterns import _R, _V

# A rough money figure, only to bound a figure's "after" window and to let
# find_document_parties run the clause rules without the money stage. Case-sensitive
# with spelled-out capitals: twice as fast as IGNORECASE. A figure is what the
# alternation of these three patterns matches (see find_rough_figures); one by one, each finds
# its matches fast, where the alternation tries all of them at every position.
_SCALE: Final = r"(?:bn|bln|[Bb]illion|BILLION|[Mm]illion|MILLION|mln|mn|[Tt]rillion|tn|crore|lakh)"
_FIGURE_MARKED_RE: Final = regex.compile(
    rf"""
      (?:[$€£¥₹₴]|(?<![\w$])(?:US|A|C|NZ|HK|S|R)\$                 # "$5", "US$163"
         |(?<!\w)(?:USD|EUR|GBP|JPY|CNY|CHF|SEK|NOK|DKK|CAD|AUD|INR|UAH|PLN|Rs\.?)\s?)
      \d[\d.,]*(?:\s*(?:{_SCALE}|m)(?!\w))?
    """,
    _V,
)
_FIGURE_SCALED_RE: Final = regex.compile(
    rf"""
      (?<![\w.,])\d[\d.,]*\s*{_SCALE}(?!\w)                           # "9.4 billion kroner"
    """,
    _V,
)
_FIGURE_WORDS: Final = rf"""
      (?<!\w)(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en
               |[Tt]wenty|[Ff]ifty|[Hh]undred|[Ss]everal|[Tt]ens\s+of|[Hh]undreds\s+of
               |[Bb]illions\s+of|[Mm]illions\s+of)
      \s+{_SCALE}(?!\w)                                              # "one billion dollars"
"""
_FIGURE_WORDS_RE: Final = regex.compile(_FIGURE_WORDS, _V)
_FIGURE_WORDS_BACK_RE: Final = regex.compile(_FIGURE_WORDS, _V | _R)
# Each pattern in the alternation's order, with a backward twin that tests the window
# for a match first where matches are rare and the forward search slow.
_FIGURE_PATTERNS: Final[tuple[tuple[regex.Pattern[str], regex.Pattern[str] | None], ...]] = (
    (_FIGURE_MARKED_RE, None),
    (_FIGURE_SCALED_RE, None),
    (_FIGURE_WORDS_RE, _FIGURE_WORDS_BACK_RE),
)
_DIGIT_RE: Final = regex.compile(r"\d")  # no figure without a digit or "illion"

# ---------------------------------------------------------------------------------------
# Figures.
# ---------------------------------------------------------------------------------------


def find_rough_figures(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the figures in ``text[lo:hi]``, left to right.

    The spans ``finditer`` gives for the alternation of the figure patterns: each next
    figure is the leftmost match of any pattern (the first pattern wins a tie, as in an
    alternation), searched for from where the last figure ended. A pattern's match that
    starts after that point is still its first one there, so it is kept, not sought again.

    >>> t = "Norway gave $5 million, then 2 billion kroner and then several million more."
    >>> [t[a:b] for a, b in find_rough_figures(t, 0, len(t))]
    ['$5 million', '2 billion', 'several million']
    """
    out: list[tuple[int, int]] = []
    firsts = [_first_match(text, lo, hi, k) for k in range(len(_FIGURE_PATTERNS))]
    fig = _leftmost(firsts)
    while fig is not None:
        out.append(fig)
        end = fig[1]
        firsts = [
            span if span is None or span[0] >= end else _first_match(text, end, hi, k)
            for k, span in enumerate(firsts)
        ]
        fig = _leftmost(firsts)
    return out


def first_figure(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the first figure in ``text[lo:hi]``, or None."""
    return _leftmost([_first_match(text, lo, hi, k) for k in range(len(_FIGURE_PATTERNS))])


def _first_match(text: str, lo: int, hi: int, k: int) -> tuple[int, int] | None:
    pattern, test = _FIGURE_PATTERNS[k]
    if test is not None and test.search(text, lo, hi) is None:
        return None
    m = pattern.search(text, lo, hi)
    return None if m is None else m.span()


def _leftmost(spans: Iterable[tuple[int, int] | None]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for span in spans:
        if span is not None and (best is None or span[0] < best[0]):
            best = span
    return best
