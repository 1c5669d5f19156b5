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

from pydantic import BaseModel

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
    if typing.get_origin(annotation) is tuple:  # a pledge's sources: tuple[str, ...]
        return "list_string"
    if isinstance(annotation, type):
        for kind, name in ARROW_TYPES.items():
            if issubclass(annotation, kind) and not (kind is int and annotation is bool):
                return name
    raise TypeError(f"no Parquet type for {annotation!r}")


def parquet_types(model: type[BaseModel]) -> Mapping[str, str]:
    """Parquet column types of a record model's fields, in order (``Claim``, ``Pledge``...)."""
    return MappingProxyType(
        {name: _arrow_type(field.annotation) for name, field in model.model_fields.items()}
    )


#: Parquet column types, one per Claim field and in that order.
PARQUET_TYPES: Final[Mapping[str, str]] = parquet_types(Claim)

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
    return _with_dates(row, _DATE_FIELDS)


def _with_dates(row: Mapping[str, object], dates: frozenset[str]) -> dict[str, object]:
    return {
        name: date.fromisoformat(value) if name in dates and isinstance(value, str) else value
        for name, value in row.items()
    }


def write_parquet_rows(
    rows: Iterable[Mapping[str, object]],
    stream: BinaryIO,
    *,
    types: Mapping[str, str] | None = None,
) -> int:
    """Write JSON-ready claim rows as one Parquet file with the :data:`PARQUET_TYPES` schema.

    Args:
        rows: dicts such as :func:`aidclaims.io.writers.claim_to_row` gives.
        stream: a binary stream.
        types: other columns and their types (:func:`parquet_types` of another record).

    Returns:
        The number of rows written.

    Raises:
        ImportError: pyarrow is not installed.
    """
    pa = pyarrow_module()
    import pyarrow.parquet as pq  # type: ignore[import-not-found, import-untyped, unused-ignore]

    types = PARQUET_TYPES if types is None else types
    dates = frozenset(name for name, kind in types.items() if kind == "date32")
    schema = pa.schema([(name, _arrow(pa, kind)) for name, kind in types.items()])
    records = [_with_dates(row, dates) for row in rows]
    table = pa.Table.from_pylist(records, schema=schema)
    pq.write_table(table, stream)
    return len(records)


def _arrow(pa: Any, kind: str) -> Any:
    return pa.list_(pa.string()) if kind == "list_string" else getattr(pa, kind)()
