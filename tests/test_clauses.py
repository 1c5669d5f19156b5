"""Clauses inside a sentence."""

from __future__ import annotations

import pytest

from aidclaims.text.clauses import clause_of


@pytest.mark.parametrize(
    ("text", "figure", "clause"),
    [
        pytest.param("Oslo gave $5bn; Bern gave $2bn.", "$2bn", "Bern gave $2bn.", id="semicolon"),
        pytest.param(
            "Although aid to Kyiv fell, the budget rose by €1bn.",
            "€1bn",
            "the budget rose by €1bn.",
            id="subordinate",
        ),
        pytest.param(
            "Aid rose, while the budget grew by €1bn.",
            "€1bn",
            "while the budget grew by €1bn.",
            id="while",
        ),
        pytest.param(
            "Aid of around €8bn (£7bn; $9bn) was cut.",
            "$9bn",
            "Aid of around €8bn (£7bn; $9bn) was cut.",
            id="semicolon-in-brackets",
        ),
        pytest.param("Rome sent $1bn, and Paris $2bn.", "$2bn", "and Paris $2bn.", id="comma-and"),
    ],
)
def test_clause_of(text: str, figure: str, clause: str) -> None:
    start = text.index(figure)
    lo, hi = clause_of(text, (0, len(text)), start, start + len(figure))
    assert text[lo:hi] == clause
