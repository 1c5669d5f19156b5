"""Issue 10, round 5: cheaper ways to the same answers in the period scan (periods/scan.py).

Each test holds a fast form against the form it replaced, spelled out here as it read
before, on written and generated text; each fails when the fast form answers otherwise.
"""

from __future__ import annotations

import bisect
import random
import re
from collections import Counter
from datetime import date
from itertools import product

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.lexicon.places import FISCAL_NAMED_BY_START_YEAR, FISCAL_START_BY_COUNTRY
from aidclaims.lexicon.words import MONTHS
from aidclaims.money import find_money
from aidclaims.periods import (
    FISCAL_START_MONTH,
    FiscalCalendar,
    Period,
    assign_periods,
    figure_fiscal_calendar,
    find_periods,
    fiscal_start_month,
)
from aidclaims.periods.choose import (
    _ATTACHED_GAP,
    _COMPARED_RE,
    _PART_RE,
    _PARTICIPLE_GAP_RE,
    _paired,
    _past_compared,
    _Peers,
    _refers_back,
    _taken_by_nearer_peer,
    _with_conversions,
    _with_coordinated_year,
)
from aidclaims.periods.grammar import (
    _HEAD_HINT_RE,
    _HEAD_WORDS,
    _UNUSUAL_RE,
    _any_case,
    grammar_words,
    has_unusual,
)
from aidclaims.periods.openers import OPENED_BY
from aidclaims.periods.scan import _cut, _no_lead_pattern, rule_matches
from aidclaims.text.clauses import Located, locate
from aidclaims.text.cues import distance
from aidclaims.text.sentences import find_sentences
from aidclaims.text.trie import trie

# pieces of text: grammar words in several cases, other words, letters outside ASCII next
# to ASCII ones, digits, spaces of several kinds, dashes, slashes and other marks
_PIECES = (
    "in", "In", "IN", "the", "The", "over", "for", "next", "three", "years", "year",
    "period", "of", "a", "by", "end", "since", "from", "pledged", "million", "billion",
    "NATO", "kroner", "é", "café", "naïve", "Ωmega", "in2024", "aid", "s", "x",
    "2024", "2025-26", "3/10/25", "12", "5.6",
    " ", " ", " ", "  ", "\n", "\u00a0", "\u2003", "-", "–", "—", "/", ",", ".", "(", ")",
    "$", "€", "'", "’", "“", "%", ";",
)  # fmt: skip


def _old_no_lead() -> regex.Pattern[str]:
    """The cut pattern as it read before round 5 (a letter run that can give letters back)."""
    return regex.compile(
        rf"""(?r)[^\p{{L}}\p{{N}}\s/–-]
        | (?<!\p{{L}})(?!{trie(grammar_words())}(?!\p{{L}}))(?-i:[A-Za-z])+(?!\p{{L}})""",
        regex.IGNORECASE | regex.VERBOSE,
    )


def _span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def _same_cuts(text: str, old: regex.Pattern[str]) -> None:
    new = _no_lead_pattern()
    n = len(text)
    for lo in range(n + 1):
        for hi in range(lo, min(n, lo + 40) + 1):
            assert _span(new.search(text, lo, hi)) == _span(old.search(text, lo, hi)), (
                text,
                lo,
                hi,
            )


def test_cut_pattern_finds_what_the_old_one_found_on_written_text() -> None:
    old = _old_no_lead()
    for text in (
        "bought 5.6 billion worth of oil over a period of three years",
        "In the first quarter of 2025, NATO pledged in 2024",
        "café over the next three years; naïve in2024 for another",
        "Ωmega in the end, by the end of the year (since March)",
        "the IN year - of – 3/10/25 in\u00a0 2024",
    ):
        _same_cuts(text, old)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_cut_pattern_finds_what_the_old_one_found_on_generated_text(pieces: list[str]) -> None:
    _same_cuts("".join(pieces), _old_no_lead())


def test_cut_pattern_on_random_joins() -> None:
    rng = random.Random(5)
    old = _old_no_lead()
    for _ in range(60):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        _same_cuts(text, old)


def _old_hint() -> re.Pattern[str]:
    """The head hint as it read before round 5: one branch per spelling, digits first."""
    branches = [rf"{digit}\d{{3}}" for digit in "0123456789"]
    branches += [re.escape(m) for m in sorted(MONTHS, key=len, reverse=True)]
    for word in ("Q0", "H0", "FY", "F.Y.", *_HEAD_WORDS):
        rest = r"\d" if word[1] == "0" else _any_case(word[1:])
        for first in sorted({word[0].lower(), word[0].upper()}):
            branches.append(rf"{re.escape(first)}(?<![a-zA-Z].){rest}")
    return re.compile("|".join(branches))


_HEAD_PIECES = (
    *("since", "Since", "SINCE", "year", "Year", "quarter", "QUARTER", "half", "month", "week"),
    *("day", "Day", "fiscal", "Fiscal", "FY", "fy", "F.Y.", "f.y.", "Q1", "q4", "H2", "h1"),
    *("Sept", "Sep", "September", "May", "March", "Mar", "Jun", "July", "Dec", "Aug", "Oct"),
    *("2024", "19", "0123", "7", "fiscally", "Qatar", "Hq", "yearly", "midday", "holiday"),
    *("s", "x", "é", "a", " ", "-", "/", ".", ",", "’", "\n"),
)


def _hint_starts(pattern: re.Pattern[str], text: str, hi: int) -> list[int]:
    return [at for at in range(hi) if pattern.match(text, at, hi) is not None]


def test_head_hint_opens_where_the_old_one_opened() -> None:
    old = _old_hint()
    rng = random.Random(10)
    for _ in range(300):
        text = "".join(rng.choice(_HEAD_PIECES) for _ in range(rng.randint(1, 10)))
        for hi in {len(text), len(text) - 1, len(text) // 2}:
            assert _hint_starts(_HEAD_HINT_RE, text, hi) == _hint_starts(old, text, hi), text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_PIECES), min_size=1, max_size=12))
def test_head_hint_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _hint_starts(_HEAD_HINT_RE, text, len(text)) == _hint_starts(
        _old_hint(), text, len(text)
    )


def test_no_ascii_character_is_unusual() -> None:
    # has_unusual answers False for an ASCII slice without asking the pattern
    assert [c for c in map(chr, range(128)) if _UNUSUAL_RE.search(c)] == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("aK1 .ſİıK٢۵߃०s\u00e9\u2019"), max_size=12),
    st.integers(0, 13),
    st.integers(0, 13),
)
def test_has_unusual_equals_its_pattern(text: str, lo: int, hi: int) -> None:
    assert has_unusual(text, lo, hi) == (_UNUSUAL_RE.search(text, lo, hi) is not None)


_CUT_PIECES = (
    *_PIECES,
    *("xMarch", "March", "Over", "OVER", "tHe", "Fiscal", "_", "\t", "\x0b", "\x1c", "\x85"),
    *("ſ", "K", "İ", "ı", "٢", "a_b", "9a", "Mid", "mid-2025", "~", "\\", "|", "#", "@"),
)


def _same_cut(text: str, old: regex.Pattern[str]) -> None:
    n = len(text)
    for start in range(n + 1):
        for head in range(start, min(n, start + 30) + 1):
            cut = old.search(text, start, head)
            assert _cut(text, start, head) == (start if cut is None else cut.end()), (
                text,
                start,
                head,
            )


def test_cut_equals_the_old_pattern_on_written_text() -> None:
    old = _old_no_lead()
    for text in (
        "bought 5.6 billion worth of oil over a period of three years",
        "NATO pledged xMarch 2024 and OVER THE NEXT three years",
        "in\x1c2024, a_b in 2025; the\tfirst quarter \x85 of 2026",
        "café over the next three years; naïve in2024 for another",
    ):
        _same_cut(text, old)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CUT_PIECES), min_size=1, max_size=12))
def test_cut_equals_the_old_pattern_on_generated_text(pieces: list[str]) -> None:
    _same_cut("".join(pieces), _old_no_lead())


# ---- the comparison test of a period after a figure (periods/choose.py) ----


def _old_past_compared(text: str, p: Period, view: _Peers, m_end: int) -> bool:
    """``_past_compared`` as it read before round 5: both patterns searched in every gap."""
    if p.start < m_end:
        return False
    compared = _COMPARED_RE.search(text, m_end, p.start) is not None
    if not compared and _PART_RE.search(text, m_end, p.start) is None:
        return False
    i = bisect.bisect_right(view.starts, p.start) - 1
    if i < 0:
        return False
    o = view.figures[i]
    gap = text[o.end : p.start]
    if not compared and _PARTICIPLE_GAP_RE.match(gap) is None:
        return False
    return o.start > m_end and len(gap) <= _ATTACHED_GAP and not any(c in gap for c in ",;:()")


_LINKS = (
    *("down from", "UP FROM", "compared with", "than", "versus", "vs.", "including"),
    *("of which", "among them", "comprising", "veſus", "thanks to", "from", "and", "after"),
    *("pledged", "provided in", "announced on"),
)


def _compared_pairs(text: str) -> list[tuple[bool, bool]]:
    located = locate(text, find_money(text), find_sentences(text))
    view = _Peers(text, located)
    out = []
    for loc in located:
        for p in find_periods(text, date(2025, 6, 1), lo=loc.sentence[0], hi=loc.sentence[1]):
            m_end = loc.mention.end
            out.append(
                (_past_compared(text, p, view, m_end), _old_past_compared(text, p, view, m_end))
            )
    return out


def test_past_compared_gate_on_written_text() -> None:
    pairs = []
    for a, b in product(_LINKS, repeat=2):
        pairs += _compared_pairs(f"It gave $5.8 billion this year, {a} $7.5 billion last year.")
        pairs += _compared_pairs(f"It gave $5.8 billion so far, {a} $7.5 billion {b} 2024.")
    assert all(new == old for new, old in pairs)
    assert any(old for _, old in pairs)
    assert not all(old for _, old in pairs)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from((*_LINKS, "$4 million", "€2bn", "in 2023", "last year", ",")), max_size=9
    )
)
def test_past_compared_gate_on_generated_text(words: list[str]) -> None:
    text = "Aid of $5 million " + " ".join(words) + " in 2026."
    assert all(new == old for new, old in _compared_pairs(text))


# ---- fiscal calendars (periods/fiscal.py) ----


def _old_fiscal_start_month(codes: list[str | None]) -> int:
    counts = Counter(c for c in codes if c is not None)
    if not counts:
        return 1
    return FISCAL_START_MONTH.get(counts.most_common(1)[0][0], 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([None, "USD", "INR", "EUR", "GBP", "AUD", "XXX", "JPY"])))
def test_fiscal_start_month_equals_the_counter_form(codes: list[str | None]) -> None:
    # ties go to the first counted, as Counter.most_common(1) gives them
    assert fiscal_start_month(codes) == _old_fiscal_start_month(codes)


def test_fiscal_start_month_ties() -> None:
    assert fiscal_start_month(["EUR", "USD", "USD", "EUR"]) == 1
    assert fiscal_start_month(["USD", "EUR", "EUR", "USD"]) == 10
    assert fiscal_start_month([None, None]) == 1


def _old_calendar(
    parties: tuple[frozenset[str], frozenset[str]], default: int, named: frozenset[str]
) -> FiscalCalendar:
    def calendar(country: str) -> FiscalCalendar:
        return FiscalCalendar(
            FISCAL_START_BY_COUNTRY.get(country, 1), country in FISCAL_NAMED_BY_START_YEAR
        )

    donor, recipient = parties
    if len(donor) == 1:
        return calendar(next(iter(donor)))
    if len(recipient) == 1 and next(iter(recipient)) in FISCAL_START_BY_COUNTRY:
        return calendar(next(iter(recipient)))
    if len(named) == 1 and next(iter(named)) in FISCAL_START_BY_COUNTRY:
        return calendar(next(iter(named)))
    return FiscalCalendar(default)


_COUNTRIES = st.frozensets(
    st.sampled_from(["Japan", "Ukraine", "Bangladesh", "Germany", "India", "Pakistan", "Atlantis"]),
    max_size=2,
)


@settings(max_examples=300, deadline=None)
@given(_COUNTRIES, _COUNTRIES, _COUNTRIES, st.sampled_from([1, 4, 7, 10]))
def test_figure_fiscal_calendar_equals_the_fresh_form(
    donor: frozenset[str], recipient: frozenset[str], named: frozenset[str], default: int
) -> None:
    got = figure_fiscal_calendar((donor, recipient), default, lambda: named)
    assert got == _old_calendar((donor, recipient), default, named)
    assert type(got) is FiscalCalendar


# ---- the view of a sentence's figures, made only where the sentence holds a period ----


def _old_nearest(
    text: str, periods: tuple[Period, ...], view: _Peers, loc: Located, *, anchored: bool
) -> Period | None:
    """``_nearest`` as it read before round 5: a lone period of the clause ranked too."""
    m = loc.mention
    for lo, hi in (loc.clause, loc.sentence):
        inside = [
            p
            for p in periods
            if lo <= p.start
            and p.end <= hi
            and not (p.start < m.end and m.start < p.end)
            and not _past_compared(text, p, view, m.end)
        ]
        if inside:
            ranked = sorted(
                inside,
                key=lambda p: (
                    anchored and p.period_start is None and p.period_end is None,
                    distance(p, m.start, m.end),
                    p.start > m.start,
                ),
            )
            m_end = _with_conversions(text, view, loc)
            return next(
                (p for p in ranked if not _taken_by_nearer_peer(text, p, view, loc, m_end)),
                ranked[0],
            )
    return None


def _old_assign(text: str, located: list[Located], published: date | None) -> list[Period | None]:
    """``assign_periods`` as it read before round 5: a view made for every figure's sentence,
    rule 3 asked for every figure, ``_old_nearest``."""
    found: dict[tuple[int, int], tuple[Period, ...]] = {}
    groups: dict[int, list[Located]] = {}
    rank: list[int] = []
    for loc in located:
        group = groups.setdefault(loc.sentence_index, [])
        rank.append(len(group))
        group.append(loc)
    starts_of = {k: [g.mention.start for g in v] for k, v in groups.items()}
    listed: dict[tuple[int, int], bool] = {}
    last_in: dict[int, int] = {}
    out: list[Period | None] = []
    for i, loc in enumerate(located):
        if loc.sentence not in found:
            found[loc.sentence] = find_periods(
                text, published, lo=loc.sentence[0], hi=loc.sentence[1]
            )
        periods = found[loc.sentence]
        starts = starts_of[loc.sentence_index]
        a = bisect.bisect_left(starts, loc.sentence[0])
        b = bisect.bisect_left(starts, loc.sentence[1])
        view = _Peers(text, groups[loc.sentence_index][a:b])
        period = _paired(text, periods, view, rank[i] - a, listed)
        if period is None and periods:
            period = _old_nearest(text, periods, view, loc, anchored=published is not None)
            if period is not None and len(view.figures) == 1:
                period = _with_coordinated_year(text, period, periods)
        if period is None and _refers_back(text, loc):
            prev = last_in.get(loc.sentence_index - 1)
            if prev is not None:
                period = out[prev]
        out.append(period)
        last_in[loc.sentence_index] = i
    return out


_SENTENCES = (
    "Norway gave $5 million in 2024.",
    "The sum would comprise $2 million for food.",
    "This includes $1 million and $3 million.",
    "In 2023 and 2024, NOK 2.5 billion and NOK 7 billion were allocated.",
    "Italy pledged €4 million, up from €3 million last year.",
    "It will add $6 million.",
    "Aid rose to $9 million.",
    "The €20 billion pledged this quarter adds to the €50 billion provided throughout 2024.",
    "The €20 billion pledged this quarter adds to the €50 billion.",
    "Japan gave ¥5 billion (£30 million, $38 million) for 2018 and $2 million in 2019.",
)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6), st.booleans())
def test_assign_periods_equals_the_old_loop(sentences: list[str], dated: bool) -> None:
    text = " ".join(sentences)
    located = locate(text, find_money(text), find_sentences(text))
    published = date(2025, 3, 1) if dated else None
    assert assign_periods(text, located, published) == _old_assign(text, located, published)


def test_a_sentence_without_a_period_still_refers_back() -> None:
    text = " ".join(_SENTENCES[:2])
    located = locate(text, find_money(text), find_sentences(text))
    got = assign_periods(text, located, date(2025, 3, 1))
    assert [None if p is None else p.text for p in got] == ["in 2024", "in 2024"]


# ---- which rule a match took (periods/openers.py, Rules.rule_of) ----

_PHRASES = (
    *("in 2024", "by the end of 2026", "since August 2017", "the first quarter of 2025", "FY2025"),
    *("over the next three years", "this year", "last October", "June 24-25", "2024-2026"),
    *("in March 2025", "in January", "for three years from 1 July 2025", "from 2026", "Q3"),
    *("between 2023 and 2025", "the first three months of 2025", "a three-year plan", "mid-2025"),
    *("fiscal 2019", "July-March of FY2023-24", "since the 2022 invasion", "the year 2023"),
)


def _rule_by_groups(m: regex.Match[str]) -> str:
    (rule,) = [n for n in OPENED_BY if n in m.re.groupindex and m.start(n) >= 0]
    return rule


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from((*_PHRASES, "aid", ",", "$5 million", "and")), max_size=6))
def test_rule_of_names_the_rule_whose_group_took_part(parts: list[str]) -> None:
    text = " ".join(parts)
    for rule, m in rule_matches(text, 0, len(text)):
        assert rule == _rule_by_groups(m), (text, m.group())


def test_rule_of_on_every_phrase() -> None:
    inner = 0
    for phrase in _PHRASES:
        text = f"Aid {phrase}, officials said."
        for rule, m in rule_matches(text, 0, len(text)):
            assert rule == _rule_by_groups(m), phrase
            inner += m.lastgroup != rule
    assert inner > 0  # the last group closed is often one inside the rule's
