"""The claims as a rich table for people at a terminal (the other formats are in writers).

Every cell goes through :func:`aidclaims.io.terminal.printable`, so article text never runs
as terminal escape sequences.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from pathlib import PurePath
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

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
    start = claim.period_start.isoformat() if claim.period_start else "…"
    end = claim.period_end.isoformat() if claim.period_end else "…"
    return f"{start} {_RANGE_DASH} {end}"  # spaces: a narrow column wraps at the dash


def _one_line(text: str) -> str:
    # "$60\nbillion" spans a line break in the article; a table cell shows it on one line
    return printable(" ".join(text.split()))


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def _converted(claim: Claim) -> str:
    """``14.7 bn EUR`` for a claim converted by ``--currency``; ``–`` when it has no rate."""
    value = getattr(claim, "value_converted", None)
    if value is None:
        return "–"
    high = getattr(claim, "value_max_converted", None)
    return f"{format_value(value, high)} {getattr(claim, 'fx_currency', None) or ''}".strip()


def _parties(claim: Claim) -> str:
    if claim.donor is None and claim.recipient is None:
        return ""
    return f"{_one_line(claim.donor or '?')} → {_one_line(claim.recipient or '?')}"


class _Column(NamedTuple):
    """A table column: its header, how to fill a cell, and how it may be squeezed."""

    header: str
    cell: Callable[[Claim], str]
    justify: Literal["left", "right"] = "left"
    wraps: bool = True  # cells may wrap at spaces (never inside a word)


#: Every column, in the order they are shown.
COLUMNS: Final[Mapping[str, _Column]] = MappingProxyType(
    {
        "doc": _Column("doc", lambda c: _one_line(c.doc), wraps=False),
        "amount": _Column("amount", lambda c: _one_line(c.amount_text)),
        "value": _Column(
            "value", lambda c: format_value(c.value, c.value_max), "right", wraps=False
        ),
        "currency": _Column("cur.", lambda c: c.currency or "", wraps=False),
        # --currency: the value in one currency ("14.7 bn EUR"), "–" when it has no rate
        "converted": _Column("converted", lambda c: _converted(c), "right", wraps=False),
        "qualifier": _Column("qualifier", lambda c: c.qualifier.value, wraps=False),
        "rate": _Column("rate", lambda c: c.rate.value, wraps=False),
        "period": _Column("period", lambda c: _period(c)),
        "status": _Column("status", lambda c: c.status.value if c.status else "", wraps=False),
        "aid_type": _Column("aid type", lambda c: c.aid_type.value if c.aid_type else ""),
        "parties": _Column("donor → recipient", _parties),
        "speaker": _Column("speaker", lambda c: _one_line(c.speaker or "")),
    }
)

#: Which columns a narrow terminal keeps first: who gave how much to whom, and who said so;
#: then the rest while room allows.
PRIORITY: Final[tuple[str, ...]] = (
    "doc",
    "amount",
    "currency",
    "status",
    "parties",
    "speaker",
    "converted",
    "period",
    "qualifier",
    "rate",
    "value",
    "aid_type",
)

#: How many columns of :data:`PRIORITY` are essential: doc to speaker.
ESSENTIAL: Final = 6

#: A long doc path is not worth more than this many columns of a narrow terminal.
_DOC_NATURAL_CAP: Final = 32

#: A doc cell may be cut to this width (with "…") before a column is dropped.
_DOC_MIN_WIDTH: Final = 14


def _short_docs(docs: Iterable[str]) -> dict[str, str]:
    """Doc names as shown: file names alone when no two docs share one, else kept whole.

    >>> _short_docs(["seeds/a.txt", "seeds/b.txt", "k1"])
    {'k1': 'k1', 'seeds/a.txt': 'a.txt', 'seeds/b.txt': 'b.txt'}
    >>> _short_docs(["x/a.txt", "y/a.txt"])
    {'x/a.txt': 'x/a.txt', 'y/a.txt': 'y/a.txt'}
    """
    unique = sorted(set(docs))
    short = {doc: PurePath(doc).name or doc for doc in unique}
    if len(set(short.values())) < len(unique):
        return {doc: doc for doc in unique}
    return short


def _min_width(key: str, cells: Iterable[str]) -> int:
    """The narrowest a column may be without splitting a word (or cutting a doc too short)."""
    column = COLUMNS[key]
    if column.wraps:
        words = [word for cell in cells for word in cell.split()] + column.header.split()
        return max(len(word) for word in words)
    natural = max([len(column.header), *(len(cell) for cell in cells)])
    return min(natural, _DOC_MIN_WIDTH) if key == "doc" else natural


def _natural(key: str, cells: Iterable[str]) -> int:
    """The width of a column's longest cell (or header)."""
    return max([len(COLUMNS[key].header), *(len(cell) for cell in cells)])


def choose_columns(cells: Mapping[str, list[str]], width: int | None) -> list[str]:
    """The columns that fit ``width`` (all of them when None), in display order.

    The first :data:`ESSENTIAL` columns of :data:`PRIORITY` are kept while they fit at
    their narrowest; each further one only if it fits at its narrowest beside the
    essential ones at their full width, so they are not squeezed to make room for it.
    """
    if width is None:
        return [key for key in COLUMNS if key in cells]
    chosen: list[str] = []
    narrow = full = 1  # the table's left border
    for index, key in enumerate(k for k in PRIORITY if k in cells):
        least = _min_width(key, cells[key]) + 3  # padding on both sides, and a border
        if index < ESSENTIAL:
            if narrow + least > width and chosen:
                break
            chosen.append(key)
            narrow += least
            full += min(_natural(key, cells[key]), _DOC_NATURAL_CAP) + 3
        elif full + least <= width:
            chosen.append(key)
            full += least
    return [key for key in COLUMNS if key in chosen]


def _fit(keys: list[str], cells: Mapping[str, list[str]], width: int) -> dict[str, int]:
    """Exact column widths that fit ``width``.

    Each column starts at its narrowest; the room left is shared out in :data:`PRIORITY`
    order, each column up to its natural width (its longest cell).
    """
    widths = {key: _min_width(key, cells[key]) for key in keys}
    spare = width - 1 - sum(w + 3 for w in widths.values())  # borders and padding: 3 each
    for key in sorted(keys, key=PRIORITY.index):
        natural = _natural(key, cells[key])
        grow = max(min(natural - widths[key], spare), 0)
        widths[key] += grow
        spare -= grow
    return widths


def write_table(
    claims: Iterable[Claim], console: Console, *, documents: int, wide: bool = False
) -> int:
    """Print the claims as a rich table, without sentences, and a count of documents and claims.

    The table fits the console's width: columns are chosen by :data:`PRIORITY`, a doc path
    is shown as its file name when that is unambiguous, and no word is ever split across
    lines. ``wide`` shows every column, as wide as it needs. Rows are buffered (the table is
    for terminals). Claims that are not aid (``aid`` is False) are dimmed. Cell text is
    never read as rich markup, and control characters are shown as escapes.

    Args:
        claims: the claims to show.
        console: where to print, e.g. ``Console()`` for stdout.
        documents: how many documents were read, for the caption ("3 documents, 12 claims").
        wide: every column, however wide the table gets.

    Returns:
        The number of claims shown.
    """
    rows = list(claims)
    docs = _short_docs(c.doc for c in rows)
    converted = any(hasattr(c, "fx_currency") for c in rows)  # --currency: one more column
    cells = {
        key: [column.cell(c) for c in rows]
        for key, column in COLUMNS.items()
        if converted or key != "converted"
    }
    cells["doc"] = [_one_line(docs[c.doc]) for c in rows]
    keys = choose_columns(cells, None if wide else console.width)
    widths = None if wide else _fit(keys, cells, console.width)
    table = Table(header_style="bold", caption_justify="left")
    for key in keys:
        column = COLUMNS[key]
        table.add_column(
            column.header,
            justify=column.justify,
            no_wrap=not column.wraps,
            overflow="ellipsis",
            width=None if widths is None else widths[key],
        )
    for index, claim in enumerate(rows):
        table.add_row(
            *(Text(cells[key][index]) for key in keys), style=None if claim.aid else "dim"
        )
    table.caption = Text(f"{_plural(documents, 'document')}, {_plural(len(rows), 'claim')}")
    if wide:
        console.width = max(console.width, table.__rich_measure__(console, console.options).maximum)
    console.print(table)
    return len(rows)
