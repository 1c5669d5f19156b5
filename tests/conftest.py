"""Shared fixtures: a fixed reference date, paths, and a CLI runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from aidclaims.cli import app

#: The reference date of every test that needs one: never today.
REF = date(2025, 3, 10)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Run ``aidclaims`` with arguments, optional stdin, and separate stdout/stderr."""
    runner = CliRunner()

    def run(args: Sequence[str], input: str | bytes | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run
