"""Find time expressions in a sentence, resolved to calendar periods (first and last day).

One compiled pattern holds one alternative per rule, most specific first, so at any
position the longest construction wins ("the first quarter of 2025", not "2025"); matches
come back in text order and never overlap. Each rule's builder turns its match into dates.

The choices each builder makes are listed in :mod:`aidclaims.periods`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from aidclaims.lexicon.words import MONTHS
from aidclaims.periods._table import (
    NUMBER_WORDS,
    ORDINALS,
    RELATIVE,
    ROLLING,
    ROLLING_AFTER_THE,
    UNITS,
    YEAR_PARTS,
    YEAR_VETO_AFTER,
    YEAR_VETO_BEFORE,
)
from aidclaims.periods.dates import (
    DAY,
    Dates,
    add_months,
    bare_month_year,
    calendar_unit,
    fiscal_start_year,
    fiscal_year,
    last_day,
    months_from,
    months_within,
    rolling,
    shift,
)
from aidclaims.periods.grammar import anchor_pattern, grammar_words
from aidclaims.periods.scan import period_matches as _matches  # noqa: F401 (tests read it)
from aidclaims.periods.scan import rule_matches
from aidclaims.text.lazy import lazy_compile
from aidclaims.text.listed import listed_words

_ANCHOR_REACH: Final = 300  # how far back "from July 1st" may anchor a duration
_TOKEN_BEFORE_RE: Final = lazy_compile(r"(\S+)\s*$")
_TOKEN_AFTER_RE: Final = lazy_compile(r"\s*([\p{L}%]+)\b|[\s.-]\d")
_PHONE_BEFORE_RE: Final = lazy_compile(r"\d[\s.-]$")

_UNRESOLVED: Final[Dates] = (None, None)


@dataclass(frozen=True, slots=True)
class Period:
    """A time expression ``text[start:end]`` and the calendar period it names.

    ``period_start`` / ``period_end`` are None when unknown: an open end ("by 2027" has no
    start) or a relative expression with no publication date to resolve against.
    """

    start: int
    end: int
    text: str
    period_start: date | None
    period_end: date | None


class _Ctx(NamedTuple):
    text: str
    lo: int
    hi: int
    published: date | None
    fiscal_start: int
    named_by_start: bool = False

    def fiscal_start_of(self, year: int) -> int:
        """The start year of the fiscal year named ``year``.

        "FY2025" ends in 2025 (US, India, Pakistan); Japan's "fiscal 2019" starts in 2019.
        """
        return year if self.named_by_start else year - 1


def find_periods(
    text: str,
    published: date | None = None,
    *,
    fiscal_start_month: int = 1,
    fiscal_named_by_start: bool = False,
    lo: int = 0,
    hi: int | None = None,
) -> tuple[Period, ...]:
    """Find the time expressions wholly inside ``text[lo:hi]``, in order, without overlaps.

    Args:
        text: the document text; offsets index it.
        published: publication date that relative expressions ("this year") resolve against.
        fiscal_start_month: month the document's fiscal year starts (1 calendar, 4 India/UK,
            7 Australia, 10 US).
        fiscal_named_by_start: whether a one-year fiscal name is its start year (Japan's
            "fiscal 2019" is April 2019 to March 2020), not its end year ("FY2025" in the US).
        lo: start of the searched slice (a sentence's start).
        hi: end of the searched slice; None for the end of ``text``.

    Returns:
        The periods found; see the module docstring for how each kind resolves.

    >>> for p in find_periods("Aid in the first quarter of 2025 beat 2024-26 levels."):
    ...     print(p.start, p.end, p.text, p.period_start, p.period_end)
    4 32 in the first quarter of 2025 2025-01-01 2025-03-31
    38 45 2024-26 2024-01-01 2026-12-31
    """
    if not 1 <= fiscal_start_month <= 12:
        raise ValueError(f"fiscal_start_month must be 1..12, not {fiscal_start_month}")
    hi = len(text) if hi is None else min(hi, len(text))
    ctx: _Ctx | None = None  # made at the first match (most sentences hold none)
    out: list[Period] = []
    for rule, m in rule_matches(text, lo, hi):
        if ctx is None:
            ctx = _Ctx(text, lo, hi, published, fiscal_start_month, fiscal_named_by_start)
        try:
            dates = _BUILDERS[rule](m, ctx)
        except (ValueError, OverflowError):  # 'next year' on 9999-12-31: off the calendar
            dates = (None, None)  # the period keeps its text, with no dates (issue #13)
        if dates is not None:
            out.append(Period(m.start(), m.end(), m.group(), *dates))
    return tuple(out)


# ---- match helpers ----------------------------------------------------------------------
def _int(m: regex.Match[str], group: str) -> int | None:
    value = m.group(group)
    return None if value is None else int(value)


def _fold(word: str) -> str:
    """``word`` lower-cased as the case-blind grammar reads it ("laſt" is "last").

    >>> _fold("Last"), _fold("laſt"), _fold("thİs"), _fold("février")
    ('last', 'last', 'this', 'février')
    """
    low = word.lower()
    return low if low.isascii() else listed_words(word, grammar_words()).lower()


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[_fold(word)]


def _year_of(m: regex.Match[str], four: str, two: str, century_of: int = 2000) -> int | None:
    """A year from a four-digit group, or a two-digit one completed with ``century_of``."""
    year = _int(m, four)
    short = _int(m, two)
    return year if year is not None or short is None else century_of // 100 * 100 + short


def _point_span(m: regex.Match[str], p: str, c: _Ctx, fallback_year: int | None) -> Dates:
    """Resolve the ``point(p)`` groups of ``m`` (a month without a year takes the fallback).

    The fallback is ``fallback_year`` (the other end of a span), else the publication year.
    """
    year = _int(m, f"{p}_y")
    if m.group(f"{p}_rel") or m.group(f"{p}_cur"):
        if c.published is None:
            return _UNRESOLVED
        offset = RELATIVE[_fold(m.group(f"{p}_rel"))] if m.group(f"{p}_rel") else 0
        return calendar_unit(c.published, "year", offset)
    if month_name := m.group(f"{p}_mon"):
        month = MONTHS[month_name]
        year = year or fallback_year or (c.published.year if c.published else None)
        if year is None:
            return _UNRESOLVED
        day = _int(m, f"{p}_day")
        if day is None:
            return calendar_unit(date(year, month, 1), "month", 0)
        if not 1 <= day <= last_day(year, month):
            return _UNRESOLVED
        return date(year, month, day), date(year, month, day)
    assert year is not None
    if m.group(f"{p}_fy") and c.fiscal_start != 1:
        return fiscal_year(c.fiscal_start_of(year), c.fiscal_start)
    return date(year, 1, 1), date(year, 12, 31)


def _year_base(m: regex.Match[str], c: _Ctx) -> date | None:
    """First day of the (fiscal) year of a quarter, half or "first N months"; None if unknown.

    Without a year named, the publication year's.
    """
    fiscal = m.group("q_fy") is not None and c.fiscal_start != 1
    year = _year_of(m, "q_y", "q_yy")
    if year is not None:
        return date(c.fiscal_start_of(year), c.fiscal_start, 1) if fiscal else date(year, 1, 1)
    if c.published is None:
        return None
    offset = RELATIVE[_fold(m.group("q_rel"))] if m.group("q_rel") else 0
    if fiscal:
        return date(fiscal_start_year(c.published, c.fiscal_start) + offset, c.fiscal_start, 1)
    return date(c.published.year + offset, 1, 1)


def _year_pair(first: int, second: int, c: _Ctx, two_digit: bool) -> Dates | None:
    """``2025-26``: a fiscal year when fiscal years are not calendar ones; else a span."""
    if not first < second <= first + 50:
        return None
    if two_digit and second == first + 1 and c.fiscal_start != 1:
        return fiscal_year(first, c.fiscal_start)
    return date(first, 1, 1), date(second, 12, 31)


def _bare_year_vetoed(c: _Ctx, start: int, end: int) -> bool:
    """A bare year that reads as a count, a number or part of a phone number."""
    before = c.text[max(c.lo, start - 24) : start]
    token = _TOKEN_BEFORE_RE.search(before)
    if token and token.group(1).strip("(").lower() in YEAR_VETO_BEFORE:
        return True
    if _PHONE_BEFORE_RE.search(before):
        return True
    after = _TOKEN_AFTER_RE.match(c.text, end, c.hi)
    return after is not None and (
        after.group(1) is None or after.group(1).lower() in YEAR_VETO_AFTER
    )


# ---- builders: one per rule; None drops the match -----------------------------------------
def _since(m: regex.Match[str], c: _Ctx) -> Dates | None:
    start, _ = _point_span(m, "s", c, None)
    if start is None or c.published is None:
        return start, None
    if start > c.published and m.group("s_mon") and not m.group("s_y"):
        start = add_months(start, -12)  # "since September", said in March
    return (start, c.published) if start <= c.published else (start, None)


def _until(m: regex.Match[str], c: _Ctx) -> Dates | None:
    return None, _point_span(m, "u", c, None)[1]


def _span(m: regex.Match[str], c: _Ctx) -> Dates | None:
    start, _ = _point_span(m, "a", c, _int(m, "b_y"))
    _, end = _point_span(m, "b", c, _int(m, "a_y"))
    if start is None or end is None:
        return _UNRESOLVED
    return (start, end) if start <= end else None


def _first_n(m: regex.Match[str], c: _Ctx) -> Dates | None:
    months = _number(m.group("num")) * UNITS[_fold(m.group("unit"))][0]
    if not 1 <= months <= 12:
        return None
    base = _year_base(m, c)
    if base is None:
        return _UNRESOLVED
    if _fold(m.group("edge")) == "first":
        return months_from(base, months)
    return months_from(add_months(base, 12 - months), months)


def _year_part(m: regex.Match[str], c: _Ctx) -> Dates | None:
    has_year = any(m.group(g) for g in ("q_y", "q_yy", "q_rel", "q_cur"))
    if m.group("ql"):
        part = "quarter" if m.group("ql") == "Q" else "half"
        index = int(m.group("qn"))
        if part == "half" and not has_year:
            return None  # "H2" alone is more often hydrogen than a half-year
    else:
        part, word = _fold(m.group("part")), _fold(m.group("ord"))
        index = ORDINALS[word]
        if word == "last" and not has_year:  # "last quarter": the previous one
            return calendar_unit(c.published, part, -1) if c.published else _UNRESOLVED
    size = YEAR_PARTS[part]
    index = 12 // size if index == -1 else index
    if not 1 <= index <= 12 // size:
        return None
    base = _year_base(m, c)
    return months_from(add_months(base, size * (index - 1)), size) if base else _UNRESOLVED


def _fiscal(m: regex.Match[str], c: _Ctx) -> Dates | None:
    whole = _fiscal_year(m, c)
    if whole is None or whole[0] is None or not m.group("fm1"):
        return whole
    # "July-March of FY2023-24"
    return months_within(whole[0], MONTHS[m.group("fm1")], MONTHS[m.group("fm2")])


def _fiscal_year(m: regex.Match[str], c: _Ctx) -> Dates | None:
    if m.group("rel"):
        if c.published is None:
            return _UNRESOLVED
        start_year = fiscal_start_year(c.published, c.fiscal_start)
        return fiscal_year(start_year + RELATIVE[_fold(m.group("rel"))], c.fiscal_start)
    year = _year_of(m, "y", "yy")
    assert year is not None
    second = _year_of(m, "y2", "yy2", year)
    if second is not None:
        return _year_pair(year, second, c, m.group("yy2") is not None)
    if c.fiscal_start == 1:
        return date(year, 1, 1), date(year, 12, 31)
    return fiscal_year(c.fiscal_start_of(year), c.fiscal_start)


def _rel_n(m: regex.Match[str], c: _Ctx) -> Dates | None:
    offset, n = RELATIVE[_fold(m.group("rel"))], _number(m.group("num"))
    if offset == 0 or n == 0:
        return None  # "this three years", "the next 0 days" are no periods
    if c.published is None:
        return _UNRESOLVED
    return rolling(c.published, _fold(m.group("unit")), n, offset > 0)


def _rel_one(m: regex.Match[str], c: _Ctx) -> Dates | None:
    if c.published is None:
        return _UNRESOLVED
    rel, unit = _fold(m.group("rel")), _fold(m.group("unit"))
    offset = RELATIVE[rel]
    if rel in ROLLING or (m.group("the") and rel in ROLLING_AFTER_THE):
        return rolling(c.published, unit, 1, offset > 0)
    start, end = calendar_unit(c.published, unit, offset)
    edge = _fold(m.group("edge") or "")
    if offset == 0 and edge == "earlier":
        return start, c.published
    if offset == 0 and edge == "later":
        return c.published, end
    return start, end


def _rel_month(m: regex.Match[str], c: _Ctx) -> Dates | None:
    if c.published is None:
        return _UNRESOLVED
    month, now = MONTHS[m.group("mon")], c.published
    offset = RELATIVE[_fold(m.group("rel"))]
    year = now.year
    if offset < 0 and month >= now.month:  # "last October": the latest one before this month
        year -= 1
    elif offset > 0 and month <= now.month:
        year += 1
    return calendar_unit(date(year, month, 1), "month", 0)


def _day(m: regex.Match[str], c: _Ctx) -> Dates | None:
    return None


def _year_range(m: regex.Match[str], c: _Ctx) -> Dates | None:
    year = int(m.group("y"))
    second = _year_of(m, "y2", "yy2", year)
    assert second is not None
    return _year_pair(year, second, c, m.group("yy2") is not None)


def _month_year(m: regex.Match[str], c: _Ctx) -> Dates | None:
    return calendar_unit(date(int(m.group("y")), MONTHS[m.group("mon")], 1), "month", 0)


def _bare_month(m: regex.Match[str], c: _Ctx) -> Dates | None:
    if c.published is None:
        return _UNRESOLVED
    month, before = MONTHS[m.group("mon")], c.text[max(c.lo, m.start() - 60) : m.start()]
    return calendar_unit(date(bare_month_year(c.published, month, before), month, 1), "month", 0)


def _duration(m: regex.Match[str], c: _Ctx) -> Dates | None:
    n = _number(m.group("num"))
    if n == 0:
        return None
    anchor = m
    if not any(m.start(f"f_{g}") >= 0 for g in ("y", "mon", "rel", "cur")):
        anchors = list(
            anchor_pattern().finditer(c.text, max(c.lo, m.start() - _ANCHOR_REACH), m.start())
        )
        if not anchors:
            return _UNRESOLVED
        anchor = anchors[-1]
    start, _ = _point_span(anchor, "f", c, None)
    if start is None:
        return _UNRESOLVED
    return start, shift(start, _fold(m.group("unit")), n) - DAY


def _onward(m: regex.Match[str], c: _Ctx) -> Dates | None:
    start, _ = _point_span(m, "o", c, None)
    return _UNRESOLVED if start is None else (start, None)


def _year(m: regex.Match[str], c: _Ctx) -> Dates | None:
    bare = not (m.group("yprep") or m.group("yword") or m.group("edge"))
    if bare and _bare_year_vetoed(c, m.start(), m.end()):
        return None
    year = int(m.group("y"))
    return date(year, 1, 1), date(year, 12, 31)


_BUILDERS: Final[Mapping[str, Callable[[regex.Match[str], _Ctx], Dates | None]]] = MappingProxyType(
    {
        builder.__name__[1:]: builder
        for builder in (
            *(_since, _until, _span, _first_n, _year_part, _fiscal, _rel_n, _rel_one, _onward),
            *(_rel_month, _day, _year_range, _month_year, _bare_month, _duration, _year),
        )
    }
    | {"duration_after": _duration}  # the anchor is in the match: "over five years from 2026"
)
