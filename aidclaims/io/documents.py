r"""Documents: read text files, folders, standard input, JSONL and CSV into ``Document`` records.

``read_documents`` streams: JSONL and CSV files are read one line or record at a time. A
problem with a path, file or record never stops the batch; it is yielded as an ``InputError``
in stream order. Decoded text is kept exactly as stored (``\r\n`` stays, no Unicode
normalisation), because claim offsets index it.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO, Final

from aidclaims.errors import InputError
from aidclaims.io.decoding import Bom, binary_reason, decode_noted, decode_text, find_bom
from aidclaims.io.records import (
    Document,
    check_record,
    over_limit,
    parse_json_record,
    replace_surrogates,
)

# --- input kinds, by lower-cased file extension ---
JSONL_SUFFIXES: Final = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES: Final = frozenset({".csv"})
#: What a folder contributes; other files in it (images, .json, .docx) are skipped silently.
FOLDER_SUFFIXES: Final = frozenset({".txt", ".md", ".jsonl", ".ndjson", ".csv"})


#: Short reasons for the operating-system errors users meet; others use their strerror.
OS_ERROR_REASONS: Final[tuple[tuple[type[OSError], str], ...]] = (
    (FileNotFoundError, "no such file or directory"),
    (PermissionError, "permission denied"),
    (IsADirectoryError, "is a directory"),
)

_SNIFF_BYTES: Final = 8192  # how much of a JSONL/CSV file is checked for binary content
_SKIP_CHUNK: Final = 1 << 16  # read size while skipping the rest of an over-long line
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")  # only bad UTF-16/32 decodes to these


@dataclass(frozen=True, slots=True)
class _Options:
    default_published: date | None
    max_bytes: int


class _BadLine(Exception):
    """A JSONL/CSV line that cannot be used (too long or undecodable); ``last`` ends the file."""

    def __init__(self, number: int, reason: str, *, last: bool = False) -> None:
        super().__init__(number, reason)
        self.number, self.last = number, last
        self.reason = f"{reason}; rest of file skipped" if last else reason


_Lines = Generator[tuple[int, str] | _BadLine, None, None]  # numbered lines, endings kept


def read_documents(
    paths: Sequence[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    default_published: date | None = None,
    max_bytes: int = 10_000_000,
) -> Iterator[Document | InputError]:
    """Yield the documents in ``paths`` in order, and an ``InputError`` for each problem.

    Args:
        paths: files and folders as given on the command line; ``-`` reads ``stdin``. A
            ``.jsonl``/``.ndjson`` file holds one JSON object per line, a ``.csv`` file has a
            header row; records need ``text`` and may have ``id``, ``published``, ``title``
            and ``url``. Any other file is plain text unless it looks binary. Folders are
            walked recursively in name order for .txt, .md, .jsonl, .ndjson and .csv files,
            skipping hidden files and folders.
        stdin: the binary stream ``-`` reads (the CLI passes ``sys.stdin.buffer``).
        default_published: the date of text files, stdin and records without ``published``.
        max_bytes: size limit of a text file, of a JSONL or CSV line and of a record's text.
            A JSONL line over it is skipped; a CSV line over it ends its file, because a
            quoted cell may span lines and there is no safe place to resume.
    """
    options = _Options(default_published, max_bytes)
    for given in paths:
        name = os.fspath(given)
        if name == "-":
            yield _read_stdin(stdin, options)
        else:
            yield from _read_path(name, options)


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
    for item in _walk(name, path, set()):
        if isinstance(item, InputError):
            yield item
        else:
            yield from _read_file(*item, options)


def _walk(
    shown: str, folder: Path, seen: set[tuple[int, int]]
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
        if child.name.startswith(".") or (
            child.suffix.lower() not in FOLDER_SUFFIXES and not child.is_dir()
        ):
            continue
        try:
            child_info = child.stat()
        except OSError as error:
            yield InputError(prefix + child.name, None, _os_reason(error))
            continue
        if stat.S_ISDIR(child_info.st_mode):
            yield from _walk(prefix + child.name, child, seen)
        elif stat.S_ISREG(child_info.st_mode):  # never block on a FIFO found in a folder
            yield prefix + child.name, child, child_info.st_size


def _read_file(
    name: str, path: Path, size: int, options: _Options
) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES | CSV_SUFFIXES:
        if size > options.max_bytes:
            yield InputError(name, None, over_limit("file", size, options.max_bytes))
            return
        try:
            with path.open("rb") as stream:
                data = stream.read(options.max_bytes + 1)  # +1: a FIFO has no size to stat
        except OSError as error:
            yield InputError(name, None, _os_reason(error))
            return
        yield _text_document(name, data, options)
        return
    parse = _jsonl_documents if suffix in JSONL_SUFFIXES else _csv_documents
    try:
        with path.open("rb") as stream:
            notes: dict[int, str] = {}
            lines = _lines(stream, options.max_bytes, notes)
            if isinstance(lines, str):
                yield InputError(name, None, lines)
                return
            try:
                yield from parse(name, lines, options, notes)
            finally:
                lines.close()  # before the file closes: a UTF-16 reader detaches from it
    except OSError as error:
        yield InputError(name, None, _os_reason(error))


def _read_stdin(stdin: BinaryIO | None, options: _Options) -> Document | InputError:
    if stdin is None:
        return InputError("-", None, "standard input is not available")
    try:
        data = stdin.read(options.max_bytes + 1)
    except OSError as error:
        return InputError("-", None, _os_reason(error))
    return _text_document("-", data, options)


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
    name: str, lines: _Lines, options: _Options, notes: dict[int, str]
) -> Iterator[Document | InputError]:
    found = False
    for item in lines:
        if isinstance(item, _BadLine):
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
    name: str, lines: _Lines, options: _Options, notes: dict[int, str]
) -> Iterator[Document | InputError]:
    # csv.field_size_limit is process-wide: only ever raise it, so other users keep working.
    if csv.field_size_limit() <= options.max_bytes:
        csv.field_size_limit(options.max_bytes + 1)
    reader = csv.reader(_csv_lines(lines))
    columns: dict[str, int] = {}
    row_number = 0  # as a spreadsheet shows it: the header is row 1
    while True:
        try:
            row = next(reader, None)
        except _BadLine as bad:  # a quoted cell may span lines: no safe place to resume
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
                columns.setdefault(column.strip().lower(), index)
            if "text" not in columns:
                yield InputError(name, None, "no text column in the header row")
                return
        elif any(cell.strip() for cell in row):
            fields = {column: row[index] for column, index in columns.items() if index < len(row)}
            record = _record(name, f"row {row_number}", f"{name}:{row_number}", fields, options)
            yield _with_notes(record, notes)
    if row_number == 0:
        yield InputError(name, None, "empty file")


def _csv_lines(lines: _Lines) -> Iterator[str]:
    for item in lines:
        if isinstance(item, _BadLine):
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
    )
    if isinstance(checked, str):
        return InputError(name, where, checked)
    return replace(checked, source=name, where=where)


# --- lines of a JSONL/CSV file ---


def _lines(stream: BinaryIO, max_bytes: int, notes: dict[int, str]) -> _Lines | str:
    """Return the numbered lines of ``stream``, or the reason it looks binary.

    A line repaired while decoding leaves a note in ``notes``, under its number.
    """
    head = stream.read(_SNIFF_BYTES)
    reason = binary_reason(head)
    if reason is not None:
        return reason
    bom = find_bom(head)
    stream.seek(len(bom.mark) if bom else 0)
    if bom is None or bom.codec == "utf-8":
        return _byte_lines(stream, max_bytes, notes)
    return _wide_lines(stream, bom, max_bytes)


def _byte_lines(stream: BinaryIO, max_bytes: int, notes: dict[int, str]) -> _Lines:
    """Lines of an ASCII-compatible file, each decoded on its own (UTF-8, else cp1252)."""
    number = 0
    while raw := stream.readline(max_bytes + 1):
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while not raw.endswith(b"\n") and (raw := stream.readline(_SKIP_CHUNK)):
                size += len(raw)
            yield _BadLine(number, over_limit("line", size, max_bytes))
            continue
        try:
            line, note = decode_text(raw)
        except ValueError as error:
            yield _BadLine(number, str(error))
            continue
        if note:
            notes[number] = note
        yield number, line


def _wide_lines(stream: BinaryIO, bom: Bom, max_bytes: int) -> _Lines:
    """Lines of a UTF-16/32 file.

    ``surrogatepass`` turns a lone surrogate, the usual damage, into a character that valid
    text never holds, so only its line is lost. Other damage (a truncated last character)
    raises while decoding a whole 8 kB chunk, and ends the file.
    """
    reader = io.TextIOWrapper(stream, encoding=bom.codec, errors="surrogatepass", newline="")
    number = 0
    try:
        while True:
            number += 1
            try:
                line = reader.readline(max_bytes + 1)
            except UnicodeDecodeError:
                yield _BadLine(number, f"not valid {bom.label} text", last=True)
                return
            if not line:
                return
            if len(line) > max_bytes and not line.endswith(("\n", "\r")):
                yield _BadLine(number, over_limit("line", None, max_bytes), last=True)
                return
            yield (
                _BadLine(number, f"not valid {bom.label} text")
                if _SURROGATE_RE.search(line)
                else (number, line)
            )
    finally:
        reader.detach()  # leave closing the file to the caller's ``with``


# --- small helpers ---


def _os_reason(error: OSError) -> str:
    for kind, reason in OS_ERROR_REASONS:
        if isinstance(error, kind):
            return reason
    return (error.strerror or str(error) or type(error).__name__).lower()
