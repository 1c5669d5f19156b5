"""Issue 10: annotate tries its rate and post-qualifier patterns only where they can match.

``_may_hold_rate`` (a rate word's needle in the text after a figure) and ``_may_lead`` (the
first letter after the spaces) must say True wherever the patterns match; these tests check
it on generated text and that they fail when a needle or a first letter is missing.
"""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.money._table import DISTANT_RATES, POST_QUALIFIERS, RATES

annotate_module = importlib.import_module("aidclaims.money.annotate")

_PHRASES = sorted({*RATES, *DISTANT_RATES, *POST_QUALIFIERS})
_PIECES = st.sampled_from(
    [
        *_PHRASES,
        *(p.upper() for p in _PHRASES),
        *(p.title() for p in _PHRASES),
        " ", "  ", "\u00a0", "\t", ",", ".", ";", "(", "in", "in 2025", "to Chad", "the",
        "years", "yearn", "Monday", "annual", "quarterback", "pluses", "ore", "at", "or",
        "ſ", "ſo", "per ſeason", "\u212aelvin", "ＯR", "\x1c", "said", "ago", "earlier",
    ]
)  # fmt: skip
_POST_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_POST_TEXTS)
def test_no_rate_pattern_matches_where_the_needles_say_none(post: str) -> None:
    if annotate_module._may_hold_rate(post):
        return
    assert annotate_module._RATE_RE.match(post) is None
    assert annotate_module._DISTANT_RATE_RE.match(post) is None


@settings(max_examples=800, deadline=None)
@given(_POST_TEXTS)
def test_no_post_qualifier_matches_where_the_first_letter_says_none(post: str) -> None:
    if annotate_module._may_lead(post):
        return
    assert annotate_module._POST_QUALIFIER_RE.match(post) is None


@pytest.mark.parametrize("phrase", [*RATES, *DISTANT_RATES])
def test_every_rate_phrase_passes_the_needles(phrase: str) -> None:
    for text in (f" {phrase}", f", in 2025 {phrase.upper()}", f" x{phrase.title()}"):
        assert annotate_module._may_hold_rate(text), text


@pytest.mark.parametrize("phrase", sorted(POST_QUALIFIERS))
def test_every_post_qualifier_passes_the_first_letter(phrase: str) -> None:
    for text in (f"  {phrase}", f"\u00a0{phrase.upper()}", phrase.title()):
        assert annotate_module._may_lead(text), text


@pytest.mark.sources_only
def test_a_missing_needle_would_lose_a_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    # the property above can fail: without "year" a yearly rate is ruled out
    post = " a year, the ministry said"
    assert annotate_module._RATE_RE.match(post) is not None
    monkeypatch.setattr(annotate_module, "_RATE_NEEDLES", annotate_module._RATE_NEEDLES - {"year"})
    assert not annotate_module._may_hold_rate(post)


def test_figures_keep_their_rates_and_qualifiers() -> None:
    from aidclaims.money import find_money

    text = "Japan gives $5 million or more, and $2 billion annually, and $3 million a month."
    assert [(m.rate.value, m.qualifier.value) for m in find_money(text)] == [
        ("total", "at_least"),
        ("per_year", "exact"),
        ("per_month", "exact"),
    ]
