"""Moved to :mod:`aidclaims.io.writers`; this name stays for old imports (tests/test_golden.py)."""

from aidclaims.io.table import write_table
from aidclaims.io.writers import claim_to_row, write_csv, write_json, write_jsonl

__all__ = ["claim_to_row", "write_csv", "write_json", "write_jsonl", "write_table"]
