"""The claims as a rich table for people at a terminal (the other formats are in writers).

Every cell goes through :func:`aidclaims.io.terminal.printable`, so article text never runs
as terminal escape sequences.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from rich.console import Console
from rich.table import Table
from rich.text import Text

from aidclaims.io.terminal import printable
from aidclaims.model import Claim

# --- values --------------------------------------------------------------------------------

#: Scales used by :func:`format_value`, largest first: `1.25e12` → `1.25 tn`.
VALUE_SCALES: Final[tuple[tuple[Decimal, str], ...]] = (
    (Decimal(10**12), " tn"),
    (Decimal(10**9), " bn"),
    (Decimal(10**6), " m"),
    (Decimal(1), ""),
)

#: :func:`format_value` keeps at most this many decimals of the scaled figure (`1.235 bn`).
_VALUE_QUANTUM: Final = Decimal("0.001")

#: Range dash between two values (`20–40 bn`).
_RANGE_DASH: Final = "–"

#: Table cells for the doc column keep its last characters: the file name matters most.
_DOC_WIDTH: Final = 32

#: Marks a doc name shortened on the left (`…/articles/002_bea16c3b.txt`).
_ELLIPSIS: Final = "…"


# --- cells --------------------------------------------------------------------------------


def format_value(value: float | None, value_max: float | None = None) -> str:
    """Format a value (or a range) for people: scale words, at most 3 decimals.

    The unit of the upper bound is written once when both bounds share it. A missing
    ``value`` gives an empty string; an upper bound equal to the value is not repeated.

    Args:
        value: the amount, or the lower bound of a range.
        value_max: the upper bound of a range, if any.

    Returns:
        The readable figure, without currency.

    >>> format_value(60000000000.0), format_value(1500000000), format_value(1.25e12)
    ('60 bn', '1.5 bn', '1.25 tn')
    >>> format_value(275000000), format_value(30500000), format_value(2500)
    ('275 m', '30.5 m', '2,500')
    >>> format_value(2500000.5), format_value(1234567890), format_value(999999999.9)
    ('2.5 m', '1.235 bn', '1 bn')
    >>> format_value(20e9, 40e9), format_value(900e6, 1.2e9), format_value(None)
    ('20–40 bn', '900 m–1.2 bn', '')
    """
    if value is None or not math.isfinite(value) or not math.isfinite(value_max or 0.0):
        return ""
    low, low_unit = _scaled(value)
    if value_max is None or value_max == value:
        return low + low_unit
    high, high_unit = _scaled(value_max)
    if low_unit == high_unit:
        return f"{low}{_RANGE_DASH}{high}{high_unit}"
    return f"{low}{low_unit}{_RANGE_DASH}{high}{high_unit}"


def _scaled(value: float) -> tuple[str, str]:
    """Return the rounded figure and its unit: ``("1.5", " bn")``."""
    number = Decimal(repr(value))
    sign = "-" if number < 0 else ""
    number = abs(number)
    # pick the largest scale the value reaches, then the next one up if rounding reaches it:
    # 999,999,999.9 is "1 bn", not "1,000 m"
    index = next(
        (i for i, (scale, _) in enumerate(VALUE_SCALES) if number >= scale),
        len(VALUE_SCALES) - 1,
    )
    rounded = _round(number / VALUE_SCALES[index][0])
    if index > 0 and rounded * VALUE_SCALES[index][0] >= VALUE_SCALES[index - 1][0]:
        index -= 1
        rounded = _round(number / VALUE_SCALES[index][0])
    text = format(rounded, ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "0":
        sign = ""
    return sign + text, VALUE_SCALES[index][1]


def _round(number: Decimal) -> Decimal:
    return number.quantize(_VALUE_QUANTUM, rounding=ROUND_HALF_UP)


def _period(claim: Claim) -> str:
    if claim.period_start is None and claim.period_end is None:
        return _one_line(claim.period_text or "")
    start = claim.period_start.isoformat() if claim.period_start else ""
    end = claim.period_end.isoformat() if claim.period_end else ""
    return f"{start}..{end}"


def _one_line(text: str) -> str:
    # "$60\nbillion" spans a line break in the article; a table cell shows it on one line
    return printable(" ".join(text.split()))


def _short_doc(doc: str) -> str:
    doc = _one_line(doc)
    if len(doc) <= _DOC_WIDTH:
        return doc
    return _ELLIPSIS + doc[-(_DOC_WIDTH - 1) :]


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def write_table(claims: Iterable[Claim], console: Console, *, documents: int) -> int:
    """Print the claims as a rich table, without sentences, and a count of documents and claims.

    Rows are buffered (the table is for terminals). Claims that are not aid (``aid`` is
    False) are dimmed. Cell text is never read as rich markup.

    Args:
        claims: the claims to show.
        console: where to print, e.g. ``Console()`` for stdout.
        documents: how many documents were read, for the caption ("3 documents, 12 claims").

    Returns:
        The number of claims shown.
    """
    table = Table(header_style="bold", caption_justify="left")
    table.add_column("doc", overflow="ellipsis", no_wrap=True, max_width=_DOC_WIDTH)
    table.add_column("amount")
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("currency")
    table.add_column("qualifier")
    table.add_column("rate")
    table.add_column("period")
    table.add_column("status")
    table.add_column("speaker", overflow="fold")
    count = 0
    for claim in claims:
        table.add_row(
            Text(_short_doc(claim.doc)),
            Text(_one_line(claim.amount_text)),
            Text(format_value(claim.value, claim.value_max)),
            Text(claim.currency or ""),
            Text(claim.qualifier.value),
            Text(claim.rate.value),
            Text(_period(claim)),
            Text(claim.status.value if claim.status else ""),
            Text(_one_line(claim.speaker or "")),
            style=None if claim.aid else "dim",
        )
        count += 1
    table.caption = Text(f"{_plural(documents, 'document')}, {_plural(count, 'claim')}")
    console.print(table)
    return count
