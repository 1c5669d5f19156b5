"""Fiscal calendars: the month a document's fiscal year starts in, from its main currency."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

#: Month the fiscal year starts in, by the document's main currency ("FY2025", "2025-26").
#: Sources: national budget calendars (India, UK, Japan, Canada: April; Australia, New
#: Zealand, Pakistan, Egypt: July; United States: October). Others: calendar year.
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
    counts = Counter(c for c in codes if c is not None)
    if not counts:
        return 1
    return FISCAL_START_MONTH.get(counts.most_common(1)[0][0], 1)
