"""Issue 10: the period scan starts after the last thing no match holds before its head.

``period_matches`` must yield what the scan before it yielded: the pattern searched from
``_LEAD`` characters before each head. Generated text mixes heads, rule words, other words,
punctuation and slash dates ("3/10/25", the one match without a head).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.periods.grammar import head_pattern, period_pattern
from aidclaims.periods.scan import period_matches

_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        ", ",
        ". ",
        "(",
        ")",
        "$",
        "’s ",
        "-",
        "–",
        "/",
        "3/10/25",
        "3/10/",
        "2024",
        "2025-26",
        "25",
        "1st",
        "in",
        "over",
        "the",
        "next",
        "two",
        "years",
        "year",
        "March",
        "May",
        "June",
        "mid",
        "fiscal",
        "FY2025",
        "for",
        "a period of",
        "since",
        "from",
        "to",
        "by",
        "until",
        "Q1",
        "3",
        "million",
        "aid",
        "pledged",
        "inside",
        "Über",
        "x",
        "of",
        "another",
        "starting",
        "as of",
        "took effect on",
        "within",
        "calendar",
        "early",
        "the last",
        "IN",
    ]
)


def _scan_from_lead(text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """The scan before: the pattern searched from 64 characters before each head."""
    pattern = period_pattern()
    pos = lo
    while head := head_pattern().search(text, pos, hi):
        start, limit = max(pos, head.start() - 64), min(hi, head.end() + 160)
        m = pattern.search(text, start, limit)
        if m is not None and limit < hi and m.end() + 8 >= limit:
            m = pattern.search(text, start, hi)
        if m is None:
            pos = head.end()
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=50).map("".join), st.integers(0, 12))
def test_scan_from_the_last_cut_finds_what_the_lead_scan_finds(text: str, cut: int) -> None:
    lo = min(cut, len(text))
    assert _kept(period_matches(text, lo, len(text))) == _kept(_scan_from_lead(text, lo, len(text)))


def _kept(matches: Iterator[regex.Match[str]]) -> list[tuple[tuple[int, int], str | None]]:
    """The matches ``find_periods`` keeps: day dates are consumed and dropped."""
    return [(m.span(), m.lastgroup) for m in matches if m.lastgroup != "day"]


def test_a_slash_date_before_a_bracket_is_skipped_like_a_dropped_match() -> None:
    text = "Paid 3/10/25 (in 2024) and $5m over the next two years."
    spans = [text[slice(*m.span())] for m in period_matches(text, 0, len(text))]
    assert spans == ["in 2024", "over the next two years"]
