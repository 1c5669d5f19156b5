"""Outputs, files and the terminal as users meet them (issue #12). Sentences are invented."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

from aidclaims import __version__
from aidclaims.cli import app
from aidclaims.io.output import TEMP_MARK, remove_stale_temp_files
from aidclaims.io.progress import estimate_documents, progress_bar
from aidclaims.io.table import write_table
from aidclaims.model import FIELDS
from aidclaims.pipeline import extract

from .conftest import SEEDS

Run = Callable[..., Result]

NORWAY: Final = "Norway pledged NOK 2 billion in humanitarian aid to Sudan this year."


def _article(tmp_path: Path, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_text(NORWAY, encoding="utf-8")
    return path


# --- -o onto an input, symbolic links, temporary files --------------------------------


def test_output_onto_its_own_input_is_refused(run_cli: Run, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f'id,text\nno-1,"{NORWAY}"\n', encoding="utf-8")
    before = source.read_bytes()
    result = run_cli(["extract", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "is also an input" in result.stderr
    assert source.read_bytes() == before


def test_output_inside_an_input_folder_is_refused(run_cli: Run, tmp_path: Path) -> None:
    _article(tmp_path)
    target = tmp_path / "claims.csv"
    target.write_text("old\n", encoding="utf-8")
    result = run_cli(["extract", str(tmp_path), "-o", str(target)])
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "old\n"


def test_output_through_a_symbolic_link(run_cli: Run, tmp_path: Path) -> None:
    source = _article(tmp_path)
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "claims.csv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = run_cli(["extract", str(source), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert "NOK 2 billion" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["claims.csv"]


def test_stale_temporary_files_of_dead_runs_are_removed(run_cli: Run, tmp_path: Path) -> None:
    source = _article(tmp_path, "a.md")
    out = tmp_path / "out" / "claims.csv"
    out.parent.mkdir()
    dead = out.parent / f".claims.csv{TEMP_MARK}999999999"
    alive = out.parent / f".claims.csv{TEMP_MARK}{os.getppid()}"
    other = out.parent / f".other.csv{TEMP_MARK}999999999"
    for path in (dead, alive, other):
        path.write_text("half\n", encoding="utf-8")
    result = run_cli(["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(
        ["claims.csv", alive.name, other.name]
    )
    assert remove_stale_temp_files(out) == []


# --- TSV, --fields, --no-header --------------------------------------------------------


def test_tsv_from_the_suffix(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "claims.tsv"
    result = run_cli(["extract", str(_article(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    header, row = out.read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == list(FIELDS)
    assert len(row.split("\t")) == len(FIELDS)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_fields_and_no_header(run_cli: Run, tmp_path: Path, fmt: str) -> None:
    source = str(_article(tmp_path))
    args = ["extract", source, "-f", fmt, "--fields", "value,currency,doc"]
    result = run_cli(args)
    assert result.exit_code == 0, result.output
    separator = "\t" if fmt == "tsv" else ","
    lines = result.stdout.splitlines()
    assert lines == [
        "value,currency,doc".replace(",", separator),
        f"2000000000{separator}NOK{separator}{source}",
    ]
    result = run_cli([*args, "--no-header"])
    assert result.stdout.splitlines() == lines[1:]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_fields_choose_json_keys(run_cli: Run, tmp_path: Path, fmt: str) -> None:
    result = run_cli(["extract", str(_article(tmp_path)), "-f", fmt, "--fields", "currency,value"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout) if fmt == "json" else [json.loads(result.stdout)]
    assert list(rows[0].items()) == [("currency", "NOK"), ("value", 2e9)]


def test_unknown_field_is_a_usage_error(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli(["extract", str(_article(tmp_path)), "--fields", "doc,colour"])
    assert result.exit_code == 2
    assert "unknown field colour" in result.stderr


# --- the command line -----------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(run_cli: Run, flag: str) -> None:
    result = run_cli([flag])
    assert result.exit_code == 0
    assert result.stdout == f"aidclaims {__version__}\n"


def test_bare_command_prints_help_with_a_hint() -> None:
    result = CliRunner().invoke(app, [], prog_name="aidclaims")
    assert result.exit_code in (0, 2)
    assert "Usage: aidclaims" in result.output
    assert "Start with: aidclaims extract" in result.output


def test_unknown_format_is_an_invalid_choice(run_cli: Run) -> None:
    result = run_cli(["extract", "-f", "xml", "x.txt"])
    assert result.exit_code == 2
    assert "invalid choice: 'xml'" in result.stderr
    assert "Value error" not in result.stderr


def test_help_names_paths_plainly(run_cli: Run) -> None:
    result = run_cli(["extract", "--help"])
    assert "PATH..." in result.stdout
    assert "list[str]" not in result.stdout


def test_extract_help_does_not_import_the_pipeline() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from aidclaims.cli import app\n"
        "assert CliRunner().invoke(app, ['extract', '--help']).exit_code == 0\n"
        "heavy = ('aidclaims.pipeline', 'aidclaims.money')\n"
        "sys.exit(any(m.startswith(heavy) for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("args", [["--help"], ["pledges", "--help"]])
def test_help_does_not_import_pledges_or_the_pipeline(args: list[str]) -> None:
    # the pledges command is declared in cli.py; its body imports the implementation
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from aidclaims.cli import app\n"
        f"assert CliRunner().invoke(app, {args!r}).exit_code == 0\n"
        "heavy = ('aidclaims.pipeline', 'aidclaims.money', 'aidclaims.pledges', 'currency_converter')\n"
        "sys.exit(any(m.startswith(heavy) for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr


# --- the table fits the terminal ----------------------------------------------------------


def _seed_claims() -> list[object]:
    claims = []
    for path in sorted(SEEDS.glob("*.txt")):
        claims += extract(path.read_text(encoding="utf-8"), doc=f"seeds/{path.name}")
    return claims


def _table(width: int, *, wide: bool = False) -> str:
    stream = io.StringIO()
    console = Console(file=stream, width=width, color_system=None, force_terminal=False)
    write_table(_seed_claims(), console, documents=5, wide=wide)  # type: ignore[arg-type]
    return stream.getvalue()


def _headers(table: str) -> str:
    return " ".join(line for line in table.splitlines()[:4] if line.startswith("┃"))


@pytest.mark.parametrize("width", [80, 150])
def test_table_fits_the_terminal_without_splitting_words(width: int) -> None:
    table = _table(width)
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= width
    assert all(line.endswith(("┓", "┃", "┩", "│", "┘")) for line in lines[:-1])
    for word in ("Rutte", "Ukraine", "billion", "requested", "countries"):
        assert word in table  # never "Rut"/"te" across two lines
    headers = _headers(table)
    for header in ("doc", "amount", "status", "donor", "recipient", "speaker"):
        assert header in headers
    assert "000_fbfa65550a1c9aac.txt" in table  # the folder dropped: names are unambiguous
    assert "seeds/" not in table


def test_table_at_150_has_room_for_period_qualifier_and_rate() -> None:
    headers = _headers(_table(150))
    for header in ("period", "qualifier", "rate"):
        assert header in headers


def test_table_at_80_leaves_out_the_extras() -> None:
    headers = _headers(_table(80))
    for header in ("qualifier", "rate", "aid type"):
        assert header not in headers


def test_wide_table_has_every_column() -> None:
    table = _table(80, wide=True)
    first = table.splitlines()[1]
    for header in ("value", "qualifier", "rate", "period", "aid type", "speaker"):
        assert header in first
    assert "Mark Rutte" in table


def test_table_through_the_cli_at_80_columns(run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run_cli(["extract", str(SEEDS), "-f", "table"])
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "5 documents, 15 claims" in result.stdout


# --- progress bar -------------------------------------------------------------------------


def test_estimate_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    line = json.dumps({"text": NORWAY}) + "\n"
    (tmp_path / "a.jsonl").write_text(line * 500, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NORWAY, encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"x")
    assert estimate_documents([str(tmp_path)]) == 501
    assert estimate_documents([str(tmp_path / "b.txt"), "-"]) is None


def test_progress_bar_shows_total_and_eta(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=120, color_system=None)
    with progress_bar(console, enabled=True, total=40) as advance:
        for _ in range(10):
            advance(2)
        console.file.flush()
        from rich.progress import Progress  # noqa: F401  # the live display is rich's

        shown = stream.getvalue()
    assert "of ~40" in shown
    assert "claims" in shown


# --- Parquet ------------------------------------------------------------------------------


def test_parquet_file_has_typed_columns(run_cli: Run, tmp_path: Path) -> None:
    import pyarrow as pa  # in the test extra: CI never skips this
    import pyarrow.parquet as pq

    out = tmp_path / "claims.parquet"
    result = run_cli(["extract", str(SEEDS), "-o", str(out), "--date", "2025-03-10"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names == list(FIELDS)
    assert table.schema.field("value_max").type == pa.float64()  # even with every cell null
    assert table.schema.field("period_start").type == pa.date32()
    assert table.schema.field("aid").type == pa.bool_()
    jsonl = run_cli(["extract", str(SEEDS), "-f", "jsonl", "--date", "2025-03-10"])
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    got = table.to_pylist()
    assert len(got) == len(rows) == 15
    for mine, theirs in zip(got, rows, strict=True):
        for name in FIELDS:
            value = mine[name]
            assert (value.isoformat() if hasattr(value, "isoformat") else value) == theirs[name]


def test_parquet_to_stdout(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli(["extract", str(_article(tmp_path)), "-f", "parquet"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"PAR1")


def test_parquet_without_pyarrow_says_how_to_install(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    out = tmp_path / "claims.parquet"
    result = run_cli(["extract", str(_article(tmp_path)), "-o", str(out)])
    assert result.exit_code == 2
    assert "pip install" in result.stderr
    assert "aidclaims[parquet]" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_table_into_a_pipe_is_wide(run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    result = run_cli(["extract", str(SEEDS), "-f", "table"])
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[1]
    for name in ("qualifier", "rate", "period", "value", "aid type", "speaker"):
        assert name in header  # no terminal to fit: every column, on one header line
    assert "Mark Rutte" in result.stdout
