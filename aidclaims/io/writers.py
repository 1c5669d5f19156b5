"""Writers: claims out as CSV, JSON, JSON Lines or a rich table.

CSV, JSON and JSON Lines are streamed one claim at a time, so ``claims`` may be any lazy
iterable; only the table buffers its rows. Every format shows the fields of
:data:`aidclaims.model.FIELDS` in that order (SPEC.md order, then extras).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Final, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from aidclaims.model import FIELDS, Claim

# --- CSV ----------------------------------------------------------------------------------

#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
#: `=HYPERLINK("http://evil","x")`, `+cmd`, `-2+3`, `@SUM(A1)`, and tab / carriage return,
#: which some spreadsheets strip before looking for the formula sign.
FORMULA_TRIGGERS: Final[tuple[str, ...]] = (
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
)

#: Prefix that makes a spreadsheet show a would-be formula as text.
_FORMULA_ESCAPE: Final = "'"

#: Excel guesses the legacy code page unless a UTF-8 file starts with a byte-order mark.
_BOM: Final = "\ufeff"

# --- table --------------------------------------------------------------------------------

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


def claim_to_row(claim: Claim) -> dict[str, object]:
    """Turn a claim into a JSON-ready dict with the keys in :data:`FIELDS` order.

    Enums become their string values, dates ISO strings and None stays None (JSON null), so
    ``Claim.model_validate(claim_to_row(claim)) == claim``.

    Args:
        claim: the claim to convert.

    Returns:
        A new dict of plain ``str``, ``int``, ``float``, ``bool`` and ``None`` values.
    """
    return {name: _json_value(getattr(claim, name)) for name in FIELDS}


def _json_value(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_to_json(row: Mapping[str, object]) -> str:
    """Serialise one JSON-ready row as one line of JSON (no line break), as JSONL writes it."""
    # allow_nan=False: "NaN" is not JSON; a non-finite value is a bug upstream, not data.
    return json.dumps(row, ensure_ascii=False, allow_nan=False)


def _dumps(claim: Claim) -> str:
    return row_to_json(claim_to_row(claim))


def write_jsonl(claims: Iterable[Claim], stream: TextIO) -> int:
    """Write one JSON object per claim and line (JSON Lines), streamed.

    Text is never neutralised: JSON is a data format, not a spreadsheet. Newlines inside
    strings are escaped by JSON, so each claim is exactly one newline-terminated line.

    Args:
        claims: the claims, consumed lazily.
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8).

    Returns:
        The number of claims written.

    Raises:
        ValueError: a claim holds a NaN or infinite value, which JSON cannot represent.
    """
    count = 0
    for claim in claims:
        stream.write(_dumps(claim))
        stream.write("\n")
        count += 1
    return count


def write_json(claims: Iterable[Claim], stream: TextIO) -> int:
    """Write the claims as one JSON array, streamed one claim at a time.

    The output is ``[``, the objects separated by a comma and a newline, ``]`` and a newline;
    no claims gives ``[]``, which is still valid JSON.

    Args:
        claims: the claims, consumed lazily.
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8).

    Returns:
        The number of claims written.

    Raises:
        ValueError: a claim holds a NaN or infinite value, which JSON cannot represent.
    """
    count = 0
    stream.write("[")
    for claim in claims:
        if count:
            stream.write(",\n")
        stream.write(_dumps(claim))
        count += 1
    stream.write("]\n")
    return count


class CsvWriter:
    """RFC 4180 CSV writer of claims; the header row is written on construction.

    Columns are :data:`FIELDS`. None is an empty cell, booleans are ``true``/``false``,
    dates ISO, and floats are written exactly without scientific notation (``60000000000``,
    ``2500000.5``). Rows end with CRLF and cells holding commas, quotes or line breaks are
    quoted, so open a file with ``newline=""``.

    Unless ``raw`` is set, a text cell starting with one of :data:`FORMULA_TRIGGERS` gets a
    leading ``'`` so that spreadsheets show it instead of running it (OWASP CSV injection).
    Numeric cells (``start``, ``end``, ``value``, ``value_max``) are never prefixed.

    Args:
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8 with ``newline=""``).
        raw: write text cells exactly as they are, with no formula neutralising.
        excel: start with a UTF-8 byte-order mark so Excel reads accented names correctly.

    Attributes:
        count: the number of claims written so far (the header is not counted).
    """

    __slots__ = ("_raw", "_writer", "count")

    def __init__(self, stream: TextIO, *, raw: bool = False, excel: bool = False) -> None:
        if excel:
            stream.write(_BOM)
        self._writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._raw = raw
        self.count = 0
        self._writer.writerow(FIELDS)

    def write(self, claim: Claim) -> None:
        """Write one claim as one CSV row.

        Args:
            claim: the claim to write.
        """
        raw = self._raw
        self._writer.writerow([_csv_cell(getattr(claim, name), raw) for name in FIELDS])
        self.count += 1


def _csv_cell(value: object, raw: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return value if raw else neutralise(value)
    if isinstance(value, float):
        return _exact_number(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def neutralise(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula (OWASP CSV injection).

    >>> print(neutralise('=HYPERLINK("http://evil","x")'))
    '=HYPERLINK("http://evil","x")
    >>> neutralise("-2+3"), neutralise("€2 billion"), neutralise(""), neutralise("-")
    ("'-2+3", '€2 billion', '', '-')

    A lone ``-`` (the doc name of standard input) is no formula and stays as it is.
    """
    if text == "-":
        return text
    return _FORMULA_ESCAPE + text if text.startswith(FORMULA_TRIGGERS) else text


def _exact_number(value: float) -> str:
    """Write a float exactly, without exponent or a trailing ``.0``.

    >>> _exact_number(60000000000.0), _exact_number(2500000.5), _exact_number(1e-7)
    ('60000000000', '2500000.5', '0.0000001')
    """
    number = Decimal(repr(value))  # repr is the shortest text that reads back to value
    if value.is_integer():
        number = number.to_integral_value()
    return format(number, "f")


def write_csv(
    claims: Iterable[Claim], stream: TextIO, *, raw: bool = False, excel: bool = False
) -> int:
    """Write a header row and one CSV row per claim, streamed (see :class:`CsvWriter`).

    Args:
        claims: the claims, consumed lazily.
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8 with ``newline=""``).
        raw: write text cells exactly as they are, with no formula neutralising.
        excel: start with a UTF-8 byte-order mark for Excel.

    Returns:
        The number of claims written (the header is not counted).
    """
    writer = CsvWriter(stream, raw=raw, excel=excel)
    for claim in claims:
        writer.write(claim)
    return writer.count


# --- table --------------------------------------------------------------------------------


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
    if value is None:
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
    return " ".join(text.split())


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
