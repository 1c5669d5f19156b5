"""Issue 10: the money pattern tried only near digits and scale words finds what a full scan finds.

``money_matches`` starts the figure pattern only at the possible starts within reach of an
anchor (a run of digits, a scale word); these tests compare it with ``finditer`` over the
whole text, on texts built from the pieces that make or break a figure.
"""

from __future__ import annotations

from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.money import find_money
from aidclaims.money.find import _MONEY_RE, MoneyMention, find_figures, money_matches

_PIECES = st.sampled_from(
    [
        " ",
        "\u00a0",
        "-",
        ".",
        ",",
        "(",
        "$",
        "US$",
        "U.S.$",
        "€",
        "EUR",
        "Rs.",
        "kr",
        "5",
        "1,200",
        "3.5",
        "2025",
        "billion",
        "Million",
        "bn",
        "m",
        "lakh",
        "crore",
        "thousand",
        "twenty",
        "Two",
        "one",
        "half",
        "a",
        "quarter",
        "and",
        "to",
        "dollars",
        "euros",
        "kroner",
        "USD",
        "aid",
        "the",
        "said",
        "x",
        "ﬁfty",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, tuple[int, int]]]]:
    return [(m.span(), {k: m.span(k) for k in m.groupdict()}) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 20), st.integers(0, 20))
def test_prefiltered_scan_equals_full_scan(text: str, cut_lo: int, cut_hi: int) -> None:
    lo = min(cut_lo, len(text))
    end = max(lo, len(text) - cut_hi)
    assert _spans(money_matches(text, lo, end)) == _spans(_MONEY_RE.finditer(text, lo, end))


def test_number_words_far_before_the_scale_word() -> None:
    text = "They gave seventeen-seventeen-seventeen-seventeen and a quarter billion dollars."
    assert _spans(money_matches(text, 0, len(text))) == _spans(_MONEY_RE.finditer(text))
    assert [text[m.start : m.end] for m in find_figures(text)] == [
        "seventeen-seventeen-seventeen-seventeen and a quarter billion dollars"
    ]


def test_text_without_digits_or_scale_words_has_no_figure() -> None:
    assert list(money_matches("No money here, only words and dollars.", 0, 38)) == []


def test_annotate_builds_mentions_field_by_field() -> None:
    # annotate builds each mention with every field in order (no dataclasses.replace): a
    # new field of MoneyMention must be added there too
    assert [f.name for f in fields(MoneyMention)] == [
        "start",
        "end",
        "value",
        "value_max",
        "currency_mark",
        "qualifier",
        "rate",
        "parenthetical",
    ]
    text = "Aid of about €21 billion (£18.2 billion) a year."
    (head, conversion) = find_money(text)
    assert (head.qualifier.value, head.parenthetical) == ("about", False)
    assert (conversion.qualifier.value, conversion.parenthetical) == ("about", True)
