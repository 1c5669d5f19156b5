"""Rows of the command's text output, for tests: CSV/TSV cells or JSON/JSONL objects."""

from __future__ import annotations

import csv
import io
import json


def rows_of(fmt: str, out: str) -> list[dict[str, object]]:
    """The records ``out`` holds in format ``fmt`` (csv, tsv, json or jsonl)."""
    if fmt in ("csv", "tsv"):
        return list(csv.DictReader(io.StringIO(out), delimiter="\t" if fmt == "tsv" else ","))
    if fmt == "json":
        data = json.loads(out)
        assert isinstance(data, list)
        return data
    assert fmt == "jsonl", fmt
    return [json.loads(line) for line in out.splitlines()]
