r"""Documents: read text files, folders, standard input, JSONL and CSV into ``Document`` records.

``read_documents`` streams: JSONL and CSV files are read one line or record at a time. A
problem with a path, file or record never stops the batch; it is yielded as an ``InputError``
in stream order. Decoded text is kept exactly as stored (``\r\n`` stays, no Unicode
normalisation), because claim offsets index it.
"""

from __future__ import annotations

import csv
import gzip
import os
import stat
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePath
from typing import BinaryIO, Final, Literal, cast

from aidclaims.errors import InputError
from aidclaims.io.dates import DateOrder
from aidclaims.io.decoding import decode_noted
from aidclaims.io.lines import BadLine, Lines, prefixed, read_lines
from aidclaims.io.records import (
    DEFAULT_FIELDS,
    Document,
    FieldNames,
    check_record,
    over_limit,
    parse_json_record,
    replace_surrogates,
)

InputFormat = Literal["auto", "text", "jsonl", "csv"]
_Kind = Literal["text", "jsonl", "csv"]

#: Input kind by lower-cased file extension (after a ``.gz``, which is decompressed).
SUFFIX_KINDS: Final[Mapping[str, _Kind]] = {
    ".txt": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}

#: Compressed files are read through ``gzip`` whatever they hold.
GZIP_SUFFIX: Final = ".gz"

#: Short reasons for the operating-system errors users meet; others use their strerror.
OS_ERROR_REASONS: Final[tuple[tuple[type[OSError], str], ...]] = (
    (FileNotFoundError, "no such file or directory"),
    (PermissionError, "permission denied"),
    (IsADirectoryError, "is a directory"),
)

#: How much of standard input is looked at to tell JSONL, CSV and text apart.
_STDIN_SNIFF_BYTES: Final = 1 << 16
_GZIP_MAGIC: Final = b"\x1f\x8b"

#: Told about each file a folder holds but aidclaims does not read: (path, why).
SkipReport = Callable[[str, str], None]


@dataclass(frozen=True, slots=True)
class _Options:
    default_published: date | None
    max_bytes: int
    input_format: InputFormat = "auto"
    names: FieldNames = DEFAULT_FIELDS
    date_order: DateOrder | None = None
    skipped: SkipReport | None = None


def read_documents(
    paths: Sequence[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    default_published: date | None = None,
    max_bytes: int = 10_000_000,
    input_format: InputFormat = "auto",
    names: FieldNames = DEFAULT_FIELDS,
    date_order: DateOrder | None = None,
    skipped: SkipReport | None = None,
) -> Iterator[Document | InputError]:
    """Yield the documents in ``paths`` in order, and an ``InputError`` for each problem.

    Args:
        paths: files and folders as given on the command line; ``-`` reads ``stdin``. A
            ``.jsonl``/``.ndjson`` file holds one JSON object per line, a ``.csv`` file has a
            header row; records need ``text`` and may have ``id``, ``published``, ``title``
            and ``url``. Any other file is plain text unless it looks binary. A ``.gz`` file
            is decompressed and read by the extension before ``.gz``. Folders are walked
            recursively in name order for .txt, .md, .jsonl, .ndjson and .csv files (and
            their .gz), skipping hidden files and folders.
        stdin: the binary stream ``-`` reads (the CLI passes ``sys.stdin.buffer``). It is
            sniffed: JSON objects with a text field are JSONL, a header row naming the text
            column is CSV, anything else is one text; gzip is decompressed.
        default_published: the date of text files, stdin and records without ``published``.
        max_bytes: size limit of a text file, of a JSONL or CSV line and of a record's text.
            A JSONL line over it is skipped; a CSV line over it ends its file, because a
            quoted cell may span lines and there is no safe place to resume.
        input_format: ``auto`` (by extension, stdin sniffed) or the kind of every input.
        names: the keys (JSONL) or header names (CSV) of the text, the id and the date.
        date_order: how to read an ambiguous ``published`` such as ``01/03/2025``.
        skipped: called with (path, reason) for each file a folder holds that is not read.
    """
    options = _Options(default_published, max_bytes, input_format, names, date_order, skipped)
    for given in paths:
        name = os.fspath(given)
        if name == "-":
            yield from _read_stdin(stdin, options)
        else:
            yield from _read_path(name, options)


def kind_of(name: str) -> _Kind | None:
    """The input kind a file name says (``a.jsonl.gz`` is JSONL), None if it says none.

    >>> kind_of("a.JSONL.gz"), kind_of("notes.md"), kind_of("photo.png")
    ('jsonl', 'text', None)
    """
    lower = name.lower().removesuffix(GZIP_SUFFIX)
    return SUFFIX_KINDS.get(PurePath(lower).suffix)


# --- paths, folders and whole-text inputs ---


def _read_path(name: str, options: _Options) -> Iterator[Document | InputError]:
    path = Path(name)
    try:
        info = path.stat()
    except OSError as error:
        yield InputError(name, None, _os_reason(error))
        return
    if not stat.S_ISDIR(info.st_mode):
        yield from _read_file(name, path, info.st_size, options)
        return
    for item in _walk(name, path, set(), options):
        if isinstance(item, InputError):
            yield item
        else:
            yield from _read_file(*item, options)


def _walk(
    shown: str, folder: Path, seen: set[tuple[int, int]], options: _Options
) -> Iterator[tuple[str, Path, int] | InputError]:
    """Yield (name, path, size) of the files to read under ``folder``, in name order."""
    try:
        info = folder.stat()
        children = sorted(folder.iterdir(), key=lambda child: child.name)
    except OSError as error:
        yield InputError(shown, None, _os_reason(error))
        return
    if (info.st_dev, info.st_ino) in seen:  # a symbolic link back to a parent folder
        return
    seen.add((info.st_dev, info.st_ino))
    prefix = shown if shown.endswith(("/", os.sep)) else shown + os.sep
    for child in children:
        if child.name.startswith("."):
            continue
        try:
            child_info = child.stat()
        except OSError as error:
            yield InputError(prefix + child.name, None, _os_reason(error))
            continue
        if stat.S_ISDIR(child_info.st_mode):
            yield from _walk(prefix + child.name, child, seen, options)
        elif kind_of(child.name) is None:
            if options.skipped is not None:
                options.skipped(prefix + child.name, "unknown extension")
        elif stat.S_ISREG(child_info.st_mode):  # never block on a FIFO found in a folder
            yield prefix + child.name, child, child_info.st_size


def _read_file(
    name: str, path: Path, size: int, options: _Options
) -> Iterator[Document | InputError]:
    compressed = path.name.lower().endswith(GZIP_SUFFIX)
    kind = options.input_format
    if kind == "auto":
        kind = kind_of(path.name) or "text"
    if kind == "text" and not compressed and size > options.max_bytes:
        yield InputError(name, None, over_limit("file", size, options.max_bytes))
        return
    try:
        with path.open("rb") as raw:
            stream = cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb")) if compressed else raw
            yield from _read_stream(name, stream, kind, options)
    except OSError as error:
        yield InputError(name, None, _os_reason(error))


def _read_stdin(stdin: BinaryIO | None, options: _Options) -> Iterator[Document | InputError]:
    if stdin is None:
        yield InputError("-", None, "standard input is not available")
        return
    try:
        head = stdin.read(_STDIN_SNIFF_BYTES)
        stream = prefixed(head, stdin)
        if head.startswith(_GZIP_MAGIC):
            stream = cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb"))
            head = stream.read(_STDIN_SNIFF_BYTES)
            stream = prefixed(head, stream)
    except (OSError, EOFError, zlib.error) as error:
        yield InputError("-", None, _os_reason(error))
        return
    kind = options.input_format
    if kind == "auto":
        kind = sniff(head, options.names.text)
    yield from _read_stream("-", stream, kind, options)


def sniff(head: bytes, text_field: str = "text") -> _Kind:
    r"""Tell JSONL, CSV and plain text apart from the first bytes of standard input.

    JSONL: the first non-blank byte is ``{`` and the first line is a JSON object with the
    text field. CSV: the first line is a header row of two or more columns, one of them the
    text field (any case). Anything else is one text.

    >>> sniff(b'{"id": 1, "text": "Aid."}\n'), sniff(b"id,Text\n1,Aid.\n"), sniff(b"Aid, more.")
    ('jsonl', 'csv', 'text')
    """
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    first = body.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    if body.startswith(b"{"):
        record = parse_json_record(first)
        return "jsonl" if isinstance(record, dict) and text_field in record else "text"
    header = [cell.strip().lower() for cell in next(csv.reader([first]), [])]
    return "csv" if len(header) >= 2 and text_field.lower() in header else "text"


def _read_stream(
    name: str, stream: BinaryIO, kind: _Kind | InputFormat, options: _Options
) -> Iterator[Document | InputError]:
    try:
        if kind not in ("jsonl", "csv"):
            data = stream.read(options.max_bytes + 1)  # +1: a FIFO has no size to stat
            yield _text_document(name, data, options)
            return
        notes: dict[int, str] = {}
        lines = read_lines(stream, options.max_bytes, notes)
        if isinstance(lines, str):
            yield InputError(name, None, lines)
            return
        parse = _jsonl_documents if kind == "jsonl" else _csv_documents
        try:
            yield from parse(name, lines, options, notes)
        finally:
            lines.close()  # before the file closes: a UTF-16 reader detaches from it
    except (EOFError, zlib.error) as error:  # a truncated or damaged .gz
        yield InputError(name, None, f"not valid gzip: {error}".lower())


def _text_document(name: str, data: bytes, options: _Options) -> Document | InputError:
    what = "input" if name == "-" else "file"
    if len(data) > options.max_bytes:
        return InputError(name, None, over_limit(what, None, options.max_bytes))
    try:
        text, note = decode_noted(data)
    except ValueError as error:
        return InputError(name, None, str(error))
    if not text.strip():
        return InputError(name, None, f"empty {what}")
    notes = (note,) if note else ()
    return Document(_doc_name(name), text, options.default_published, source=name, notes=notes)


def _doc_name(name: str) -> str:
    """A path as a doc name: bytes of the name that were not UTF-8 become U+FFFD."""
    return replace_surrogates(name)


# --- JSONL and CSV records ---


def _jsonl_documents(
    name: str, lines: Lines, options: _Options, notes: dict[int, str]
) -> Iterator[Document | InputError]:
    found = False
    for item in lines:
        if isinstance(item, BadLine):
            yield InputError(name, f"line {item.number}", item.reason)
        elif item[1].strip():
            yield _with_notes(_jsonl_record(name, *item, options), notes)
        else:
            continue  # blank lines are allowed anywhere
        found = True
    if not found:
        yield InputError(name, None, "empty file")


def _jsonl_record(name: str, number: int, line: str, options: _Options) -> Document | InputError:
    value = parse_json_record(line)
    if isinstance(value, str):
        return InputError(name, f"line {number}", value)
    return _record(name, f"line {number}", f"{name}:{number}", value, options)


def _with_notes(item: Document | InputError, notes: dict[int, str]) -> Document | InputError:
    """Add the decoding notes of the lines read so far to the record they belong to."""
    if not notes:
        return item
    found = tuple(notes.values())
    notes.clear()
    return replace(item, notes=found + item.notes) if isinstance(item, Document) else item


def _csv_documents(
    name: str, lines: Lines, options: _Options, notes: dict[int, str]
) -> Iterator[Document | InputError]:
    # csv.field_size_limit is process-wide: only ever raise it, so other users keep working.
    if csv.field_size_limit() <= options.max_bytes:
        csv.field_size_limit(options.max_bytes + 1)
    reader = csv.reader(_csv_lines(lines))
    columns: dict[str, int] = {}
    wanted = {key.lower(): key for key in (*options.names, "title", "url")}
    row_number = 0  # as a spreadsheet shows it: the header is row 1
    while True:
        try:
            row = next(reader, None)
        except BadLine as bad:  # a quoted cell may span lines: no safe place to resume
            skipped = "" if bad.last else "; rest of file skipped"
            yield InputError(name, f"line {bad.number}", bad.reason + skipped)
            return
        except csv.Error as error:  # "field larger than field limit (10000001)"
            where = f"row {row_number + 1}"
            yield InputError(name, where, f"not valid CSV: {error}; rest of file skipped")
            return
        if row is None:
            break
        row_number += 1
        if row_number == 1:
            for index, column in enumerate(row):
                key = wanted.get(column.strip().lower())
                if key is not None:
                    columns.setdefault(key, index)
            if options.names.text not in columns:
                yield InputError(name, None, f"no {options.names.text} column in the header row")
                return
        elif any(cell.strip() for cell in row):
            fields = {column: row[index] for column, index in columns.items() if index < len(row)}
            record = _record(name, f"row {row_number}", f"{name}:{row_number}", fields, options)
            yield _with_notes(record, notes)
    if row_number == 0:
        yield InputError(name, None, "empty file")


def _csv_lines(lines: Lines) -> Iterator[str]:
    for item in lines:
        if isinstance(item, BadLine):
            raise item
        yield item[1]


def _record(
    name: str, where: str, fallback_doc: str, fields: Mapping[str, object], options: _Options
) -> Document | InputError:
    """Check one JSONL object or CSV row (with the shared checker) and build its Document."""
    checked = check_record(
        fields,
        fallback_doc=fallback_doc,
        default_published=options.default_published,
        max_chars=options.max_bytes,  # characters <= UTF-8 bytes, so never rejects a fit
        names=options.names,
        date_order=options.date_order,
    )
    if isinstance(checked, str):
        return InputError(name, where, checked)
    return replace(checked, source=name, where=where)


# --- small helpers ---


def _os_reason(error: OSError | EOFError | zlib.error) -> str:
    for kind, reason in OS_ERROR_REASONS:
        if isinstance(error, kind):
            return reason
    if isinstance(error, OSError):
        return (error.strerror or str(error) or type(error).__name__).lower()
    return f"not valid gzip: {error}".lower()
