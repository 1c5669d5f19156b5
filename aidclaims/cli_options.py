"""The options ``extract`` and ``pledges`` share, declared once with one help text.

Only typer and the standard library are imported here: ``aidclaims --help`` reads these.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from aidclaims.io.output import Format


def parse_date_option(value: str | None) -> date | None:
    """``--date``: a YYYY-MM-DD date, or a usage error (exit 2)."""
    if value is None:
        return None
    from aidclaims.io.records import parse_date

    parsed = parse_date(value) if len(value) == 10 else None  # YYYY-MM-DD only
    if parsed is None:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")
    return parsed


def choice(*values: str) -> Callable[[str], str]:
    """A parser that accepts one of ``values`` (any case), or says "invalid choice".

    An Enum parameter would make typer report a pydantic "Value error" instead.
    """

    def parse(value: str) -> str:
        if value.lower() in values:
            return value.lower()
        raise typer.BadParameter(f"invalid choice: {value!r} (choose from {', '.join(values)})")

    return parse


FORMATS = tuple(Format)

# --- options that extract and pledges share (one definition, the same help) ---------------

FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format. Default: table on a terminal, else from the -o suffix, else csv.",
        show_default=False,
        parser=choice(*FORMATS),
        metavar="[" + "|".join(FORMATS) + "]",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE (atomically) instead of standard output.",
        metavar="FILE",
        show_default=False,
    ),
]
NoHeaderOption = Annotated[
    bool, typer.Option("--no-header", help="CSV and TSV without the header row.")
]
WideOption = Annotated[
    bool, typer.Option("--wide", help="Table: every column, however wide the terminal is.")
]
InputFormatOption = Annotated[
    str,
    typer.Option(
        "--input-format",
        help="How to read inputs: auto (by extension; standard input is sniffed), "
        "text, jsonl or csv.",
        parser=choice("auto", "text", "jsonl", "csv"),
        metavar="[auto|text|jsonl|csv]",
    ),
]
TextFieldOption = Annotated[
    str, typer.Option("--text-field", help="JSONL key or CSV column of the article text.")
]
IdFieldOption = Annotated[
    str, typer.Option("--id-field", help="JSONL key or CSV column of the article id.")
]
DateFieldOption = Annotated[
    str, typer.Option("--date-field", help="JSONL key or CSV column of the publication date.")
]
DateOrderOption = Annotated[
    str | None,
    typer.Option(
        "--date-order",
        help="Read a publication date such as 01/03/2025 day first (dmy) or month first "
        "(mdy). Without it, such a date is left out and reported.",
        parser=choice("dmy", "mdy"),
        metavar="[dmy|mdy]",
        show_default=False,
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Publication date (YYYY-MM-DD) for documents that have none; relative "
        "periods such as 'this year' resolve against it.",
        callback=parse_date_option,
        metavar="YYYY-MM-DD",
    ),
]
MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Skip (and report) a text file, JSONL line or CSV cell larger than this.",
    ),
]
RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="Do not neutralise CSV cells starting with = + - @ (formula injection guard).",
    ),
]
ExcelOption = Annotated[
    bool,
    typer.Option("--excel", help="Start CSV output with a UTF-8 BOM so Excel reads accents."),
]
CurrencyOption = Annotated[
    str | None,
    typer.Option(
        "--currency",
        help="Also give every value in this currency (ISO code, e.g. EUR) at the ECB "
        "reference rate of its publication date: adds value_converted, fx_rate, fx_date...",
        metavar="CODE",
        show_default=False,
    ),
]
FxRatesOption = Annotated[
    Path | None,
    typer.Option(
        "--fx-rates",
        help="Your own rates for --currency, a CSV file date,currency,per_eur (or "
        "date,currency,rate,base); they win over the ECB's.",
        metavar="FILE",
        show_default=False,
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar on standard error.")
]
JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", min=0, help="Worker processes; 0 = all cores. Output order is kept."
    ),
]
