"""Numbered lines of a JSONL or CSV stream, each decoded on its own, and streams that sniff.

A line that cannot be used (too long, undecodable) is a :class:`BadLine` in the stream, so
one bad line never ends a file unless no safe place to resume is left.
"""

from __future__ import annotations

import io
import re
from collections.abc import Generator
from typing import BinaryIO, Final

from aidclaims.io.decoding import Bom, binary_reason, decode_text, find_bom
from aidclaims.io.records import over_limit

SNIFF_BYTES: Final = 8192  # how much of a JSONL/CSV file is checked for binary content
_SKIP_CHUNK: Final = 1 << 16  # read size while skipping the rest of an over-long line
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")  # only bad UTF-16/32 decodes to these


class BadLine(Exception):
    """A JSONL/CSV line that cannot be used (too long or undecodable); ``last`` ends the file."""

    def __init__(self, number: int, reason: str, *, last: bool = False) -> None:
        super().__init__(number, reason)
        self.number, self.last = number, last
        self.reason = f"{reason}; rest of file skipped" if last else reason


#: Numbered lines, line endings kept, or the lines that could not be read.
Lines = Generator[tuple[int, str] | BadLine, None, None]


class _Prefixed(io.RawIOBase):
    """A raw stream that reads ``head`` first, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head:
            size = min(len(view), len(self._head))
            view[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


def prefixed(head: bytes, stream: BinaryIO) -> BinaryIO:
    r"""A buffered stream of ``head`` followed by the rest of ``stream`` (for sniffed input).

    >>> prefixed(b"ab", io.BytesIO(b"c\nd")).readline()
    b'abc\n'
    """
    return io.BufferedReader(_Prefixed(head, stream))


def read_lines(stream: BinaryIO, max_bytes: int, notes: dict[int, str]) -> Lines | str:
    """Return the numbered lines of ``stream``, or the reason it looks binary.

    A line repaired while decoding leaves a note in ``notes``, under its number.
    """
    head = stream.read(SNIFF_BYTES)
    reason = binary_reason(head)
    if reason is not None:
        return reason
    bom = find_bom(head)
    rest = prefixed(head[len(bom.mark) if bom else 0 :], stream)
    if bom is None or bom.codec == "utf-8":
        return _byte_lines(rest, max_bytes, notes)
    return _wide_lines(rest, bom, max_bytes)


def _byte_lines(stream: BinaryIO, max_bytes: int, notes: dict[int, str]) -> Lines:
    """Lines of an ASCII-compatible file, each decoded on its own (UTF-8, else cp1252)."""
    number = 0
    while raw := stream.readline(max_bytes + 1):
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while not raw.endswith(b"\n") and (raw := stream.readline(_SKIP_CHUNK)):
                size += len(raw)
            yield BadLine(number, over_limit("line", size, max_bytes))
            continue
        try:
            line, note = decode_text(raw)
        except ValueError as error:
            yield BadLine(number, str(error))
            continue
        if note:
            notes[number] = note
        yield number, line


def _wide_lines(stream: BinaryIO, bom: Bom, max_bytes: int) -> Lines:
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
                yield BadLine(number, f"not valid {bom.label} text", last=True)
                return
            if not line:
                return
            if len(line) > max_bytes and not line.endswith(("\n", "\r")):
                yield BadLine(number, over_limit("line", None, max_bytes), last=True)
                return
            yield (
                BadLine(number, f"not valid {bom.label} text")
                if _SURROGATE_RE.search(line)
                else (number, line)
            )
    finally:
        reader.detach()  # leave closing the file to the caller's ``with``
