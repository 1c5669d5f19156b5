"""The README stays true to the code: every option of --help is documented there."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from aidclaims.cli import app
from aidclaims.model import FIELDS

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _options() -> list[str]:
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", result.output)))


@pytest.mark.parametrize("option", _options())
def test_every_option_is_in_the_readme(option: str) -> None:
    assert option in README


@pytest.mark.parametrize("field", FIELDS)
def test_every_field_is_in_the_readme(field: str) -> None:
    assert f"`{field}`" in README


def test_readme_commands() -> None:
    assert "pip install . && aidclaims extract seeds" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install -e '.[test,dev]' && pytest"
    assert command in README
    assert command in ci.splitlines()


def test_readme_example_is_real_output(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(["extract", str(ROOT / "seeds"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0].replace(str(ROOT / "seeds"), "seeds")
    assert first in README
