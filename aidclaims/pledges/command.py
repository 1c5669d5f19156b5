"""What ``aidclaims pledges`` does: read claims (from articles or extract's JSONL), group them.

The command's options live in :mod:`aidclaims.cli` (so that ``aidclaims --help`` imports
nothing heavy); its body calls :func:`read_claims`, then :func:`pledge_rows`, and writes the
rows with the same writers as ``extract`` (:func:`aidclaims.io.output.write_records`: every
format, ``-o`` written atomically, never over an input).

Input: the same inputs as ``extract`` (articles: text files, folders, JSONL/CSV records,
``-``), or the JSONL that ``extract --format jsonl`` wrote (detected by records that have
``amount_text`` and ``start``).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final, NamedTuple, TextIO

from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from aidclaims.errors import InputError
from aidclaims.io.records import DEFAULT_FIELDS, FieldNames
from aidclaims.model import FIELDS, Claim
from aidclaims.pledges.fx import (
    FX_FIELDS,
    ConvertedClaim,
    ConvertedPledge,
    RateSource,
    convert_claims,
    convert_pledges,
)
from aidclaims.pledges.record import PLEDGE_FIELDS, Pledge, assign_pledge_ids, group_claims

_CLAIM_KEYS = frozenset(FIELDS)
#: How many lines of a ``.jsonl`` file are looked at to tell extract's output from articles.
_SNIFF_LINES = 5
#: ... read from at most this much of standard input (the rest is decoded only if it is).
_SNIFF_BYTES = 1 << 16


class Reading(NamedTuple):
    """How to read articles: the options ``pledges`` shares with ``extract``."""

    default_published: date | None = None
    input_format: str = "auto"
    names: FieldNames = DEFAULT_FIELDS
    date_order: str | None = None
    max_bytes: int = 10_000_000
    jobs: int = 1


@dataclass
class Run:
    """Claims, dates and urls gathered from every input, and the failures met."""

    claims: list[Claim] = field(default_factory=list)
    published: dict[str, date | None] = field(default_factory=dict)
    urls: dict[str, str | None] = field(default_factory=dict)
    failed: int = 0
    repaired: int = 0  # read, with a repair worth knowing (said once each)
    documents: int = 0


_READING: Final = Reading()

# --- reading ---------------------------------------------------------------------------------


def read_claims(
    paths: Sequence[str],
    reading: Reading = _READING,
    say: Callable[[str], None] = print,
    *,
    stdin: bytes | None = None,
    skipped: Callable[[str, str], None] | None = None,
) -> Run:
    """The aid claims of every input: claims JSONL is read as it is, the rest extracted.

    Args:
        paths: files, folders, or ``-`` (standard input, or ``stdin`` when given).
        reading: how to read articles.
        say: reports one failure (a line of standard error).
        stdin: what ``-`` reads; default ``sys.stdin``.
        skipped: told of each file of a folder left out (path, why), as ``extract`` is.
    """
    run = _Run(say)
    articles: list[str] = []
    piped = b""
    for name in paths:
        if name == "-":
            piped = stdin if stdin is not None else _stdin_bytes()
            head = _lines(piped[:_SNIFF_BYTES].decode("utf-8-sig", errors="replace"))
            if _is_claims_jsonl(head[:_SNIFF_LINES]):
                run.claims_lines("-", _lines(piped.decode("utf-8-sig", errors="replace")))
            else:
                articles.append(name)
        elif _looks_like_claims_file(Path(name)):
            try:
                with _open_text(Path(name)) as stream:
                    text = stream.read()
            except (OSError, UnicodeDecodeError, EOFError) as error:
                run.fail(InputError(name, None, str(error)))
                continue
            run.claims_lines(name, _lines(text))
        else:
            articles.append(name)
    if articles:
        run.extract(articles, piped, reading, skipped)
    for doc in {c.doc for c in run.claims} - set(run.published):
        run.published[doc] = reading.default_published
    return run.done


def _lines(text: str) -> list[str]:
    r"""JSON Lines: split at line feeds only (a JSON string may hold U+2028 or \x85 as such).

    >>> _lines('{"a": "x\u2028y"}\r\n{}\n')
    ['{"a": "x\u2028y"}', '{}', '']
    """
    return [line.removesuffix("\r") for line in text.split("\n")]


def _stdin_bytes() -> bytes:
    if sys.stdin is None:
        return b""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")


class _Run:
    """Fills a :class:`Run`, reporting each failure once."""

    def __init__(self, say: Callable[[str], None]) -> None:
        self.done = Run()
        self.say = say

    @property
    def claims(self) -> list[Claim]:
        return self.done.claims

    @property
    def published(self) -> dict[str, date | None]:
        return self.done.published

    def fail(self, error: InputError) -> None:
        self.say(str(error))
        self.done.failed += 1

    def claims_lines(self, name: str, lines: Sequence[str]) -> None:
        """Claims from extract's JSONL (any ``--fields`` superset; ``--all`` rows skipped)."""
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
                self.fail(InputError(name, f"line {number}", str(error).splitlines()[0]))
                continue
            docs.add(claim.doc)
            if claim.aid:
                self.done.claims.append(claim)
            # extract's JSONL has no dates; a record may carry them (published, url) as extras
            if isinstance(record.get("published"), str):
                self.done.published.setdefault(claim.doc, _iso(record["published"]))
            if isinstance(record.get("url"), str):
                self.done.urls.setdefault(claim.doc, record["url"])
        self.done.documents += len(docs)

    def extract(
        self,
        paths: Sequence[str],
        piped: bytes,
        reading: Reading,
        skipped: Callable[[str, str], None] | None = None,
    ) -> None:
        """Claims of the articles in ``paths``, as ``extract`` finds them."""
        from aidclaims.io.documents import read_documents
        from aidclaims.io.records import Document
        from aidclaims.io.runner import run_documents

        items = read_documents(
            paths,
            stdin=io.BytesIO(piped),
            default_published=reading.default_published,
            max_bytes=reading.max_bytes,
            input_format=reading.input_format,  # type: ignore[arg-type]  # checked by the CLI
            names=reading.names,
            date_order=reading.date_order,  # type: ignore[arg-type]  # checked by the CLI
            skipped=skipped,
        )
        # each document's date and url, in input order (outcomes keep that order, whatever jobs)
        meta: deque[tuple[str, date | None, str | None] | None] = deque()

        def noted(stream: Iterator[Document | InputError]) -> Iterator[Document | InputError]:
            for item in stream:
                if isinstance(item, Document):
                    meta.append((item.doc, item.published, item.url))
                else:
                    meta.append(None)
                yield item

        for outcome in run_documents(noted(items), jobs=reading.jobs):
            about = meta.popleft()
            if outcome.error is not None or about is None:
                self.fail(outcome.error or InputError("-", None, "unreadable"))
                continue
            doc, published, url = about
            if outcome.notes:  # as extract: one line per document read with repairs
                self.say(str(InputError(outcome.source, outcome.where, "; ".join(outcome.notes))))
                self.done.repaired += 1
            self.done.documents += 1
            self.done.published[doc] = published
            self.done.urls[doc] = url
            self.done.claims.extend(outcome.claims)


def _open_text(path: Path, errors: str = "strict") -> TextIO:
    """A text stream over a file, decompressed when its name ends in ``.gz``."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", errors=errors)
    return path.open(encoding="utf-8-sig", errors=errors)


def _looks_like_claims_file(path: Path) -> bool:
    """A ``.jsonl`` or ``.ndjson`` file (also ``.gz``) whose first record is a claim."""
    name = path.name.lower().removesuffix(".gz")
    if not name.endswith((".jsonl", ".ndjson")) or not path.is_file():
        return False
    try:
        with _open_text(path, errors="replace") as stream:
            head = [line for _, line in zip(range(_SNIFF_LINES), stream, strict=False)]
    except (OSError, EOFError):
        return False  # extract's reader reports it
    return _is_claims_jsonl(head)


def _is_claims_jsonl(lines: Sequence[str]) -> bool:
    """Extract's JSONL: the first record holds ``amount_text`` and ``start``."""
    for line in lines:
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError:
                return False
            return isinstance(record, dict) and "amount_text" in record and "start" in record
    return False


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


# --- what is written -------------------------------------------------------------------------


@dataclass
class Rows:
    """The records to write, their columns and model, and how to show them as a table."""

    records: Sequence[BaseModel]
    fields: tuple[str, ...]
    model: type[BaseModel]
    table: Callable[..., None]
    unconverted: dict[str, int] = field(default_factory=dict)


def pledge_rows(
    run: Run,
    *,
    claims: bool = False,
    currency: str | None = None,
    sources: Sequence[RateSource] | None = None,
) -> Rows:
    """One row per pledge (or, with ``claims``, every claim with its ``pledge_id``).

    With ``currency`` (and its rate ``sources``) every row gets the :data:`FX_FIELDS`.
    """
    converting = currency is not None and sources is not None
    if claims:
        ids = assign_pledge_ids(run.claims, run.published)
        found: Sequence[BaseModel] = ids
        if converting:
            found = list(convert_claims(ids, currency or "", run.published, sources or ()))
        fields = (*FIELDS, *FX_FIELDS) if converting else FIELDS
        model: type[BaseModel] = ConvertedClaim if converting else Claim

        def claim_table(records: list[Any], console: Console, *, wide: bool) -> None:
            from aidclaims.io.table import write_table

            write_table(records, console, documents=run.documents, wide=wide)

        rows = Rows(found, fields, model, claim_table)
    else:
        pledges = group_claims(run.claims, run.published, run.urls)
        grouped: Sequence[BaseModel] = pledges
        if converting:
            grouped = convert_pledges(pledges, currency or "", sources or ())
        fields = (*PLEDGE_FIELDS, *FX_FIELDS) if converting else PLEDGE_FIELDS
        model = ConvertedPledge if converting else Pledge

        def table(records: list[Any], console: Console, *, wide: bool) -> None:
            pledge_table(records, console, documents=run.documents, wide=wide)

        rows = Rows(grouped, fields, model, table)
    for record in rows.records:
        note = getattr(record, "fx_note", None)
        if note and getattr(record, "value_converted", None) is None:
            rows.unconverted[note] = rows.unconverted.get(note, 0) + 1
    return rows


#: The pledge table's columns: header, and whether it is a number (right-aligned).
_PLEDGE_COLUMNS = (
    ("pledge", False),
    ("donor", False),
    ("recipient", False),
    ("value", True),
    ("cur.", False),
    ("period", False),
    ("status", False),
    ("novelty", False),
    ("mentions", True),
    ("docs", True),
    ("values seen", False),
)


def pledge_table(
    pledges: Sequence[Pledge], console: Console, *, documents: int, wide: bool = False
) -> None:
    """Print one row per pledge, and a caption counting documents and pledges.

    Cell text is never read as markup, and control characters are shown as escapes. With
    ``--currency``, a ``converted`` column follows the value.
    """
    from aidclaims.io.table import format_value
    from aidclaims.io.terminal import printable

    converted = any(isinstance(p, ConvertedPledge) for p in pledges)
    table = Table(header_style="bold", caption_justify="left")
    for name, number in _PLEDGE_COLUMNS:
        table.add_column(name, justify="right" if number else "left")
        if name == "cur." and converted:
            table.add_column("converted", justify="right")
    for p in pledges:
        period = " – ".join(d.isoformat() for d in (p.period_start, p.period_end) if d)
        cells = [p.pledge_id, p.donor or "", p.recipient or "", format_value(p.value, p.value_max),
                 p.currency or "", period, p.status.value if p.status else "",
                 p.novelty.value if p.novelty else "", str(p.mentions), str(p.documents),
                 " | ".join(" ".join(v.split()) for v in p.values_seen)]  # fmt: skip
        if converted:
            cells.insert(5, _converted(p))
        table.add_row(*(Text(printable(c)) for c in cells))
    noun = "document" if documents == 1 else "documents"
    table.caption = Text(f"{documents} {noun}, {len(pledges)} pledges")
    if wide:  # as wide as the longest row: a measure within the console's width is capped
        unbounded = console.options.update(max_width=1_000_000)
        console.width = max(console.width, table.__rich_measure__(console, unbounded).maximum)
    console.print(table)


def _converted(p: Pledge) -> str:
    value = getattr(p, "value_converted", None)
    if value is None:
        return "–"
    from aidclaims.io.table import format_value

    high = getattr(p, "value_max_converted", None)
    return f"{format_value(value, high)} {getattr(p, 'fx_currency', '')}"
