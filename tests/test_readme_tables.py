"""The README's seed tables (150 and 80 columns) are what ``aidclaims extract seeds`` prints.

Issue #12 asks the README to show the table at 80 columns; this keeps both pictures true
as the rules or the table change (lines compared without trailing blanks).
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from aidclaims.cli import app

from .conftest import ROOT, SEEDS

README = (ROOT / "README.md").read_text(encoding="utf-8")
TABLES = re.findall(r"```\n(┏.*?)```", README, re.S)


def test_readme_shows_the_table_at_150_and_80_columns() -> None:
    assert len(TABLES) == 2
    assert "terminal 150 columns wide" in README
    assert "At 80 columns (first rows)" in README


@pytest.mark.parametrize(("width", "shown"), [(150, 0), (80, 1)])
def test_readme_table_is_real_output(width: int, shown: int) -> None:
    result = CliRunner().invoke(
        app, ["extract", str(SEEDS), "-f", "table"], env={"COLUMNS": str(width)}
    )
    assert result.exit_code == 0, result.output
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    expected = [line.rstrip() for line in TABLES[shown].splitlines()]
    assert max(len(line) for line in printed) <= width
    assert printed[: len(expected)] == expected
