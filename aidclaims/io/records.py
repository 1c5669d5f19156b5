"""The one record checker: every article record (JSONL line, CSV row, Python dict, Dask line).

The ``aidclaims`` command, :func:`aidclaims.io.runner.extract_record` and the Dask recipe all
check records here, so they accept and reject the same records with the same messages and
give their claims the same ``doc``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Final, NamedTuple

from aidclaims.io.dates import DateOrder, parse_iso, parse_published

#: Longest ``repr`` of a bad value quoted in a message, so one line stays short.
_SHOWN_CHARS: Final = 40


@dataclass(frozen=True, slots=True)
class Document:
    """One article to extract claims from.

    Attributes:
        doc: the name used in each Claim: the path as given, ``-`` for standard input, or
            a JSONL/CSV record's ``id`` (else ``<path>:<line>`` / ``<path>:<row>``).
        text: the decoded text; claim offsets index it.
        published: publication date, against which relative periods resolve.
        title: the record's ``title``, if any.
        url: the record's ``url``, if any.
        source: the file the document came from, as given (``-`` for standard input).
        where: its place in that file (``line 3``, ``row 4``); None for a whole file.
        notes: things worth one line on standard error that did not stop the document.
    """

    doc: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    # where it came from and what to say about it: not part of what the document is
    source: str = field(default="-", compare=False)
    where: str | None = field(default=None, compare=False)
    notes: tuple[str, ...] = field(default=(), compare=False)


#: ``parse_date("2025-03-10")``: the ISO form only (``--date`` takes no other).
parse_date: Final = parse_iso


class FieldNames(NamedTuple):
    """The record keys (JSONL) or header names (CSV) of the text, the id and the date.

    ``ID,Date,Body`` is ``FieldNames(text="Body", id="ID", published="Date")``.
    """

    text: str = "text"
    id: str = "id"
    published: str = "published"


#: ``text``, ``id``, ``published``.
DEFAULT_FIELDS: Final = FieldNames()


def parse_json_record(line: str) -> dict[str, object] | str:
    r"""Parse one JSONL line into a record dict, or say why it is not one.

    A leading UTF-8 byte order mark and the line break are ignored.

    >>> parse_json_record('{"text": "Aid."}\n')
    {'text': 'Aid.'}
    >>> parse_json_record('{"text": "Aid.'), parse_json_record("[1]")
    ('not valid JSON: unterminated string starting at column 10', 'not a JSON object')
    """
    try:
        # the break is stripped so that a column is never "column 1" of line 2
        value = json.loads(line.lstrip("\ufeff").rstrip("\r\n"))
    except json.JSONDecodeError as error:  # "Expecting ',' delimiter" -> lower-case start
        message = error.msg[:1].lower() + error.msg[1:].removesuffix(" at")
        return f"not valid JSON: {message} at column {error.colno}"
    except RecursionError:
        return "not valid JSON: nested too deeply"
    if not isinstance(value, dict):
        return "not a JSON object"
    return value


def check_record(
    fields: Mapping[str, object],
    *,
    fallback_doc: str,
    default_published: date | None = None,
    max_chars: int | None = None,
    names: FieldNames = DEFAULT_FIELDS,
    date_order: DateOrder | None = None,
) -> Document | str:
    """Check one article record and build its Document, or say why it is bad.

    A ``published`` that cannot be read (``yesterday``, an ambiguous ``01/03/2025`` with
    no ``date_order``) never loses the article: it is read without a date, with a note.

    Args:
        fields: the record: ``text`` (required), ``id``, ``published``, ``title``, ``url``.
        fallback_doc: the ``doc`` of a record with no ``id``.
        default_published: the date of a record with no ``published``.
        max_chars: longest text accepted, if any.
        names: the keys of the text, the id and the date in ``fields``.
        date_order: how to read ``01/03/2025``: ``dmy`` or ``mdy``.

    Returns:
        The Document, or the reason the record is rejected (``missing text``).

    >>> check_record({"id": 0, "text": "Aid."}, fallback_doc="-").doc
    '0'
    >>> check_record({"id": True, "text": "Aid."}, fallback_doc="-")
    'id is not a string or integer'
    """
    text, identifier = fields.get(names.text), fields.get(names.id)
    if text is not None and not isinstance(text, str):
        return f"{names.text} is not a string"
    if not text or not text.strip():
        return f"missing {names.text}"
    if max_chars is not None and len(text) > max_chars:
        return over_limit(names.text, len(text), max_chars)
    if isinstance(identifier, bool) or not isinstance(identifier, str | int | None):
        return f"{names.id} is not a string or integer"
    published, note = _published(
        fields.get(names.published), default_published, names.published, date_order
    )
    doc = str(identifier).strip() if identifier is not None else ""
    title, url = _optional_str(fields.get("title")), _optional_str(fields.get("url"))
    # "\ud800" in JSON decodes to a lone surrogate, which no UTF-8 output can hold: one
    # code point replaces one, so offsets into the text are unchanged
    damaged = [name for name, value in (("text", text), ("id", doc)) if has_surrogates(value)]
    notes: tuple[str, ...] = (note,) if note else ()
    if damaged:
        text, doc = replace_surrogates(text), replace_surrogates(doc)
        title, url = _cleaned(title), _cleaned(url)
        notes += (f"lone surrogates in {' and '.join(damaged)} replaced with U+FFFD",)
    return Document(doc or fallback_doc, text, published, title, url, notes=notes)


def has_surrogates(text: str) -> bool:
    r"""Whether ``text`` holds a lone surrogate (U+D800-U+DFFF), which UTF-8 cannot encode.

    >>> has_surrogates("Kyiv"), has_surrogates("Kyiv\udc80")
    (False, True)
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def replace_surrogates(text: str) -> str:
    r"""Replace each lone surrogate with U+FFFD, one code point for one.

    >>> replace_surrogates("\ud800 aid") == "\ufffd aid"
    True
    """
    if not has_surrogates(text):
        return text
    return "".join("\ufffd" if 0xD800 <= ord(char) <= 0xDFFF else char for char in text)


def _cleaned(value: str | None) -> str | None:
    return None if value is None else replace_surrogates(value)


def _published(
    value: object, default: date | None, key: str, order: DateOrder | None
) -> tuple[date | None, str | None]:
    """A record's date (empty means ``default``), and a note when it cannot be read."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default, None
    parsed = parse_published(value, order) if isinstance(value, str) else "is not a date"
    if isinstance(parsed, date):
        return parsed, None
    shown = repr(replace_surrogates(value) if isinstance(value, str) else value)
    if len(shown) > _SHOWN_CHARS:
        shown = shown[: _SHOWN_CHARS - 4] + "..."
    return None, f"{key} {shown} {parsed}: read without a date"


def _optional_str(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def over_limit(what: str, size: int | None, limit: int) -> str:
    """Say that ``what`` is over the size limit, in bytes when rounding would hide it.

    >>> over_limit("file", 12_345_678, 10_000_000)
    'file is 12.3 MB, over the --max-bytes limit of 10 MB'
    >>> over_limit("file", 10_000_001, 10_000_000)
    'file is 10,000,001 bytes, over the --max-bytes limit of 10,000,000 bytes'
    """
    shown_size, shown_limit = _format_size(size or 0), _format_size(limit)
    if size is None:
        return f"{what} is over the --max-bytes limit of {shown_limit}"
    if shown_size == shown_limit:
        shown_size, shown_limit = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{what} is {shown_size}, over the --max-bytes limit of {shown_limit}"


def _format_size(size: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"
