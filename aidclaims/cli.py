"""The ``aidclaims`` command: read documents, extract claims, write them. No extraction logic here.

Heavy modules (rich, pydantic, the pipeline) are imported inside the command, so that
``aidclaims --help`` and ``aidclaims extract --help`` start fast.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
import typer.core

from aidclaims import __version__
from aidclaims.errors import ExitCode, InputError

if TYPE_CHECKING:
    from rich.console import Console

    from aidclaims.model import Claim


class Format(StrEnum):
    """Output formats."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


_SUFFIX_FORMATS = {
    ".csv": Format.csv,
    ".tsv": Format.tsv,
    ".tab": Format.tsv,
    ".json": Format.json,
    ".jsonl": Format.jsonl,
    ".ndjson": Format.jsonl,
    ".parquet": Format.parquet,
}

_argument_help_record = typer.core.TyperArgument.get_help_record


def _path_help_record(self: typer.core.TyperArgument, ctx: typer.Context) -> tuple[str, str] | None:
    """``PATH...`` in ``--help``, where typer would write ``PATH <list[str]>``."""
    record = _argument_help_record(self, ctx)
    if record is not None and self.metavar == "PATH":
        return "PATH...", record[1]
    return record


typer.core.TyperArgument.get_help_record = _path_help_record  # type: ignore[method-assign, assignment]

app = typer.Typer(
    help="Extract aid-pledge money claims from news articles.",
    epilog="Start with: aidclaims extract FILE_OR_FOLDER (aidclaims extract --help).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain click help: rendering it with rich costs ~100 ms of start-up (issue #5: <= 120 ms)
    rich_markup_mode=None,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"aidclaims {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _main(
    _version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="Show the version and exit.",
            callback=_show_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Turn money figures tied to aid in news articles into typed records."""


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    from aidclaims.io.records import parse_date

    parsed = parse_date(value) if len(value) == 10 else None  # YYYY-MM-DD only
    if parsed is None:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")
    return parsed


def _choice(*values: str) -> Callable[[str], str]:
    """A parser that accepts one of ``values`` (any case), or says "invalid choice".

    An Enum parameter would make typer report a pydantic "Value error" instead.
    """

    def parse(value: str) -> str:
        if value.lower() in values:
            return value.lower()
        raise typer.BadParameter(f"invalid choice: {value!r} (choose from {', '.join(values)})")

    return parse


_FORMATS = tuple(Format)


@app.command()
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Text files (.txt, .md), folders (read recursively), JSONL or CSV files of "
            "articles (also .gz), or '-' for standard input (the default when input is "
            "piped).",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: table on a terminal, else from the -o suffix, else csv.",
            show_default=False,
            parser=_choice(*_FORMATS),
            metavar="[" + "|".join(_FORMATS) + "]",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to FILE (atomically) instead of standard output."
        ),
    ] = None,
    fields: Annotated[
        str | None,
        typer.Option(
            "--fields",
            help="Columns (CSV, TSV) or keys (JSON, JSONL) to write, in this order: "
            "doc,amount_text,value,currency.",
            metavar="A,B,...",
        ),
    ] = None,
    no_header: Annotated[
        bool, typer.Option("--no-header", help="CSV and TSV without the header row.")
    ] = False,
    wide: Annotated[
        bool,
        typer.Option("--wide", help="Table: every column, however wide the terminal is."),
    ] = False,
    input_format: Annotated[
        str,
        typer.Option(
            "--input-format",
            help="How to read inputs: auto (by extension; standard input is sniffed), "
            "text, jsonl or csv.",
            parser=_choice("auto", "text", "jsonl", "csv"),
            metavar="[auto|text|jsonl|csv]",
        ),
    ] = "auto",
    text_field: Annotated[
        str, typer.Option("--text-field", help="JSONL key or CSV column of the article text.")
    ] = "text",
    id_field: Annotated[
        str, typer.Option("--id-field", help="JSONL key or CSV column of the article id.")
    ] = "id",
    date_field: Annotated[
        str,
        typer.Option("--date-field", help="JSONL key or CSV column of the publication date."),
    ] = "published",
    date_order: Annotated[
        str | None,
        typer.Option(
            "--date-order",
            help="Read a publication date such as 01/03/2025 day first (dmy) or month first "
            "(mdy). Without it, such a date is left out and reported.",
            parser=_choice("dmy", "mdy"),
            metavar="[dmy|mdy]",
            show_default=False,
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
        bool,
        typer.Option(
            "--strict", help="Stop at the first bad file or record (and on internal errors)."
        ),
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
    """Extract claims from articles and write them as a table, CSV, TSV, JSON, JSONL or Parquet."""
    from rich.console import Console

    from aidclaims.io.documents import read_documents
    from aidclaims.io.interrupt import check as check_interrupt
    from aidclaims.io.interrupt import while_running
    from aidclaims.io.output import Stopped, silence_stdout, stop_on_signals
    from aidclaims.io.progress import estimate_documents, progress_bar
    from aidclaims.io.records import FieldNames
    from aidclaims.io.runner import run_documents

    stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    if not paths:
        if sys.stdin is not None and sys.stdin.isatty():
            raise typer.BadParameter(
                "give a file, a folder or '-' (or pipe text in)", param_hint="PATH..."
            )
        paths = ["-"]
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as for input
    fmt = _choose_format(output_format, output)
    columns = _columns(fields)
    if output is not None:
        _check_output(output, paths)
    elif sys.stdout is None:  # started with ">&-"
        _say(stderr, "cannot write standard output: it is closed")
        raise typer.Exit(ExitCode.INPUT_ERRORS)
    default_published: date | None = published  # type: ignore[assignment]  # via _parse_date
    stats = _Stats()
    skipped: dict[str, int] = {}

    def skip(path: str, _why: str) -> None:
        suffix = Path(path).suffix.lower() or "(none)"
        skipped[suffix] = skipped.get(suffix, 0) + 1

    items = read_documents(
        paths,
        stdin=sys.stdin.buffer if sys.stdin is not None else None,
        default_published=default_published,
        max_bytes=max_bytes,
        input_format=input_format.lower(),  # type: ignore[arg-type]  # click.Choice
        names=FieldNames(text_field, id_field, date_field),
        date_order=date_order.lower() if date_order else None,  # type: ignore[arg-type]
        skipped=skip,
    )
    show = not quiet and stderr.is_terminal and not os.environ.get("CI") and _many(paths)

    def claims() -> Iterator[Claim]:
        total = estimate_documents(paths) if show else None
        with progress_bar(stderr, enabled=show, total=total) as advance:
            outcomes = run_documents(items, jobs=jobs, include_non_aid=include_all, strict=strict)
            for outcome in outcomes:
                check_interrupt()  # a Ctrl-C swallowed by a finaliser stops the run here
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
        with while_running(), stop_on_signals():
            _write(fmt, claims(), output, stats, columns, no_header, wide, raw_csv, excel)
    except _StrictStop:
        _say(stderr, "stopped at the first failure (--strict)")
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    except BrokenPipeError:
        # "| head" closed the pipe: stop quietly, as csvkit does
        silence_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except ImportError as error:  # Parquet without pyarrow
        _say(stderr, str(error))
        raise typer.Exit(ExitCode.USAGE) from None
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
    if skipped:
        count = sum(skipped.values())
        kinds = ", ".join(
            f"{suffix} ×{n}" if n > 1 else suffix for suffix, n in sorted(skipped.items())
        )
        noun = "file" if count == 1 else "files"
        _say(stderr, f"skipped {count} {noun} with an extension it does not read ({kinds})")
    if stats.failed or stats.repaired:
        parts = [_count(stats.failed, "failed")] if stats.failed else []
        if stats.repaired:
            parts.append(_count(stats.repaired, "read with repairs", bare=bool(parts)))
        _say(stderr, f"{', '.join(parts)}, {stats.documents} read")
        raise typer.Exit(ExitCode.INPUT_ERRORS)


class _StrictStop(Exception):
    """--strict: the first failure ends the run."""


class _Stats:
    """Counts kept while the stream runs."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.repaired = 0


def _say(stderr: Console, message: str) -> None:
    """One line on standard error; control characters in names and text are shown, not run."""
    from aidclaims.io.terminal import printable

    if sys.stderr is not None:
        stderr.print("aidclaims: " + printable(message), markup=False)


def _count(number: int, what: str, *, bare: bool = False) -> str:
    """``2 documents failed``; ``bare`` leaves the noun out (``1 read with repairs``)."""
    if bare:
        return f"{number} {what}"
    return f"{number} {'document' if number == 1 else 'documents'} {what}"


def _many(paths: list[str]) -> bool:
    """Whether the input may hold more than one document (worth a progress bar)."""
    if len(paths) > 1:
        return True
    p = Path(paths[0])
    return p.is_dir() or p.name.lower().removesuffix(".gz").endswith((".jsonl", ".ndjson", ".csv"))


def _columns(fields: str | None) -> tuple[str, ...] | None:
    """The ``--fields`` list, checked against the record's fields (a usage error if not)."""
    if fields is None:
        return None
    from aidclaims.model import FIELDS

    chosen = tuple(name.strip() for name in fields.split(",") if name.strip())
    unknown = [name for name in chosen if name not in FIELDS]
    if unknown or not chosen:
        raise typer.BadParameter(
            f"unknown field {', '.join(unknown) or '(none given)'}; choose from {','.join(FIELDS)}",
            param_hint="'--fields'",
        )
    return chosen


def _check_output(output: Path, paths: list[str]) -> None:
    """Refuse an output path that cannot be written, or that is an input, before reading."""
    if output.is_dir():
        raise typer.BadParameter(f"{output} is a folder", param_hint="'--output'")
    parent = output.parent
    if not parent.is_dir():
        raise typer.BadParameter(
            f"{output}: folder {parent} does not exist", param_hint="'--output'"
        )
    if not output.exists():
        return
    for name in paths:
        given = Path(name)
        if name == "-" or not given.exists():
            continue
        inside = given.is_dir() and Path(os.path.realpath(output)).is_relative_to(
            os.path.realpath(given)
        )
        if given.samefile(output) or inside:
            raise typer.BadParameter(
                f"{output} is also an input ({name}): writing it would destroy the articles",
                param_hint="'--output'",
            )


def _choose_format(fmt: str | None, output: Path | None) -> Format:
    if fmt is not None:
        return Format(fmt.lower())
    if output is not None:
        return _SUFFIX_FORMATS.get(output.suffix.lower(), Format.csv)
    return Format.table if sys.stdout.isatty() else Format.csv


def _write(
    fmt: Format,
    claims: Iterator[Claim],
    output: Path | None,
    stats: _Stats,
    columns: tuple[str, ...] | None,
    no_header: bool,
    wide: bool,
    raw_csv: bool,
    excel: bool,
) -> None:
    from aidclaims.io import writers
    from aidclaims.io.output import open_binary_output, open_output
    from aidclaims.model import FIELDS

    if fmt is Format.parquet:
        from aidclaims.io.parquet import pyarrow_module, write_parquet_rows

        pyarrow_module()  # before any work: says how to install it
        with open_binary_output(output) as binary:
            write_parquet_rows((writers.claim_to_row(claim) for claim in claims), binary)
        return
    with open_output(output) as stream:
        if fmt is Format.table:
            _table(claims, stream, stats, wide=wide)
        elif fmt in (Format.csv, Format.tsv):
            writers.write_csv(
                claims,
                stream,
                raw=raw_csv,
                excel=excel,
                delimiter="\t" if fmt is Format.tsv else ",",
                fields=columns or FIELDS,
                header=not no_header,
                terminal=stream.isatty(),  # a person reads it: control characters are shown
            )
        elif fmt is Format.json:
            writers.write_json(claims, stream, fields=columns)
        else:
            writers.write_jsonl(claims, stream, fields=columns)


def _table(claims: Iterator[Claim], stream: TextIO, stats: _Stats, *, wide: bool) -> None:
    from rich.console import Console

    from aidclaims.io.table import write_table

    rows = list(claims)
    console = Console(file=stream) if stream is not sys.stdout else Console()
    # into a pipe or a file there is no width to fit: every column, as wide as it needs
    wide = wide or not (console.is_terminal or os.environ.get("COLUMNS"))
    write_table(rows, console, documents=stats.documents, wide=wide)
