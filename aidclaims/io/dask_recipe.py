"""Dask recipe: extract claims from JSONL corpora too big for one process, into part files.

Each input line is one article record (``text``, optional ``id``, ``published``, ``title``,
``url``), checked by :func:`aidclaims.io.records.check_record` exactly as the ``aidclaims``
command checks a JSONL line: both accept and reject the same records with the same messages,
and the rows are those of :func:`aidclaims.io.runner.extract_record`, so a Dask run and a
single-process run agree. A record without ``id`` gets ``doc`` ``-`` (the command uses
``<path>:<line>``, which a block of a cut file cannot know).

Partitioning: with ``blocksize=None`` each input file is one partition; with a blocksize
(``"64MiB"``) large files are cut at line boundaries into several. Partition ``i`` is written
to ``part-<i, 5 digits>.jsonl`` (or ``.parquet``), so the file names sort in input order
and each file keeps the order of its input lines.

Bad lines are skipped, never fatal: :func:`bad_lines` gives one message per bad line, as the
command prints it, and :func:`count_bad_lines` counts them per partition. Blank lines are
ignored.

Dask is imported inside the functions: this module, and ``aidclaims``, import without it.

Run it as ``python -m aidclaims.io.dask_recipe 'corpus/*.jsonl' out/``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

from aidclaims.errors import ExitCode
from aidclaims.io.dask_lines import (
    LineOutcome,
    block_lines,
    claims_of_line,
    file_lines,
    item_outcome,
    parse_line,
)
from aidclaims.io.dask_parts import (
    FORMAT_SUFFIXES,
    dask_bag_module,
    dask_module,
    write_jsonl,
    write_parquet,
    write_tasks,
)
from aidclaims.io.terminal import printable

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = [
    "bad_lines",
    "claims_bag",
    "claims_of_line",
    "count_bad_lines",
    "main",
    "parse_line",
    "write_jsonl",
    "write_parquet",
]

#: Dask schedulers :func:`main` offers. Extraction is pure Python, so only processes (or a
#: distributed cluster) run it in parallel; threads share one GIL.
SCHEDULERS: Final[tuple[str, ...]] = (
    "processes",
    "threads",
    "sync",
)


# --- bags ---------------------------------------------------------------------------------


def claims_bag(
    paths: str | Sequence[str], *, include_non_aid: bool = False, blocksize: str | None = None
) -> Bag:
    """A lazy bag of claim rows from JSONL files of articles.

    Args:
        paths: a path, glob (``"corpus/*.jsonl"``) or list of them; any fsspec URL
            (``s3://bucket/*.jsonl``) works; ``.gz`` and other compressions are inferred
            (a compressed file cannot be cut into blocks: keep ``blocksize`` None).
        include_non_aid: also return money that is not aid, with ``aid`` false.
        blocksize: cut files into partitions of about this many bytes (``"64MiB"``);
            None keeps one partition per file.

    Returns:
        A ``dask.bag.Bag`` of row dicts (keys in :data:`aidclaims.model.FIELDS` order),
        one partition per file or block, rows in input order.

    Raises:
        ImportError: dask is not installed.
        ValueError: no file matches ``paths``.
    """
    rows: Bag = _outcomes(paths, blocksize, include_non_aid).pluck(0).flatten()
    return rows


def bad_lines(
    paths: str | Sequence[str], *, blocksize: str | None = None, include_non_aid: bool = False
) -> Bag:
    """A lazy bag of one message per bad or repaired line, as the ``aidclaims`` command says it.

    A bad line is skipped; a repaired one (a date that cannot be read, lone surrogates) is
    kept; a line whose extraction failed (``internal error: ... (please report)``) is
    skipped. A message reads ``<path>:line <n>: <reason>``; in a file cut into blocks, lines
    after the first block are placed as ``block <k>, line <n>`` (a block cannot know how
    many lines came before it). Built from the same read and extraction as
    :func:`claims_bag` with the same arguments, so computing both extracts once.

    Args:
        paths: as for :func:`claims_bag`.
        blocksize: as for :func:`claims_bag`.
        include_non_aid: as for :func:`claims_bag`.

    Returns:
        A ``dask.bag.Bag`` of strings, partitioned as :func:`claims_bag`.
    """
    messages: Bag = _outcomes(paths, blocksize, include_non_aid).pluck(1).flatten()
    return messages


def count_bad_lines(
    paths: str | Sequence[str], *, blocksize: str | None = None, include_non_aid: bool = False
) -> Bag:
    """A lazy bag holding, for each partition of :func:`claims_bag`, its bad-line count.

    Built from the same read as :func:`claims_bag` with the same arguments, so
    ``dask.compute(claims, counts)`` reads the files once.

    Args:
        paths: as for :func:`claims_bag`.
        blocksize: as for :func:`claims_bag`.
        include_non_aid: as for :func:`claims_bag`.

    Returns:
        A ``dask.bag.Bag`` of one int per partition; ``.sum().compute()`` is the total.
    """
    outcomes: Any = _outcomes(paths, blocksize, include_non_aid)
    counts: Bag = outcomes.map_partitions(_count_skipped)
    return counts


def _count_skipped(outcomes: Iterable[LineOutcome]) -> list[int]:
    return [sum(outcome[2] for outcome in outcomes)]


def _outcomes(paths: str | Sequence[str], blocksize: str | None, include_non_aid: bool) -> Any:
    """The bag of :data:`LineOutcome` the three bags above share (same keys, computed once)."""
    lines: Any = _lines(paths, blocksize)  # Any: dask.bag.Bag methods carry no annotations
    return lines.map(item_outcome, include_non_aid=include_non_aid)


def _lines(paths: str | Sequence[str], blocksize: str | None) -> Bag:
    """A bag of :data:`Line` items: one partition per file, or per block of a file."""
    import importlib

    import fsspec  # type: ignore[import-untyped, unused-ignore]  # a dask dependency; no stubs

    db = dask_bag_module()
    # Any: dask.delayed and dask.bytes carry no annotations
    delayed: Any = importlib.import_module("dask.delayed").delayed
    urls = paths if isinstance(paths, str) else list(paths)
    if blocksize is None:
        files = fsspec.open_files(urls, mode="rb", compression="infer")
        parts = [delayed(file_lines, pure=True)(file, file.path) for file in files]
    else:
        read_bytes: Any = importlib.import_module("dask.bytes").read_bytes
        _, blocks, names = read_bytes(
            urls, delimiter=b"\n", blocksize=blocksize, sample=False, include_path=True
        )
        parts = [
            delayed(block_lines, pure=True)(block, name, index)
            for name, file_blocks in zip(names, blocks, strict=True)
            for index, block in enumerate(file_blocks)
        ]
    if not parts:
        raise ValueError(f"no file matches {urls!r}")
    lines: Bag = db.from_delayed(parts)
    return lines


# --- command line -------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m aidclaims.io.dask_recipe",
        description="Extract aid claims from JSONL files of articles with Dask, into one "
        "part file per partition.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="JSONL files or globs ('corpus/*.jsonl'), local or fsspec URLs (s3://...).",
    )
    parser.add_argument("out_dir", metavar="OUT_DIR", help="Folder for the part-*.* files.")
    parser.add_argument(
        "--format", choices=tuple(FORMAT_SUFFIXES), default="jsonl", help="Default: jsonl."
    )
    parser.add_argument(
        "--scheduler", choices=SCHEDULERS, default="processes", help="Default: processes."
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="Worker processes or threads (default: cores).",
    )
    parser.add_argument(
        "--blocksize",
        default=None,
        metavar="SIZE",
        help="Cut files into partitions of this size ('64MiB'); default: one per file.",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        dest="include_non_aid",
        help="Also output money that is not aid, with aid=false.",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the recipe from the command line; return the exit code.

    ``python -m aidclaims.io.dask_recipe INPUT... OUT_DIR [--format jsonl|parquet]
    [--scheduler processes|threads|sync] [--workers N] [--blocksize SIZE] [--all]``.
    A summary goes to standard error.

    Args:
        argv: the arguments after the program name; None reads ``sys.argv``.

    Returns:
        0 when all went well, 1 when bad lines were skipped or an input is missing,
        2 for a missing dependency or an output folder that already holds part files
        (argparse exits with 2 itself on bad options).
    """
    parser = _parser()
    options = parser.parse_args(argv)
    if options.workers is not None and options.workers < 1:
        parser.error("--workers: give at least 1")
    try:
        dask = dask_module()
        if options.blocksize is not None:
            _check_blocksize(parser, options.blocksize)
        missing = _missing_inputs(options.inputs)
        if missing:
            for url in missing:
                _say(f"{url}: no such file")
            return ExitCode.INPUT_ERRORS
        rows = claims_bag(
            options.inputs, include_non_aid=options.include_non_aid, blocksize=options.blocksize
        )
        same = {"blocksize": options.blocksize, "include_non_aid": options.include_non_aid}
        notes = bad_lines(options.inputs, **same)
        bad = count_bad_lines(options.inputs, **same)
        paths, written = write_tasks(rows, options.out_dir, options.format)
    except (ImportError, FileExistsError) as error:
        _say(str(error))
        return ExitCode.USAGE
    config: dict[str, object] = {"scheduler": options.scheduler}
    if options.workers is not None:
        config["num_workers"] = options.workers
    with dask.config.set(config):
        row_counts, messages, bad_counts = dask.compute(written, notes, bad)
    for message in messages:  # one line per bad line, as the aidclaims command prints it
        _say(f"aidclaims: {printable(message)}")
    total_bad = sum(bad_counts)
    claims, parts = _plural(sum(row_counts), "claim"), _plural(len(paths), "part file")
    _say(f"{claims} in {parts} under {options.out_dir}")
    if total_bad:
        _say(f"{_plural(total_bad, 'bad line')} skipped")
    if messages:
        return ExitCode.INPUT_ERRORS
    return ExitCode.OK


def _check_blocksize(parser: argparse.ArgumentParser, blocksize: str) -> None:
    """Exit with a usage error (2) unless ``blocksize`` is a size such as ``64MiB``."""
    from dask.utils import parse_bytes

    try:
        size = parse_bytes(blocksize)
    except ValueError:
        size = 0
    if size <= 0:
        parser.error(f"--blocksize: {blocksize!r} is not a size such as 64MiB")


def _missing_inputs(urls: Sequence[str]) -> list[str]:
    """The inputs that match no file (a glob matching nothing, or a path that is not there)."""
    import fsspec

    missing = []
    for url in urls:
        fs, path = fsspec.core.url_to_fs(url)
        if not fs.glob(path):
            missing.append(url)
    return missing


def _plural(count: int, noun: str) -> str:
    """Count and noun, the noun in the plural unless the count is 1.

    >>> _plural(1, "part file"), _plural(3, "claim")
    ('1 part file', '3 claims')
    """
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _say(message: str) -> None:
    print(message, file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
