"""Property tests (hypothesis): extract never raises, offsets always index the text, and
generated money phrases parse back to the value they were built from.

Every test runs a fixed number of derandomized examples, so CI sees the same inputs each run.
Claim -> JSONL -> Claim round-trips live in test_writers.py.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.model import Claim
from aidclaims.money import find_money
from aidclaims.money.currency import resolve_marks
from aidclaims.pipeline import extract

# --- building blocks ------------------------------------------------------------------------

#: Currency marks written before the number, and the ISO code each must resolve to.
SYMBOLS: dict[str, str] = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "US$": "USD",
    "A$": "AUD",
    "CHF ": "CHF",
    "EUR ": "EUR",
}

#: Scale words and their multipliers.
SCALES: dict[str, int] = {
    "million": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "mln": 10**6,
}

#: Sentences a money phrase is put in: each states exactly one figure.
TEMPLATES: tuple[str, ...] = (
    "Donors pledged {money} in aid to Ukraine.",
    "Sweden will give {money} to Sudan this year, the minister said.",
    "“We are sending {money},” the envoy told reporters.",
    "The appeal for Haiti seeks {money}.",
)

#: Pieces that stress the money, sentence, quote and speaker rules when glued together.
FRAGMENTS: tuple[str, ...] = (
    # money pieces, so that many texts hold figures at all
    "$5",
    "€12",
    "£1.5",
    " billion",
    " million ",
    "20 billion euros",
    " 4 billion.",
    "$2-3bn",
    # marks, numerals and separators
    "$",
    "€",
    "£",
    "US$",
    "billion",
    "million",
    "bn",
    "1,",
    "2.",
    "000",
    "-",
    "–",
    "“",
    "”",
    "(",
    ")",
    ";",
    ", ",
    ". ",
    # sentence, speaker and party cues
    "Mr.",
    "U.S.",
    "\n",
    "said",
    "according to",
    "Norway",
    "Kyiv",
    "pledged",
    "a year",
    "between",
    "and",
    "to",
    "from",
    "in 2025",
    " ",
    " ",
    " ",
)


@st.composite
def numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A numeral as written ("12,345", "12345", "3.25", "1,234.5") and its value."""
    whole = draw(st.integers(min_value=1, max_value=9_999_999))
    decimals = draw(st.sampled_from(["", "5", "25", "125"]))
    commas = draw(st.booleans())
    written = f"{whole:,}" if commas else str(whole)
    if decimals:
        written += "." + decimals
    value = Decimal(f"{whole}.{decimals}" if decimals else str(whole))
    return written, value


@st.composite
def money_phrases(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """A money phrase ("US$1,250.5 bn"), the exact value it states and its ISO code."""
    symbol = draw(st.sampled_from(sorted(SYMBOLS)))
    written, number = draw(numbers())
    scale = draw(st.sampled_from(sorted(SCALES)))
    space = draw(st.sampled_from(["", " "]))
    phrase = f"{symbol}{written}{space}{scale}"
    return phrase, number * SCALES[scale], SYMBOLS[symbol]


def check_claims(text: str, claims: list[Claim]) -> None:
    """The invariants every claim keeps, whatever the text."""
    for c in claims:
        assert 0 <= c.start < c.end <= len(text), (c.start, c.end)
        assert text[c.start : c.end] == c.amount_text, (text[c.start : c.end], c.amount_text)
        assert c.value is None or c.value >= 0, c.value
        assert c.value_max is None or c.value is None or c.value_max >= c.value


# --- extract never raises, and offsets index the original text -------------------------------


@settings(max_examples=500, deadline=None, derandomize=True)
@given(text=st.text())
def test_extract_never_raises_on_any_text(text: str) -> None:
    check_claims(text, extract(text, include_non_aid=True))


@settings(max_examples=600, deadline=None, derandomize=True)
@given(
    parts=st.lists(
        st.sampled_from(FRAGMENTS) | st.text(alphabet="0123456789", min_size=1, max_size=6),
        max_size=60,
    )
)
def test_extract_never_raises_on_money_like_fragments(parts: list[str]) -> None:
    text = "".join(parts)
    check_claims(text, extract(text, include_non_aid=True))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    pieces=st.lists(
        st.tuples(st.text(max_size=40), money_phrases()),
        min_size=1,
        max_size=6,
    ),
    tail=st.text(max_size=40),
)
def test_offsets_hold_with_money_embedded_in_random_text(
    pieces: list[tuple[str, tuple[str, Decimal, str]]], tail: str
) -> None:
    text = "".join(noise + phrase for noise, (phrase, _, _) in pieces) + tail
    check_claims(text, extract(text, include_non_aid=True))


# --- money phrases parse back to the value they were built from ------------------------------


@settings(max_examples=300, deadline=None, derandomize=True)
@given(money=money_phrases(), template=st.sampled_from(TEMPLATES))
def test_generated_money_phrase_parses_back(money: tuple[str, Decimal, str], template: str) -> None:
    phrase, value, currency = money
    text = template.format(money=phrase)
    claims = extract(text, include_non_aid=True)
    assert len(claims) == 1, [(c.amount_text, c.value) for c in claims]
    (claim,) = claims
    assert text[claim.start : claim.end] == claim.amount_text == phrase
    assert claim.value == pytest.approx(float(value), rel=1e-9)
    assert claim.currency == currency
    assert claim.value_max is None


@settings(max_examples=300, deadline=None, derandomize=True)
@given(money=money_phrases(), template=st.sampled_from(TEMPLATES))
def test_generated_money_phrase_is_one_exact_mention(
    money: tuple[str, Decimal, str], template: str
) -> None:
    """The money stage alone: one mention, the exact Decimal, the mark resolving to the code."""
    phrase, value, currency = money
    text = template.format(money=phrase)
    mentions = find_money(text)
    assert len(mentions) == 1, [text[m.start : m.end] for m in mentions]
    (m,) = mentions
    assert text[m.start : m.end] == phrase
    assert m.value == value
    assert m.value_max is None
    assert resolve_marks([m.currency_mark], text) == [currency]


# Hand-picked cases of the same property, so a failure reads as a table row.
@pytest.mark.parametrize(
    ("phrase", "value", "currency"),
    [
        pytest.param("$1,234.5 million", 1_234_500_000, "USD", id="dollar-commas-decimal"),
        pytest.param("€12bn", 12e9, "EUR", id="euro-glued-bn"),
        pytest.param("£3.25 mln", 3_250_000, "GBP", id="pound-mln"),
        pytest.param("US$0.5 billion", 5e8, "USD", id="us-dollar-half"),
        pytest.param("A$40 million", 4e7, "AUD", id="australian-dollar"),
        pytest.param("CHF 7,500,000 million", 7.5e12, "CHF", id="franc-large"),
        pytest.param("EUR 90mln", 9e7, "EUR", id="iso-glued-mln"),
    ],
)
def test_money_phrase_table(phrase: str, value: float, currency: str) -> None:
    text = f"Donors pledged {phrase} in aid to Ukraine."
    (claim,) = extract(text, include_non_aid=True)
    assert text[claim.start : claim.end] == claim.amount_text == phrase
    assert claim.value == pytest.approx(value, rel=1e-9)
    assert claim.currency == currency


# The other side: figures that are not money give no claim, even with include_non_aid.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Donors sent 2 million rounds of shells to Ukraine.", id="count-of-rounds"),
        pytest.param("The convoy carried 1.5 billion doses of vaccine.", id="count-of-doses"),
        pytest.param("About 40% of the population depends on food aid.", id="percentage"),
        pytest.param("The new bridge is 5 m wide.", id="metres"),
        pytest.param("In 2024 some 3,000 families were displaced.", id="year-and-count"),
        pytest.param("Call +44 20 7946 0000 for details.", id="phone-number"),
        pytest.param("Donors pledged $ in aid.", id="symbol-without-number"),
        pytest.param("Donors pledged billion in aid.", id="scale-without-number"),
    ],
)
def test_not_money_gives_no_claim(text: str) -> None:
    assert extract(text, include_non_aid=True) == []


# A test that cannot fail is a defect: the checker rejects a claim whose span is off.
def test_check_claims_rejects_a_shifted_span() -> None:
    text = "Japan pledged $5 million in aid to Fiji."
    (good,) = extract(text)
    shifted = good.model_copy(update={"start": good.start + 1, "end": good.end + 1})
    check_claims(text, [good])
    with pytest.raises(AssertionError):
        check_claims(text, [shifted])
