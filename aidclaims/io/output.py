"""Where the claims go: standard output or a file written atomically, safe from signals.

``open_output`` writes a file through a temporary file beside it, renamed into place at the
end, so an interrupted run never leaves half a file; ``stop_on_signals`` turns SIGTERM and
SIGHUP into an exception, so the temporary file is removed on those too.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import io
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from types import FrameType, MappingProxyType
from typing import TYPE_CHECKING, BinaryIO, Final, TextIO

if TYPE_CHECKING:
    from pydantic import BaseModel

#: Signals that end a run the way Ctrl-C does: the temporary file is removed, and the
#: exit status is 128 + the signal number, as shells report it.
STOP_SIGNALS: Final[tuple[str, ...]] = (
    "SIGTERM",  # kill, systemd, docker stop
    "SIGHUP",  # the terminal closed
)

#: Marks the temporary file beside ``-o FILE``: ``.claims.csv.aidclaims-tmp-4242``.
TEMP_MARK: Final = ".aidclaims-tmp-"


class Format(StrEnum):
    """Output formats, the same for ``extract`` and ``pledges``."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


#: The format ``-o FILE`` implies when ``--format`` is not given (else CSV).
SUFFIX_FORMATS: Final[Mapping[str, Format]] = MappingProxyType(
    {
        ".csv": Format.csv,
        ".tsv": Format.tsv,
        ".tab": Format.tsv,
        ".json": Format.json,
        ".jsonl": Format.jsonl,
        ".ndjson": Format.jsonl,
        ".parquet": Format.parquet,
    }
)


def choose_format(fmt: str | None, output: Path | None) -> Format:
    """``--format`` if given, else the ``-o`` suffix's, else table on a terminal, else CSV."""
    if fmt is not None:
        return Format(fmt.lower())
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), Format.csv)
    return Format.table if sys.stdout is not None and sys.stdout.isatty() else Format.csv


def output_problem(output: Path, paths: Iterable[str]) -> str | None:
    """Why ``-o output`` must be refused before reading anything, or None when it can be written.

    A folder, a missing parent folder, and a file that is also an input (or inside an input
    folder) are refused: writing it would destroy the articles.
    """
    if output.is_dir():
        return f"{output} is a folder"
    parent = output.parent
    if not parent.is_dir():
        return f"{output}: folder {parent} does not exist"
    if not output.exists():
        return None
    for name in paths:
        given = Path(name)
        if name == "-" or not given.exists():
            continue
        inside = given.is_dir() and Path(os.path.realpath(output)).is_relative_to(
            os.path.realpath(given)
        )
        if given.samefile(output) or inside:
            return f"{output} is also an input ({name}): writing it would destroy the articles"
    return None


class Writing:
    """How to write records: the columns and the CSV options (the same for every command).

    ``table`` prints the records for people (each command has its own table); ``model`` is the
    records' pydantic class, whose annotations give the Parquet column types.
    """

    def __init__(
        self,
        fields: Sequence[str],
        table: Callable[[list[object], TextIO], None],
        model: type[BaseModel],
        *,
        header: bool = True,
        raw_csv: bool = False,
        excel: bool = False,
    ) -> None:
        self.fields, self.table, self.model = tuple(fields), table, model
        self.header, self.raw_csv, self.excel = header, raw_csv, excel


def write_records(
    fmt: Format, records: Iterable[object], output: Path | None, how: Writing
) -> None:
    """Write ``records`` (claims, pledges: any objects with the ``how.fields`` attributes).

    CSV, TSV, JSON and JSON Lines stream; the table and Parquet buffer. A file is written
    through :func:`open_output` (atomic; a symlink is written through).

    Raises:
        ImportError: Parquet without pyarrow (before anything is written).
        OSError: the output cannot be written.
    """
    from aidclaims.io import writers

    if fmt is Format.parquet:
        from aidclaims.io.parquet import parquet_types, pyarrow_module, write_parquet_rows

        pyarrow_module()  # before any work: says how to install it
        every = parquet_types(how.model)
        types = {name: every[name] for name in how.fields}
        with open_binary_output(output) as binary:
            rows = (writers.record_to_row(r, how.fields) for r in records)
            write_parquet_rows(rows, binary, types=types)
        return
    with open_output(output) as stream:
        if fmt is Format.table:
            how.table(list(records), stream)
        elif fmt in (Format.csv, Format.tsv):
            writers.write_csv(
                records,
                stream,
                raw=how.raw_csv,
                excel=how.excel,
                delimiter="\t" if fmt is Format.tsv else ",",
                fields=how.fields,
                header=how.header,
                terminal=stream.isatty(),  # a person reads it: control characters are shown
            )
        elif fmt is Format.json:
            writers.write_json(records, stream, fields=how.fields)
        else:
            writers.write_jsonl(records, stream, fields=how.fields)


class Stopped(BaseException):
    """A stop signal arrived; ``number`` is the signal.

    A BaseException, as KeyboardInterrupt is: the per-document guard must not catch it.
    """

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Raise :class:`Stopped` in the main thread on SIGTERM or SIGHUP, until the block ends."""
    previous: dict[int, object] = {}

    def handler(number: int, _frame: FrameType | None) -> None:
        raise Stopped(number)

    for name in STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, handler)
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)  # type: ignore[arg-type]  # what signal() returned


def temp_path(output: Path) -> Path:
    """The temporary file beside ``output`` that this process writes.

    >>> temp_path(Path("out/claims.csv")).name.startswith(".claims.csv.aidclaims-tmp-")
    True
    """
    return output.with_name(f".{output.name}{TEMP_MARK}{os.getpid()}")


def remove_stale_temp_files(output: Path) -> list[Path]:
    """Remove the temporary files of ``output`` that runs killed with ``kill -9`` left.

    Only files named as :func:`temp_path` names them, for this very output, whose process
    is gone, are removed; a run still writing keeps its file.

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    prefix = f".{output.name}{TEMP_MARK}"
    try:
        candidates = list(output.parent.glob(glob.escape(prefix) + "*"))
    except OSError:
        return removed
    for candidate in candidates:
        pid = candidate.name.removeprefix(prefix)
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


@contextmanager
def open_output(output: Path | None) -> Iterator[TextIO]:
    """Standard output, or a temporary file beside ``output`` renamed into place at the end.

    A target that exists and is not a regular file (``/dev/null``, a named pipe) is written
    directly: renaming over it would replace the device with a file. A symbolic link is
    written through: the file it points to is replaced, and the link stays.
    """
    with _open(output, binary=False) as stream:
        yield stream  # type: ignore[misc]  # text mode


@contextmanager
def open_binary_output(output: Path | None) -> Iterator[BinaryIO]:
    """As :func:`open_output`, for binary formats (Parquet)."""
    with _open(output, binary=True) as stream:
        yield stream  # type: ignore[misc]  # binary mode


@contextmanager
def _open(output: Path | None, *, binary: bool) -> Iterator[TextIO | BinaryIO]:
    if output is None and binary:
        if sys.stdout is None:
            raise OSError(errno.EBADF, "standard output is closed")
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if output is None:
        stdout = utf8_stdout()
        if stdout is None:
            raise OSError(errno.EBADF, "standard output is closed")
        yield stdout
        stdout.flush()
        if isinstance(stdout, io.TextIOWrapper) and stdout is not sys.stdout:
            stdout.detach()  # sys.stdout keeps the buffer
        return
    if output.exists() and not output.is_file():
        with _open_file(output, binary) as stream:
            yield stream
        return
    target = Path(os.path.realpath(output)) if output.is_symlink() else output
    remove_stale_temp_files(target)
    tmp = temp_path(target)
    try:
        with _open_file(tmp, binary) as stream:
            yield stream
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _open_file(path: Path, binary: bool) -> TextIO | BinaryIO:
    if binary:
        return path.open("wb")
    return path.open("w", encoding="utf-8", newline="")


def utf8_stdout() -> TextIO | None:
    """A UTF-8 text stream over standard output whatever the locale, or None if it is closed.

    Data formats are always UTF-8 (the locale may be ASCII or Latin-1). The caller flushes
    it and calls ``detach()`` at the end, which leaves ``sys.stdout`` open.
    """
    stdout = sys.stdout
    if stdout is None:  # started with ">&-"
        return None
    buffer = getattr(stdout, "buffer", None)
    if buffer is None or (stdout.encoding or "").lower().replace("-", "") == "utf8":
        return stdout
    stdout.flush()
    return io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)


def silence_stdout() -> None:
    """Point standard output at the null device, so the final flush at exit cannot fail."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
