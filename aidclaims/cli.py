"""The ``aidclaims`` commands: ``extract`` and ``pledges``. No extraction or grouping logic here.

``extract`` turns documents into claims; ``pledges`` groups the claims of many documents into
one row per pledge.

Heavy modules (rich, pydantic, the pipeline, :mod:`aidclaims.pledges`) are imported inside the
commands, so that ``aidclaims --help`` and ``aidclaims extract --help`` start fast: the
``pledges`` function here only declares its options, and its body imports the implementation.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
import typer.core

from aidclaims import __version__
from aidclaims.errors import ExitCode, InputError
from aidclaims.io.output import Format, choose_format, output_problem

if TYPE_CHECKING:
    from rich.console import Console

    from aidclaims.model import Claim
    from aidclaims.pledges.fx import RateSource

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

# --- options that extract and pledges share (one definition, the same help) ---------------

_FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, else from the -o suffix, else csv.",
        show_default=False,
        parser=_choice(*_FORMATS),
        metavar="[" + "|".join(_FORMATS) + "]",
    ),
]
_OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE (atomically) instead of standard output.",
        metavar="FILE",
        show_default=False,
    ),
]
_NoHeaderOption = Annotated[
    bool, typer.Option("--no-header", help="CSV and TSV without the header row.")
]
_WideOption = Annotated[
    bool, typer.Option("--wide", help="Table: every column, however wide the terminal is.")
]
_InputFormatOption = Annotated[
    str,
    typer.Option(
        "--input-format",
        help="How to read inputs: auto (by extension; standard input is sniffed), "
        "text, jsonl or csv.",
        parser=_choice("auto", "text", "jsonl", "csv"),
        metavar="[auto|text|jsonl|csv]",
    ),
]
_TextFieldOption = Annotated[
    str, typer.Option("--text-field", help="JSONL key or CSV column of the article text.")
]
_IdFieldOption = Annotated[
    str, typer.Option("--id-field", help="JSONL key or CSV column of the article id.")
]
_DateFieldOption = Annotated[
    str, typer.Option("--date-field", help="JSONL key or CSV column of the publication date.")
]
_DateOrderOption = Annotated[
    str | None,
    typer.Option(
        "--date-order",
        help="Read a publication date such as 01/03/2025 day first (dmy) or month first "
        "(mdy). Without it, such a date is left out and reported.",
        parser=_choice("dmy", "mdy"),
        metavar="[dmy|mdy]",
        show_default=False,
    ),
]
_DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Publication date (YYYY-MM-DD) for documents that have none; relative "
        "periods such as 'this year' resolve against it.",
        callback=_parse_date,
        metavar="YYYY-MM-DD",
    ),
]
_MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Skip (and report) a text file, JSONL line or CSV cell larger than this.",
    ),
]
_RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="Do not neutralise CSV cells starting with = + - @ (formula injection guard).",
    ),
]
_ExcelOption = Annotated[
    bool,
    typer.Option("--excel", help="Start CSV output with a UTF-8 BOM so Excel reads accents."),
]
_CurrencyOption = Annotated[
    str | None,
    typer.Option(
        "--currency",
        help="Also give every value in this currency (ISO code, e.g. EUR) at the ECB "
        "reference rate of its publication date: adds value_converted, fx_rate, fx_date...",
        metavar="CODE",
        show_default=False,
    ),
]
_FxRatesOption = Annotated[
    Path | None,
    typer.Option(
        "--fx-rates",
        help="Your own rates for --currency, a CSV file date,currency,per_eur (or "
        "date,currency,rate,base); they win over the ECB's.",
        metavar="FILE",
        show_default=False,
    ),
]
_QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar on standard error.")
]
_JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", min=0, help="Worker processes; 0 = all cores. Output order is kept."
    ),
]


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
    output_format: _FormatOption = None,
    output: _OutputOption = None,
    fields: Annotated[
        str | None,
        typer.Option(
            "--fields",
            help="Columns (CSV, TSV, Parquet) or keys (JSON, JSONL) to write, in this order: "
            "doc,amount_text,value,currency.",
            metavar="A,B,...",
        ),
    ] = None,
    no_header: _NoHeaderOption = False,
    wide: _WideOption = False,
    input_format: _InputFormatOption = "auto",
    text_field: _TextFieldOption = "text",
    id_field: _IdFieldOption = "id",
    date_field: _DateFieldOption = "published",
    date_order: _DateOrderOption = None,
    published: _DateOption = None,
    include_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Also output money that is not aid (prices, budgets), with aid=false."
        ),
    ] = False,
    currency: _CurrencyOption = None,
    fx_rates: _FxRatesOption = None,
    jobs: _JobsOption = 1,
    quiet: _QuietOption = False,
    max_bytes: _MaxBytesOption = 10_000_000,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Stop at the first bad file or record (and on internal errors)."
        ),
    ] = False,
    raw_csv: _RawCsvOption = False,
    excel: _ExcelOption = False,
) -> None:
    """Extract claims from articles and write them as a table, CSV, TSV, JSON, JSONL or Parquet."""
    from collections import deque

    from rich.console import Console

    from aidclaims.io.documents import read_documents
    from aidclaims.io.interrupt import check as check_interrupt
    from aidclaims.io.progress import estimate_documents, progress_bar
    from aidclaims.io.records import Document, FieldNames
    from aidclaims.io.runner import run_documents

    stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    paths = _input_paths(paths)
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as for input
    fmt = choose_format(output_format, output)
    sources = _rate_sources(currency, fx_rates)
    columns = _columns(fields, converted=sources is not None)
    _check_output(stderr, output, paths)
    default_published: date | None = published  # type: ignore[assignment]  # via _parse_date
    stats = _Stats()
    skipped: dict[str, int] = {}

    def skip(path: str, _why: str) -> None:
        _count_skipped(skipped, path)

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
    # --currency: the publication date of each item, in input order (outcomes keep that order)
    dates: deque[date | None] = deque()

    def dated(stream: Iterator[object]) -> Iterator[object]:
        for item in stream:
            dates.append(item.published if isinstance(item, Document) else None)
            yield item

    if sources is not None:
        items = dated(items)  # type: ignore[assignment]  # the same items, dates noted
    show = not quiet and stderr.is_terminal and not os.environ.get("CI") and _many(paths)

    def claims() -> Iterator[Claim]:
        total = estimate_documents(paths) if show else None
        with progress_bar(stderr, enabled=show, total=total) as advance:
            outcomes = run_documents(items, jobs=jobs, include_non_aid=include_all, strict=strict)
            for outcome in outcomes:
                check_interrupt()  # a Ctrl-C swallowed by a finaliser stops the run here
                on = dates.popleft() if sources is not None else None
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
                if sources is None:
                    yield from outcome.claims
                else:
                    yield from _converted(outcome.claims, currency or "", on, sources, stats)

    try:
        with _writing(stderr, output):
            _write(fmt, claims(), output, stats, columns, no_header, wide, raw_csv, excel)
    except _StrictStop:
        _say(stderr, "stopped at the first failure (--strict)")
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    _report_skipped(stderr, skipped)
    _report_unconverted(stderr, stats.unconverted, currency, "claim")
    _report_failures(stderr, stats.failed, stats.repaired, stats.documents)


@app.command()
def pledges(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles, as extract reads them (files, folders, JSONL or CSV records, "
            "'-'), or the JSONL that extract --format jsonl wrote.",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    output_format: _FormatOption = None,
    output: _OutputOption = None,
    claims_out: Annotated[
        bool,
        typer.Option(
            "--claims",
            help="Write the claims instead, each with the pledge_id of its pledge (to audit "
            "the grouping).",
        ),
    ] = False,
    currency: _CurrencyOption = None,
    fx_rates: _FxRatesOption = None,
    no_header: _NoHeaderOption = False,
    wide: _WideOption = False,
    input_format: _InputFormatOption = "auto",
    text_field: _TextFieldOption = "text",
    id_field: _IdFieldOption = "id",
    date_field: _DateFieldOption = "published",
    date_order: _DateOrderOption = None,
    published: _DateOption = None,
    jobs: _JobsOption = 1,
    max_bytes: _MaxBytesOption = 10_000_000,
    raw_csv: _RawCsvOption = False,
    excel: _ExcelOption = False,
) -> None:
    """Group the claims of many articles into pledges: one row per pledge, every source listed.

    Mentions of one sum from one donor to one recipient, for one period and at one stage,
    are one pledge, across articles and within one, however they round it ("over €20
    billion", "20 billion euros") or convert it. Running totals (cumulative) and parts of
    a package never merge with new money.
    """
    from rich.console import Console

    from aidclaims.io.output import Writing, write_records
    from aidclaims.io.records import FieldNames
    from aidclaims.pledges.command import Reading, pledge_rows, read_claims

    stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    paths = _input_paths(paths)
    if output is not None and str(output) == "-":
        output = None
    fmt = choose_format(output_format, output)
    sources = _rate_sources(currency, fx_rates)
    _check_output(stderr, output, paths)
    reading = Reading(
        default_published=published,  # type: ignore[arg-type]  # a date, via _parse_date
        input_format=input_format.lower(),
        names=FieldNames(text_field, id_field, date_field),
        date_order=date_order.lower() if date_order else None,
        max_bytes=max_bytes,
        jobs=jobs,
    )
    run_skipped: dict[str, int] = {}
    with _writing(stderr, output):
        if fmt is Format.parquet:
            from aidclaims.io.parquet import pyarrow_module

            pyarrow_module()  # before reading: says how to install it
        run = read_claims(
            paths,
            reading,
            lambda message: _say(stderr, message),
            skipped=lambda path, _why: _count_skipped(run_skipped, path),
        )
        rows = pledge_rows(run, claims=claims_out, currency=currency, sources=sources)

        def table(records: list[object], stream: TextIO) -> None:
            console, full = _console(stream, wide)
            rows.table(records, console, wide=full)

        how = Writing(
            rows.fields, table, rows.model, header=not no_header, raw_csv=raw_csv, excel=excel
        )
        write_records(fmt, rows.records, output, how)
    _report_skipped(stderr, run_skipped)
    _report_unconverted(stderr, rows.unconverted, currency, "claim" if claims_out else "pledge")
    _report_failures(stderr, run.failed, run.repaired, run.documents)


class _StrictStop(Exception):
    """--strict: the first failure ends the run."""


class _Stats:
    """Counts kept while the stream runs."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.repaired = 0
        self.unconverted: dict[str, int] = {}  # --currency: claims left unconverted, by reason


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


def _input_paths(paths: list[str] | None) -> list[str]:
    """The paths given, or ``-`` when input is piped; a usage error at a terminal."""
    if paths:
        return paths
    if sys.stdin is not None and sys.stdin.isatty():
        raise typer.BadParameter(
            "give a file, a folder or '-' (or pipe text in)", param_hint="PATH..."
        )
    return ["-"]


def _columns(fields: str | None, *, converted: bool = False) -> tuple[str, ...] | None:
    """The ``--fields`` list, checked against the record's fields (a usage error if not).

    With ``--currency`` (``converted``) the conversion's columns may be chosen too.
    """
    from aidclaims.model import FIELDS

    every = FIELDS
    if converted:
        from aidclaims.pledges.fx import FX_FIELDS

        every = (*FIELDS, *FX_FIELDS)
    if fields is None:
        return every if converted else None
    chosen = tuple(name.strip() for name in fields.split(",") if name.strip())
    unknown = [name for name in chosen if name not in every]
    if unknown or not chosen:
        raise typer.BadParameter(
            f"unknown field {', '.join(unknown) or '(none given)'}; choose from {','.join(every)}",
            param_hint="'--fields'",
        )
    return chosen


def _rate_sources(currency: str | None, fx_rates: Path | None) -> Sequence[RateSource] | None:
    """The rate tables for ``--currency`` (the user's first), or None without it.

    An unknown code, or one that no table has rates for, is a usage error (exit 2) that
    names the currencies the ECB covers and how to bring one's own rates.
    """
    if currency is None:
        if fx_rates is not None:
            raise typer.BadParameter("needs --currency CODE", param_hint="'--fx-rates'")
        return None
    from aidclaims.pledges.fx import ecb_currencies, load_rates

    code = currency.upper()
    try:
        sources = load_rates(fx_rates)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise typer.BadParameter(f"{fx_rates}: {reason}", param_hint="'--fx-rates'") from None
    if not (len(code) == 3 and code.isalpha() and any(s.knows(code) for s in sources)):
        raise typer.BadParameter(
            f"no rates for {currency!r}: the ECB's reference rates cover "
            f"{', '.join(ecb_currencies())}; for another currency give --fx-rates FILE",
            param_hint="'--currency'",
        )
    return sources


def _converted(
    claims: list[Claim],
    currency: str,
    published: date | None,
    sources: Sequence[RateSource],
    stats: _Stats,
) -> Iterator[Claim]:
    """The claims of one document converted into ``currency``; the unconverted are counted."""
    from aidclaims.pledges.fx import convert_claims

    dates = dict.fromkeys((c.doc for c in claims), published)
    for converted in convert_claims(claims, currency, dates, sources):
        note = converted.fx_note
        if converted.value_converted is None and note:
            stats.unconverted[note] = stats.unconverted.get(note, 0) + 1
        yield converted


def _report_failures(stderr: Console, failed: int, repaired: int, documents: int) -> None:
    """``2 documents failed, 1 read with repairs, 40 read`` and exit 1, when any did."""
    if not (failed or repaired):
        return
    parts = [_count(failed, "failed")] if failed else []
    if repaired:
        parts.append(_count(repaired, "read with repairs", bare=bool(parts)))
    _say(stderr, f"{', '.join(parts)}, {documents} read")
    raise typer.Exit(ExitCode.INPUT_ERRORS)


def _count_skipped(skipped: dict[str, int], path: str) -> None:
    suffix = Path(path).suffix.lower() or "(none)"
    skipped[suffix] = skipped.get(suffix, 0) + 1


def _report_skipped(stderr: Console, skipped: dict[str, int]) -> None:
    """One line: the files of a folder left out, by extension."""
    if not skipped:
        return
    count = sum(skipped.values())
    kinds = ", ".join(
        f"{suffix} ×{n}" if n > 1 else suffix for suffix, n in sorted(skipped.items())
    )
    noun = "file" if count == 1 else "files"
    _say(stderr, f"skipped {count} {noun} with an extension it does not read ({kinds})")


def _report_unconverted(
    stderr: Console, unconverted: dict[str, int], currency: str | None, noun: str
) -> None:
    """One line: how many claims (or pledges) have no converted value, and why (``fx_note``)."""
    if not unconverted:
        return
    total = sum(unconverted.values())
    why = "; ".join(f"{n} {note}" for note, n in sorted(unconverted.items(), key=lambda x: -x[1]))
    what = noun if total == 1 else noun + "s"
    _say(stderr, f"{total} {what} not converted to {(currency or '').upper()} ({why}): see fx_note")


def _check_output(stderr: Console, output: Path | None, paths: list[str]) -> None:
    """Refuse an output that cannot be written, or that is an input, before reading."""
    if output is None:
        if sys.stdout is None:  # started with ">&-"
            _say(stderr, "cannot write standard output: it is closed")
            raise typer.Exit(ExitCode.INPUT_ERRORS)
        return
    problem = output_problem(output, paths)
    if problem is not None:
        raise typer.BadParameter(problem, param_hint="'--output'")


@contextmanager
def _writing(stderr: Console, output: Path | None) -> Iterator[None]:
    """Turn what can stop a write into a message and an exit status (no traceback)."""
    from aidclaims.io.interrupt import while_running
    from aidclaims.io.output import Stopped, silence_stdout, stop_on_signals

    where = str(output) if output is not None else "standard output"
    try:
        with while_running(), stop_on_signals():
            yield
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
    from aidclaims.io.output import Writing, write_records
    from aidclaims.model import FIELDS, Claim

    model: type[Claim] = Claim
    if columns is not None and not set(columns) <= set(FIELDS):
        from aidclaims.pledges.fx import ConvertedClaim

        model = ConvertedClaim

    def table(rows: list[object], stream: TextIO) -> None:
        _table(rows, stream, stats, wide=wide)  # type: ignore[arg-type]  # claims

    how = Writing(
        columns or FIELDS, table, model, header=not no_header, raw_csv=raw_csv, excel=excel
    )
    write_records(fmt, claims, output, how)


def _console(stream: TextIO, wide: bool) -> tuple[Console, bool]:
    """A console over ``stream``, and whether tables show every column at full width.

    Into a pipe or a file there is no width to fit: every column, as wide as it needs.
    """
    from rich.console import Console

    console = Console(file=stream) if stream is not sys.stdout else Console()
    return console, wide or not (console.is_terminal or os.environ.get("COLUMNS"))


def _table(claims: list[Claim], stream: TextIO, stats: _Stats, *, wide: bool) -> None:
    from aidclaims.io.table import write_table

    console, full = _console(stream, wide)
    write_table(claims, console, documents=stats.documents, wide=full)
