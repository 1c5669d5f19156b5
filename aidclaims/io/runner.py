"""Run extraction over a stream of documents, in this process or spread over worker processes.

Pure helpers (``extract_document``, ``extract_record``) are picklable module-level functions,
so they also run on Dask or Spark workers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Final

from aidclaims.errors import InputError
from aidclaims.io.records import Document, check_record
from aidclaims.model import Claim
from aidclaims.pipeline import extract

#: Documents sent to a worker at a time: large enough to amortise pickling, small enough
#: to keep memory flat and the progress bar moving.
CHUNK_SIZE: Final = 32

Outcome = tuple[InputError | None, list[Claim]]


def extract_document(item: Document | InputError, *, include_non_aid: bool = False) -> Outcome:
    """Claims of one document; an InputError passes through untouched, with no claims."""
    if isinstance(item, InputError):
        return item, []
    claims = extract(
        item.text, doc=item.doc, published=item.published, include_non_aid=include_non_aid
    )
    return None, claims


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
        include_non_aid=include_non_aid,
    )
    return [claim_to_row(c) for c in claims]


def run_documents(
    items: Iterable[Document | InputError], *, jobs: int = 1, include_non_aid: bool = False
) -> Iterator[Outcome]:
    """Extract from each item in order; ``jobs`` > 1 (or 0 = all cores) uses worker processes.

    The output order, and so the output bytes, are the same whatever ``jobs`` is.
    """
    work = partial(extract_document, include_non_aid=include_non_aid)
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    if workers <= 1:
        yield from map(work, items)
        return
    import multiprocessing

    # workers ignore Ctrl-C: the parent reports the interrupt once and stops them
    with multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_sigint) as pool:
        yield from pool.imap(work, items, chunksize=CHUNK_SIZE)


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
