"""Issue 10: the period scan tries only the rules that can open where it tries a match.

``scan.rule_matches`` tries the pattern only at the positions between a cut and a head where
a word opens with a letter or digit a rule can open with (``scan._opens``), with only the rules
that can open with that word (``openers.rules_at``, ``openers.rules_pattern``), and goes on to
the next head when none matches. These tests compare each shortcut with the whole pattern on
text made of the grammar's own words, in every case, and the scan with the scan before it.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.lexicon.words import MONTHS
from aidclaims.periods import _table as table
from aidclaims.periods.grammar import (
    FIRST_LOOK,
    OPENERS,
    RULES,
    compile_grammar,
    has_unusual,
    head_pattern,
    period_pattern,
)
from aidclaims.periods.openers import (
    DIGIT,
    FISCAL,
    MONTH,
    OPENED_BY,
    QUARTER,
    all_rules,
    rules_at,
    rules_pattern,
)
from aidclaims.periods.scan import _opens, rule_matches

_WORDS = sorted(
    {
        word
        for entries in (
            table.PREPOSITIONS,
            table.UNTIL_WORDS,
            table.ANCHOR_WORDS,
            table.RELATIVE,
            table.ORDINALS,
            table.NUMBER_WORDS,
            table.UNITS,
            OPENERS,
        )
        for entry in entries
        for word in (entry, *entry.split())
    }
    | {"of", "and", "to", "a", "period", "end", "start", "another", "onwards", "aid", "into"}
)
_OTHER = [
    *(f"{word}s" for word in ("year", "month", "quarter", "week", "day")),
    *MONTHS,
    *("2024", "2025", "1999", "25", "3", "12", "1st", "2025-26", "2024/25", "3/10/25"),
    *("FY", "FY2025", "F.Y.", "fy", "FYI", "Q1", "q2", "H2", "H", "Q", "fiscal", "mid-2025"),
    *(" ", " ", " ", "  ", "\n", ", ", ". ", "-", "–", "/", "(", ")", "’", "'", "$", "_", "é"),
]
_PIECES = st.one_of(
    st.sampled_from(_WORDS).flatmap(lambda w: st.sampled_from([w, w.capitalize(), w.upper()])),
    st.sampled_from(_OTHER),
)
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


def _spans(m: regex.Match[str], rule: str) -> dict[str, tuple[int, int]]:
    """The span of the match and of every group of its rule."""
    rule_pattern = compile_grammar(rf"(?P<{rule}>{dict(RULES)[rule]})")
    return {"": m.span(), **{g: m.span(g) for g in rule_pattern.groupindex}}


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_rules_that_open_at_a_position_match_what_the_whole_grammar_does(text: str) -> None:
    whole = all_rules()
    for at in range(len(text)):
        expected = whole.pattern.match(text, at)
        if not _opens(text, at):
            assert expected is None, (text, at)
            continue
        rules = rules_pattern(rules_at(text, at)) if rules_at(text, at) else None
        got = None if rules is None else rules.pattern.match(text, at)
        assert (got is None) == (expected is None), (text, at)
        if got is not None and expected is not None and rules is not None:
            rule = whole.rule_of(expected)
            assert rules.rule_of(got) == rule
            assert _spans(got, rule) == _spans(expected, rule)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from([name for name, _ in RULES]))
def test_a_rule_matches_only_where_it_is_said_to_open(text: str, rule: str) -> None:
    alone = compile_grammar(rf"{FIRST_LOOK}(?P<{rule}>{dict(RULES)[rule]})")
    for at in range(len(text)):
        if alone.match(text, at) is not None:
            assert rule in rules_at(text, at), (text, at)


# what may follow a rule's first word: with each word of _WORDS before it (or none), every
# rule's match at the start must be allowed by ``rules_at``
_CONTINUATIONS = (
    *("2025", "2025 fiscal year", "2024-2026", "2025-26", "year 2023", "year", "years", "-2025"),
    *("next year", "the year", "calendar year 2023", "quarter", "half of 2025", "month"),
    *("three years", "three months", "first three months of 2025", "the first quarter of 2025"),
    *("quarter of the year", "year starting in 2026", "three years from 1 July 2025"),
    *("March", "March 2025", "June 24-25", "5 March 2025", "2025-03-05", "3/10/25", "May"),
    *("-year", "-month", "fiscal", "fiscal year", "FY2025", "Q1 2025", "H2", "of 2025"),
    *("2023 and 2025", "March 2024 to June 2025", "the end of 2026", "the 2022 invasion"),
    *("July 1st, over a period of three years", "over three years", "of next year", "2026"),
    *("the next five years", "last five years", "next fiscal year", "fiscal 2019", "1st"),
    *("on 1 May, for two years", "than 2027", "later than 2027", "until 2027", "of 2026"),
    *("this year", "this three years", "earlier this year", "October", "later"),
)


def test_every_rule_opens_only_with_its_words_before_these_phrases() -> None:
    alone = {
        name: compile_grammar(rf"{FIRST_LOOK}(?P<{name}>{pattern})") for name, pattern in RULES
    }
    whole = all_rules()
    firsts = ["", *(f"{v} " for w in _WORDS for v in {w, w.capitalize(), w.upper()})]
    for first in firsts:
        for rest in _CONTINUATIONS:
            text = f"{first}{rest}"
            opening = rules_at(text, 0)
            for name, pattern in alone.items():
                if pattern.match(text) is not None:
                    assert name in opening, (text, name)
            expected = whole.pattern.match(text)
            if expected is not None:
                got = rules_pattern(opening).pattern.match(text)
                assert got is not None, text
                assert _spans(got, whole.rule_of(expected)) == _spans(
                    expected, whole.rule_of(expected)
                )


def test_the_marks_and_words_that_open_rules_are_the_grammar_openers() -> None:
    words = frozenset().union(*OPENED_BY.values()) - {DIGIT, MONTH, QUARTER, FISCAL}
    # "1st" ... open with a digit; every other opener opens some rule, and no rule opens
    # with a word the first look of the grammar refuses
    assert words == OPENERS
    assert set(OPENED_BY) == {name for name, _ in RULES}


def test_a_mark_is_read_in_either_case_and_a_month_only_capitalised() -> None:
    assert rules_at("q1", 0) == rules_at("Q1", 0) == ("year_part",)
    assert rules_at("f.y. 2025", 0) == rules_at("FY25", 0) == ("fiscal",)
    assert "day" in rules_at("May 5", 0)
    assert rules_at("may 5", 0) == ()
    assert rules_at("aid", 0) == rules_at("into", 0) == ()


def _scan_from_lead(text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """The scan before issue 10: the pattern searched from 64 characters before each head."""
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


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join), st.integers(0, 12))
def test_the_scan_finds_what_the_lead_scan_finds(text: str, cut: int) -> None:
    lo = min(cut, len(text))
    whole = all_rules()
    expected = [
        (m.span(), whole.rule_of(m))
        for m in _scan_from_lead(text, lo, len(text))
        if whole.rule_of(m) != "day"  # day dates are dropped
    ]
    got = [(m.span(), rule) for rule, m in rule_matches(text, lo, len(text)) if rule != "day"]
    assert got == expected


def test_a_failed_head_leaves_the_match_after_it_to_the_next_head() -> None:
    # "years" heads no match; "in 2024" after it is found from its own head
    text = "for three to four years, then aid in 2024 and over the next two years"
    assert not has_unusual(text, 0, len(text))
    found = [(rule, m.group()) for rule, m in rule_matches(text, 0, len(text))]
    assert found == [("year", "in 2024"), ("rel_n", "over the next two years")]
