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


def _pledges_options() -> list[str]:
    result = CliRunner().invoke(app, ["pledges", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", result.output)))


@pytest.mark.parametrize("option", _pledges_options())
def test_every_pledges_option_is_in_the_readme(option: str) -> None:
    section = README[README.index("## `aidclaims pledges`") :]
    assert option in section


def _lines(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines())


def test_readme_help_texts_are_real(run_cli) -> None:  # type: ignore[no-untyped-def]
    readme = _lines(README)
    for command in ("extract", "pledges"):
        # the width click gives an 80-column terminal
        result = CliRunner().invoke(
            app, [command, "--help"], prog_name="aidclaims", terminal_width=78
        )
        assert result.exit_code == 0, result.output
        assert _lines(result.stdout) in readme, command


def test_readme_pledges_table_is_real_output(run_cli) -> None:  # type: ignore[no-untyped-def]
    # issue 11: the two seeds reporting "over €20 billion ... 2025" share a pledge, and so do
    # their "€50 billion ... 2024" figures; the README shows the table the command prints
    result = run_cli(["pledges", str(ROOT / "seeds"), "-f", "table"])
    assert result.exit_code == 0, result.output
    table = _lines(result.stdout)
    assert "$ aidclaims pledges seeds -f table\n" + table in _lines(README), (
        "README's pledge table is stale: paste `aidclaims pledges seeds -f table | cat` there"
    )
    rows = [line for line in table.splitlines() if line.startswith("│")]
    twice = [row for row in rows if "│ EUR " in row and row.split("│")[10].strip() == "2"]
    assert len(twice) == 2


def test_readme_fx_example_is_real_output(run_cli) -> None:  # type: ignore[no-untyped-def]
    fields = "amount_text,value,currency,value_converted,fx_rate,fx_date,fx_source"
    args = ["extract", "--date", "2024-06-15", "--currency", "EUR", "-f", "csv"]
    text = "Japan will provide 15.8 billion yen in aid to Ukraine, the foreign ministry said.\n"
    result = run_cli([*args, "--fields", fields, "-"], input=text)
    assert result.exit_code == 0, result.output
    assert f'echo "{text.strip()}"' in README
    assert ",2024-06-14,ECB reference rate" in result.stdout
    assert _lines(result.stdout) in _lines(README), "README's FX example is stale: rerun it"
