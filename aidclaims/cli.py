"""The ``aidclaims`` command: read documents, extract claims, write them. No extraction logic here.

Heavy modules (rich, pydantic, the pipeline) are imported inside the command, so that
``aidclaims --help`` starts fast.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from aidclaims.errors import ExitCode, InputError

if TYPE_CHECKING:
    from rich.console import Console

    from aidclaims.model import Claim


class Format(StrEnum):
    """Output formats."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


_SUFFIX_FORMATS = {
    ".csv": Format.csv,
    ".json": Format.json,
    ".jsonl": Format.jsonl,
    ".ndjson": Format.jsonl,
}

app = typer.Typer(
    help="Extract aid-pledge money claims from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain click help: rendering it with rich costs ~100 ms of start-up (issue #5: <= 120 ms)
    rich_markup_mode=None,
)


@app.callback()
def _main() -> None:
    """Turn money figures tied to aid in news articles into typed records."""


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from aidclaims.io.records import parse_date

    parsed = parse_date(value) if len(value) == 10 else None  # YYYY-MM-DD only
    if parsed is None:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")
    return parsed


@app.command()
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Text files (.txt, .md), folders (read recursively), JSONL or CSV files of "
            "articles, or '-' for standard input (the default when input is piped).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: table on a terminal, else from the -o suffix, else csv.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to FILE (atomically) instead of standard output."
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date (YYYY-MM-DD) for documents that have none; relative "
            "periods such as 'this year' resolve against it.",
            callback=_parse_date,
            metavar="YYYY-MM-DD",
        ),
    ] = None,
    include_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Also output money that is not aid (prices, budgets), with aid=false."
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Worker processes; 0 = all cores. Output order is kept."
        ),
    ] = 1,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar on standard error.")
    ] = False,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            help="Skip (and report) a text file, JSONL line or CSV cell larger than this.",
        ),
    ] = 10_000_000,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first bad file or record.")
    ] = False,
    raw_csv: Annotated[
        bool,
        typer.Option(
            "--raw-csv",
            help="Do not neutralise CSV cells starting with = + - @ (formula injection guard).",
        ),
    ] = False,
    excel: Annotated[
        bool,
        typer.Option("--excel", help="Start CSV output with a UTF-8 BOM so Excel reads accents."),
    ] = False,
) -> None:
    """Extract claims from articles and write them as a table, CSV, JSON or JSONL."""
    from rich.console import Console

    from aidclaims.io.documents import read_documents
    from aidclaims.io.output import Stopped, open_output, silence_stdout, stop_on_signals
    from aidclaims.io.runner import run_documents

    stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    if not paths:
        if sys.stdin is not None and sys.stdin.isatty():
            raise typer.BadParameter(
                "give a file, a folder or '-' (or pipe text in)", param_hint="PATHS"
            )
        paths = ["-"]
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as for input
    fmt = _choose_format(output_format, output)
    if output is not None:
        _check_output(output)
    elif sys.stdout is None:  # started with ">&-"
        _say(stderr, "cannot write standard output: it is closed")
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    default_published: date | None = published  # type: ignore[assignment]  # via _parse_date
    stats = _Stats()
    stdin = sys.stdin.buffer if sys.stdin is not None else None
    items = read_documents(
        paths, stdin=stdin, default_published=default_published, max_bytes=max_bytes
    )

    def claims() -> Iterator[Claim]:
        with _progress(stderr, enabled=not quiet and _many(paths)) as advance:
            outcomes = run_documents(items, jobs=jobs, include_non_aid=include_all, strict=strict)
            for outcome in outcomes:
                if outcome.error is not None:
                    stats.failed += 1
                    _say(stderr, str(outcome.error))
                    if strict:
                        raise _StrictStop
                    continue
                if outcome.notes:  # read, with a repair worth knowing: one line
                    stats.repaired += 1
                    note = InputError(outcome.source, outcome.where, "; ".join(outcome.notes))
                    _say(stderr, str(note))
                stats.documents += 1
                advance(len(outcome.claims))
                yield from outcome.claims

    where = str(output) if output is not None else "standard output"
    try:
        with stop_on_signals(), open_output(output) as stream:
            _write(fmt, claims(), stream, stats, raw_csv=raw_csv, excel=excel)
    except _StrictStop:
        _say(stderr, "stopped at the first failure (--strict)")
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    except BrokenPipeError:
        # "| head" closed the pipe: stop quietly, as csvkit does
        silence_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        _say(stderr, f"cannot write {where}: {reason}")
        if output is None:
            silence_stdout()  # or the flush at exit fails once more, with a traceback
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    except KeyboardInterrupt:
        _say(stderr, "interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except Stopped as stop:
        _say(stderr, "terminated" if stop.number == signal.SIGTERM else "hung up")
        raise typer.Exit(128 + stop.number) from None
    if stats.failed or stats.repaired:
        parts = [_count(stats.failed, "failed")] if stats.failed else []
        if stats.repaired:
            parts.append(_count(stats.repaired, "read with repairs", bare=bool(parts)))
        _say(stderr, f"{', '.join(parts)}, {stats.documents} read")
        raise typer.Exit(ExitCode.INPUT_ERRORS)


def _count(number: int, what: str, *, bare: bool = False) -> str:
    """``2 documents failed``; ``bare`` leaves the noun out (``1 read with repairs``)."""
    if bare:
        return f"{number} {what}"
    return f"{number} {'document' if number == 1 else 'documents'} {what}"


def _say(stderr: Console, message: str) -> None:
    """One line on standard error; control characters in names and text are shown, not run."""
    from aidclaims.io.terminal import printable

    if sys.stderr is not None:
        stderr.print("aidclaims: " + printable(message), markup=False)


class _StrictStop(Exception):
    """--strict: the first failure ends the run."""


def _many(paths: list[str]) -> bool:
    """Whether the input may hold more than one document (worth a progress bar)."""
    if len(paths) > 1:
        return True
    p = Path(paths[0])
    return p.is_dir() or p.suffix.lower() in (".jsonl", ".ndjson", ".csv")


@contextmanager
def _progress(console: Console, *, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error, only on a terminal and never in CI."""
    if not enabled or not console.is_terminal or os.environ.get("CI"):
        yield lambda _claims: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:,} documents, {task.fields[claims]:,} claims"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("extract", total=None, claims=0, rate="")
        started = time.monotonic()
        found = done = 0

        def advance(claims: int) -> None:
            nonlocal found, done
            found += claims
            done += 1
            elapsed = time.monotonic() - started
            rate = f"{done / elapsed:,.0f} docs/s" if elapsed > 0 else ""
            progress.update(task, advance=1, claims=found, rate=rate)

        yield advance


class _Stats:
    """Counts kept while the stream runs."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.repaired = 0


def _check_output(output: Path) -> None:
    """Refuse an output path that cannot be written, before reading any input."""
    if output.is_dir():
        raise typer.BadParameter(f"{output} is a folder", param_hint="'--output'")
    parent = output.parent
    if not parent.is_dir():
        raise typer.BadParameter(
            f"{output}: folder {parent} does not exist", param_hint="'--output'"
        )


def _choose_format(fmt: Format | None, output: Path | None) -> Format:
    if fmt is not None:
        return fmt
    if output is not None:
        return _SUFFIX_FORMATS.get(output.suffix.lower(), Format.csv)
    return Format.table if sys.stdout.isatty() else Format.csv


def _write(
    fmt: Format,
    claims: Iterator[Claim],
    stream: TextIO,
    stats: _Stats,
    *,
    raw_csv: bool,
    excel: bool,
) -> None:
    from aidclaims.io import writers

    if fmt is Format.table:
        from rich.console import Console

        from aidclaims.io.table import write_table

        rows = list(claims)
        console = Console(file=stream) if stream is not sys.stdout else Console()
        write_table(rows, console, documents=stats.documents)
    elif fmt is Format.csv:
        terminal = stream.isatty()  # a person reads it: control characters are shown
        writers.write_csv(claims, stream, raw=raw_csv, excel=excel, terminal=terminal)
    elif fmt is Format.json:
        writers.write_json(claims, stream)
    else:
        writers.write_jsonl(claims, stream)
