"""Writers: claims out as CSV, JSON or JSON Lines (the table is in :mod:`aidclaims.io.table`).

CSV, JSON and JSON Lines are streamed one claim at a time, so ``claims`` may be any lazy
iterable. Every format shows the fields of :data:`aidclaims.model.FIELDS` in that order
(SPEC.md order, then extras), or the ``fields`` given: a record is any object with those
attributes, so ``--currency``'s converted claims (their ``FX_FIELDS`` after the claim's) and
``aidclaims pledges`` rows go through the same writers. A tuple (a pledge's ``sources``) is a
JSON array, and one CSV cell joined by ``"; "``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Final, TextIO

from aidclaims.io.terminal import printable
from aidclaims.model import FIELDS, Claim

# --- CSV ----------------------------------------------------------------------------------

#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
#: `=HYPERLINK("http://evil","x")`, `+cmd`, `-2+3`, `@SUM(A1)`, their full-width forms,
#: which Excel in East Asian locales reads as the ASCII ones, and tab, carriage return and
#: NUL, which some spreadsheets strip before looking for the formula sign.
FORMULA_TRIGGERS: Final[tuple[str, ...]] = (
    "=",
    "+",
    "-",
    "@",
    "\uff1d",  # ＝ full-width equals sign
    "\uff0b",  # ＋ full-width plus sign
    "\uff0d",  # － full-width hyphen-minus
    "\uff20",  # ＠ full-width commercial at
    "\t",
    "\r",
    "\n",
    "\x00",
)

#: Characters skipped before looking for a trigger: "  =1+1" runs as a formula too.
_LEADING_BLANKS: Final = " \u00a0\u3000\t\r\n\x00\x0b\x0c"

#: A formula sign after a separator inside a cell, blanks between: a spreadsheet that splits
#: the file on another separator than it was written with (Excel in a ';' locale opening a
#: comma file: the quotes then open mid-cell) starts a cell there, ``Ukraine;=2*3;done``.
#: LibreOffice runs that ``=2*3`` (tests/manual/libreoffice_check.sh); a ``'`` after the
#: separator stops it.
_INNER_TRIGGER_RE: Final = re.compile(
    r"(?<=[,;\t])(?=[ \u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])"
)

#: A text cell holding one of these is quoted: the separators of every spreadsheet locale
#: (`;` in continental Europe, tab), the quote, and line breaks.
QUOTE_IF_ANY: Final = frozenset(',;\t"\r\n')

#: Prefix that makes a spreadsheet show a would-be formula as text.
_FORMULA_ESCAPE: Final = "'"

#: Excel guesses the legacy code page unless a UTF-8 file starts with a byte-order mark.
_BOM: Final = "\ufeff"

#: JSON escapes for characters that are valid in JSON strings but break line-based readers
#: (U+2028, U+2029 and U+0085 are line breaks to ``str.splitlines``) or terminals (DEL and
#: the other C1 controls). The data read back is the same.
_JSON_ESCAPES: Final = {
    code: f"\\u{code:04x}" for code in (0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)
}

#: One of the characters of :data:`_JSON_ESCAPES`.
_ESCAPE_DUE_RE: Final = re.compile("[\x7f-\x9f\u2028\u2029]")


def claim_to_row(claim: Claim) -> dict[str, object]:
    """Turn a claim into a JSON-ready dict with the keys in :data:`FIELDS` order.

    Enums become their string values, dates ISO strings and None stays None (JSON null), so
    ``Claim.model_validate(claim_to_row(claim)) == claim``. A value that is not a finite
    number (infinity, NaN) becomes None: JSON has no such numbers.

    Args:
        claim: the claim to convert.

    Returns:
        A new dict of plain ``str``, ``int``, ``float``, ``bool`` and ``None`` values.
    """
    return record_to_row(claim)


def record_to_row(record: object, fields: Sequence[str] = FIELDS) -> dict[str, object]:
    """As :func:`claim_to_row`, for any record with the attributes ``fields`` names.

    An attribute the record lacks is None (JSON null); a tuple or list becomes a list.

    >>> from aidclaims.model import Claim
    >>> claim = Claim(doc="a", start=0, end=3, amount_text="$5m", value=5e6)
    >>> record_to_row(claim, ("doc", "value", "fx_rate"))
    {'doc': 'a', 'value': 5000000.0, 'fx_rate': None}
    """
    if fields is FIELDS and type(record) is Claim:
        return _claim_row(record)
    return {name: _json_value(getattr(record, name, None)) for name in fields}


#: The fields of a Claim whose values are not JSON-ready as they stand, by kind.
_ENUM_FIELDS: Final = ("qualifier", "rate", "status", "aid_type", "novelty")
_DATE_FIELDS: Final = ("period_start", "period_end")
_FLOAT_FIELDS: Final = ("value", "value_max")


def _claim_row(claim: Claim) -> dict[str, object]:
    """``record_to_row(claim)`` read from the model's own field values, field kind by kind.

    A Claim's 23 fields hold str, int, bool or None except these 9: one dict read per field
    and a conversion only where one is due, instead of ``getattr`` and ``_json_value``'s
    chain of type tests for every field (about 3x faster; the JSONL of a ``--jobs 2`` run is
    written by the parent alone). tests/test_writers.py compares it with the generic path.
    """
    values = claim.__dict__
    row: dict[str, object] = {name: values[name] for name in FIELDS}
    for name in _ENUM_FIELDS:
        value = row[name]
        if value is not None:
            row[name] = value.value  # type: ignore[attr-defined]  # a StrEnum
    for name in _DATE_FIELDS:
        value = row[name]
        if value is not None:
            row[name] = value.isoformat()  # type: ignore[attr-defined]  # a date
    for name in _FLOAT_FIELDS:
        value = row[name]
        if value is not None and not math.isfinite(value):  # type: ignore[arg-type]
            row[name] = None
    return row


def _json_value(value: object) -> object:
    if isinstance(value, tuple | list):
        return [_json_value(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def row_to_json(row: Mapping[str, object]) -> str:
    r"""Serialise one JSON-ready row as one line of JSON (no line break), as JSONL writes it.

    Non-ASCII text stays as it is, except the characters of :data:`_JSON_ESCAPES`.

    >>> row_to_json({"sentence": "Aid\u2028rose\x85."})
    '{"sentence": "Aid\\u2028rose\\u0085."}'
    """
    # allow_nan=False: "NaN" is not JSON; claim_to_row already turned such values into null
    line = json.dumps(row, ensure_ascii=False, allow_nan=False)
    if line.isascii() and "\x7f" not in line:  # most lines; read at C speed
        return line
    if _ESCAPE_DUE_RE.search(line) is None:  # translate looks every character up in a dict
        return line
    return line.translate(_JSON_ESCAPES)


def _dumps(claim: object, fields: Sequence[str] | None = None) -> str:
    return row_to_json(record_to_row(claim, FIELDS if fields is None else fields))


def write_jsonl(
    claims: Iterable[object], stream: TextIO, *, fields: Sequence[str] | None = None
) -> int:
    """Write one JSON object per claim and line (JSON Lines), streamed.

    Text is never neutralised: JSON is a data format, not a spreadsheet. Newlines inside
    strings are escaped by JSON, and so are U+2028, U+2029 and U+0085, so each claim is
    exactly one line for any line reader.

    Args:
        claims: the claims, consumed lazily; a ``str`` is a claim already written as its
            line (by :func:`aidclaims.io.runner.json_lines`, with the same ``fields``).
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8).
        fields: the keys to write, in this order; default :data:`FIELDS`.

    Returns:
        The number of claims written.
    """
    count = 0
    for claim in claims:
        stream.write(claim if isinstance(claim, str) else _dumps(claim, fields))
        stream.write("\n")
        count += 1
    return count


def write_json(
    claims: Iterable[object], stream: TextIO, *, fields: Sequence[str] | None = None
) -> int:
    """Write the claims as one JSON array, streamed one claim at a time.

    The output is ``[``, the objects separated by a comma and a newline, ``]`` and a newline;
    no claims gives ``[]``, which is still valid JSON.

    Args:
        claims: the claims, consumed lazily.
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8).
        fields: the keys to write, in this order; default :data:`FIELDS`.

    Returns:
        The number of claims written.
    """
    count = 0
    stream.write("[")
    for claim in claims:
        if count:
            stream.write(",\n")
        stream.write(_dumps(claim, fields))
        count += 1
    stream.write("]\n")
    return count


class CsvWriter:
    """RFC 4180 CSV writer of claims; the header row is written on construction.

    Columns are :data:`FIELDS` (or ``fields``). None is an empty cell, booleans are
    ``true``/``false``, dates ISO, and floats are written exactly without scientific notation
    (``60000000000``, ``2500000.5``). Rows end with CRLF. A cell holding a character of
    :data:`QUOTE_IF_ANY` (``,`` ``;`` tab, quote, line break) is quoted, so a spreadsheet
    splits no cell whatever separator its locale uses; open a file with ``newline=""``.

    Unless ``raw`` is set, a text cell starting with one of :data:`FORMULA_TRIGGERS`, after
    any spaces, gets a leading ``'`` so that spreadsheets show it instead of running it
    (OWASP CSV injection). Numeric cells (``start``, ``end``, ``value``, ``value_max``) are
    never prefixed.

    Args:
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8 with ``newline=""``).
        raw: write text cells exactly as they are, with no formula neutralising.
        excel: start with a UTF-8 byte-order mark so Excel reads accented names correctly.
        delimiter: ``,`` for CSV, a tab for TSV.
        fields: the columns and their order; default :data:`FIELDS`.
        header: write the header row.
        terminal: the stream is a terminal: show control characters as escapes.

    Attributes:
        count: the number of claims written so far (the header is not counted).
    """

    __slots__ = ("_delimiter", "_fields", "_raw", "_stream", "_terminal", "count")

    def __init__(
        self,
        stream: TextIO,
        *,
        raw: bool = False,
        excel: bool = False,
        delimiter: str = ",",
        fields: Sequence[str] = FIELDS,
        header: bool = True,
        terminal: bool = False,
    ) -> None:
        if excel:
            stream.write(_BOM)
        self._stream, self._raw, self._delimiter = stream, raw, delimiter
        self._fields, self._terminal = tuple(fields), terminal
        self.count = 0
        if header:
            self._write_cells(list(self._fields))

    def write(self, claim: object) -> None:
        """Write one claim (or any record with the columns' attributes) as one CSV row.

        Args:
            claim: the claim to write.
        """
        raw = self._raw
        self._write_cells([_csv_cell(getattr(claim, name, None), raw) for name in self._fields])
        self.count += 1

    def _write_cells(self, cells: list[str]) -> None:
        if self._terminal:
            cells = [printable(cell, keep_newlines=True) for cell in cells]
        self._stream.write(self._delimiter.join(map(_quoted, cells)) + "\r\n")


def _quoted(cell: str) -> str:
    """Quote a cell that holds a separator, a quote or a line break (RFC 4180 quoting).

    >>> print(_quoted("a;b"), _quoted('a "b" c'), _quoted("plain"))
    "a;b" "a ""b"" c" plain
    """
    if QUOTE_IF_ANY.isdisjoint(cell):
        return cell
    return '"' + cell.replace('"', '""') + '"'


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
        return _exact_number(value) if math.isfinite(value) else ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):  # a pledge's sources: one cell
        return "; ".join(_csv_cell(item, raw) for item in value)
    return str(value)


def neutralise(text: str) -> str:
    r"""Prefix ``'`` to text a spreadsheet would run as a formula (OWASP CSV injection).

    >>> print(neutralise('=HYPERLINK("http://evil","x")'))
    '=HYPERLINK("http://evil","x")
    >>> neutralise("-2+3"), neutralise("€2 billion"), neutralise(""), neutralise("-")
    ("'-2+3", '€2 billion', '', '-')
    >>> neutralise("  =1+1.txt"), neutralise("＝1+1"), neutralise("\x00=1")
    ("'  =1+1.txt", "'＝1+1", "'\x00=1")

    A formula sign after a separator inside the text gets its ``'`` too, for a spreadsheet
    that splits the cell there:

    >>> print(neutralise("aid to Ukraine;=2*3; done, -1"))
    aid to Ukraine;'=2*3; done,' -1

    A lone ``-`` (the doc name of standard input) is no formula and stays as it is.
    """
    if text == "-":
        return text
    rest = text.lstrip(_LEADING_BLANKS)
    head = text[: len(text) - len(rest)]  # a leading tab is no separator inside the cell
    text = head + _INNER_TRIGGER_RE.sub(_FORMULA_ESCAPE, rest)
    if text.startswith(FORMULA_TRIGGERS) or rest.startswith(FORMULA_TRIGGERS):
        return _FORMULA_ESCAPE + text
    return text


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
    claims: Iterable[object],
    stream: TextIO,
    *,
    raw: bool = False,
    excel: bool = False,
    delimiter: str = ",",
    fields: Sequence[str] = FIELDS,
    header: bool = True,
    terminal: bool = False,
) -> int:
    """Write a header row and one CSV row per claim, streamed (see :class:`CsvWriter`).

    Args:
        claims: the claims, consumed lazily.
        stream: a text stream (``sys.stdout`` or a file opened as UTF-8 with ``newline=""``).
        raw: write text cells exactly as they are, with no formula neutralising.
        excel: start with a UTF-8 byte-order mark for Excel.
        delimiter: ``,`` for CSV, a tab for TSV.
        fields: the columns and their order.
        header: write the header row.
        terminal: the stream is a terminal: show control characters as escapes.

    Returns:
        The number of claims written (the header is not counted).
    """
    writer = CsvWriter(
        stream,
        raw=raw,
        excel=excel,
        delimiter=delimiter,
        fields=fields,
        header=header,
        terminal=terminal,
    )
    for claim in claims:
        writer.write(claim)
    return writer.count
