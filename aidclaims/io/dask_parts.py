"""Part files of the Dask recipe: one ``part-NNNNN.jsonl`` or ``.parquet`` per partition."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from aidclaims.io.parquet import pyarrow_module as _pyarrow
from aidclaims.io.parquet import write_parquet_rows
from aidclaims.io.writers import row_to_json

if TYPE_CHECKING:
    from dask.bag import Bag

#: Output formats of the recipe, with the suffix of their part files.
FORMAT_SUFFIXES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "jsonl": ".jsonl",
        "parquet": ".parquet",
    }
)

PART_PREFIX: Final = "part-"

_DASK_MISSING: Final = "the Dask recipe needs dask: pip install 'aidclaims[dask]'"


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
    paths, counts = write_tasks(bag, out_dir, "jsonl")
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
    paths, counts = write_tasks(bag, out_dir, "parquet")
    _compute(counts)
    return paths


def write_tasks(bag: Bag, out_dir: str, output_format: str) -> tuple[list[str], Bag]:
    """The part paths, and a lazy bag of the rows written to each part."""
    import fsspec  # type: ignore[import-untyped, unused-ignore]  # a dask dependency; no stubs

    db = dask_bag_module()
    writer = _write_jsonl_part
    if output_format == "parquet":
        _pyarrow()
        writer = _write_parquet_part
    fs, root = fsspec.core.url_to_fs(out_dir)
    if fs.glob(posixpath.join(root, PART_PREFIX + "*")):
        raise FileExistsError(f"{out_dir} already holds {PART_PREFIX}* files; remove them first")
    untyped: Any = bag  # dask.bag.Bag methods carry no annotations
    files = fsspec.open_files(
        posixpath.join(out_dir, PART_PREFIX + "*" + FORMAT_SUFFIXES[output_format]),
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


def dask_module() -> Any:
    """Import ``dask``, or raise ImportError saying how to install it."""
    try:
        import dask
    except ImportError:
        raise ImportError(_DASK_MISSING) from None
    return dask


def dask_bag_module() -> Any:
    """Import ``dask.bag``, or raise ImportError saying how to install it."""
    try:
        import dask.bag
    except ImportError:
        raise ImportError(_DASK_MISSING) from None
    return dask.bag
