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
import posixpath
import sys
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Final

from aidclaims.errors import ExitCode, InputError
from aidclaims.io.decoding import decode_plain
from aidclaims.io.parquet import pyarrow_module as _pyarrow
from aidclaims.io.parquet import write_parquet_rows
from aidclaims.io.records import Document, check_record, parse_json_record
from aidclaims.io.runner import document_rows
from aidclaims.io.terminal import printable
from aidclaims.io.writers import row_to_json

if TYPE_CHECKING:
    from dask.bag import Bag

#: Output formats of :func:`main`, with the suffix of their part files.
FORMAT_SUFFIXES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "jsonl": ".jsonl",
        "parquet": ".parquet",
    }
)

#: Dask schedulers :func:`main` offers. Extraction is pure Python, so only processes (or a
#: distributed cluster) run it in parallel; threads share one GIL.
SCHEDULERS: Final[tuple[str, ...]] = (
    "processes",
    "threads",
    "sync",
)

_PART_PREFIX: Final = "part-"

_DASK_MISSING: Final = "the Dask recipe needs dask: pip install 'aidclaims[dask]'"

#: One input line: the file it is in, its place there (``line 3``), and its bytes.
_Line = tuple[str, str, bytes]


# --- one line -----------------------------------------------------------------------------


def parse_line(line: str | bytes) -> dict[str, object] | str | None:
    r"""Parse and check one JSONL line as the ``aidclaims`` command does; a reason if it is bad.

    Bytes (or a line read with ``errors="surrogateescape"``) that are not UTF-8 are decoded
    as Windows-1252, as the command does. A UTF-8 byte-order mark is ignored.

    Args:
        line: the line, with or without its line break.

    Returns:
        The record; None for a blank line; else why the line is bad, in the words of the
        ``aidclaims`` command.

    >>> parse_line('{"id": "k1", "text": "Aid."}\n')
    {'id': 'k1', 'text': 'Aid.'}
    >>> parse_line("   \n") is None
    True
    >>> parse_line("[1, 2]"), parse_line('{"text": 7}'), parse_line('{"id": true, "text": "A"}')
    ('not a JSON object', 'text is not a string', 'id is not a string or integer')
    """
    checked = _check(line)
    return checked if checked is None or isinstance(checked, str) else checked[0]


def claims_of_line(line: str | bytes, *, include_non_aid: bool = False) -> list[dict[str, object]]:
    """Claim rows of one JSONL line, as :func:`aidclaims.io.runner.extract_record` gives them.

    Picklable and pure, so any framework that maps over text lines can run it. A blank or
    bad line gives no rows; a record without ``id`` gets ``doc`` ``-``.

    Args:
        line: one JSONL line holding an article record.
        include_non_aid: also return money that is not aid, with ``aid`` false.

    Returns:
        JSON-ready dicts with the keys of :data:`aidclaims.model.FIELDS`, in text order.

    >>> rows = claims_of_line('{"id": "k1", "text": "Chile pledged $3 million in aid to Peru."}')
    >>> [(r["doc"], r["amount_text"], r["value"]) for r in rows]
    [('k1', '$3 million', 3000000.0)]
    >>> claims_of_line('{"id": "k2", "text": "Chile pledged')
    []
    """
    checked = _check(line)
    if checked is None or isinstance(checked, str):
        return []
    return document_rows(checked[1], include_non_aid=include_non_aid)


def _check(line: str | bytes) -> tuple[dict[str, object], Document] | str | None:
    """The record and Document of one JSONL line, the reason it is bad, or None if blank."""
    try:
        text = _decode(line)
    except ValueError as error:
        return str(error)
    if not text.lstrip("\ufeff").strip():
        return None
    record = parse_json_record(text)
    if isinstance(record, str):
        return record
    document = check_record(record, fallback_doc="-")
    return document if isinstance(document, str) else (record, document)


def _decode(line: str | bytes) -> str:
    """The text of a line: bytes (or surrogate escapes) not UTF-8 are read as Windows-1252."""
    if isinstance(line, str):
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: bytes that were not UTF-8
            line = line.encode("utf-8", "surrogateescape")
        else:
            return line
    return decode_plain(line)


def _item_rows(item: _Line, *, include_non_aid: bool) -> list[dict[str, object]]:
    return claims_of_line(item[2], include_non_aid=include_non_aid)


def _item_message(item: _Line) -> list[str]:
    """The message of a bad or repaired line, as the ``aidclaims`` command prints it."""
    checked = _check(item[2])
    if isinstance(checked, str):
        return [str(InputError(item[0], item[1], checked))]
    if checked is not None and checked[1].notes:
        return [str(InputError(item[0], item[1], "; ".join(checked[1].notes)))]
    return []


def _item_bad(item: _Line) -> bool:
    return isinstance(_check(item[2]), str)


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
    lines: Any = _lines(paths, blocksize)  # Any: dask.bag.Bag methods carry no annotations
    rows: Bag = lines.map(_item_rows, include_non_aid=include_non_aid).flatten()
    return rows


def bad_lines(paths: str | Sequence[str], *, blocksize: str | None = None) -> Bag:
    """A lazy bag of one message per bad or repaired line, as the ``aidclaims`` command says it.

    A bad line is skipped; a repaired one (a date that cannot be read, lone surrogates) is
    kept. A message reads ``<path>:line <n>: <reason>``; in a file cut into blocks, lines after
    the first block are placed as ``block <k>, line <n>`` (a block cannot know how many
    lines came before it). Built from the same read as :func:`claims_bag`.

    Args:
        paths: as for :func:`claims_bag`.
        blocksize: as for :func:`claims_bag`.

    Returns:
        A ``dask.bag.Bag`` of strings, partitioned as :func:`claims_bag`.
    """
    lines: Any = _lines(paths, blocksize)  # Any: dask.bag.Bag methods carry no annotations
    messages: Bag = lines.map(_item_message).flatten()
    return messages


def count_bad_lines(paths: str | Sequence[str], *, blocksize: str | None = None) -> Bag:
    """A lazy bag holding, for each partition of :func:`claims_bag`, its bad-line count.

    Built from the same read as :func:`claims_bag` with the same arguments, so
    ``dask.compute(claims, counts)`` reads the files once.

    Args:
        paths: as for :func:`claims_bag`.
        blocksize: as for :func:`claims_bag`.

    Returns:
        A ``dask.bag.Bag`` of one int per partition; ``.sum().compute()`` is the total.
    """
    lines: Any = _lines(paths, blocksize)  # Any: dask.bag.Bag methods carry no annotations
    counts: Bag = lines.map_partitions(_count_bad)
    return counts


def _count_bad(items: Iterable[_Line]) -> list[int]:
    return [sum(1 for item in items if _item_bad(item))]


def _lines(paths: str | Sequence[str], blocksize: str | None) -> Bag:
    """A bag of :data:`_Line` items: one partition per file, or per block of a file."""
    import importlib

    import fsspec  # type: ignore[import-untyped, unused-ignore]  # a dask dependency; no stubs

    db = _dask_bag()
    # Any: dask.delayed and dask.bytes carry no annotations
    delayed: Any = importlib.import_module("dask.delayed").delayed
    urls = paths if isinstance(paths, str) else list(paths)
    if blocksize is None:
        files = fsspec.open_files(urls, mode="rb", compression="infer")
        parts = [delayed(_file_lines, pure=True)(file, file.path) for file in files]
    else:
        read_bytes: Any = importlib.import_module("dask.bytes").read_bytes
        _, blocks, names = read_bytes(
            urls, delimiter=b"\n", blocksize=blocksize, sample=False, include_path=True
        )
        parts = [
            delayed(_block_lines, pure=True)(block, name, index)
            for name, file_blocks in zip(names, blocks, strict=True)
            for index, block in enumerate(file_blocks)
        ]
    if not parts:
        raise ValueError(f"no file matches {urls!r}")
    lines: Bag = db.from_delayed(parts)
    return lines


def _file_lines(file: Any, name: str) -> list[_Line]:
    with file as stream:
        binary: BinaryIO = stream
        return [(name, f"line {number}", raw) for number, raw in enumerate(binary, 1)]


def _block_lines(block: bytes, name: str, index: int) -> list[_Line]:
    lines = block.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    return [
        (name, f"line {number}" if index == 0 else f"block {index + 1}, line {number}", raw)
        for number, raw in enumerate(lines, 1)
    ]


# --- writing ------------------------------------------------------------------------------


def write_jsonl(bag: Bag, out_dir: str) -> list[str]:
    r"""Write a bag of claim rows as JSON Lines, one ``part-NNNNN.jsonl`` per partition.

    Rows are serialised as ``aidclaims --format jsonl`` writes them (UTF-8, non-ASCII kept,
    one object per ``\n``-terminated line); an empty partition gives an empty file. Runs on
    the current Dask scheduler.

    Args:
        bag: claim rows, such as :func:`claims_bag` returns.
        out_dir: the folder (local or fsspec URL); created if missing.

    Returns:
        The paths written, in partition order.

    Raises:
        FileExistsError: ``out_dir`` already holds ``part-*`` files, which would mix with
            the new ones.
    """
    paths, counts = _write_tasks(bag, out_dir, "jsonl")
    _compute(counts)
    return paths


def write_parquet(bag: Bag, out_dir: str) -> list[str]:
    """Write a bag of claim rows as Parquet, one ``part-NNNNN.parquet`` per partition.

    Columns are :data:`aidclaims.io.parquet.PARQUET_TYPES` (dates as ``date32``); an empty
    partition gives a file with the schema and no rows, so the folder reads as one dataset
    (``pyarrow.parquet.read_table(out_dir)``). Needs pyarrow (not pandas). Runs on the
    current Dask scheduler.

    Args:
        bag: claim rows, such as :func:`claims_bag` returns.
        out_dir: the folder (local or fsspec URL); created if missing.

    Returns:
        The paths written, in partition order.

    Raises:
        ImportError: pyarrow is not installed.
        FileExistsError: ``out_dir`` already holds ``part-*`` files.
    """
    paths, counts = _write_tasks(bag, out_dir, "parquet")
    _compute(counts)
    return paths


def _write_tasks(bag: Bag, out_dir: str, output_format: str) -> tuple[list[str], Bag]:
    """The part paths, and a lazy bag of the rows written to each part."""
    import fsspec  # type: ignore[import-untyped, unused-ignore]  # a dask dependency; no stubs

    db = _dask_bag()
    writer = _write_jsonl_part
    if output_format == "parquet":
        _pyarrow()
        writer = _write_parquet_part
    fs, root = fsspec.core.url_to_fs(out_dir)
    if fs.glob(posixpath.join(root, _PART_PREFIX + "*")):
        raise FileExistsError(f"{out_dir} already holds {_PART_PREFIX}* files; remove them first")
    untyped: Any = bag  # dask.bag.Bag methods carry no annotations
    files = fsspec.open_files(
        posixpath.join(out_dir, _PART_PREFIX + "*" + FORMAT_SUFFIXES[output_format]),
        mode="wb",
        name_function=_part_number,
        num=untyped.npartitions,
    )
    # one file per partition, so that each writer runs fused with the tasks that make its
    # rows: lazy partitions never cross a process boundary
    targets = db.from_sequence(files, npartitions=len(files))
    counts: Bag = untyped.map_partitions(writer, targets)
    local = isinstance(fs, fsspec.implementations.local.LocalFileSystem)
    return [file.path if local else file.full_name for file in files], counts


def _compute(counts: Bag) -> list[int]:
    untyped: Any = counts  # dask.bag.Bag methods carry no annotations
    result: list[int] = untyped.compute()
    return result


def _part_number(index: int) -> str:
    """Zero-padded, so that part file names sort in partition order.

    >>> _part_number(7), _part_number(12345)
    ('00007', '12345')
    """
    return f"{index:05d}"


def _write_jsonl_part(rows: Iterable[dict[str, object]], targets: Sequence[Any]) -> list[int]:
    [target] = targets
    count = 0
    with target as stream:
        for row in rows:
            line = row_to_json(row) + "\n"  # exactly as the aidclaims command writes it
            stream.write(line.encode("utf-8"))
            count += 1
    return [count]


def _write_parquet_part(rows: Iterable[dict[str, object]], targets: Sequence[Any]) -> list[int]:
    [target] = targets
    with target as stream:
        return [write_parquet_rows(rows, stream)]


# --- optional imports ---------------------------------------------------------------------


def _dask() -> Any:
    try:
        import dask
    except ImportError:
        raise ImportError(_DASK_MISSING) from None
    return dask


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise ImportError(_DASK_MISSING) from None
    return dask.bag


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
        dask = _dask()
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
        notes = bad_lines(options.inputs, blocksize=options.blocksize)
        bad = count_bad_lines(options.inputs, blocksize=options.blocksize)
        paths, written = _write_tasks(rows, options.out_dir, options.format)
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
