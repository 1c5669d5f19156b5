"""Period words with letters case folding reads as ASCII ("laſt year") read as their twins."""

from __future__ import annotations

import pytest

from aidclaims.pipeline import extract


def _dates(period: str) -> list[tuple[object, object]]:
    text = f"Canada pledged $5 million to Ukraine {period}, the minister said."
    return [(c.period_start, c.period_end) for c in extract(text, published="2025-06-01")]


@pytest.mark.parametrize(
    ("odd", "plain"),
    [("laſt year", "last year"), ("thİs year", "this year"), ("thiſ week", "this week"),
     ("the paſt three months", "the past three months"),
     ("the firſt half of 2026", "the first half of 2026"), ("fİrst quarter", "first quarter"),
     ("over the next ſix months", "over the next six months"),
     ("in the ſecond quarter of 2025", "in the second quarter of 2025"),
     ("the laſt quarter", "the last quarter")],
)  # fmt: skip
def test_an_odd_letter_in_a_period_word_keeps_its_dates(odd: str, plain: str) -> None:
    # the grammar is case-blind; its tables were looked up by str.lower() (a KeyError)
    expected = _dates(plain)
    assert expected
    assert expected[0] != (None, None)
    assert _dates(odd) == expected
