"""Date arithmetic: month lengths, shifts, calendar units, rolling spans, fiscal years."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Final

import regex

from aidclaims.periods._table import UNITS, YEAR_PARTS
from aidclaims.text.lazy import lazy_compile

#: A period's first and last day; None when unknown.
Dates = tuple[date | None, date | None]
DAY: Final = timedelta(days=1)


def last_day(year: int, month: int) -> int:
    """Number of days in a month.

    >>> last_day(2024, 2), last_day(2025, 2), last_day(2025, 12)
    (29, 28, 31)
    """
    return calendar.monthrange(year, month)[1]


def add_months(d: date, months: int) -> date:
    """Shift ``d`` by whole months, clamping the day to the target month's length.

    >>> add_months(date(2025, 1, 31), 1), add_months(date(2025, 3, 10), -14)
    (datetime.date(2025, 2, 28), datetime.date(2024, 1, 10))
    """
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, last_day(year, month + 1)))


def shift(d: date, unit: str, n: int) -> date:
    """Shift ``d`` by ``n`` units from UNITS (years, quarters, months, weeks, days).

    >>> shift(date(2024, 9, 5), "year", 3), shift(date(2025, 3, 10), "week", -2)
    (datetime.date(2027, 9, 5), datetime.date(2025, 2, 24))
    """
    months, days = UNITS[unit]
    return add_months(d, months * n) + timedelta(days=days * n)


def months_from(start: date, months: int) -> Dates:
    """The ``months`` months beginning on ``start``.

    >>> months_from(date(2024, 10, 1), 12)
    (datetime.date(2024, 10, 1), datetime.date(2025, 9, 30))
    """
    return start, add_months(start, months) - DAY


def fiscal_year(start_year: int, start_month: int) -> Dates:
    """The fiscal year that starts in ``start_month`` of ``start_year``.

    >>> fiscal_year(2025, 4)
    (datetime.date(2025, 4, 1), datetime.date(2026, 3, 31))
    """
    return months_from(date(start_year, start_month, 1), 12)


def fiscal_start_year(d: date, start_month: int) -> int:
    """The year in which the fiscal year holding ``d`` starts.

    >>> fiscal_start_year(date(2026, 2, 2), 4), fiscal_start_year(date(2026, 2, 2), 1)
    (2025, 2026)
    """
    return d.year if d.month >= start_month else d.year - 1


def calendar_unit(d: date, unit: str, offset: int) -> Dates:
    """The calendar year, half, quarter, month or week holding ``d``, moved by ``offset``.

    >>> calendar_unit(date(2025, 3, 10), "quarter", -1)
    (datetime.date(2024, 10, 1), datetime.date(2024, 12, 31))
    >>> calendar_unit(date(2025, 3, 10), "week", 0)
    (datetime.date(2025, 3, 10), datetime.date(2025, 3, 16))
    """
    if unit == "week":
        monday = d - timedelta(days=d.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    size = YEAR_PARTS.get(unit) or UNITS[unit][0]
    first = date(d.year, (d.month - 1) // size * size + 1, 1)
    return months_from(add_months(first, size * offset), size)


def rolling(d: date, unit: str, n: int, forward: bool) -> Dates:
    """``n`` units forward from ``d`` (ending the day before), or back from ``d`` to ``d``.

    >>> rolling(date(2024, 9, 5), "year", 3, True)
    (datetime.date(2024, 9, 5), datetime.date(2027, 9, 4))
    >>> rolling(date(2025, 3, 10), "month", 4, False)
    (datetime.date(2024, 11, 10), datetime.date(2025, 3, 10))
    """
    if forward:
        return d, shift(d, unit, n) - DAY
    return shift(d, unit, -n), d


def months_within(begin: date, first: int, last: int) -> Dates:
    """From month ``first`` to the end of month ``last``, in the year that starts on ``begin``.

    "July-March of FY2023-24" in Pakistan's fiscal year (from 2023-07-01):

    >>> months_within(date(2023, 7, 1), 7, 3)
    (datetime.date(2023, 7, 1), datetime.date(2024, 3, 31))
    """
    start = date(begin.year if first >= begin.month else begin.year + 1, first, 1)
    end_year = start.year if last >= first else start.year + 1
    return start, date(end_year, last, last_day(end_year, last))


# The tense of the words before a bare month: "was raised in early November" (said in April)
# is last November; "will be paid in March" (said in May) is next March.
_PAST_RE: Final = lazy_compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", regex.IGNORECASE)
_FUTURE_RE: Final = lazy_compile(r"\b(?:will|shall|is\s+to|are\s+to|due)\b", regex.IGNORECASE)


def bare_month_year(published: date, month: int, before: str) -> int:
    """The year of a month named without one, from the publication date and the tense before.

    >>> bare_month_year(date(2024, 4, 16), 11, "the appeal was raised in early")
    2023
    >>> bare_month_year(date(2024, 5, 1), 3, "the next tranche will be paid in")
    2025
    >>> bare_month_year(date(2024, 5, 1), 3, "the tranche was paid in")
    2024
    """
    if month > published.month and _PAST_RE.search(before) and not _FUTURE_RE.search(before):
        return published.year - 1
    if month < published.month and _FUTURE_RE.search(before):
        return published.year + 1
    return published.year
