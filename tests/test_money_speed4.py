"""Issue 10, round 4: cheap tests before the money patterns, each against the slow path.

``money.ranges.is_connector`` reads the text between two figures with ``str.strip`` and a
set instead of the connector pattern. ``money.opening.AfterDigits`` rules out a digit whose numeral nothing of a figure follows
("2024.", "50% of", "June 21, 2025"): the figure pattern is not tried there. These tests
compare the gated scan with the pattern's own ``finditer`` on texts built from numerals and
what may follow them, and check that a gate missing a word would lose figures.
``money.opening.StartScan`` reads a short ASCII window by hand instead of the start pattern:
compared with the pattern on every ASCII character and on generated windows.
``money.annotate.EndWords`` reads the qualifier or rate word a text before a figure ends with
by ``str.endswith`` instead of searching it with its pattern.
A digit is tried with form 2 of the figure pattern alone, a currency sign with form 1: both
match as the whole pattern does at every such start.
``lexicon.numbers.parse_number`` reads plain ASCII digits (with one dot) without its patterns.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.lexicon import numbers
from aidclaims.lexicon.currencies import CURRENCY_AFTER, CURRENCY_BEFORE
from aidclaims.lexicon.numbers import parse_number
from aidclaims.lexicon.words import QUALIFIERS
from aidclaims.money import find as find_module
from aidclaims.money._table import PRE_RATES
from aidclaims.money.annotate import (
    _PRE_QUALIFIER,
    _PRE_QUALIFIER_RE,
    _PRE_RATE,
    _PRE_RATE_RE,
    EndWords,
)
from aidclaims.money.find import _MONEY_RE, money_matches
from aidclaims.money.opening import AfterDigits, Openers
from aidclaims.money.ranges import is_connector

_AFTER = [
    # what may follow a numeral in a figure, in several cases
    "billion",
    "Billion",
    "BILLION",
    "bn",
    "mln",
    "crore",
    "lakh",
    "thousand",
    "trn",
    "euros",
    "Euros",
    "dollars",
    "kroner",
    "USD",
    "usd",
    "Usd",
    "EUR",
    "NOK",
    "new zealand dollars",
    "u.s. dollars",
    "to",
    "To",
    "and",
    "AND",
    # look-alikes and words that follow numbers in other ways
    "people",
    "percent",
    "multi-year",
    "billionaire",
    "tons",
    "toll",
    "andes",
    "years",
    "of",
    "bnx",
    "m",
    "b",
    "k",
    # letters that fold to ASCII ones, or continue a word
    "ſ",
    "bİllion",
    "euroſ",
    "\u212a",
    "billioné",
]
_PIECES = st.sampled_from(
    [*_AFTER, " ", " ", "  ", "\u00a0", "\u202f", "-", "–", "—", "−", ".", ",", ";", "%", ")",
     "(", ":", "\n", "$", "€", "US$", "Rs", "5", "12", "2024", "1,200", "3.5", "1,5", "1,50",
     "2,28,000", "7.", "١٢", "٣", "a", "two"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=800, deadline=None)
@given(_TEXTS, st.integers(0, 12), st.integers(0, 12))
def test_gated_scan_equals_the_full_pattern(text: str, cut_lo: int, cut_hi: int) -> None:
    lo = min(cut_lo, len(text))
    end = max(lo, len(text) - cut_hi)
    assert _spans(money_matches(text, lo, end)) == _spans(_MONEY_RE.finditer(text, lo, end))


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_no_figure_starts_where_the_digit_gate_says_no(text: str) -> None:
    gate = find_module._OPENERS
    for q, c in enumerate(text):
        if c in "0123456789" and not gate.may_open(text, q, len(text)):
            assert _MONEY_RE.match(text, q) is None, (text, q)


@pytest.mark.parametrize(
    "text",
    [
        "They gave 20 billion euros in 2024.",
        "from 16 to 9 billion kroner, 50% of it",
        "between 2-3 billion and 5–7 bn, 4 billion USD",
        "5\u00a0billion, 7\u202fmillion dollars, 12 lakh crore",
        "3 to 5 years, then 4 and 6 billion",
        "1,5 billion and 2,28,000 crore",
        "5-billion-dollar plan, 8 BILLION",
        "7.١٢billion and 1,٥٠٠ billion",  # digits outside ASCII go on after a dot or comma
    ],
)
def test_figures_after_digits_are_still_found(text: str) -> None:
    assert _spans(money_matches(text, 0, len(text))) == _spans(_MONEY_RE.finditer(text))


def test_numerals_nothing_follows_are_ruled_out() -> None:
    gate = find_module._OPENERS
    for text in ("2024.", "50% of it", "21, 2025", "5 people", "3 of 4", "7", "12:30", "4.\n",
                 "2024.” They", "5,’"):  # fmt: skip
        assert not gate.may_open(text, 0, len(text)), text


@pytest.mark.sources_only
def test_a_digit_gate_missing_a_word_would_lose_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # the comparisons above can fail: without "to" the gate drops "3 to 5 billion"
    after = AfterDigits(
        find_module._SPACES,
        find_module._ISO_CODES,
        (*find_module._LONG_SCALES, *CURRENCY_AFTER, "and"),
    )
    words = (*find_module._FRACTIONS, *find_module._NUMBER_WORD_LIST)
    openers = Openers(CURRENCY_BEFORE, words, after)
    monkeypatch.setattr(find_module, "_OPENERS", openers)
    text = "They pledged 3 to 5 billion."
    assert _spans(money_matches(text, 0, len(text))) != _spans(_MONEY_RE.finditer(text))


_CONNECTOR_RE = regex.compile(r"^[ \u00a0\u202f\u2009]*(?:[-–—−]|to|and)[ \u00a0\u202f\u2009]*$")
_GAPS = st.lists(
    st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", "\t", "\n", "\r", "-", "–", "—", "−",
                     "to", "To", "and", "an", "t", ",", "x", "(", "\u3000"]),
    max_size=6,
).map("".join)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_GAPS)
def test_a_connector_is_what_the_connector_pattern_matches(between: str) -> None:
    assert is_connector(between) == bool(_CONNECTOR_RE.match(between)), repr(between)


@pytest.mark.parametrize(
    "between",
    [" to ", "-", " – ", "\u00a0and\u202f", " to\n", "to\n\n", " to \r\n", "\nto", "", " "],
)
def test_connector_cases(between: str) -> None:
    assert is_connector(between) == bool(_CONNECTOR_RE.match(between)), repr(between)


def test_the_start_scan_reads_ascii_as_the_start_pattern_does() -> None:
    # every ASCII character, as a start and as the character before one
    scan = find_module._START_SCAN
    start_re = find_module._START_RE
    for c in map(chr, range(128)):
        assert (c in scan._firsts) == bool(start_re.match(c)), repr(c)
        assert (c in scan._blocked) == (start_re.match(c + "5", 1) is None), repr(c)


_WINDOW_TEXTS = st.lists(
    st.sampled_from([*_AFTER, " ", "5", "$", "US$", "Rs", "€", "a", "Two", "half", "to", "x",
                     "\u00a0", "ſ", "é", "(", "\n", "-", "Q", "$5", "£"]),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(_WINDOW_TEXTS, st.integers(0, 80), st.integers(0, 80))
def test_the_start_scan_equals_the_start_pattern(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    expected = [m.start() for m in find_module._START_RE.finditer(text, lo, hi)]
    assert find_module._START_SCAN.starts(text, lo, hi) == expected


def _parse_number_by_pattern(text: str) -> Decimal | None:
    # parse_number as it was: the numeral pattern first, then the decimal comma
    if not numbers._DIGITS_RE.match(text):
        return None
    if numbers._DECIMAL_COMMA_RE.match(text):
        return Decimal(text.replace(",", "."))
    return Decimal(text.replace(",", ""))


_NUMERALS = st.lists(
    st.sampled_from(["1", "0", "5", "12", "500", ",", ".", "١", "²", " ", "\n", "-", "e", "+"]),
    max_size=8,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_NUMERALS)
def test_parse_number_equals_the_pattern_reading(text: str) -> None:
    assert repr(parse_number(text)) == repr(_parse_number_by_pattern(text)), repr(text)


@pytest.mark.parametrize(
    "text", ["1500", "3.5", "1,5", "1,500.75", "2,28,000", "1.", ".5", "1.2.3", "15\n", "007", "٣"]
)
def test_parse_number_cases(text: str) -> None:
    got, expected = parse_number(text), _parse_number_by_pattern(text)
    assert got == expected, repr(text)
    assert str(got) == str(expected), repr(text)


_PRE_PIECES = st.lists(
    st.sampled_from([*sorted(QUALIFIERS), *sorted(PRE_RATES), "More Than",
                     "ABOUT", "Annual", "x", "y", "no", "s", "ſ", "é", " ", " ", "\n", "\t",
                     "\u00a0", "\x1c", "\r\n", ".", ",", "(", "-", "~", "$", "5", "Rather"]),
    max_size=8,
).map("".join)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(_PRE_PIECES)
def test_end_words_find_what_the_end_patterns_find(pre_text: str) -> None:
    for end_words, pattern, group in (
        (_PRE_QUALIFIER, _PRE_QUALIFIER_RE, "q"),
        (_PRE_RATE, _PRE_RATE_RE, "r"),
    ):
        m = pattern.search(pre_text)
        assert end_words.found(pre_text) == (None if m is None else m.group(group)), pre_text


@pytest.mark.parametrize(
    "pre_text",
    ["spent more than ", "spent MORE THAN\n", "rather than ", "of no more than", "at least",
     "a yearly ", "biannual ", "c.", "approx. ", "up to\n\n", "some\x1c", "~", "x~", "nearly\u00a0"],
)  # fmt: skip
def test_end_words_cases(pre_text: str) -> None:
    m = _PRE_QUALIFIER_RE.search(pre_text)
    expected = None if m is None else m.group("q")
    assert _PRE_QUALIFIER.found(pre_text) == expected, pre_text


def test_end_words_take_lower_case_ascii_words_only() -> None:
    with pytest.raises(ValueError, match="lower-case ASCII"):
        EndWords(["Almost"], _PRE_QUALIFIER_RE, "q")


def _full_match(m: regex.Match[str] | None) -> object:
    if m is None:
        return None
    return m.span(), m.groups(), [m.span(g) for g in range(len(find_module.MONEY_GROUPS) + 1)]


def test_one_form_patterns_number_their_groups_as_the_whole() -> None:
    for pattern in (find_module._FORM_1_RE, find_module._FORM_2_RE):
        assert pattern.groupindex == find_module._MONEY_RE.groupindex


def test_a_sign_opens_no_number_and_no_word() -> None:
    assert find_module._SIGN_FIRST
    for c in find_module._SIGN_FIRST:
        assert not regex.match(r"[\d\p{L}]", c), c


@settings(max_examples=800, deadline=None)
@given(_TEXTS)
def test_one_form_patterns_match_what_the_whole_matches(text: str) -> None:
    # at every digit and sign, the form the first character leaves matches as the whole does
    for q, c in enumerate(text):
        if c in find_module._ASCII_DIGITS:
            one = find_module._FORM_2_RE
        elif c in find_module._SIGN_FIRST:
            one = find_module._FORM_1_RE
        else:
            continue
        whole = _MONEY_RE.match(text, q)
        assert _full_match(one.match(text, q)) == _full_match(whole), (text, q)


@pytest.mark.parametrize(
    "text",
    ["$2-3 billion euros", "€21bn (£18.2 billion)", "US$ 5 million", "20 billion kroner",
     "16 to 9 billion", "5 lakh crore", "$5 million won by", "4 billion USD", "＄5 billion"],
)  # fmt: skip
def test_one_form_cases(text: str) -> None:
    assert _spans(money_matches(text, 0, len(text))) == _spans(_MONEY_RE.finditer(text))
    m = _MONEY_RE.match(text)
    one = find_module._FORM_2_RE if text[0].isdigit() else find_module._FORM_1_RE
    assert m is not None
    assert _full_match(one.match(text)) == _full_match(m)
