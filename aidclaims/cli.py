"""The ``aidclaims`` commands: ``extract`` and ``pledges``. No extraction or grouping logic here.

``extract`` turns documents into claims; ``pledges`` groups the claims of many documents into
one row per pledge.

Heavy modules (rich, pydantic, the pipeline, :mod:`aidclaims.pledges`) are imported inside the
commands, so that ``aidclaims --help`` and ``aidclaims extract --help`` start fast: the
``pledges`` function here only declares its options, and its body imports the implementation.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
import typer.core

from aidclaims import __version__
from aidclaims.cli_options import (
    CurrencyOption,
    DateFieldOption,
    DateOption,
    DateOrderOption,
    ExcelOption,
    FormatOption,
    FxRatesOption,
    IdFieldOption,
    InputFormatOption,
    JobsOption,
    MaxBytesOption,
    NoHeaderOption,
    OutputOption,
    QuietOption,
    RawCsvOption,
    TextFieldOption,
    WideOption,
)
from aidclaims.cli_support import (
    Stats,
    StrictStop,
    check_output,
    columns_of,
    console_for,
    converted,
    count_skipped,
    input_paths,
    many,
    rate_sources,
    report_failures,
    report_skipped,
    report_unconverted,
    say,
    write_claims,
    writing,
)
from aidclaims.errors import ExitCode, InputError
from aidclaims.io.output import Format, choose_format

if TYPE_CHECKING:
    from aidclaims.model import Claim

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
    output_format: FormatOption = None,
    output: OutputOption = None,
    fields: Annotated[
        str | None,
        typer.Option(
            "--fields",
            help="Columns (CSV, TSV, Parquet) or keys (JSON, JSONL) to write, in this order: "
            "doc,amount_text,value,currency.",
            metavar="A,B,...",
        ),
    ] = None,
    no_header: NoHeaderOption = False,
    wide: WideOption = False,
    input_format: InputFormatOption = "auto",
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = "published",
    date_order: DateOrderOption = None,
    published: DateOption = None,
    include_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Also output money that is not aid (prices, budgets), with aid=false."
        ),
    ] = False,
    currency: CurrencyOption = None,
    fx_rates: FxRatesOption = None,
    jobs: JobsOption = 1,
    quiet: QuietOption = False,
    max_bytes: MaxBytesOption = 10_000_000,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Stop at the first bad file or record (and on internal errors)."
        ),
    ] = False,
    raw_csv: RawCsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """Extract claims from articles and write them as a table, CSV, TSV, JSON, JSONL or Parquet."""
    from collections import deque

    from rich.console import Console

    from aidclaims.io.documents import read_documents
    from aidclaims.io.interrupt import check as check_interrupt
    from aidclaims.io.progress import estimate_documents, progress_bar
    from aidclaims.io.records import Document, FieldNames
    from aidclaims.io.runner import run_documents
    from aidclaims.model import FIELDS

    stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    paths = input_paths(paths)
    if output is not None and str(output) == "-":
        output = None  # "-o -": standard output, as for input
    fmt = choose_format(output_format, output)
    sources = rate_sources(currency, fx_rates)
    columns = columns_of(fields, converted=sources is not None)
    check_output(stderr, output, paths)
    default_published: date | None = published  # type: ignore[assignment]  # via parse_date_option
    stats = Stats()
    skipped: dict[str, int] = {}

    def skip(path: str, _why: str) -> None:
        count_skipped(skipped, path)

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
    show = not quiet and stderr.is_terminal and not os.environ.get("CI") and many(paths)

    # JSON Lines as they stand: the worker processes write each claim's line (issue 10)
    json_fields = (columns or FIELDS) if fmt is Format.jsonl and sources is None else None

    def claims() -> Iterator[Claim | str]:
        total = estimate_documents(paths) if show else None
        with progress_bar(stderr, enabled=show, total=total) as advance:
            outcomes = run_documents(
                items,
                jobs=jobs,
                include_non_aid=include_all,
                strict=strict,
                json_fields=json_fields,
            )
            for outcome in outcomes:
                check_interrupt()  # a Ctrl-C swallowed by a finaliser stops the run here
                on = dates.popleft() if sources is not None else None
                if outcome.error is not None:
                    stats.failed += 1
                    say(stderr, str(outcome.error))
                    if strict:
                        raise StrictStop
                    continue
                if outcome.notes:  # read, with a repair worth knowing: one line
                    stats.repaired += 1
                    note = InputError(outcome.source, outcome.where, "; ".join(outcome.notes))
                    say(stderr, str(note))
                stats.documents += 1
                advance(len(outcome.found))
                if sources is None:
                    yield from outcome.found
                else:
                    yield from converted(outcome.claims, currency or "", on, sources, stats)

    try:
        with writing(stderr, output):
            write_claims(fmt, claims(), output, stats, columns, no_header, wide, raw_csv, excel)
    except StrictStop:
        say(stderr, "stopped at the first failure (--strict)")
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    report_skipped(stderr, skipped)
    report_unconverted(stderr, stats.unconverted, currency, "claim")
    report_failures(stderr, stats.failed, stats.repaired, stats.documents)


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
    output_format: FormatOption = None,
    output: OutputOption = None,
    claims_out: Annotated[
        bool,
        typer.Option(
            "--claims",
            help="Write the claims instead, each with the pledge_id of its pledge (to audit "
            "the grouping).",
        ),
    ] = False,
    currency: CurrencyOption = None,
    fx_rates: FxRatesOption = None,
    fields: Annotated[
        str | None,
        typer.Option(
            "--fields",
            help="Columns (CSV, TSV, Parquet) or keys (JSON, JSONL) to write, in this order: "
            "pledge_id,donor,value,currency,documents (with --claims: a claim's fields).",
            metavar="A,B,...",
        ),
    ] = None,
    no_header: NoHeaderOption = False,
    wide: WideOption = False,
    input_format: InputFormatOption = "auto",
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    date_field: DateFieldOption = "published",
    date_order: DateOrderOption = None,
    published: DateOption = None,
    jobs: JobsOption = 1,
    max_bytes: MaxBytesOption = 10_000_000,
    raw_csv: RawCsvOption = False,
    excel: ExcelOption = False,
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
    from aidclaims.model import FIELDS
    from aidclaims.pledges.command import Reading, pledge_rows, read_claims
    from aidclaims.pledges.record import PLEDGE_FIELDS

    stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    paths = input_paths(paths)
    if output is not None and str(output) == "-":
        output = None
    fmt = choose_format(output_format, output)
    sources = rate_sources(currency, fx_rates)
    record = FIELDS if claims_out else PLEDGE_FIELDS
    columns = columns_of(fields, converted=sources is not None, record=record)
    check_output(stderr, output, paths)
    reading = Reading(
        default_published=published,  # type: ignore[arg-type]  # a date, via parse_date_option
        input_format=input_format.lower(),
        names=FieldNames(text_field, id_field, date_field),
        date_order=date_order.lower() if date_order else None,
        max_bytes=max_bytes,
        jobs=jobs,
    )
    run_skipped: dict[str, int] = {}
    with writing(stderr, output):
        if fmt is Format.parquet:
            from aidclaims.io.parquet import pyarrow_module

            pyarrow_module()  # before reading: says how to install it
        run = read_claims(
            paths,
            reading,
            lambda message: say(stderr, message),
            skipped=lambda path, _why: count_skipped(run_skipped, path),
        )
        rows = pledge_rows(run, claims=claims_out, currency=currency, sources=sources)

        def table(records: list[object], stream: TextIO) -> None:
            console, full = console_for(stream, wide)
            rows.table(records, console, wide=full)

        how = Writing(
            columns or rows.fields,
            table,
            rows.model,
            header=not no_header,
            raw_csv=raw_csv,
            excel=excel,
        )
        write_records(fmt, rows.records, output, how)
    report_skipped(stderr, run_skipped)
    report_unconverted(stderr, rows.unconverted, currency, "claim" if claims_out else "pledge")
    report_failures(stderr, run.failed, run.repaired, run.documents)
