"""The ``aidclaims pledges`` command function: claims of many documents to one row per pledge.

Wiring (one line in ``aidclaims/cli.py``)::

    from aidclaims.pledges.command import pledges
    app.command("pledges")(pledges)

Input: the same inputs as ``extract`` (articles: text files, folders, JSONL/CSV records,
``-``), or the JSONL that ``extract --format jsonl`` wrote (detected by records that have
``amount_text`` and ``start``). Output: table on a terminal, CSV when piped, or ``--format``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace
from typing import Annotated, TextIO

import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from aidclaims.errors import ExitCode, InputError
from aidclaims.model import FIELDS, Claim
from aidclaims.pledges.fx import FX_FIELDS, convert_claims, convert_pledges, load_rates
from aidclaims.pledges.record import PLEDGE_FIELDS, Pledge, assign_pledge_ids, group_claims


class PledgeFormat(StrEnum):
    """Output formats (the same as ``extract``)."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


_SUFFIXES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_CLAIM_KEYS = frozenset(FIELDS)


class _Run:
    """Claims, dates and urls gathered from every input, and the failures met."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.published: dict[str, date | None] = {}
        self.urls: dict[str, str | None] = {}
        self.failed = 0
        self.documents = 0


def pledges(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles (as for extract) or extract's JSONL output; '-' reads stdin."
        ),
    ] = None,
    output_format: Annotated[
        PledgeFormat | None,
        typer.Option(
            "--format", "-f", help="Output format (default: table on a terminal, else csv)."
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    claims_out: Annotated[
        bool, typer.Option("--claims", help="Write the claims, each with its pledge_id, instead.")
    ] = False,
    currency: Annotated[
        str | None,
        typer.Option("--currency", help="Also give values in this ISO currency (ECB rates)."),
    ] = None,
    fx_rates: Annotated[
        Path | None,
        typer.Option(
            "--fx-rates",
            help="CSV date,currency,per_eur (or date,currency,rate,base); wins over ECB.",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) of inputs that have none."),
    ] = None,
) -> None:
    """Group the claims of many articles into pledges: one row per pledge, every source listed."""
    stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    default_date = _parse_date(published)
    if currency is not None and (len(currency) != 3 or not currency.isalpha()):
        raise typer.BadParameter("an ISO 4217 code such as EUR", param_hint="'--currency'")
    try:
        sources = load_rates(fx_rates) if currency else ()
    except (OSError, ValueError) as error:
        raise typer.BadParameter(str(error), param_hint="'--fx-rates'") from None
    run = _read(paths or ["-"], default_date, stderr)
    fmt = _choose_format(output_format, output)
    try:
        with _open_output(output) as stream:
            if claims_out:
                found = assign_pledge_ids(run.claims, run.published)
                rows: Sequence[BaseModel] = found
                fields = FIELDS
                if currency:
                    rows = list(convert_claims(found, currency, run.published, sources))
                    fields = (*FIELDS, *FX_FIELDS)
                _write(fmt, rows, fields, stream, run, claims=True)
            else:
                grouped: Sequence[BaseModel] = group_claims(run.claims, run.published, run.urls)
                fields = PLEDGE_FIELDS
                if currency:
                    grouped = convert_pledges(grouped, currency, sources)  # type: ignore[arg-type]
                    fields = (*PLEDGE_FIELDS, *FX_FIELDS)
                _write(fmt, grouped, fields, stream, run, claims=False)
    except OSError as error:
        stderr.print(f"aidclaims: cannot write {output}: {error.strerror or error}", markup=False)
        raise typer.Exit(ExitCode.INPUT_ERRORS) from None
    if run.failed:
        stderr.print(f"aidclaims: {run.failed} inputs failed", markup=False)
        raise typer.Exit(ExitCode.INPUT_ERRORS)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="'--date'") from None


# --- reading ---------------------------------------------------------------------------------


def _read(paths: Sequence[str], default_date: date | None, stderr: Console) -> _Run:
    """Read claims JSONL files directly; everything else goes through extract."""
    run = _Run()
    articles: list[str] = []
    stdin_text: str | None = None
    for name in paths:
        if name == "-":
            stdin_text = sys.stdin.read()
            if _is_claims_jsonl(stdin_text.splitlines()[:5]):
                _read_claims_lines("-", stdin_text.splitlines(), run, stderr)
                stdin_text = None
            else:
                articles.append(name)
        elif _looks_like_claims_file(Path(name)):
            lines = Path(name).read_text(encoding="utf-8-sig").splitlines()
            _read_claims_lines(name, lines, run, stderr)
        else:
            articles.append(name)
    if articles:
        _extract_articles(articles, stdin_text, default_date, run, stderr)
    return run


def _looks_like_claims_file(path: Path) -> bool:
    if path.suffix.lower() not in (".jsonl", ".ndjson") or not path.is_file():
        return False
    with path.open(encoding="utf-8-sig", errors="replace") as stream:
        head = [line for _, line in zip(range(5), stream, strict=False)]
    return _is_claims_jsonl(head)


def _is_claims_jsonl(lines: Iterable[str]) -> bool:
    """Extract's JSONL: the first record holds ``amount_text`` and ``start``."""
    for line in lines:
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError:
                return False
            return isinstance(record, dict) and "amount_text" in record and "start" in record
    return False


def _read_claims_lines(name: str, lines: Sequence[str], run: _Run, stderr: Console) -> None:
    docs: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            claim = Claim.model_validate({k: v for k, v in record.items() if k in _CLAIM_KEYS})
        except (ValueError, ValidationError) as error:
            reason = str(error).splitlines()[0]
            stderr.print(f"aidclaims: {InputError(name, f'line {number}', reason)}", markup=False)
            run.failed += 1
            continue
        run.claims.append(claim)
        docs.add(claim.doc)
        # extract's JSONL has no dates; a record may carry them (published, url) as extras
        if isinstance(record.get("published"), str):
            run.published.setdefault(claim.doc, _iso(record["published"]))
        if isinstance(record.get("url"), str):
            run.urls.setdefault(claim.doc, record["url"])
    run.documents += len(docs)


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _extract_articles(
    paths: Sequence[str],
    stdin_text: str | None,
    default_date: date | None,
    run: _Run,
    stderr: Console,
) -> None:
    import io

    from aidclaims.io.documents import read_documents
    from aidclaims.io.records import Document
    from aidclaims.io.runner import extract_document
    from aidclaims.novelty import with_novelty

    stdin = io.BytesIO((stdin_text or "").encode("utf-8"))
    for item in read_documents(paths, stdin=stdin, default_published=default_date):
        if isinstance(item, InputError):
            stderr.print(f"aidclaims: {item}", markup=False)
            run.failed += 1
            continue
        assert isinstance(item, Document)
        # every money figure, so novelty sees a package's parts; pledges are made of aid only
        outcome = extract_document(item, include_non_aid=True)
        if outcome.error is not None:
            stderr.print(f"aidclaims: {outcome.error}", markup=False)
            run.failed += 1
            continue
        run.documents += 1
        run.published[item.doc] = item.published
        run.urls[item.doc] = item.url
        found = with_novelty(item.text, outcome.claims, published=item.published)
        run.claims.extend(c for c in found if c.aid)


# --- writing ---------------------------------------------------------------------------------


def _choose_format(fmt: PledgeFormat | None, output: Path | None) -> PledgeFormat:
    if fmt is not None:
        return fmt
    if output is not None and str(output) != "-":
        return PledgeFormat(_SUFFIXES.get(output.suffix.lower(), "csv"))
    return PledgeFormat.table if sys.stdout.isatty() else PledgeFormat.csv


@contextmanager
def _open_output(output: Path | None) -> Iterator[TextIO]:
    if output is None or str(output) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with output.open("w", encoding="utf-8", newline="") as stream:
        yield stream


def _row(record: BaseModel, fields: Sequence[str]) -> dict[str, object]:
    dumped = record.model_dump(mode="json")
    return {name: dumped.get(name) for name in fields}


def _write(
    fmt: PledgeFormat,
    records: Sequence[BaseModel],
    fields: Sequence[str],
    stream: TextIO,
    run: _Run,
    *,
    claims: bool,
) -> None:
    from aidclaims.io import writers
    from aidclaims.io.table import write_table

    if fmt is PledgeFormat.jsonl:
        for record in records:
            stream.write(writers.row_to_json(_row(record, fields)) + "\n")
    elif fmt is PledgeFormat.json:
        stream.write(
            "[" + ",\n".join(writers.row_to_json(_row(r, fields)) for r in records) + "]\n"
        )
    elif fmt is PledgeFormat.csv:
        rows = (SimpleNamespace(**_csv_cells(_row(r, fields))) for r in records)
        writers.write_csv(rows, stream, fields=fields)  # type: ignore[arg-type]  # duck-typed rows
    else:
        console = Console(file=stream) if stream is not sys.stdout else Console()
        if claims:
            write_table(
                [r for r in records if isinstance(r, Claim)], console, documents=run.documents
            )
        else:
            _pledge_table([r for r in records if isinstance(r, Pledge)], console, run.documents)


def _csv_cells(row: dict[str, object]) -> dict[str, object]:
    """Lists ("values_seen", "sources") become one cell joined by "; "."""
    return {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}


def _pledge_table(pledges: Sequence[Pledge], console: Console, documents: int) -> None:
    from aidclaims.io.table import format_value
    from aidclaims.io.terminal import printable

    table = Table(header_style="bold", caption_justify="left")
    for name in ("pledge", "donor", "recipient", "value", "currency", "period", "status",
                 "novelty", "mentions", "docs", "values seen"):  # fmt: skip
        table.add_column(name, justify="right" if name in ("value", "mentions", "docs") else "left")
    for p in pledges:
        period = "–".join(d.isoformat() for d in (p.period_start, p.period_end) if d)
        cells = (p.pledge_id, p.donor or "", p.recipient or "", format_value(p.value, p.value_max),
                 p.currency or "", period, p.status.value if p.status else "",
                 p.novelty.value if p.novelty else "", str(p.mentions), str(p.documents),
                 " | ".join(p.values_seen))  # fmt: skip
        table.add_row(*(Text(printable(c)) for c in cells))
    table.caption = Text(f"{documents} documents, {len(pledges)} pledges")
    console.print(table)
