"""Tests for the ``aidclaims extract`` command: every input kind x every format, errors, options.

Most tests run the typer app in-process with CliRunner (stdout and stderr apart); a few run
the installed console script in a subprocess, with pipes and pseudo-terminals.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest
import typer.main
from typer.testing import Result

from aidclaims import extract
from aidclaims.cli import app
from aidclaims.io.writers import claim_to_row
from aidclaims.model import FIELDS

from ._console import console_script
from .conftest import DATA, SEEDS

Run = Callable[..., Result]

CLI = DATA / "cli"
FOLDER = CLI / "folder"
ZULU = FOLDER / "alpha" / "zulu.txt"
BETA = FOLDER / "beta.md"
GAMMA = FOLDER / "gamma.txt"
RECORDS_JSONL = CLI / "records.jsonl"
RECORDS_CSV = CLI / "records.csv"

#: What standard input carries in the stdin cases (invented, like every fixture here).
STDIN_TEXT = "Canada pledged C$12 million in aid to Haiti, Minister Lee Park said.\n"

FORMATS = ("csv", "json", "jsonl")

#: Written by the CLI before the data: one per line, never on stdout.
MESSAGE = re.compile(r"^aidclaims: ", re.MULTILINE)


# --- helpers ------------------------------------------------------------------------------


def file_text(path: Path) -> str:
    """The text a claim's offsets index: the file decoded as UTF-8, line endings kept."""
    return path.read_bytes().decode("utf-8")


def jsonl_texts(path: Path) -> dict[str, str]:
    """Doc name -> text of each record of a JSONL fixture (``id``, else ``path:line``)."""
    texts = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip():
            record = json.loads(line)
            texts[str(record.get("id") or f"{path}:{number}")] = record["text"]
    return texts


def csv_texts(path: Path) -> dict[str, str]:
    """Doc name -> text of each row of a CSV fixture (``id``, else ``path:row``)."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return {row["id"] or f"{path}:{number}": row["text"] for number, row in enumerate(rows, 2)}


def cell(value: object) -> str:
    """A JSON value as the CSV writer shows it, to compare formats."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def rows_of(fmt: str, stdout: str) -> list[dict[str, str]]:
    """Parse stdout of a machine format into rows of CSV-style cells, in FIELDS order."""
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(stdout, newline=""))
        rows = list(reader)
        assert reader.fieldnames == list(FIELDS)
        return rows
    if fmt == "json":
        records = json.loads(stdout)
        assert isinstance(records, list)
    else:
        # split on "\n" only: JSON Lines may hold U+2028 or U+0085 inside strings
        assert stdout == "" or stdout.endswith("\n")
        records = [json.loads(line) for line in stdout.split("\n")[:-1]]
    for record in records:
        assert list(record) == list(FIELDS)
    return [{key: cell(value) for key, value in record.items()} for record in records]


def pairs(rows: Sequence[Mapping[str, str]]) -> list[tuple[str, str]]:
    return [(row["doc"], row["amount_text"]) for row in rows]


def check_offsets(rows: Sequence[Mapping[str, str]], texts: Mapping[str, str]) -> None:
    """Every record's span indexes its document's text and holds amount_text."""
    assert rows
    for row in rows:
        text = texts[row["doc"]]
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == row["amount_text"], row
        assert row["sentence"] in text


def out(result: Result) -> str:
    """Standard output exactly as written (``Result.stdout`` turns CRLF into LF)."""
    return result.stdout_bytes.decode("utf-8")


def stderr_lines(result: Result) -> list[str]:
    return result.stderr.splitlines()


def write(path: Path, data: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return str(path)


def jsonl(*records: Mapping[str, object] | str) -> str:
    """JSON Lines from records; a str is written as the raw line."""
    lines = (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    return "".join(line + "\n" for line in lines)


# --- every input kind x every format ------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One way of giving documents to the command, and the claims it must produce."""

    args: tuple[str, ...]
    expected: tuple[tuple[str, str], ...]  # (doc, amount_text) in output order
    texts: Mapping[str, str]  # doc -> the text offsets index
    documents: int
    stdin: str | None = None
    periods: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # doc -> start, end
    stderr: str = ""  # what the run says on standard error


#: A folder says once which files it did not read (issue #12): ignored.json in the fixture.
FOLDER_SKIPPED = "aidclaims: skipped 1 file with an extension it does not read (.json)\n"


def _folder_doc(*parts: str) -> str:
    return str(FOLDER.joinpath(*parts))


_FILE_TEXTS = {str(p): file_text(p) for p in (ZULU, BETA, GAMMA)}
_JSONL_TEXTS = jsonl_texts(RECORDS_JSONL)
_CSV_TEXTS = csv_texts(RECORDS_CSV)
_THIS_YEAR_2024 = ("2024-01-01", "2024-12-31")

_KIND_PARAMS = [
    pytest.param(
        Kind((str(GAMMA),), ((str(GAMMA), "A$60 million"),), _FILE_TEXTS, 1),
        id="txt-file",
    ),
    pytest.param(
        # "this year" without any publication date: period_text only
        Kind(
            (str(BETA),), ((str(BETA), "€45 million"),), _FILE_TEXTS, 1, None, {str(BETA): ("", "")}
        ),
        id="md-file",
    ),
    pytest.param(
        Kind(
            (str(FOLDER),),
            # name order, sub-folders in place; .hidden.txt and ignored.json are skipped
            (
                (_folder_doc("alpha", "zulu.txt"), "¥800 million"),
                (_folder_doc("beta.md"), "€45 million"),
                (_folder_doc("gamma.txt"), "A$60 million"),
            ),
            _FILE_TEXTS,
            3,
            stderr=FOLDER_SKIPPED,
        ),
        id="folder",
    ),
    pytest.param(
        Kind(("-",), (("-", "C$12 million"),), {"-": STDIN_TEXT}, 1, STDIN_TEXT),
        id="stdin-dash",
    ),
    pytest.param(
        Kind((), (("-", "C$12 million"),), {"-": STDIN_TEXT}, 1, STDIN_TEXT),
        id="stdin-piped-no-path",
    ),
    pytest.param(
        Kind(
            (str(RECORDS_JSONL),),
            (
                ("kr-1", "$20 million"),
                (f"{RECORDS_JSONL}:2", "€8 million"),  # no id: path:line
                ("7", "R$30 million"),  # an integer id
            ),
            _JSONL_TEXTS,
            3,
            periods={"kr-1": _THIS_YEAR_2024},  # "this year", published 2024-05-01
        ),
        id="jsonl-file",
    ),
    pytest.param(
        Kind(
            (str(RECORDS_CSV),),
            (("ch-1", "CHF 15 million"), (f"{RECORDS_CSV}:3", "€3 million")),
            _CSV_TEXTS,
            2,
            periods={"ch-1": _THIS_YEAR_2024},
        ),
        id="csv-file",
    ),
    pytest.param(
        Kind(
            (str(GAMMA), "-", str(RECORDS_CSV)),
            (
                (str(GAMMA), "A$60 million"),
                ("-", "C$12 million"),
                ("ch-1", "CHF 15 million"),
                (f"{RECORDS_CSV}:3", "€3 million"),
            ),
            {**_FILE_TEXTS, "-": STDIN_TEXT, **_CSV_TEXTS},
            4,
            STDIN_TEXT,
        ),
        id="mixed-paths-in-order",
    ),
]


#: id -> Kind, for the tables below.
KINDS: dict[str, Kind] = {str(p.id): cast(Kind, p.values[0]) for p in _KIND_PARAMS}


def _kind_params(*formats: str) -> list[object]:
    """Every kind (x format), the CSV output of standard input marked as the known bug."""
    if not formats:
        return [pytest.param(kind, id=name) for name, kind in KINDS.items()]
    return [
        pytest.param(
            kind,
            fmt,
            id=f"{name}-{fmt}",
        )
        for name, kind in KINDS.items()
        for fmt in formats
    ]


@pytest.mark.parametrize(("kind", "fmt"), _kind_params(*FORMATS))
def test_input_kind_in_machine_format(run_cli: Run, kind: Kind, fmt: str) -> None:
    r = run_cli(["extract", *kind.args, "--format", fmt], input=kind.stdin)
    assert r.exit_code == 0, r.output
    assert r.stderr == kind.stderr
    rows = rows_of(fmt, out(r))
    assert pairs(rows) == list(kind.expected)
    check_offsets(rows, kind.texts)
    for row in rows:
        if row["doc"] in kind.periods:
            assert (row["period_start"], row["period_end"]) == kind.periods[row["doc"]]
            assert row["period_text"] == "this year"


@pytest.mark.parametrize("kind", _kind_params())
def test_formats_hold_the_same_records(run_cli: Run, kind: Kind) -> None:
    outputs = {}
    for fmt in FORMATS:
        r = run_cli(["extract", *kind.args, "--format", fmt], input=kind.stdin)
        assert r.exit_code == 0, r.output
        outputs[fmt] = rows_of(fmt, out(r))
    assert outputs["csv"] == outputs["jsonl"] == outputs["json"]


@pytest.mark.parametrize("kind", [pytest.param(kind, id=name) for name, kind in KINDS.items()])
def test_input_kind_as_table(run_cli: Run, monkeypatch: pytest.MonkeyPatch, kind: Kind) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no cell wraps
    r = run_cli(["extract", *kind.args, "--format", "table"], input=kind.stdin)
    assert r.exit_code == 0, r.output
    assert r.stderr == kind.stderr
    claims = len(kind.expected)
    docs_word = "document" if kind.documents == 1 else "documents"
    claims_word = "claim" if claims == 1 else "claims"
    lines = [line.strip() for line in r.stdout.splitlines() if line.strip()]
    assert lines[-1] == f"{kind.documents} {docs_word}, {claims} {claims_word}"
    for _doc, amount in kind.expected:
        assert amount in r.stdout
    for row_text in kind.texts.values():
        for sentence in row_text.splitlines():
            if "million" in sentence:  # the sentences of the claims are left out
                assert sentence.strip() not in r.stdout
    assert "aid to" not in r.stdout  # nor any part of a sentence outside the shown fields


def test_table_without_claims_still_counts(run_cli: Run) -> None:
    r = run_cli(["extract", "-", "--format", "table"], input="The weather was mild in Oslo.\n")
    assert r.exit_code == 0, r.output
    assert r.stdout.strip().splitlines()[-1].strip() == "1 document, 0 claims"


@pytest.mark.parametrize(
    ("given", "expected_docs"),
    [
        pytest.param(
            "folder",
            ["folder/alpha/zulu.txt", "folder/beta.md", "folder/gamma.txt"],
            id="relative",
        ),
        pytest.param(
            "folder/",
            ["folder/alpha/zulu.txt", "folder/beta.md", "folder/gamma.txt"],
            id="trailing-slash-not-doubled",
        ),
        pytest.param(
            "./folder",
            ["./folder/alpha/zulu.txt", "./folder/beta.md", "./folder/gamma.txt"],
            id="dot-prefix-kept",
        ),
        pytest.param("folder/alpha", ["folder/alpha/zulu.txt"], id="sub-folder"),
    ],
)
def test_folder_doc_names_join_the_path_as_given(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch, given: str, expected_docs: list[str]
) -> None:
    monkeypatch.chdir(CLI)
    r = run_cli(["extract", given, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert [row["doc"] for row in rows_of("jsonl", out(r))] == [
        d.replace("/", os.sep) for d in expected_docs
    ]


def test_csv_header_is_fields_even_without_claims(run_cli: Run) -> None:
    r = run_cli(["extract", "-", "--format", "csv"], input="Nothing about money here.\n")
    assert r.exit_code == 0, r.output
    assert out(r) == ",".join(FIELDS) + "\r\n"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        pytest.param("json", "[]\n", id="json-empty-array"),
        pytest.param("jsonl", "", id="jsonl-nothing"),
    ],
)
def test_json_formats_without_claims(run_cli: Run, fmt: str, expected: str) -> None:
    r = run_cli(["extract", "-", "--format", fmt], input="Nothing about money here.\n")
    assert r.exit_code == 0, r.output
    assert r.stdout == expected


# --- default format and --output ----------------------------------------------------------


def test_default_format_is_csv_when_stdout_is_not_a_terminal(run_cli: Run) -> None:
    r = run_cli(["extract", str(GAMMA)])
    assert r.exit_code == 0, r.output
    assert pairs(rows_of("csv", out(r))) == [(str(GAMMA), "A$60 million")]


@pytest.mark.parametrize(
    ("name", "args", "fmt"),
    [
        pytest.param("out.jsonl", (), "jsonl", id="jsonl-suffix"),
        pytest.param("out.ndjson", (), "jsonl", id="ndjson-suffix"),
        pytest.param("OUT.JSON", (), "json", id="json-suffix-any-case"),
        pytest.param("out.csv", (), "csv", id="csv-suffix"),
        pytest.param("out.txt", (), "csv", id="unknown-suffix-is-csv"),
        pytest.param("out.jsonl", ("--format", "csv"), "csv", id="format-beats-suffix"),
    ],
)
def test_output_file_format_and_nothing_on_stdout(
    run_cli: Run, tmp_path: Path, name: str, args: tuple[str, ...], fmt: str
) -> None:
    out = tmp_path / name
    r = run_cli(["extract", str(FOLDER), "-o", str(out), *args])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert r.stderr == FOLDER_SKIPPED
    rows = rows_of(fmt, out.read_bytes().decode("utf-8"))
    assert [amount for _doc, amount in pairs(rows)] == [
        "¥800 million",
        "€45 million",
        "A$60 million",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no .NAME.PID.tmp left


def test_output_file_as_table(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "claims.txt"
    r = run_cli(["extract", str(FOLDER), "-o", str(out), "--format", "table"])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert out.read_text(encoding="utf-8").strip().splitlines()[-1].strip() == (
        "3 documents, 3 claims"
    )


def test_output_file_replaces_an_old_one(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("stale\n", encoding="utf-8")
    r = run_cli(["extract", str(GAMMA), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert pairs(rows_of("jsonl", out.read_text(encoding="utf-8"))) == [
        (str(GAMMA), "A$60 million")
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_output_file_is_written_despite_bad_inputs(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "out" / "claims.csv"
    out.parent.mkdir()
    missing = str(tmp_path / "missing.txt")
    r = run_cli(["extract", str(GAMMA), missing, "-o", str(out)])
    assert r.exit_code == 1, r.output
    assert r.stdout == ""
    assert stderr_lines(r) == [
        f"aidclaims: {missing}: no such file or directory",
        "aidclaims: 1 document failed, 1 read",
    ]
    assert pairs(rows_of("csv", out.read_text(encoding="utf-8"))) == [(str(GAMMA), "A$60 million")]
    assert sorted(p.name for p in out.parent.iterdir()) == ["claims.csv"]


def test_strict_leaves_no_output_and_no_temporary_file(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    r = run_cli(["extract", str(GAMMA), str(tmp_path / "missing.txt"), "-o", str(out), "--strict"])
    assert r.exit_code == 1, r.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "target",
    [
        pytest.param(
            "no-such-folder/out.csv",
            id="folder-missing",
        ),
        pytest.param(
            "a-folder",
            id="output-is-a-folder",
        ),
    ],
)
def test_unwritable_output_is_a_usage_error(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # the usage panel must not wrap the long path
    (tmp_path / "a-folder").mkdir()
    out = tmp_path / target
    r = run_cli(["extract", str(GAMMA), "-o", str(out)])
    assert r.exit_code == 2, r.output
    assert out.name in r.stderr
    assert "Traceback" not in r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]


# --- --date -------------------------------------------------------------------------------

THIS_YEAR = "Chile pledged $7 million in humanitarian aid to Peru this year.\n"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(("--date", "2024-05-01"), ("2024-01-01", "2024-12-31"), id="date-given"),
        pytest.param(("--date", "2023-12-31"), ("2023-01-01", "2023-12-31"), id="last-day"),
        pytest.param((), ("", ""), id="no-date-no-resolution"),
    ],
)
def test_date_resolves_relative_periods(
    run_cli: Run, tmp_path: Path, args: tuple[str, ...], expected: tuple[str, str]
) -> None:
    path = write(tmp_path / "a.txt", THIS_YEAR)
    r = run_cli(["extract", path, "--format", "csv", *args])
    assert r.exit_code == 0, r.output
    (row,) = rows_of("csv", out(r))
    assert row["period_text"] == "this year"
    assert (row["period_start"], row["period_end"]) == expected


def test_date_fills_records_without_published_only(run_cli: Run) -> None:
    r = run_cli(["extract", str(RECORDS_JSONL), "--date", "2021-06-30", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = {row["doc"]: row for row in rows_of("jsonl", out(r))}
    # kr-1 has its own published (2024-05-01), which wins over --date
    assert (rows["kr-1"]["period_start"], rows["kr-1"]["period_end"]) == _THIS_YEAR_2024


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("yesterday", id="word"),
        pytest.param("2025-02-30", id="no-such-day"),
        pytest.param("10/03/2025", id="day-first"),
        pytest.param("", id="empty"),
        pytest.param("20250310", id="basic-iso-not-yyyy-mm-dd"),
        pytest.param("2025-W11-1", id="iso-week-date"),
    ],
)
def test_bad_date_is_a_usage_error(run_cli: Run, value: str) -> None:
    r = run_cli(["extract", "-", "--date", value], input=THIS_YEAR)
    assert r.exit_code == 2, r.output
    assert r.stdout == ""
    assert "--date" in r.stderr
    assert f"{value!r} is not a date" in r.stderr


def _pty_pair() -> tuple[int, int]:
    pty = pytest.importorskip("pty")  # POSIX only: it needs termios
    return pty.openpty()  # type: ignore[no-any-return]


def _script() -> str:
    return console_script()


def _read_all(fd: int) -> bytes:
    """Read what a pseudo-terminal holds once its writer has ended."""
    import select

    data = b""
    while select.select([fd], [], [], 0.2)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        data += chunk
    return data


def test_no_path_and_terminal_stdin_is_a_usage_error() -> None:
    script = _script()
    master, slave = _pty_pair()
    try:
        p = subprocess.run(
            [script, "extract"], stdin=slave, capture_output=True, timeout=60, check=False
        )
    finally:
        os.close(slave)
        os.close(master)
    assert p.returncode == 2, p.stderr
    assert p.stdout == b""
    assert b"pipe text in" in p.stderr
    assert b"Traceback" not in p.stderr


def test_default_format_is_table_on_a_terminal() -> None:
    script = _script()
    master, slave = _pty_pair()
    try:
        p = subprocess.run(
            [script, "extract", str(GAMMA)],
            stdout=slave,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
        os.close(slave)
        shown = _read_all(master).decode("utf-8", "replace")
    finally:
        os.close(master)
    assert p.returncode == 0, p.stderr
    assert "1 document, 1 claim" in shown
    assert ",".join(FIELDS) not in shown


# --- --all --------------------------------------------------------------------------------

MIXED = (
    "Peru pledged $6 million in humanitarian aid to Ecuador.\n"
    "The company's revenue reached $4 billion.\n"
)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param((), [("$6 million", "true")], id="default-aid-only"),
        pytest.param(("--all",), [("$6 million", "true"), ("$4 billion", "false")], id="all"),
    ],
)
def test_all_adds_non_aid_money(
    run_cli: Run, args: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    r = run_cli(["extract", "-", "--format", "jsonl", *args], input=MIXED)
    assert r.exit_code == 0, r.output
    rows = rows_of("jsonl", out(r))
    assert [(row["amount_text"], row["aid"]) for row in rows] == expected
    check_offsets(rows, {"-": MIXED})


# --- failure modes ------------------------------------------------------------------------

GOOD_TXT = "Belgium sent €7 million in aid to Niger.\n"
GOOD_RECORDS = (
    {"id": "g-1", "text": "Austria pledged €11 million in aid to Chad."},
    {"id": "g-2", "text": "Denmark gave DKK 40 million in aid to Benin."},
)
IN_FILE_GOOD = {"id": "in-1", "text": "Ghana received $13 million in aid from Canada."}
IN_FILE_LATER = {"id": "in-2", "text": "Sweden pledged SEK 90 million in aid to Laos."}

GOOD_CLAIMS = {
    ("{good_txt}", "€7 million"),
    ("g-1", "€11 million"),
    ("g-2", "DKK 40 million"),
}
IN_FILE_CLAIMS = {("in-1", "$13 million"), ("in-2", "SEK 90 million")}


@dataclass(frozen=True)
class Failure:
    """A bad input placed between good ones, and the one stderr line it must give."""

    name: str  # file name in tmp_path ("-" for standard input)
    data: bytes | None  # None: the file does not exist
    reason: str  # regex of the message after "aidclaims: <path>"
    claims: frozenset[tuple[str, str]] = frozenset()  # good claims inside the bad file
    args: tuple[str, ...] = ()
    stdin: bytes | None = None


def _lines(*records: Mapping[str, object] | str) -> bytes:
    return jsonl(*records).encode()


LONG_TXT = ("Chile pledged $9 million in aid to Peru. " * 8).encode()

FAILURES = [
    pytest.param(
        Failure("missing.txt", None, re.escape(": no such file or directory")),
        id="missing-path",
    ),
    pytest.param(
        Failure(
            "scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", r": binary file \(looks like PDF\)"
        ),
        id="pdf-magic",
    ),
    pytest.param(
        Failure(
            "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r": binary file \(looks like PNG\)"
        ),
        id="png-magic",
    ),
    pytest.param(
        Failure("nul.txt", b"Chile pledged\x00$9 million", r": binary file \(contains NUL bytes\)"),
        id="nul-bytes",
    ),
    pytest.param(
        Failure(
            "zipped.txt",
            b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
            r": binary file \(looks like ZIP\)",
        ),
        id="docx-saved-as-txt",
    ),
    pytest.param(Failure("empty.txt", b"", ": empty file"), id="empty-file"),
    pytest.param(Failure("blank.md", b" \r\n\t\n", ": empty file"), id="whitespace-only-file"),
    pytest.param(Failure("empty.jsonl", b"\n\n", ": empty file"), id="empty-jsonl"),
    pytest.param(Failure("empty.csv", b"", ": empty file"), id="empty-csv"),
    pytest.param(
        Failure("bad.txt", b"Chile \x81 pledged", ": not valid UTF-8 or Windows-1252 text"),
        id="undecodable-bytes",
    ),
    pytest.param(
        Failure(
            "bad16.txt",
            b"\xff\xfe" + "Chile pledged".encode("utf-16-le") + b"\x00",
            ": not valid UTF-16 text",
        ),
        id="truncated-utf16",
    ),
    pytest.param(
        Failure(
            "long.txt",
            LONG_TXT,
            re.escape(f": file is {len(LONG_TXT)} bytes, over the --max-bytes limit of 150 bytes"),
            args=("--max-bytes", "150"),
        ),
        id="file-over-max-bytes",
    ),
    pytest.param(
        Failure(
            "-",
            None,
            re.escape(": input is over the --max-bytes limit of 150 bytes"),
            args=("--max-bytes", "150"),
            stdin=LONG_TXT,
        ),
        id="stdin-over-max-bytes",
    ),
    pytest.param(Failure("-", None, ": empty input", stdin=b""), id="empty-stdin"),
    pytest.param(
        Failure(
            "news.jsonl",
            _lines(IN_FILE_GOOD, '{"id": "x", "text": "Chile pledged', IN_FILE_LATER),
            r":line 2: not valid JSON: .+ at column \d+",
            frozenset(IN_FILE_CLAIMS),
        ),
        id="jsonl-line-not-json",
    ),
    pytest.param(
        Failure(
            "news.jsonl",
            _lines(IN_FILE_GOOD, '["Chile", "pledged"]', IN_FILE_LATER),
            ":line 2: not a JSON object",
            frozenset(IN_FILE_CLAIMS),
        ),
        id="jsonl-line-not-object",
    ),
    pytest.param(
        Failure(
            "news.jsonl",
            _lines(IN_FILE_GOOD, {"id": "no-body", "title": "Chile"}, IN_FILE_LATER),
            ":line 2: missing text",
            frozenset(IN_FILE_CLAIMS),
        ),
        id="jsonl-line-without-text",
    ),
    pytest.param(
        Failure(
            "news.jsonl",
            _lines(IN_FILE_GOOD, {"id": "n", "text": 42}, IN_FILE_LATER),
            ":line 2: text is not a string",
            frozenset(IN_FILE_CLAIMS),
        ),
        id="jsonl-text-not-string",
    ),
    pytest.param(
        Failure(
            "news.jsonl",
            _lines(
                IN_FILE_GOOD, {"id": "big", "text": "Chile pledged $9 million. " * 8}, IN_FILE_LATER
            ),
            r":line 2: line is \d+ bytes, over the --max-bytes limit of 150 bytes",
            frozenset(IN_FILE_CLAIMS),
            args=("--max-bytes", "150"),
        ),
        id="jsonl-line-over-max-bytes",
    ),
    pytest.param(
        Failure(
            "news.csv",
            b"id,published,text\r\nin-1,,Ghana received $13 million in aid from Canada.\r\n"
            b"short,2024-01-01\r\nin-2,,Sweden pledged SEK 90 million in aid to Laos.\r\n",
            ":row 3: missing text",
            frozenset(IN_FILE_CLAIMS),
        ),
        id="csv-row-missing-text-cell",
    ),
    pytest.param(
        Failure(
            "news.csv",
            b"id,text\r\nin-1,Ghana received $13 million in aid from Canada.\r\nblank,\r\n"
            b"in-2,Sweden pledged SEK 90 million in aid to Laos.\r\n",
            ":row 3: missing text",
            frozenset(IN_FILE_CLAIMS),
        ),
        id="csv-row-empty-text-cell",
    ),
    pytest.param(
        Failure(
            "news.csv",
            b"id,body\r\nx,Chile gave $9 million.\r\n",
            ": no text column in the header row",
        ),
        id="csv-without-text-column",
    ),
]


@pytest.mark.parametrize("failure", FAILURES)
def test_failure_is_reported_and_the_rest_is_kept(
    run_cli: Run, tmp_path: Path, failure: Failure
) -> None:
    good_txt = write(tmp_path / "good.txt", GOOD_TXT)
    good_jsonl = write(tmp_path / "good.jsonl", jsonl(*GOOD_RECORDS))
    bad = failure.name if failure.name == "-" else str(tmp_path / failure.name)
    if failure.data is not None:
        write(tmp_path / failure.name, failure.data)
    args = ["extract", good_txt, bad, good_jsonl, "--format", "jsonl", *failure.args]
    r = run_cli(args, input=failure.stdin)

    assert r.exit_code == 1, r.output
    read = 3 + len(failure.claims)
    message, summary = stderr_lines(r)
    assert re.fullmatch("aidclaims: " + re.escape(bad) + failure.reason, message), message
    assert summary == f"aidclaims: 1 document failed, {read} read"
    rows = rows_of("jsonl", out(r))  # data only: every line parses as a claim
    expected = {(doc.format(good_txt=good_txt), amount) for doc, amount in GOOD_CLAIMS}
    assert set(pairs(rows)) == expected | failure.claims
    assert not MESSAGE.search(r.stdout)


def test_many_failures_are_counted_in_plural(run_cli: Run, tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD_TXT)
    empty = write(tmp_path / "empty.txt", "")
    records = write(tmp_path / "news.jsonl", jsonl(IN_FILE_GOOD, "{", {"id": "t"}))
    missing = str(tmp_path / "gone.md")
    r = run_cli(["extract", empty, good, records, missing, "--format", "csv"])
    assert r.exit_code == 1, r.output
    assert [line.split(": ", 2)[1] for line in stderr_lines(r)] == [
        empty,
        f"{records}:line 2",
        f"{records}:line 3",
        missing,
        "4 documents failed, 2 read",
    ]
    assert pairs(rows_of("csv", out(r))) == [(good, "€7 million"), ("in-1", "$13 million")]


def test_every_input_failing_still_writes_valid_output(run_cli: Run, tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    r = run_cli(["extract", missing, "--format", "json"])
    assert r.exit_code == 1, r.output
    assert json.loads(r.stdout) == []
    assert stderr_lines(r)[-1] == "aidclaims: 1 document failed, 0 read"


def test_failure_in_a_folder_names_the_file(run_cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write(folder / "a.txt", GOOD_TXT)
    write(folder / "b" / "c.txt", b"%PDF-1.4")
    write(folder / "d.md", "")
    r = run_cli(["extract", str(folder), "--format", "jsonl"])
    assert r.exit_code == 1, r.output
    sep = os.sep
    assert stderr_lines(r) == [
        f"aidclaims: {folder}{sep}b{sep}c.txt: binary file (looks like PDF)",
        f"aidclaims: {folder}{sep}d.md: empty file",
        "aidclaims: 2 documents failed, 1 read",
    ]
    assert pairs(rows_of("jsonl", out(r))) == [(f"{folder}{sep}a.txt", "€7 million")]


@contextmanager
def _denied(monkeypatch: pytest.MonkeyPatch, path: Path, method: str) -> Iterator[None]:
    """Make ``path`` unreadable: chmod 000, or, for root who reads anything, a patched method."""
    mode = path.stat().st_mode
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root: permissions do not stop it
            real = getattr(Path, method)

            def refuse(self: Path, *args: object, **kwargs: object) -> object:
                if self == path:
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self, *args, **kwargs)

            monkeypatch.setattr(Path, method, refuse)
        yield
    finally:
        path.chmod(mode)


def test_folder_without_permission(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    write(folder / "a.txt", GOOD_TXT)
    write(folder / "locked" / "b.txt", "Chile pledged $9 million in aid to Peru.\n")
    write(folder / "z.txt", "Kenya received KES 50 million in aid from Japan.\n")
    locked = folder / "locked"
    with _denied(monkeypatch, locked, "iterdir"):
        r = run_cli(["extract", str(folder), "--format", "jsonl"])
    assert r.exit_code == 1, r.output
    assert stderr_lines(r) == [
        f"aidclaims: {locked}: permission denied",
        "aidclaims: 1 document failed, 2 read",
    ]
    assert pairs(rows_of("jsonl", out(r))) == [
        (str(folder / "a.txt"), "€7 million"),
        (str(folder / "z.txt"), "KES 50 million"),
    ]


def test_file_without_permission(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path / "good.txt", GOOD_TXT)
    secret = tmp_path / "secret.txt"
    write(secret, "Chile pledged $9 million in aid to Peru.\n")
    with _denied(monkeypatch, secret, "open"):
        r = run_cli(["extract", str(secret), good, "--format", "csv"])
    assert r.exit_code == 1, r.output
    assert stderr_lines(r) == [
        f"aidclaims: {secret}: permission denied",
        "aidclaims: 1 document failed, 1 read",
    ]
    assert pairs(rows_of("csv", out(r))) == [(good, "€7 million")]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("[bold]report[/bold].txt", id="rich-markup"),
        pytest.param("a" * 120 + ".txt", id="longer-than-a-terminal-line"),
    ],
)
def test_failure_line_shows_the_path_verbatim_on_one_line(
    run_cli: Run, tmp_path: Path, name: str
) -> None:
    missing = str(tmp_path / name)
    r = run_cli(["extract", missing])
    assert r.exit_code == 1, r.output
    assert stderr_lines(r)[0] == f"aidclaims: {missing}: no such file or directory"


# --- --strict -----------------------------------------------------------------------------


def test_strict_stops_at_the_first_failure(run_cli: Run, tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", GOOD_TXT)
    missing = str(tmp_path / "b.txt")
    empty = write(tmp_path / "c.txt", "")
    last = write(tmp_path / "d.txt", "Kenya received KES 50 million in aid from Japan.\n")
    r = run_cli(["extract", first, missing, empty, last, "--strict", "--format", "jsonl"])
    assert r.exit_code == 1, r.output
    assert stderr_lines(r) == [
        f"aidclaims: {missing}: no such file or directory",
        "aidclaims: stopped at the first failure (--strict)",
    ]
    docs = {doc for doc, _amount in pairs(rows_of("jsonl", out(r)))}
    assert last not in docs
    assert docs == {first}  # streamed before the failure


def test_strict_without_failures_is_a_normal_run(run_cli: Run) -> None:
    r = run_cli(["extract", str(FOLDER), "--strict", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert len(rows_of("jsonl", out(r))) == 3


# --- usage errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        pytest.param(("--bogus",), "--bogus", id="unknown-option"),
        pytest.param(("--format", "xml"), "xml", id="bad-format"),
        pytest.param(("--jobs", "-1"), "--jobs", id="negative-jobs"),
        pytest.param(("--jobs", "two"), "--jobs", id="jobs-not-a-number"),
        pytest.param(("--max-bytes", "0"), "--max-bytes", id="zero-max-bytes"),
        pytest.param(("--date", "yesterday"), "--date", id="bad-date"),
        pytest.param(("--output",), "--output", id="option-without-value"),
    ],
)
def test_usage_error_exits_2(run_cli: Run, args: tuple[str, ...], mentions: str) -> None:
    r = run_cli(["extract", str(GAMMA), *args])
    assert r.exit_code == 2, r.output
    assert r.stdout == ""
    assert mentions in r.stderr
    assert "Traceback" not in r.stderr


def test_unknown_command_exits_2(run_cli: Run) -> None:
    r = run_cli(["extrakt", str(GAMMA)])
    assert r.exit_code == 2, r.output
    assert r.stdout == ""


# --- encodings ----------------------------------------------------------------------------

ENCODED = [
    pytest.param("utf8_bom.txt", 3, "utf-8", "€4 million", id="utf8-bom"),
    pytest.param("utf16le.txt", 2, "utf-16-le", "€6 million", id="utf16le-bom"),
    pytest.param("cp1252.txt", 0, "cp1252", "€2 million", id="cp1252-euro-0x80"),
]


def _decoded(name: str, skip: int, codec: str) -> str:
    return (CLI / name).read_bytes()[skip:].decode(codec)


@pytest.mark.parametrize(("name", "skip", "codec", "amount"), ENCODED)
def test_encoded_file(run_cli: Run, name: str, skip: int, codec: str, amount: str) -> None:
    path = str(CLI / name)
    r = run_cli(["extract", path, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = rows_of("jsonl", out(r))
    assert pairs(rows) == [(path, amount)]
    check_offsets(rows, {path: _decoded(name, skip, codec)})
    assert rows[0]["currency"] == "EUR"


@pytest.mark.parametrize(("name", "skip", "codec", "amount"), ENCODED)
def test_encoded_stdin(run_cli: Run, name: str, skip: int, codec: str, amount: str) -> None:
    r = run_cli(["extract", "-", "--format", "jsonl"], input=(CLI / name).read_bytes())
    assert r.exit_code == 0, r.output
    rows = rows_of("jsonl", out(r))
    assert pairs(rows) == [("-", amount)]
    check_offsets(rows, {"-": _decoded(name, skip, codec)})


def test_cp1252_speaker_is_decoded(run_cli: Run) -> None:
    r = run_cli(["extract", str(CLI / "cp1252.txt"), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    (row,) = rows_of("jsonl", out(r))
    assert "José" in row["sentence"]


@pytest.mark.parametrize(
    ("name", "codec", "bom"),
    [
        pytest.param("news.jsonl", "utf-16-le", b"\xff\xfe", id="utf16-jsonl"),
        pytest.param("news.jsonl", "utf-8", b"\xef\xbb\xbf", id="utf8-bom-jsonl"),
        pytest.param("news.jsonl", "cp1252", b"", id="cp1252-jsonl"),
    ],
)
def test_encoded_records(run_cli: Run, tmp_path: Path, name: str, codec: str, bom: bytes) -> None:
    text = "Portugal pledged €5 million in aid to Angola.\r\nIt is aid."
    path = write(tmp_path / name, bom + jsonl({"id": "pt", "text": text}).encode(codec))
    r = run_cli(["extract", path, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = rows_of("jsonl", out(r))
    assert pairs(rows) == [("pt", "€5 million")]
    check_offsets(rows, {"pt": text})


def test_crlf_text_keeps_offsets(run_cli: Run) -> None:
    text = "Norway sent aid.\r\nNorway pledged NOK 70 million in aid to Chad.\r\n"
    r = run_cli(["extract", "-", "--format", "jsonl"], input=text.encode())
    assert r.exit_code == 0, r.output
    rows = rows_of("jsonl", out(r))
    assert pairs(rows) == [("-", "NOK 70 million")]
    check_offsets(rows, {"-": text})


# --- typographic variants -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Germany pledged €20\u00a0billion in aid to Ukraine.\n",
            {"amount_text": "€20\u00a0billion", "value": "20000000000", "currency": "EUR"},
            id="no-break-space",
        ),
        pytest.param(
            "Donors offered $2–3 billion in aid to Syria.\n",
            {
                "amount_text": "$2–3 billion",
                "value": "2000000000",
                "value_max": "3000000000",
                "qualifier": "range",
            },
            id="en-dash-range",
        ),
        pytest.param(
            "“We will give $5 million in aid,” said Minister Ana Lopez.\n",
            {"amount_text": "$5 million", "value": "5000000", "speaker": "Ana Lopez"},
            id="curly-quote-speaker",
        ),
        pytest.param(
            "Mexico sent MXN\u202f300\u202fmillion in aid to Cuba.\n",
            {"amount_text": "MXN\u202f300\u202fmillion", "value": "300000000"},
            id="narrow-no-break-space",
        ),
    ],
)
def test_typographic_variants(run_cli: Run, text: str, expected: dict[str, str]) -> None:
    r = run_cli(["extract", "-", "--format", "jsonl"], input=text)
    assert r.exit_code == 0, r.output
    rows = rows_of("jsonl", out(r))
    check_offsets(rows, {"-": text})
    (row,) = rows
    assert {key: row[key] for key in expected} == expected


# --- CSV safety and RFC 4180 --------------------------------------------------------------

HOSTILE = '=HYPERLINK("http://x","y") Canada pledged $5 million in aid to Haiti.\n'


@pytest.mark.parametrize(
    ("args", "prefix"),
    [
        pytest.param((), "'=HYPERLINK(", id="neutralised-by-default"),
        pytest.param(("--raw-csv",), "=HYPERLINK(", id="raw-csv"),
    ],
)
def test_formula_guard(run_cli: Run, args: tuple[str, ...], prefix: str) -> None:
    r = run_cli(["extract", "-", "--format", "csv", *args], input=HOSTILE)
    assert r.exit_code == 0, r.output
    (row,) = rows_of("csv", out(r))
    assert row["sentence"].startswith(prefix)
    assert row["sentence"].removeprefix("'") == HOSTILE.strip()
    assert row["amount_text"] == "$5 million"
    assert row["start"] == str(HOSTILE.index("$5"))  # numbers are never prefixed


def test_formula_guard_covers_the_doc_cell(run_cli: Run, tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "@SUM(A1)", "text": HOSTILE}))
    r = run_cli(["extract", path, "--format", "csv"])
    assert r.exit_code == 0, r.output
    (row,) = rows_of("csv", out(r))
    assert row["doc"] == "'@SUM(A1)"


def test_json_is_never_neutralised(run_cli: Run) -> None:
    r = run_cli(["extract", "-", "--format", "jsonl"], input=HOSTILE)
    assert r.exit_code == 0, r.output
    (row,) = rows_of("jsonl", out(r))
    assert row["sentence"] == HOSTILE.strip()


@pytest.mark.parametrize(
    ("args", "bom"),
    [
        pytest.param(("--format", "csv", "--excel"), True, id="excel-csv"),
        pytest.param(("--format", "csv"), False, id="plain-csv"),
        pytest.param(("--format", "jsonl", "--excel"), False, id="excel-ignored-for-jsonl"),
    ],
)
def test_excel_bom(run_cli: Run, args: tuple[str, ...], bom: bool) -> None:
    r = run_cli(["extract", str(GAMMA), *args])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("\ufeff") is bom
    assert r.stdout.count("\ufeff") == int(bom)


def test_excel_bom_in_output_file(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    r = run_cli(["extract", str(GAMMA), "--excel", "-o", str(out)])
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + b"doc,start,")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert pairs(rows) == [(str(GAMMA), "A$60 million")]


def test_csv_quotes_and_commas_round_trip(run_cli: Run) -> None:
    r = run_cli(["extract", str(RECORDS_CSV), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert out(r).endswith("\r\n")
    assert out(r).count("\r\n") == 3  # header and two rows, each ended by CRLF
    assert '""in full""' in out(r)  # RFC 4180  # RFC 4180: quotes doubled inside a quoted cell
    rows = rows_of("csv", out(r))
    check_offsets(rows, _CSV_TEXTS)
    ireland = rows[1]
    assert '"in full"' in ireland["sentence"]
    assert "\n" not in ireland["sentence"]


# --- --jobs -------------------------------------------------------------------------------

DONORS = ("Canada", "Norway", "Japan", "Spain", "Chile", "Kenya", "Poland", "Ghana")
RECIPIENTS = ("Haiti", "Sudan", "Nepal", "Peru", "Chad", "Laos", "Mali", "Tonga")
MONEY = ("${n} million", "€{n} million", "£{n}.5 million", "NOK {n} billion", "¥{n}0 million")


def _corpus(root: Path, *, bad: bool) -> Path:
    """About 40 small documents with varied figures, in nested folders and a JSONL file."""
    folder = root / "corpus"
    for i in range(34):
        donor, recipient = DONORS[i % len(DONORS)], RECIPIENTS[(i * 3) % len(RECIPIENTS)]
        money = MONEY[i % len(MONEY)].format(n=i + 2)
        text = f"{donor} pledged {money} in humanitarian aid to {recipient}.\n"
        if i % 4 == 0:
            text += f"{donor} also delivered {MONEY[(i + 1) % len(MONEY)].format(n=i)} in aid.\n"
        write(folder / f"part{i % 3}" / f"doc{i:02}.txt", text)
    records = [
        {"id": f"r{i}", "text": f"{DONORS[i]} gave ${i + 1}0 million in aid to {RECIPIENTS[i]}."}
        for i in range(6)
    ]
    lines: list[Mapping[str, object] | str] = list(records)
    if bad:
        lines.insert(3, "{not json")
        write(folder / "part1" / "scan.txt", b"%PDF-1.5 binary")
        write(folder / "part2" / "blank.md", "\n")
    write(folder / "records.jsonl", jsonl(*lines))
    return folder


@pytest.mark.parametrize("bad", [pytest.param(False, id="clean"), pytest.param(True, id="bad")])
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_jobs_keep_output_identical(run_cli: Run, tmp_path: Path, fmt: str, bad: bool) -> None:
    folder = str(_corpus(tmp_path, bad=bad))
    results = {
        jobs: run_cli(["extract", folder, "--format", fmt, "--jobs", jobs])
        for jobs in ("1", "2", "0")
    }
    one = results["1"]
    assert one.exit_code == (1 if bad else 0), one.output
    rows = rows_of(fmt, out(one))
    assert len({row["doc"] for row in rows}) == 40
    for jobs in ("2", "0"):
        assert results[jobs].exit_code == one.exit_code
        assert results[jobs].stdout == one.stdout
        assert results[jobs].stderr == one.stderr
    if bad:
        assert stderr_lines(one)[-1] == "aidclaims: 3 documents failed, 40 read"


def test_jobs_with_strict_stops(run_cli: Run, tmp_path: Path) -> None:
    folder = str(_corpus(tmp_path, bad=True))
    r = run_cli(["extract", folder, "--format", "jsonl", "--jobs", "2", "--strict"])
    assert r.exit_code == 1, r.output
    assert stderr_lines(r)[-1] == "aidclaims: stopped at the first failure (--strict)"
    assert len(stderr_lines(r)) == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fields", [None, "doc,value,period_start,qualifier,sentence"])
def test_jsonl_lines_are_written_where_the_claims_are_found(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, fields: str | None
) -> None:
    """With --format jsonl the workers write each claim's line: the parent writes none."""
    folder = str(_corpus(tmp_path, bad=True))
    chosen = [] if fields is None else ["--fields", fields]
    expected = json.loads(out(run_cli(["extract", folder, "--format", "json", *chosen])))

    def refuse(*_args: object) -> str:
        raise AssertionError("the parent wrote a claim's line")

    monkeypatch.setattr("aidclaims.io.writers._dumps", refuse)
    r = run_cli(["extract", folder, "--format", "jsonl", "--jobs", jobs, *chosen])
    assert r.exit_code == 1, r.output  # the bad documents
    assert [json.loads(line) for line in out(r).splitlines()] == expected
    assert len(expected) == 49


# --- determinism and progress -------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", *FORMATS])
def test_two_runs_give_identical_bytes(run_cli: Run, fmt: str) -> None:
    args = ["extract", str(FOLDER), "-", str(RECORDS_JSONL), str(RECORDS_CSV), "--format", fmt]
    first = run_cli(args, input=STDIN_TEXT)
    second = run_cli(args, input=STDIN_TEXT)
    assert first.exit_code == second.exit_code == 0, first.output
    assert first.stdout_bytes == second.stdout_bytes
    assert first.stdout


@pytest.mark.parametrize(
    "quiet", [pytest.param((), id="default"), pytest.param(("-q",), id="quiet")]
)
def test_no_progress_bar_off_a_terminal(
    run_cli: Run, tmp_path: Path, quiet: tuple[str, ...]
) -> None:
    folder = str(_corpus(tmp_path, bad=False))
    r = run_cli(["extract", folder, "--format", "jsonl", *quiet])
    assert r.exit_code == 0, r.output
    assert r.stderr == ""


@pytest.mark.parametrize(
    ("quiet", "shown"),
    [
        pytest.param((), True, id="progress-on-terminal"),
        pytest.param(("--quiet",), False, id="quiet"),
    ],
)
def test_progress_bar_only_on_a_terminal(quiet: tuple[str, ...], shown: bool) -> None:
    script = _script()
    master, slave = _pty_pair()
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    try:
        p = subprocess.run(
            [script, "extract", str(FOLDER), "--format", "csv", *quiet],
            stdout=subprocess.PIPE,
            stderr=slave,
            env=env,
            timeout=60,
            check=False,
        )
        os.close(slave)
        progress = _read_all(master).decode("utf-8", "replace")
    finally:
        os.close(master)
    assert p.returncode == 0
    assert ("documents" in progress) is shown
    assert b"documents" not in p.stdout


# --- the installed console script ---------------------------------------------------------

#: A currency mark or code next to a digit, or a digit before a scale word: "money here".
MONEY_HINT = re.compile(r"[$€£¥]\s?\d|\b[A-Z]{3}\s?\d|\d\s?(?:million|billion|bn)\b")


def test_console_script_on_the_seeds() -> None:
    p = subprocess.run(
        [_script(), "extract", str(SEEDS), "--format", "jsonl"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    assert p.stderr == b""
    rows = [json.loads(line) for line in p.stdout.decode("utf-8").split("\n")[:-1]]
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    with_money = 0
    for seed in seeds:
        text = seed.read_bytes().decode("utf-8")
        mine = [row for row in rows if row["doc"] == str(seed)]
        for row in mine:
            assert text[row["start"] : row["end"]] == row["amount_text"]
        if MONEY_HINT.search(text):
            with_money += 1
            assert mine, f"no claim in {seed.name}"
        # the script and the library agree exactly
        assert mine == [claim_to_row(c) for c in extract(text, doc=str(seed))]
    assert with_money


@pytest.mark.parametrize(
    ("fmt", "jobs"),
    [
        pytest.param("csv", "1", id="csv"),
        pytest.param("jsonl", "2", id="jsonl-two-jobs"),
        pytest.param("json", "1", id="json"),
        pytest.param("table", "1", id="table"),
    ],
)
def test_closed_pipe_ends_quietly(tmp_path: Path, fmt: str, jobs: str) -> None:
    script = _script()
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash for pipefail")
    sentence = (
        "Chile pledged ${i}.{k} million in aid to Peru this year, Minister Ana Maria Lopez said."
    )
    records = [
        {
            "id": f"batch-2025-article-{i:06}-of-the-wire",
            "text": " ".join(sentence.format(i=i, k=k) for k in range(4)),
        }
        for i in range(150)
    ]
    # 600 claims: every format writes well over the 64 kB a pipe buffers
    big = write(tmp_path / "big.jsonl", jsonl(*records))
    command = f"'{script}' extract '{big}' --format {fmt} --jobs {jobs} | head -n 1"
    p = subprocess.run(
        [bash, "-o", "pipefail", "-c", command],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert b"Traceback" not in p.stderr
    assert b"Error" not in p.stderr
    assert p.returncode == 0, p.stderr
    assert p.stdout.count(b"\n") == 1


# --- help ---------------------------------------------------------------------------------


def _extract_options() -> list[str]:
    command = typer.main.get_command(app).commands["extract"]  # type: ignore[attr-defined]
    return [opt for param in command.params for opt in param.opts if opt.startswith("-")]


def test_help_lists_the_command(run_cli: Run) -> None:
    r = run_cli(["--help"])
    assert r.exit_code == 0, r.output
    assert "extract" in r.stdout


def test_extract_help_lists_every_option(run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    r = run_cli(["extract", "--help"])
    assert r.exit_code == 0, r.output
    options = _extract_options()
    assert {"--format", "--output", "--date", "--all", "--jobs", "--quiet"} <= set(options)
    assert {"--max-bytes", "--strict", "--raw-csv", "--excel"} <= set(options)
    for option in [*options, "--help"]:
        assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", r.stdout), option
    for choice in ("table", "csv", "json", "jsonl"):
        assert choice in r.stdout


def test_output_to_dev_null_is_written_directly(run_cli: Run, tmp_path: Path) -> None:
    devnull = Path(os.devnull)
    before = devnull.stat()
    r = run_cli(["extract", "-", "-o", str(devnull), "--format", "csv"], input=THIS_YEAR)
    assert r.exit_code == 0, r.output
    after = devnull.stat()
    assert not devnull.is_file()
    assert (before.st_ino, before.st_mode) == (after.st_ino, after.st_mode)
    assert not list(devnull.parent.glob(".null.*.tmp"))


def test_output_dash_is_stdout(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    r = run_cli(["extract", "-", "-o", "-", "--format", "jsonl"], input=THIS_YEAR)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout.splitlines()[0])["amount_text"] == "$7 million"
    assert list(tmp_path.iterdir()) == []
