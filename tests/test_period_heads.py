"""Issue 10: the head finder of the period grammar finds what the head pattern finds.

``find_head`` scans with the standard library's engine for where a head may start and
confirms with the head pattern; these tests compare it with the pattern's own search.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.periods.grammar import find_head, head_pattern

_PIECES = st.sampled_from(
    [
        " ",
        "-",
        ".",
        "2025",
        "202",
        "12",
        "Q1",
        "q3",
        "H2",
        "FY",
        "fy",
        "F.Y.",
        "May",
        "may",
        "MAY",
        "Sept",
        "September",
        "Janet",
        "year",
        "Years",
        "today",
        "Monday",
        "half",
        "fiscal",
        "since",
        "month",
        "week",
        "aid",
        "x",
        "é",
        "\u017f",  # long s: folds to "s" ignoring case
        "\u212a",  # Kelvin sign
        "\u0130",
        "\u0131",
    ]
)


def _all_heads(find: object, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = lo
    while (m := find(text, pos, hi)) is not None:  # type: ignore[operator]
        out.append(m.span())
        pos = m.end()
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(0, 10), st.integers(0, 10))
def test_find_head_equals_the_head_pattern(text: str, cut_lo: int, cut_hi: int) -> None:
    lo = min(cut_lo, len(text))
    hi = max(lo, len(text) - cut_hi)
    pattern = head_pattern()
    assert _all_heads(find_head, text, lo, hi) == _all_heads(pattern.search, text, lo, hi)


def test_heads_in_a_sentence() -> None:
    text = "Since May, Monday's fiscal plan for Q1 2026 and the year ahead."
    found = [text[a:b] for a, b in _all_heads(find_head, text, 0, len(text))]
    assert found == ["Since", "May", "fiscal", "Q1", "2026", "year"]
