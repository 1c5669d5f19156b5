"""One JSONL line of the Dask recipe: checked, extracted, or reported as the command does.

Every function here is pure and picklable, so Dask (or Spark) workers run them.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from aidclaims.errors import InputError
from aidclaims.io.decoding import decode_plain
from aidclaims.io.records import Document, check_record, parse_json_record
from aidclaims.io.runner import debugging, document_rows, internal_error

#: One input line: the file it is in, its place there (``line 3``), and its bytes.
Line = tuple[str, str, bytes]


def parse_line(line: str | bytes) -> dict[str, object] | str | None:
    r"""Parse and check one JSONL line as the ``aidclaims`` command does; a reason if it is bad.

    Bytes (or a line read with ``errors="surrogateescape"``) that are not UTF-8 are decoded
    as Windows-1252, as the command does. A UTF-8 byte-order mark is ignored.

    Args:
        line: the line, with or without its line break.

    Returns:
        The record; None for a blank line; else why the line is bad, in the words of the
        ``aidclaims`` command.

    >>> parse_line('{"id": "k1", "text": "Aid."}\n')
    {'id': 'k1', 'text': 'Aid.'}
    >>> parse_line("   \n") is None
    True
    >>> parse_line("[1, 2]"), parse_line('{"text": 7}'), parse_line('{"id": true, "text": "A"}')
    ('not a JSON object', 'text is not a string', 'id is not a string or integer')
    """
    checked = _check(line)
    return checked if checked is None or isinstance(checked, str) else checked[0]


def claims_of_line(line: str | bytes, *, include_non_aid: bool = False) -> list[dict[str, object]]:
    """Claim rows of one JSONL line, as :func:`aidclaims.io.runner.extract_record` gives them.

    Picklable and pure, so any framework that maps over text lines can run it. A blank or
    bad line gives no rows; a record without ``id`` gets ``doc`` ``-``.

    Args:
        line: one JSONL line holding an article record.
        include_non_aid: also return money that is not aid, with ``aid`` false.

    Returns:
        JSON-ready dicts with the keys of :data:`aidclaims.model.FIELDS`, in text order.

    >>> rows = claims_of_line('{"id": "k1", "text": "Chile pledged $3 million in aid to Peru."}')
    >>> [(r["doc"], r["amount_text"], r["value"]) for r in rows]
    [('k1', '$3 million', 3000000.0)]
    >>> claims_of_line('{"id": "k2", "text": "Chile pledged')
    []
    """
    checked = _check(line)
    if checked is None or isinstance(checked, str):
        return []
    return document_rows(checked[1], include_non_aid=include_non_aid)


def _check(line: str | bytes) -> tuple[dict[str, object], Document] | str | None:
    """The record and Document of one JSONL line, the reason it is bad, or None if blank."""
    try:
        text = _decode(line)
    except ValueError as error:
        return str(error)
    if not text.lstrip("\ufeff").strip():
        return None
    record = parse_json_record(text)
    if isinstance(record, str):
        return record
    document = check_record(record, fallback_doc="-")
    return document if isinstance(document, str) else (record, document)


def _decode(line: str | bytes) -> str:
    """The text of a line: bytes (or surrogate escapes) not UTF-8 are read as Windows-1252."""
    if isinstance(line, str):
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: bytes that were not UTF-8
            line = line.encode("utf-8", "surrogateescape")
        else:
            return line
    return decode_plain(line)


#: What one numbered line gives: its claim rows, its message as the ``aidclaims`` command
#: prints it (a bad, repaired or failed line) or none, and 1 if it was skipped, else 0.
LineOutcome = tuple[list[dict[str, object]], list[str], int]


def item_outcome(item: Line, *, include_non_aid: bool) -> LineOutcome:
    """Rows, message and skip count of one numbered line, from one check and one extraction.

    A line whose extraction raises (a bug of ours) is skipped with the command's message,
    ``internal error: <type>: <message> (please report)``, so one record never fails a
    Dask task; ``AIDCLAIMS_DEBUG=1`` lets the error propagate with its traceback.
    """
    checked = _check(item[2])
    if checked is None:
        return [], [], 0
    if isinstance(checked, str):
        return [], [str(InputError(item[0], item[1], checked))], 1
    document = checked[1]
    try:
        rows = document_rows(document, include_non_aid=include_non_aid)
    except Exception as error:
        if debugging():
            raise
        return [], [str(InputError(item[0], item[1], internal_error(error)))], 1
    notes = [str(InputError(item[0], item[1], "; ".join(document.notes)))]
    return rows, notes if document.notes else [], 0


def file_lines(file: Any, name: str) -> list[Line]:
    """The numbered lines of one fsspec file (a whole file is one partition)."""
    with file as stream:
        binary: BinaryIO = stream
        return [(name, f"line {number}", raw) for number, raw in enumerate(binary, 1)]


def block_lines(block: bytes, name: str, index: int) -> list[Line]:
    """The lines of block ``index`` of a file cut into blocks, placed as the command cannot.

    Lines after the first block are numbered within their block (``block 3, line 7``).
    """
    lines = block.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    return [
        (name, f"line {number}" if index == 0 else f"block {index + 1}, line {number}", raw)
        for number, raw in enumerate(lines, 1)
    ]
