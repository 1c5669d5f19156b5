"""Run extraction over a stream of documents, in this process or spread over worker processes.

Pure helpers (``extract_document``, ``extract_record``) are picklable module-level functions,
so they also run on Dask or Spark workers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from typing import Final

from aidclaims.documents import Document, parse_date
from aidclaims.errors import InputError
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

    For Dask, Spark or any framework that maps a function over dict records.

    >>> rows = extract_record({"id": "a1", "text": "Canada pledged C$5 million in aid to Haiti."})
    >>> [(r["doc"], r["currency"], r["value"]) for r in rows]
    [('a1', 'CAD', 5000000.0)]
    """
    from aidclaims.writers import claim_to_row

    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("record has no 'text' string")
    published = record.get("published")
    when: date | None = parse_date(published) if isinstance(published, str) and published else None
    doc = str(record.get("id") or "-")
    claims = extract(text, doc=doc, published=when, include_non_aid=include_non_aid)
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
