"""The cheap test before the party-break pattern never rules out a span the pattern matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.text.clauses import _PARTY_BREAK_RE, _may_break, party_breaks

_PIECES = st.sampled_from(
    [
        " ", "  ", "\n", "\t", "\x0b", "\x1c", "\xa0", ",", ";", "(", ")", "and", "AND", "it", "they", "he", "she",
        "officials", "said", "Says", "but", "yet", "though", "although", "according", "to",
        "while", "Whilst", "whereas", "wh", "ile", "İ", "ſ", "K", "Japan", "gave", "$5m", "ſaid",
        "whİle", "x",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_ruled_out_spans_hold_no_break(text: str) -> None:
    if not _may_break(text):
        assert _PARTY_BREAK_RE.search(text) is None
        assert party_breaks(text, 0, len(text)) == []


def test_cheap_test_lets_breaks_through() -> None:
    for text in ("a; b", "Japan, and they gave", "x,\n  he said", "a whİle b", "a, ſaid"):
        assert _may_break(text)
