"""Fiscal calendars: the month a fiscal year starts in, by country, else by the main currency.

A fiscal year follows the country whose budget it is, not the currency it is counted in:
"Bangladesh expects $5 billion in foreign aid in FY2024-25" is July to June, "the State
Department requested $2 billion in FY2025" October to September. The pipeline asks for the
figure's donor's country first, then its recipient's (aid received in its budget), and falls
back on the document's most used currency.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import Final, NamedTuple

from aidclaims.lexicon.places import FISCAL_NAMED_BY_START_YEAR, FISCAL_START_BY_COUNTRY

#: Month the fiscal year starts in, by the document's main currency: the fallback when a
#: figure names no country ("FY2025", "2025-26").
FISCAL_START_MONTH: Final[Mapping[str, int]] = MappingProxyType(
    {
        "INR": 4,
        "GBP": 4,
        "JPY": 4,
        "CAD": 4,
        "AUD": 7,
        "NZD": 7,
        "PKR": 7,
        "EGP": 7,
        "BDT": 7,
        "USD": 10,
    }
)


def fiscal_start_month(codes: Sequence[str | None]) -> int:
    """The document's fiscal-year start month, from its most used currency.

    >>> fiscal_start_month(["INR", None, "USD", "INR"]), fiscal_start_month([None])
    (4, 1)
    """
    counts: dict[str, int] = {}
    for code in codes:
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return 1
    # the first counted of the most used, as Counter.most_common(1) gives it
    return FISCAL_START_MONTH.get(max(counts, key=counts.__getitem__), 1)


class FiscalCalendar(NamedTuple):
    """When a fiscal year starts, and whether a one-year name ("fiscal 2019") is its start."""

    start_month: int
    named_by_start: bool = False


def figure_fiscal_calendar(
    parties: Iterable[frozenset[str]], default: int, sentence: Callable[[], frozenset[str]]
) -> FiscalCalendar:
    """The fiscal calendar of one figure: the country whose budget it is.

    ``parties`` are the countries of the donor, then of the recipient: the donor's country
    when it names one; else the recipient's when its fiscal year is not the calendar one;
    else the one country the sentence names (``sentence`` is called only then); else the
    document's ``default`` month.

    >>> none = lambda: frozenset()
    >>> figure_fiscal_calendar([frozenset({"Japan"}), frozenset({"Ukraine"})], 10, none)
    FiscalCalendar(start_month=4, named_by_start=True)
    >>> figure_fiscal_calendar([frozenset(), frozenset({"Bangladesh"})], 10, none).start_month
    7
    >>> figure_fiscal_calendar([frozenset({"Germany"}), frozenset()], 10, none).start_month
    1
    >>> figure_fiscal_calendar([frozenset(), frozenset({"Ukraine"})], 10, none).start_month
    10
    """
    donor, recipient = parties
    if len(donor) == 1:
        return _calendar(next(iter(donor)))
    if len(recipient) == 1 and next(iter(recipient)) in FISCAL_START_BY_COUNTRY:
        return _calendar(next(iter(recipient)))
    named = sentence()
    if len(named) == 1 and next(iter(named)) in FISCAL_START_BY_COUNTRY:
        return _calendar(next(iter(named)))
    return _by_month(default)


@cache
def _calendar(country: str) -> FiscalCalendar:
    """A country's calendar, made once (a NamedTuple is built in Python, not cheaply)."""
    return FiscalCalendar(
        FISCAL_START_BY_COUNTRY.get(country, 1), country in FISCAL_NAMED_BY_START_YEAR
    )


@cache
def _by_month(month: int) -> FiscalCalendar:
    return FiscalCalendar(month)
