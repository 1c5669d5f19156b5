"""Inputs as scrapers produce them (issue #12): sniffed stdin, column mapping, .gz, dates.

Every article here is invented.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Final

import pytest
from typer.testing import Result

from aidclaims.io.dates import parse_published
from aidclaims.io.documents import sniff

Run = Callable[..., Result]

NORWAY: Final = "Norway pledged NOK 2 billion in humanitarian aid to Sudan this year."
CHILE: Final = "Chile pledged $3 million in aid to Peru."


def _rows(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


# --- standard input: JSONL and CSV are sniffed ------------------------------------------


@pytest.mark.parametrize("args", [("-",), ()], ids=["dash", "piped"])
def test_jsonl_on_stdin_is_read_as_records(run_cli: Run, args: tuple[str, ...]) -> None:
    data = _jsonl({"id": "no-1", "text": NORWAY}, {"id": "cl-1", "text": CHILE})
    result = run_cli(["extract", *args, "-f", "jsonl"], input=data.encode())
    assert result.exit_code == 0, result.output
    assert [row["doc"] for row in _rows(result)] == ["no-1", "cl-1"]
    assert all(not str(row["sentence"]).startswith("{") for row in _rows(result))


def test_csv_on_stdin_is_read_as_records(run_cli: Run) -> None:
    stream = io.StringIO()
    csv.writer(stream).writerows([["id", "text"], ["no-1", NORWAY], ["cl-1", CHILE]])
    result = run_cli(["extract", "-", "-f", "jsonl"], input=stream.getvalue().encode())
    assert result.exit_code == 0, result.output
    assert [row["doc"] for row in _rows(result)] == ["no-1", "cl-1"]


def test_gzip_on_stdin(run_cli: Run) -> None:
    data = gzip.compress(_jsonl({"id": "no-1", "text": NORWAY}).encode())
    result = run_cli(["extract", "-", "-f", "jsonl"], input=data)
    assert result.exit_code == 0, result.output
    assert [row["doc"] for row in _rows(result)] == ["no-1"]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        pytest.param(b'{"text": "Aid."}\n', "jsonl", id="jsonl"),
        pytest.param(b'\xef\xbb\xbf  {"id": 1, "text": "A"}\n', "jsonl", id="jsonl-bom"),
        pytest.param(b'{"body": "Aid."}\n', "text", id="json-without-text"),
        pytest.param(b"{not json} pledged $5m\n", "text", id="brace-text"),
        pytest.param(b"id,published,Text\n1,,Aid.\n", "csv", id="csv"),
        pytest.param(b"Text\nAid.\n", "text", id="one-column-is-text"),
        pytest.param(b"Norway, Sweden and Denmark pledged $5m.", "text", id="commas"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


def test_input_format_forces_text(run_cli: Run) -> None:
    data = _jsonl({"id": "no-1", "text": NORWAY})
    result = run_cli(["extract", "-", "-f", "jsonl", "--input-format", "text"], input=data)
    assert result.exit_code == 0, result.output
    assert [row["doc"] for row in _rows(result)] == ["-"]


def test_input_format_forces_jsonl_on_a_txt_file(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_text(_jsonl({"id": "no-1", "text": NORWAY}), encoding="utf-8")
    result = run_cli(["extract", str(path), "-f", "jsonl", "--input-format", "JSONL"])
    assert result.exit_code == 0, result.output
    assert [row["doc"] for row in _rows(result)] == ["no-1"]


# --- column mapping ------------------------------------------------------------------


MAPPING: Final = ("--text-field", "Body", "--id-field", "ID", "--date-field", "Date")


def test_csv_columns_are_mapped(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "scraped.csv"
    path.write_text(f'ID,Date,Body\nno-1,2024-06-14,"{NORWAY}"\n', encoding="utf-8")
    result = run_cli(["extract", str(path), "-f", "jsonl", *MAPPING])
    assert result.exit_code == 0, result.output
    [row] = _rows(result)
    assert (row["doc"], row["period_start"]) == ("no-1", "2024-01-01")


def test_jsonl_keys_are_mapped(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    path.write_text(_jsonl({"ID": 7, "Date": "2024-06-14", "Body": NORWAY}), encoding="utf-8")
    result = run_cli(["extract", str(path), "-f", "jsonl", *MAPPING])
    assert result.exit_code == 0, result.output
    [row] = _rows(result)
    assert (row["doc"], row["period_end"]) == ("7", "2024-12-31")


def test_missing_mapped_column_is_named(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "scraped.csv"
    path.write_text(f'id,text\nno-1,"{NORWAY}"\n', encoding="utf-8")
    result = run_cli(["extract", str(path), "-f", "jsonl", "--text-field", "Body"])
    assert result.exit_code == 1
    assert "no Body column in the header row" in result.stderr


# --- compressed files and folders ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("a.jsonl.gz", _jsonl({"id": "no-1", "text": NORWAY}), id="jsonl"),
        pytest.param("a.csv.gz", f'id,text\nno-1,"{NORWAY}"\n', id="csv"),
        pytest.param("no-1.txt.gz", NORWAY, id="txt"),
    ],
)
def test_gzip_files_are_read(run_cli: Run, tmp_path: Path, name: str, data: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(data.encode()))
    result = run_cli(["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    [row] = _rows(result)
    assert row["amount_text"] == "NOK 2 billion"
    assert row["doc"] in ("no-1", str(path))


def test_damaged_gzip_is_one_error(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl({"id": "no-1", "text": NORWAY}).encode())[:30])
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 1
    [message, summary] = result.stderr.splitlines()
    assert message.startswith(f"aidclaims: {path}: ")
    assert "gzip" in message or "compressed" in message
    assert summary == "aidclaims: 1 document failed, 0 read"


def test_folder_says_once_what_it_skipped(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NORWAY, encoding="utf-8")
    for name in ("b.json", "c.json", "d.png", ".hidden.docx"):
        (tmp_path / name).write_bytes(b"x")
    result = run_cli(["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "aidclaims: skipped 3 files with an extension it does not read (.json ×2, .png)"
    ]


# --- publication dates as scrapers write them -----------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        pytest.param("2025-03-10", None, date(2025, 3, 10), id="iso"),
        pytest.param("2025-03-10T09:00:00Z", None, date(2025, 3, 10), id="iso-utc"),
        pytest.param("10 March 2025", None, date(2025, 3, 10), id="day-month-year"),
        pytest.param("March 10, 2025", None, date(2025, 3, 10), id="month-day-year"),
        pytest.param("Mar 10 2025", None, date(2025, 3, 10), id="abbreviated"),
        pytest.param("1st March 2025", None, date(2025, 3, 1), id="ordinal"),
        pytest.param("Mon, 10 Mar 2025 09:00:00 +0000", None, date(2025, 3, 10), id="rfc2822"),
        pytest.param("2025/03/10", None, date(2025, 3, 10), id="year-first-slashes"),
        pytest.param("13/03/2025", None, date(2025, 3, 13), id="day-over-12"),
        pytest.param("03/13/2025", None, date(2025, 3, 13), id="month-first-day-over-12"),
        pytest.param("01/03/2025", "dmy", date(2025, 3, 1), id="ambiguous-dmy"),
        pytest.param("01/03/2025", "mdy", date(2025, 1, 3), id="ambiguous-mdy"),
        pytest.param("10.03.2025", "dmy", date(2025, 3, 10), id="dots"),
    ],
)
def test_published_forms(text: str, order: str | None, expected: date) -> None:
    assert parse_published(text, order) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["01/03/2025", "yesterday", "2025-02-30", "32/01/2025"])
def test_unreadable_published_is_a_reason(text: str) -> None:
    assert isinstance(parse_published(text), str)


def test_unreadable_date_keeps_the_article_through_the_cli(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        _jsonl(
            {"id": "amb", "published": "01/03/2025", "text": NORWAY},
            {"id": "ok", "published": "10 March 2025", "text": NORWAY},
        ),
        encoding="utf-8",
    )
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 1, result.output
    rows = _rows(result)
    assert [(r["doc"], r["period_start"]) for r in rows] == [("amb", None), ("ok", "2025-01-01")]
    assert result.stderr.splitlines() == [
        f"aidclaims: {path}:line 1: published '01/03/2025' is ambiguous (day or month first? "
        "give --date-order dmy or mdy): read without a date",
        "aidclaims: 1 document read with repairs, 2 read",
    ]
    result = run_cli(["extract", str(path), "-f", "jsonl", "--date-order", "dmy"])
    assert result.exit_code == 0, result.output
    assert [r["period_start"] for r in _rows(result)] == ["2025-01-01", "2025-01-01"]


def test_a_record_url_reaches_the_pipeline(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A record's ``url`` tells which dollar a bare '$' is: the same line, two addresses."""
    text = "The federal government will send $20 million in relief supplies to Tonga."
    path = tmp_path / "a.jsonl"
    path.write_text(
        _jsonl(
            {"id": "au", "url": "https://www.abc.net.au/news/tonga-relief/1", "text": text},
            {"id": "none", "text": text},
        ),
        encoding="utf-8",
    )
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [(r["doc"], r["currency"]) for r in _rows(result)] == [("au", "AUD"), ("none", "USD")]
