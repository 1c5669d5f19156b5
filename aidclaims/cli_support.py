"""What both commands of :mod:`aidclaims.cli` do around their work: messages, checks, writing.

Standard error lines, usage checks of paths, ``--fields``, ``--currency`` and ``-o``, the
mapping of write failures to exit statuses, and the claims' writer. Heavy modules are
imported inside the functions that need them, as in :mod:`aidclaims.cli`.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from aidclaims.errors import ExitCode
from aidclaims.io.output import Format, output_problem

if TYPE_CHECKING:
    from rich.console import Console

    from aidclaims.model import Claim
    from aidclaims.pledges.fx import RateSource


class StrictStop(Exception):
    """--strict: the first failure ends the run."""


class Stats:
    """Counts kept while the stream runs."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.repaired = 0
        self.unconverted: dict[str, int] = {}  # --currency: claims left unconverted, by reason


def say(stderr: Console, message: str) -> None:
    """One line on standard error; control characters in names and text are shown, not run."""
    from aidclaims.io.terminal import printable

    if sys.stderr is not None:
        stderr.print("aidclaims: " + printable(message), markup=False)


def count_documents(number: int, what: str, *, bare: bool = False) -> str:
    """``2 documents failed``; ``bare`` leaves the noun out (``1 read with repairs``)."""
    if bare:
        return f"{number} {what}"
    return f"{number} {'document' if number == 1 else 'documents'} {what}"


def many(paths: list[str]) -> bool:
    """Whether the input may hold more than one document (worth a progress bar)."""
    if len(paths) > 1:
        return True
    p = Path(paths[0])
    return p.is_dir() or p.name.lower().removesuffix(".gz").endswith((".jsonl", ".ndjson", ".csv"))


def input_paths(paths: list[str] | None) -> list[str]:
    """The paths given, or ``-`` when input is piped; a usage error at a terminal."""
    if paths:
        return paths
    if sys.stdin is not None and sys.stdin.isatty():
        raise typer.BadParameter(
            "give a file, a folder or '-' (or pipe text in)", param_hint="PATH..."
        )
    return ["-"]


def columns_of(
    fields: str | None, *, converted: bool = False, record: Sequence[str] | None = None
) -> tuple[str, ...] | None:
    """The ``--fields`` list, checked against the record's fields (a usage error if not).

    ``record`` is the fields of the rows written (a claim's by default, a pledge's); with
    ``--currency`` (``converted``) the conversion's columns may be chosen too.
    """
    from aidclaims.model import FIELDS

    every = tuple(record) if record is not None else FIELDS
    if converted:
        from aidclaims.pledges.fx import FX_FIELDS

        every = (*every, *FX_FIELDS)
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


def rate_sources(currency: str | None, fx_rates: Path | None) -> Sequence[RateSource] | None:
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


def converted(
    claims: list[Claim],
    currency: str,
    published: date | None,
    sources: Sequence[RateSource],
    stats: Stats,
) -> Iterator[Claim]:
    """The claims of one document converted into ``currency``; the unconverted are counted."""
    from aidclaims.pledges.fx import convert_claims

    dates = dict.fromkeys((c.doc for c in claims), published)
    for converted in convert_claims(claims, currency, dates, sources):
        note = converted.fx_note
        if converted.value_converted is None and note:
            stats.unconverted[note] = stats.unconverted.get(note, 0) + 1
        yield converted


def report_failures(stderr: Console, failed: int, repaired: int, documents: int) -> None:
    """``2 documents failed, 1 read with repairs, 40 read`` and exit 1, when any did."""
    if not (failed or repaired):
        return
    parts = [count_documents(failed, "failed")] if failed else []
    if repaired:
        parts.append(count_documents(repaired, "read with repairs", bare=bool(parts)))
    say(stderr, f"{', '.join(parts)}, {documents} read")
    raise typer.Exit(ExitCode.INPUT_ERRORS)


def count_skipped(skipped: dict[str, int], path: str) -> None:
    """Count a file a folder held but no reader takes, by its extension."""
    suffix = Path(path).suffix.lower() or "(none)"
    skipped[suffix] = skipped.get(suffix, 0) + 1


def report_skipped(stderr: Console, skipped: dict[str, int]) -> None:
    """One line: the files of a folder left out, by extension."""
    if not skipped:
        return
    count = sum(skipped.values())
    kinds = ", ".join(
        f"{suffix} ×{n}" if n > 1 else suffix for suffix, n in sorted(skipped.items())
    )
    noun = "file" if count == 1 else "files"
    say(stderr, f"skipped {count} {noun} with an extension it does not read ({kinds})")


def report_unconverted(
    stderr: Console, unconverted: dict[str, int], currency: str | None, noun: str
) -> None:
    """One line: how many claims (or pledges) have no converted value, and why (``fx_note``)."""
    if not unconverted:
        return
    total = sum(unconverted.values())
    why = "; ".join(f"{n} {note}" for note, n in sorted(unconverted.items(), key=lambda x: -x[1]))
    what = noun if total == 1 else noun + "s"
    say(stderr, f"{total} {what} not converted to {(currency or '').upper()} ({why}): see fx_note")


def check_output(stderr: Console, output: Path | None, paths: list[str]) -> None:
    """Refuse an output that cannot be written, or that is an input, before reading."""
    if output is None:
        if sys.stdout is None:  # started with ">&-"
            say(stderr, "cannot write standard output: it is closed")
            raise typer.Exit(ExitCode.INPUT_ERRORS)
        return
    problem = output_problem(output, paths)
    if problem is not None:
        raise typer.BadParameter(problem, param_hint="'--output'")


@contextmanager
def writing(stderr: Console, output: Path | None) -> Iterator[None]:
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
        say(stderr, str(error))
        raise typer.Exit(ExitCode.USAGE) from None
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        say(stderr, f"cannot write {where}: {reason}")
        if output is None:
            silence_stdout()  # or the flush at exit fails once more, with a traceback
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    except KeyboardInterrupt:
        say(stderr, "interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except Stopped as stop:
        say(stderr, "terminated" if stop.number == signal.SIGTERM else "hung up")
        raise typer.Exit(128 + stop.number) from None


def write_claims(
    fmt: Format,
    claims: Iterator[Claim | str],
    output: Path | None,
    stats: Stats,
    columns: tuple[str, ...] | None,
    no_header: bool,
    wide: bool,
    raw_csv: bool,
    excel: bool,
) -> None:
    """Write extract's claims in ``fmt`` (``columns``: ``--fields``, or the FX columns too).

    A ``str`` among the claims is one already written as its JSON line (JSON Lines only).
    """
    from aidclaims.io.output import Writing, write_records
    from aidclaims.model import FIELDS, Claim

    model: type[Claim] = Claim
    if columns is not None and not set(columns) <= set(FIELDS):
        from aidclaims.pledges.fx import ConvertedClaim

        model = ConvertedClaim

    def table(rows: list[object], stream: TextIO) -> None:
        claims_table(rows, stream, stats, wide=wide)  # type: ignore[arg-type]  # claims

    how = Writing(
        columns or FIELDS, table, model, header=not no_header, raw_csv=raw_csv, excel=excel
    )
    write_records(fmt, claims, output, how)


def console_for(stream: TextIO, wide: bool) -> tuple[Console, bool]:
    """A console over ``stream``, and whether tables show every column at full width.

    Into a pipe or a file there is no width to fit: every column, as wide as it needs.
    """
    from rich.console import Console

    console = Console(file=stream) if stream is not sys.stdout else Console()
    return console, wide or not (console.is_terminal or os.environ.get("COLUMNS"))


def claims_table(claims: list[Claim], stream: TextIO, stats: Stats, *, wide: bool) -> None:
    """The claims as a table, fitted to the terminal (every column at full width in a pipe)."""
    from aidclaims.io.table import write_table

    console, full = console_for(stream, wide)
    write_table(claims, console, documents=stats.documents, wide=full)
