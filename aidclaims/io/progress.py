"""The progress bar on standard error, with a total and an ETA when the input size is known."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Final

from aidclaims.io.documents import GZIP_SUFFIX, kind_of

if TYPE_CHECKING:
    from rich.console import Console

#: Bytes of a JSONL or CSV file sampled to estimate its number of lines.
_SAMPLE_BYTES: Final = 1 << 16

#: Files counted before giving up on a total (a huge tree is walked once, not twice).
_MAX_FILES: Final = 100_000


def estimate_documents(paths: Sequence[str]) -> int | None:
    """Guess how many documents ``paths`` hold, cheaply; None when it cannot be known.

    A text file is one document; a JSONL or CSV file holds about its size divided by the
    mean length of the lines in its first 64 kB; a folder adds up its files. Standard
    input and compressed files have no known size.
    """
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        if len(files) > _MAX_FILES:
            return None
        for file in files:
            found = _documents_in(file, in_folder=path.is_dir())
            if found is None:
                return None
            total += found
    return total


def _documents_in(path: Path, *, in_folder: bool) -> int | None:
    kind = kind_of(path.name)
    if in_folder and (kind is None or any(p.startswith(".") for p in path.parts[-1:])):
        return 0
    if not path.is_file():
        return 0
    if kind in (None, "text"):
        return 1
    if path.name.lower().endswith(GZIP_SUFFIX):
        return None
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            sample = stream.read(_SAMPLE_BYTES)
    except OSError:
        return 0
    lines = sample.count(b"\n") or 1
    estimate = round(size / (len(sample) / lines)) if sample else 0
    return max(estimate - (1 if kind == "csv" else 0), 0)


@contextmanager
def progress_bar(
    console: Console, *, enabled: bool, total: int | None
) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error, only on a terminal and never in CI.

    Yields a function to call once per document with its number of claims. With a
    ``total``, the bar shows it, the percentage and the time remaining.
    """
    if not enabled or not console.is_terminal or os.environ.get("CI"):
        yield lambda _claims: None
        return
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [SpinnerColumn(), TextColumn("{task.completed:,}")]
    if total is not None:
        columns += [TextColumn("of ~{task.total:,.0f}"), BarColumn(), TimeRemainingColumn()]
    columns += [
        TextColumn("documents, {task.fields[claims]:,} claims {task.fields[rate]}"),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("extract", total=total, claims=0, rate="")
        started = time.monotonic()
        found = done = 0

        def advance(claims: int) -> None:
            nonlocal found, done
            found += claims
            done += 1
            elapsed = time.monotonic() - started
            rate = f"({done / elapsed:,.0f} docs/s)" if elapsed > 0 else ""
            if total is not None and done > total:  # the estimate was short
                progress.update(task, total=done)
            progress.update(task, advance=1, claims=found, rate=rate)

        yield advance
