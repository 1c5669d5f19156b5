"""Letters case folding reads as ASCII ("bİllion", "dollarſ") neither crash nor change a value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.money import find_money
from aidclaims.pipeline import extract

# what full case folding reads as an ASCII letter, with the letter it reads
_FOLDS = {"i": "İ", "s": "ſ", "k": "\u212a"}


def _odd(word: str, at: int) -> str:
    """``word`` with its ``at``-th foldable letter (counted cyclically) spelt the odd way."""
    spots = [i for i, ch in enumerate(word) if ch.lower() in _FOLDS]
    if not spots:
        return word
    i = spots[at % len(spots)]
    return word[:i] + _FOLDS[word[i].lower()] + word[i + 1 :]


_PHRASES = st.sampled_from(
    [
        "$5 billion", "5 billion euros", "two billion dollars", "six million Swiss francs",
        "5 thousand dollars", "Rs 5 lakh crore", "three and a half billion kroner",
        "1.5 million US dollars", "$2-3 billion", "SEK 4 billion", "half a billion dollars",
    ]
)  # fmt: skip


@settings(max_examples=200, derandomize=True)
@given(_PHRASES, st.integers(0, 7))
def test_an_odd_letter_keeps_the_value_or_loses_the_figure(phrase: str, at: int) -> None:
    odd = _odd(phrase, at)
    text = f"Canada pledged {odd} to Ukraine on Tuesday."
    plain = {(m.start, m.end): m.value for m in find_money(text.replace(odd, phrase))}
    for m in find_money(text):  # never raises
        assert plain.get((m.start, m.end), m.value) == m.value, (odd, m)
    extract(text, include_non_aid=True)  # nor does the whole pipeline


@pytest.mark.parametrize(
    ("text", "amount", "value", "currency"),
    [
        ("Canada pledged $5 bİllion to Ukraine.", "$5 bİllion", 5e9, "CAD"),
        ("Japan gave 5 mİllion euros to Kenya.", "5 mİllion euros", 5e6, "EUR"),
        ("Japan gave two bİllion dollars to Kenya.", "two bİllion dollars", 2e9, "USD"),
        ("Japan gave 5 thouſand dollars to Kenya.", "5 thouſand dollars", 5e3, "USD"),
        ("Japan gave 5 billion francſ to Kenya.", "5 billion francſ", 5e9, "CHF"),
        ("Japan gave ſix billion dollars to Kenya.", "ſix billion dollars", 6e9, "USD"),
    ],
)
def test_odd_letters_read_as_their_ascii_twins(
    text: str, amount: str, value: float, currency: str
) -> None:
    (claim,) = extract(text, include_non_aid=True)
    assert (claim.amount_text, claim.value, claim.currency) == (amount, value, currency)


@pytest.mark.parametrize(
    ("odd", "plain"),
    [("at leaſt $5 million", "at least $5 million"), ("almoſt $5 million", "almost $5 million"),
     ("$5 million or leſs", "$5 million or less"), ("juſt over $5 million", "just over $5 million"),
     ("$5 million a wee\u212a", "$5 million a week")],
)  # fmt: skip
def test_odd_letters_in_qualifiers_and_rates_read_as_their_ascii_twins(
    odd: str, plain: str
) -> None:
    # the qualifier and rate patterns are case-blind too; their tables are looked up by the
    # entry the pattern matched ("at leaſt" raised a KeyError before)
    (a,) = find_money(f"Canada pledged {odd} to Ukraine.")
    (b,) = find_money(f"Canada pledged {plain} to Ukraine.")
    assert (a.qualifier, a.rate, a.value) == (b.qualifier, b.rate, b.value)
    assert (b.qualifier.value, b.rate.value) != ("exact", "total") or "wee" in odd
