"""Parquet output (optional: needs ``pyarrow``): typed columns, one per Claim field.

The column types follow the annotations of :class:`aidclaims.model.Claim`, so a field added
to the model gets its column without a second table to keep in step.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Mapping
from datetime import date
from enum import Enum
from types import MappingProxyType
from typing import Any, BinaryIO, Final

from aidclaims.model import Claim

#: ``pyarrow`` type factory for each Python type a Claim field holds (``pyarrow.int64()``).
ARROW_TYPES: Final[Mapping[type, str]] = MappingProxyType(
    {
        str: "string",
        int: "int64",
        float: "float64",  # a float column even when every value is null
        bool: "bool_",
        date: "date32",  # rows hold "2025-01-01"; stored as a calendar date
        Enum: "string",  # Status, AidType, ...: their SPEC strings
    }
)

PYARROW_MISSING: Final = (
    "Parquet output needs pyarrow: pip install pyarrow (or 'aidclaims[parquet]')"
)


def _arrow_type(annotation: object) -> str:
    """The ``pyarrow`` factory name for a field annotation such as ``float | None``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        [inner] = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _arrow_type(inner)
    if isinstance(annotation, type):
        for kind, name in ARROW_TYPES.items():
            if issubclass(annotation, kind) and not (kind is int and annotation is bool):
                return name
    raise TypeError(f"no Parquet type for {annotation!r}")


#: Parquet column types, one per Claim field and in that order.
PARQUET_TYPES: Final[Mapping[str, str]] = MappingProxyType(
    {name: _arrow_type(field.annotation) for name, field in Claim.model_fields.items()}
)

#: Fields whose ISO date strings become ``datetime.date`` before going to Parquet.
_DATE_FIELDS: Final = frozenset(name for name, kind in PARQUET_TYPES.items() if kind == "date32")


def pyarrow_module() -> Any:
    """Import ``pyarrow``, or raise ImportError saying how to install it."""
    try:
        import pyarrow  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        raise ImportError(PYARROW_MISSING) from None
    return pyarrow


def parquet_row(row: Mapping[str, object]) -> dict[str, object]:
    """Turn the ISO date strings of a row into dates, for ``date32`` columns.

    >>> parquet_row({"doc": "k1", "period_start": "2025-01-01", "period_end": None})
    {'doc': 'k1', 'period_start': datetime.date(2025, 1, 1), 'period_end': None}
    """
    return {
        name: date.fromisoformat(value)
        if name in _DATE_FIELDS and isinstance(value, str)
        else value
        for name, value in row.items()
    }


def write_parquet_rows(rows: Iterable[Mapping[str, object]], stream: BinaryIO) -> int:
    """Write JSON-ready claim rows as one Parquet file with the :data:`PARQUET_TYPES` schema.

    Args:
        rows: dicts such as :func:`aidclaims.io.writers.claim_to_row` gives.
        stream: a binary stream.

    Returns:
        The number of rows written.

    Raises:
        ImportError: pyarrow is not installed.
    """
    pa = pyarrow_module()
    import pyarrow.parquet as pq  # type: ignore[import-not-found, import-untyped, unused-ignore]

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in PARQUET_TYPES.items()])
    records = [parquet_row(row) for row in rows]
    table = pa.Table.from_pylist(records, schema=schema)
    pq.write_table(table, stream)
    return len(records)
