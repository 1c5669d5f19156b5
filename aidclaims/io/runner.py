"""Run extraction over a stream of documents, in this process or spread over worker processes.

Pure helpers (``extract_document``, ``extract_record``) are picklable module-level functions,
so they also run on Dask or Spark workers.
"""

from __future__ import annotations

import math
import multiprocessing.pool
import os
import signal
from collections.abc import Iterable, Iterator
from functools import partial
from types import FrameType
from typing import Any, Final, NamedTuple

from aidclaims.errors import InputError
from aidclaims.io.records import Document, check_record
from aidclaims.model import Claim
from aidclaims.pipeline import extract

#: Documents sent to a worker at a time: large enough to amortise pickling, small enough
#: to keep memory flat and the progress bar moving.
CHUNK_SIZE: Final = 32

#: Signals held while worker processes start (see :func:`run_documents`).
_STOP_SIGNALS: Final = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})

#: Set to 1 to let an unexpected error inside one document stop the run with its traceback.
DEBUG_VARIABLE: Final = "AIDCLAIMS_DEBUG"


class Outcome(NamedTuple):
    """What one item of the stream gave: an error, or claims and the notes of its document."""

    error: InputError | None
    claims: list[Claim]
    notes: tuple[str, ...] = ()
    source: str = "-"
    where: str | None = None
    #: The claims as JSON Lines, when ``json_fields`` asked for them (``claims`` is then empty)
    lines: list[str] | None = None

    @property
    def found(self) -> list[Claim] | list[str]:
        """What the document gave: its JSON lines when asked for, else its claims."""
        return self.claims if self.lines is None else self.lines


def extract_document(
    item: Document | InputError,
    *,
    include_non_aid: bool = False,
    strict: bool = False,
    json_fields: tuple[str, ...] | None = None,
) -> Outcome:
    """Claims of one document; an InputError passes through untouched, with no claims.

    With ``json_fields``, the claims come as their JSON Lines (``Outcome.lines``, each as
    :func:`aidclaims.io.writers.write_jsonl` writes it with those fields): a worker process
    writes them, and the parent of ``--jobs 2`` only copies them out.

    An unexpected exception inside the extraction of one document (a bug) becomes an
    InputError ``internal error: <type>: <message> (please report)`` naming the document's
    file and line, so the batch goes on. With ``strict``, or the environment variable
    ``AIDCLAIMS_DEBUG=1``, it propagates with its traceback instead.

    A claim whose value is not a finite number (``$`` followed by 400 nines) keeps its text
    and offsets, with ``value`` and ``value_max`` null: JSON has no infinity.
    """
    if isinstance(item, InputError):
        return Outcome(item, [])
    try:
        claims = finite_claims(
            extract(
                item.text,
                doc=item.doc,
                published=item.published,
                url=item.url,
                include_non_aid=include_non_aid,
            )
        )
        lines = None if json_fields is None else json_lines(claims, json_fields)
    except Exception as error:
        if strict or debugging():
            raise
        return Outcome(InputError(item.source, item.where, internal_error(error)), [])
    if lines is not None:
        return Outcome(None, [], item.notes, item.source, item.where, lines)
    return Outcome(None, claims, item.notes, item.source, item.where)


def json_lines(claims: list[Claim], fields: tuple[str, ...]) -> list[str]:
    """The claims as JSON Lines with ``fields``, without the line breaks.

    >>> from aidclaims.model import Claim
    >>> json_lines([Claim(doc="a", start=0, end=3, amount_text="$5m", value=5e6)], ("doc", "value"))
    ['{"doc": "a", "value": 5000000.0}']
    """
    from aidclaims.io.writers import record_to_row, row_to_json

    return [row_to_json(record_to_row(claim, fields)) for claim in claims]


def debugging() -> bool:
    """Whether ``AIDCLAIMS_DEBUG`` asks an unexpected error to stop the run with its traceback."""
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def internal_error(error: Exception) -> str:
    """The reason printed for an unexpected error inside one document (a bug of ours).

    >>> internal_error(ZeroDivisionError("division by zero"))
    'internal error: ZeroDivisionError: division by zero (please report)'
    """
    return f"internal error: {type(error).__name__}: {error} (please report)"


def finite_claims(claims: list[Claim]) -> list[Claim]:
    """The claims, with a value that is not a finite number (inf, nan) replaced by null.

    >>> from aidclaims.model import Claim
    >>> claim = Claim(doc="-", start=0, end=4, amount_text="$9e9", value=float("inf"))
    >>> finite_claims([claim])[0].value is None
    True
    """
    return [
        claim
        if _finite(claim.value) and _finite(claim.value_max)
        else claim.model_copy(update={"value": None, "value_max": None})
        for claim in claims
    ]


def _finite(value: float | None) -> bool:
    return value is None or math.isfinite(value)


def extract_record(
    record: dict[str, object], *, include_non_aid: bool = False
) -> list[dict[str, object]]:
    """Claims of one article record (``text`` and optional ``id``, ``published``) as JSON rows.

    For Dask, Spark or any framework that maps a function over dict records. The record is
    checked as the ``aidclaims`` command checks a JSONL line; a record without ``id`` gets
    ``doc`` ``-``.

    Raises:
        ValueError: the record is bad; the message is the one the command prints for it.

    >>> rows = extract_record({"id": "a1", "text": "Canada pledged C$5 million in aid to Haiti."})
    >>> [(r["doc"], r["currency"], r["value"]) for r in rows]
    [('a1', 'CAD', 5000000.0)]
    """
    document = check_record(record, fallback_doc="-")
    if isinstance(document, str):
        raise ValueError(document)
    return document_rows(document, include_non_aid=include_non_aid)


def document_rows(document: Document, *, include_non_aid: bool = False) -> list[dict[str, object]]:
    """Claims of one checked Document as JSON-ready rows, as ``extract_record`` gives them."""
    from aidclaims.io.writers import claim_to_row

    claims = extract(
        document.text,
        doc=document.doc,
        published=document.published,
        url=document.url,
        include_non_aid=include_non_aid,
    )
    return [claim_to_row(c) for c in finite_claims(claims)]


def run_documents(
    items: Iterable[Document | InputError],
    *,
    jobs: int = 1,
    include_non_aid: bool = False,
    strict: bool = False,
    json_fields: tuple[str, ...] | None = None,
) -> Iterator[Outcome]:
    """Extract from each item in order; ``jobs`` > 1 (or 0 = all cores) uses worker processes.

    The output order, and so the output bytes, are the same whatever ``jobs`` is.
    ``strict`` lets an unexpected error in a document propagate, and ``json_fields`` asks
    for JSON Lines instead of claims (see :func:`extract_document`).
    """
    work = partial(
        extract_document, include_non_aid=include_non_aid, strict=strict, json_fields=json_fields
    )
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers <= 1:
        yield from map(work, items)
        return
    # A signal that arrives while the pool starts would leave half-started workers behind:
    # hold the signals until the pool exists (the workers unblock them once quiet).
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        pool = _Pool(
            workers,
            initializer=_quiet_worker,
            initargs=(os.getpid(),),
            context=multiprocessing.get_context("fork"),
        )
    except BaseException:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
        raise
    with pool:  # from here on, a signal's exception terminates the workers
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
        yield from pool.imap(work, items, chunksize=CHUNK_SIZE)


class _Pool(multiprocessing.pool.Pool):
    """A pool that ends its workers with SIGKILL: they ignore SIGTERM (see _quiet_worker)."""

    @staticmethod
    def Process(ctx: Any, *args: Any, **kwds: Any) -> Any:  # Pool's name
        process = ctx.Process(*args, **kwds)
        process.terminate = process.kill  # what Pool.terminate calls, once its queues are idle
        return process


#: In a worker: its parent's pid.
_parent = 0


def _quiet_worker(parent: int) -> None:
    """Signals in a worker: the parent reports them once and stops the workers.

    Ctrl-C, SIGTERM and SIGHUP, which a terminal or ``kill -TERM -PGID`` send to the whole
    process group, leave the worker alone: killed while it holds one of the pool's queue
    locks (an idle worker waits for work holding the task queue's, a busy one holds the
    result queue's while it sends), it would make ``Pool.terminate`` wait for that lock
    forever, and a task it held would be lost. The parent prints the one line and ends the
    pool, with SIGKILL once the queues are idle. SIGTERM and SIGHUP still end a worker whose
    parent is gone (``kill -9`` of the parent alone). A closed pipe to the parent ends it
    silently, instead of a BrokenPipeError traceback.
    """
    global _parent
    _parent = parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, _on_stop_signal)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def _on_stop_signal(number: int, _frame: FrameType | None) -> None:
    if os.getppid() != _parent:  # orphaned: nobody will end this worker
        os._exit(128 + number)
