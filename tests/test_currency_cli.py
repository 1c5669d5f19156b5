"""``extract --currency`` and ``--fx-rates`` through the real CLI: every format, every FX rule."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from aidclaims.pledges.fx import FX_FIELDS

from ._rows import rows_of

Run = Callable[..., Result]

#: Published on Saturday 15 June 2024: converted at Friday 14 June's ECB fixing.
YEN = "Japan will provide 15.8 billion yen in aid to Ukraine, the foreign ministry said.\n"
TWO = "Denmark pledged UAH 40 billion in aid to Ukraine, and Japan pledged $500 million.\n"


def records(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    rows = [
        {"id": "sat", "text": YEN, "published": "2024-06-15"},
        {"id": "none", "text": YEN},
        {"id": "two", "text": TWO, "published": "2024-06-14"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_every_data_format_has_the_fx_columns(run_cli: Run, tmp_path: Path, fmt: str) -> None:
    result = run_cli(["extract", str(records(tmp_path)), "--currency", "EUR", "-f", fmt])
    rows = rows_of(fmt, result.stdout)
    assert list(rows[0])[-len(FX_FIELDS) :] == list(FX_FIELDS)
    sat = next(r for r in rows if r["doc"] == "sat")
    assert sat["fx_currency"] == "EUR"
    assert sat["fx_date"] == "2024-06-14"  # Saturday: Friday's fixing
    assert sat["fx_source"] == "ECB reference rate"
    assert 90e6 < float(sat["value_converted"]) < 100e6  # type: ignore[arg-type]


def test_parquet_has_typed_fx_columns(run_cli: Run, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "claims.parquet"
    result = run_cli(["extract", str(records(tmp_path)), "--currency", "EUR", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column_names[-len(FX_FIELDS) :] == list(FX_FIELDS)
    assert str(table.schema.field("fx_date").type) == "date32[day]"
    assert str(table.schema.field("value_converted").type) == "double"


def test_table_shows_the_converted_value(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli(["extract", str(records(tmp_path)), "--currency", "EUR", "-f", "table"])
    assert "converted" in result.stdout
    assert "EUR" in result.stdout
    assert "–" in result.stdout  # the claims without a rate or a date


def test_table_without_currency_has_no_converted_column(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli(["extract", str(records(tmp_path)), "-f", "table"])
    assert "converted" not in result.stdout


def test_fields_may_name_fx_columns(run_cli: Run, tmp_path: Path) -> None:
    args = ["extract", str(records(tmp_path)), "--currency", "usd", "-f", "csv"]
    result = run_cli([*args, "--fields", "doc,amount_text,fx_rate,fx_date"])
    assert result.stdout.splitlines()[0] == "doc,amount_text,fx_rate,fx_date"
    assert "sat,15.8 billion yen,0.00" in result.stdout


def test_fx_fields_need_currency(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli(["extract", str(records(tmp_path)), "--fields", "doc,fx_rate"])
    assert result.exit_code == 2
    assert "unknown field fx_rate" in result.stderr


@pytest.mark.parametrize("code", ["XYZ", "EURO", "UAH"])
def test_unknown_currency_is_a_usage_error(run_cli: Run, tmp_path: Path, code: str) -> None:
    result = run_cli(["extract", str(records(tmp_path)), "--currency", code])
    assert result.exit_code == 2
    assert "--currency" in result.stderr
    assert "USD" in result.stderr  # it lists the ECB's currencies
    assert "--fx-rates" in result.stderr
    assert result.stdout == ""


def test_fx_rates_without_currency_is_a_usage_error(run_cli: Run, tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,per_eur\n2024-06-14,UAH,43.9\n", encoding="utf-8")
    result = run_cli(["extract", str(records(tmp_path)), "--fx-rates", str(rates)])
    assert result.exit_code == 2
    assert "--fx-rates" in result.stderr


def test_bad_rates_file_is_a_usage_error(run_cli: Run, tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("day,code,value\n", encoding="utf-8")
    result = run_cli(["extract", "-", "--currency", "EUR", "--fx-rates", str(rates)], input=YEN)
    assert result.exit_code == 2
    assert "header must be" in result.stderr


def test_no_rate_and_no_date_are_null_with_a_note_and_one_line(
    run_cli: Run, tmp_path: Path
) -> None:
    result = run_cli(["extract", str(records(tmp_path)), "--currency", "EUR", "-f", "jsonl"])
    assert result.exit_code == 0  # nothing failed: the values are there, unconverted
    rows = rows_of("jsonl", result.stdout)
    uah = next(r for r in rows if r["currency"] == "UAH")
    assert uah["value_converted"] is None
    assert uah["fx_rate"] is None
    assert uah["fx_note"] == "no rate for UAH in ECB reference rate"
    undated = next(r for r in rows if r["doc"] == "none")
    assert undated["value_converted"] is None
    assert "no date" in str(undated["fx_note"])
    notes = [line for line in result.stderr.splitlines() if "not converted" in line]
    assert notes == [
        "aidclaims: 2 claims not converted to EUR (1 no date: no publication date and no "
        "period end; 1 no rate for UAH in ECB reference rate): see fx_note"
    ]


def test_user_table_wins_and_fills_what_the_ecb_lacks(run_cli: Run, tmp_path: Path) -> None:
    rates = tmp_path / "mine.csv"
    rates.write_text(
        "date,currency,rate,base\n2024-06-13,UAH,40,EUR\n2024-06-14,JPY,200,EUR\n",
        encoding="utf-8",
    )
    args = ["extract", str(records(tmp_path)), "--currency", "EUR", "--fx-rates", str(rates)]
    rows = rows_of("jsonl", run_cli([*args, "-f", "jsonl"]).stdout)
    sat = next(r for r in rows if r["doc"] == "sat")
    assert sat["fx_rate"] == 1 / 200  # the user's JPY rate, not the ECB's
    assert sat["fx_source"] == "user table mine.csv"
    uah = next(r for r in rows if r["currency"] == "UAH")
    assert uah["fx_date"] == "2024-06-13"  # the last row on or before the 14th
    assert uah["value_converted"] == 40e9 / 40
    usd = next(r for r in rows if r["currency"] == "USD")
    assert usd["fx_source"] == "ECB reference rate"  # the table has no USD: the ECB's


def test_the_same_dates_with_worker_processes(run_cli: Run, tmp_path: Path) -> None:
    args = ["extract", str(records(tmp_path)), "--currency", "GBP", "-f", "jsonl"]
    assert run_cli([*args, "-j", "2"]).stdout == run_cli(args).stdout


def test_date_option_dates_text_files(run_cli: Run, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(YEN, encoding="utf-8")
    args = ["extract", str(article), "--currency", "USD", "--date", "2024-06-16", "-f", "jsonl"]
    [row] = rows_of("jsonl", run_cli(args).stdout)
    assert row["fx_date"] == "2024-06-14"  # Sunday: Friday's fixing
    assert row["fx_currency"] == "USD"


def test_same_currency_is_rate_one(run_cli: Run) -> None:
    args = ["extract", "-", "--currency", "JPY", "--date", "2024-06-15", "-f", "jsonl"]
    [row] = rows_of("jsonl", run_cli(args, input=YEN).stdout)
    assert row["fx_rate"] == 1.0
    assert row["value_converted"] == row["value"]
