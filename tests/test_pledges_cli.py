"""``aidclaims pledges`` through CliRunner: every input kind x format, --claims, --currency."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from aidclaims import extract
from aidclaims.cli import app
from aidclaims.io.writers import write_jsonl
from aidclaims.model import Claim, Novelty, Status
from aidclaims.pledges import assign_pledge_ids, group_claims

from ._rows import rows_of

ARTICLE_A = (
    "Japan pledged $500 million in aid to Ukraine on Monday, the foreign ministry said. "
    "The package includes $200 million for energy repairs."
)
ARTICLE_B = "Tokyo will give Ukraine $500 million in new aid, officials said on Tuesday."
FORMATS = ["table", "csv", "tsv", "json", "jsonl"]


def run(args: list[str], stdin: str | None = None) -> typer.testing.Result:
    result = CliRunner().invoke(app, ["pledges", *args], input=stdin)
    return result


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    records = tmp_path / "news.jsonl"
    records.write_text(
        "\n".join(
            json.dumps({"id": i, "text": t, "published": "2024-06-14", "url": f"https://x.org/{i}"})
            for i, t in (("a", ARTICLE_A), ("b", ARTICLE_B))
        )
        + "\n",
        encoding="utf-8",
    )
    table = tmp_path / "news.csv"
    with table.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "text", "published"])
        writer.writerow(["a", ARTICLE_A, "2024-06-14"])
        writer.writerow(["b", ARTICLE_B, "2024-06-15"])
    claims = tmp_path / "claims.jsonl"
    with claims.open("w", encoding="utf-8") as stream:
        found = extract(ARTICLE_A, doc="a") + extract(ARTICLE_B, doc="b")
        write_jsonl(found, stream)
    return {"folder": folder, "txt": folder / "a.txt", "md": folder / "b.md",
            "jsonl": records, "csv": table, "claims": claims}  # fmt: skip


def parse(fmt: str, out: str) -> list[dict[str, object]]:
    if fmt == "table":
        assert "pledges" in out
        return []
    return rows_of(fmt, out)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["folder", "txt", "md", "jsonl", "csv", "claims"])
def test_every_input_kind_and_format(articles: dict[str, Path], kind: str, fmt: str) -> None:
    r = run([str(articles[kind]), "--format", fmt])
    assert r.exit_code == 0, r.output
    rows = parse(fmt, r.stdout)
    assert "aidclaims:" not in r.stdout
    if fmt != "table":
        assert rows
        assert all(str(row["pledge_id"]).startswith("p-") for row in rows)


@pytest.mark.parametrize("fmt", FORMATS)
def test_stdin_text_and_stdin_claims(articles: dict[str, Path], fmt: str) -> None:
    text = run(["-", "--format", fmt], stdin=ARTICLE_A)
    assert text.exit_code == 0, text.output
    claims = run(["-", "--format", fmt], stdin=articles["claims"].read_text(encoding="utf-8"))
    assert claims.exit_code == 0, claims.output
    if fmt == "jsonl":
        assert parse(fmt, claims.stdout)


def test_two_articles_one_pledge(articles: dict[str, Path]) -> None:
    r = run([str(articles["jsonl"]), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = parse("jsonl", r.stdout)
    big = [row for row in rows if row["value"] == 500e6]
    assert len(big) == 1
    assert big[0]["documents"] == 2
    assert big[0]["sources"] == ["a", "b", "https://x.org/a", "https://x.org/b"]
    assert big[0]["first_published"] == "2024-06-14"


def test_seeds_reporting_the_same_nato_figures_share_pledges() -> None:
    # issue 11: the two seeds with "over €20 billion ... first three months of 2025" share a
    # pledge, and so do their "€50 billion ... 2024" figures
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    r = run([str(seeds), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = parse("jsonl", r.stdout)
    for value in (20e9, 50e9):
        euro = [row for row in rows if row["currency"] == "EUR" and row["value"] == value]
        assert len(euro) == 1, euro
        assert euro[0]["documents"] == 2


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_claims_flag_writes_claims_with_pledge_ids(articles: dict[str, Path], fmt: str) -> None:
    r = run([str(articles["folder"]), "--claims", "--format", fmt])
    assert r.exit_code == 0, r.output
    rows = parse(fmt, r.stdout)
    assert {"amount_text", "start", "pledge_id", "novelty"} <= set(rows[0])
    ids = {row["amount_text"]: row["pledge_id"] for row in rows}
    assert ids["$500 million"]
    parts = [row for row in rows if row["amount_text"] == "$200 million"]
    assert parts[0]["novelty"] == "part"


def test_claims_table(articles: dict[str, Path]) -> None:
    r = run([str(articles["txt"]), "--claims", "--format", "table"])
    assert r.exit_code == 0, r.output
    assert "1 document, 2 claims" in r.stdout


def test_currency_converts_with_the_ecb(articles: dict[str, Path]) -> None:
    r = run([str(articles["jsonl"]), "--currency", "EUR", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    row = next(row for row in parse("jsonl", r.stdout) if row["value"] == 500e6)
    assert row["fx_currency"] == "EUR"
    assert row["fx_date"] == "2024-06-14"
    assert row["fx_source"] == "ECB reference rate"
    assert 0.8 * 500e6 < float(row["value_converted"]) < 500e6  # type: ignore[arg-type]


def test_currency_without_date_says_why(articles: dict[str, Path]) -> None:
    r = run([str(articles["txt"]), "--claims", "--currency", "EUR", "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = parse("csv", r.stdout)
    assert all(row["value_converted"] == "" for row in rows)
    assert all("no date" in str(row["fx_note"]) for row in rows)


def test_fx_rates_table_wins(articles: dict[str, Path], tmp_path: Path) -> None:
    rates = tmp_path / "rates.csv"
    rates.write_text("date,currency,per_eur\n2024-06-14,USD,2.0\n", encoding="utf-8")
    r = run([str(articles["jsonl"]), "--currency", "EUR", "--fx-rates", str(rates), "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    row = next(row for row in parse("jsonl", r.stdout) if row["value"] == 500e6)
    assert row["fx_rate"] == 0.5
    assert row["fx_source"] == "user table rates.csv"


def test_output_file(articles: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "pledges.json"
    r = run([str(articles["folder"]), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["--currency", "EURO"], "--currency"),
        (["--date", "2024-13-01"], "--date"),
        (["--currency", "EUR", "--fx-rates", "missing.csv"], "--fx-rates"),
    ],
)
def test_usage_errors(articles: dict[str, Path], args: list[str], hint: str) -> None:
    r = run([str(articles["txt"]), *args])
    assert r.exit_code == 2
    assert hint in r.stderr


def test_bad_claim_line_and_missing_file(articles: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    good = articles["claims"].read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(good + '\n{"amount_text": "x", "start": "nope"}\n', encoding="utf-8")
    r = run([str(bad), str(tmp_path / "nothing.txt"), "--format", "csv"])
    assert r.exit_code == 1
    assert "bad.jsonl:line 2" in r.stderr
    assert "nothing.txt" in r.stderr
    assert parse("csv", r.stdout)  # the good line still makes a pledge


def test_empty_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    r = run([str(empty), "--format", "jsonl"])
    assert r.stdout == ""
    assert r.exit_code in (0, 1)


# --- property: deterministic, and every claim in exactly one pledge -------------------------------

_claims = st.lists(
    st.builds(
        lambda doc, start, value, currency, donor, status, novelty: Claim(
            doc=doc,
            start=start,
            end=start + 3,
            amount_text=f"${value:g}m",
            value=value * 1e6,
            currency=currency,
            donor=donor,
            recipient="Ukraine",
            status=status,
            novelty=novelty,
        ),
        st.sampled_from(["a", "b", "c"]),
        st.integers(0, 500),
        st.sampled_from([1, 1.5, 2, 20, 20.1, 61, 60.84]),
        st.sampled_from(["USD", "EUR"]),
        st.sampled_from([None, "Japan", "Tokyo", "the EU", "Brussels", "allies"]),
        st.sampled_from([None, *Status]),
        st.sampled_from([None, *Novelty]),
    ),
    max_size=30,
    unique_by=lambda c: (c.doc, c.start),  # one span holds one claim, as in extract's output
)


@settings(max_examples=200, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_claims)
def test_grouping_is_deterministic_and_a_partition(claims: list[Claim]) -> None:
    first = assign_pledge_ids(claims)
    assert assign_pledge_ids(claims) == first
    assert {(c.doc, c.start, c.pledge_id) for c in assign_pledge_ids(claims[::-1])} == {
        (c.doc, c.start, c.pledge_id) for c in first
    }
    assert all(c.pledge_id is not None for c in first)
    rows = group_claims(claims)
    assert sum(p.mentions for p in rows) == len(claims)
    assert {p.pledge_id for p in rows} == {c.pledge_id for c in first}


# --- output: the same helpers as extract -------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [(".csv", "csv"), (".tsv", "tsv"), (".json", "json"), (".jsonl", "jsonl"), (".txt", "csv")],
)
def test_output_suffix_chooses_the_format(
    articles: dict[str, Path], tmp_path: Path, suffix: str, fmt: str
) -> None:
    out = tmp_path / f"pledges{suffix}"
    r = run([str(articles["jsonl"]), "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = parse(fmt, out.read_text(encoding="utf-8"))
    assert any(row["documents"] in (2, "2") for row in rows)


@pytest.mark.parametrize("claims", [False, True])
def test_parquet_output(articles: dict[str, Path], tmp_path: Path, claims: bool) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pledges.parquet"
    flags = ["--claims"] if claims else []
    r = run([str(articles["jsonl"]), *flags, "--currency", "EUR", "-o", str(out)])
    assert r.exit_code == 0, r.output
    table = pq.read_table(out)
    assert "pledge_id" in table.column_names
    assert "value_converted" in table.column_names
    if not claims:
        assert str(table.schema.field("sources").type).startswith("list<")
        assert str(table.schema.field("first_published").type) == "date32[day]"
        big = [row for row in table.to_pylist() if row["value"] == 500e6]
        assert big[0]["sources"] == ["a", "b", "https://x.org/a", "https://x.org/b"]


def test_output_onto_an_input_is_refused(articles: dict[str, Path]) -> None:
    before = articles["jsonl"].read_bytes()
    r = run([str(articles["jsonl"]), "-o", str(articles["jsonl"])])
    assert r.exit_code == 2
    assert "also an input" in r.stderr
    assert articles["jsonl"].read_bytes() == before


def test_output_into_an_input_folder_is_refused(articles: dict[str, Path]) -> None:
    inside = articles["folder"] / "a.txt"
    r = run([str(articles["folder"]), "-o", str(inside)])
    assert r.exit_code == 2
    assert inside.read_text(encoding="utf-8") == ARTICLE_A


def test_output_through_a_symlink_and_no_temp_file_left(
    articles: dict[str, Path], tmp_path: Path
) -> None:
    target = tmp_path / "real.csv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    r = run([str(articles["jsonl"]), "-o", str(link)])
    assert r.exit_code == 0, r.output
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("pledge_id,")
    assert not [p for p in tmp_path.iterdir() if "aidclaims-tmp" in p.name]


def test_output_folder_missing_is_a_usage_error(articles: dict[str, Path], tmp_path: Path) -> None:
    r = run([str(articles["jsonl"]), "-o", str(tmp_path / "no" / "such.csv")])
    assert r.exit_code == 2
    assert "does not exist" in r.stderr


def test_csv_lists_are_one_cell_and_no_header(articles: dict[str, Path]) -> None:
    r = run([str(articles["jsonl"]), "-f", "csv"])
    row = next(row for row in parse("csv", r.stdout) if row["value"] == "500000000")
    assert row["sources"] == "a; b; https://x.org/a; https://x.org/b"
    bare = run([str(articles["jsonl"]), "-f", "csv", "--no-header"])
    assert not bare.stdout.startswith("pledge_id")
    assert len(bare.stdout.splitlines()) == len(r.stdout.splitlines()) - 1


def test_pledge_table_with_currency(articles: dict[str, Path]) -> None:
    r = run([str(articles["jsonl"]), "--currency", "EUR", "-f", "table"])
    assert r.exit_code == 0, r.output
    assert "converted" in r.stdout
    assert "2 documents" in r.stdout


def test_extract_jsonl_with_currency_reads_back(articles: dict[str, Path], tmp_path: Path) -> None:
    # extract's own JSONL, FX columns and all, is read as claims
    out = tmp_path / "claims.jsonl"
    done = CliRunner().invoke(
        app, ["extract", str(articles["jsonl"]), "--currency", "EUR", "-o", str(out)]
    )
    assert done.exit_code == 0, done.output
    r = run([str(out), "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    assert any(row["documents"] == 2 for row in parse("jsonl", r.stdout))


def test_extract_all_rows_are_not_pledges(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    text = "Japan pledged $500 million in aid to Ukraine. A ticket costs $5."
    done = CliRunner().invoke(app, ["extract", "-", "--all", "-o", str(out)], input=text)
    assert done.exit_code == 0, done.output
    r = run([str(out), "--claims", "-f", "jsonl"])
    assert [row["amount_text"] for row in parse("jsonl", r.stdout)] == ["$500 million"]


def test_input_field_names_as_extract(tmp_path: Path) -> None:
    table = tmp_path / "news.csv"
    table.write_text(f'ID,Body\nk1,"{ARTICLE_B}"\n', encoding="utf-8")
    r = run([str(table), "--text-field", "Body", "--id-field", "ID", "--claims", "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    assert {row["doc"] for row in parse("jsonl", r.stdout)} == {"k1"}


def test_pledges_is_listed_in_the_main_help() -> None:
    r = CliRunner().invoke(app, ["--help"])
    assert "pledges" in r.stdout
    assert "extract" in r.stdout


def test_worker_processes_give_the_same_output(articles: dict[str, Path]) -> None:
    args = [str(articles["jsonl"]), str(articles["folder"]), "-f", "jsonl"]
    one = run(args)
    assert one.exit_code == 0, one.output
    assert run([*args, "-j", "2"]).stdout == one.stdout


def test_gzipped_claims_jsonl(articles: dict[str, Path], tmp_path: Path) -> None:
    import gzip

    packed = tmp_path / "claims.jsonl.gz"
    packed.write_bytes(gzip.compress(articles["claims"].read_bytes()))
    plain = run([str(articles["claims"]), "-f", "jsonl"])
    r = run([str(packed), "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    assert r.stdout == plain.stdout


def test_pledge_ids_do_not_depend_on_input_order(articles: dict[str, Path]) -> None:
    a, b = str(articles["txt"]), str(articles["md"])
    one = parse("jsonl", run([a, b, "--claims", "-f", "jsonl"]).stdout)
    two = parse("jsonl", run([b, a, "--claims", "-f", "jsonl"]).stdout)
    ids = {(row["doc"], row["start"], row["pledge_id"]) for row in one}
    assert ids == {(row["doc"], row["start"], row["pledge_id"]) for row in two}
    assert len({row["pledge_id"] for row in one}) < len(one)  # the $500 million is shared


def test_parquet_without_pyarrow_says_how_before_reading(
    articles: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    r = run([str(articles["jsonl"]), "-o", str(tmp_path / "p.parquet")])
    assert r.exit_code == 2
    assert "aidclaims[parquet]" in r.stderr
    assert not (tmp_path / "p.parquet").exists()


def test_files_a_folder_holds_but_no_reader_takes_are_reported(articles: dict[str, Path]) -> None:
    (articles["folder"] / "notes.json").write_text("{}", encoding="utf-8")
    r = run([str(articles["folder"]), "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    assert "skipped 1 file with an extension it does not read (.json)" in r.stderr


def test_repairs_and_date_order_as_extract(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    rows = [{"id": "amb", "published": "01/03/2025", "text": ARTICLE_B}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = run([str(path), "-f", "jsonl"])
    assert r.exit_code == 1
    assert "published '01/03/2025' is ambiguous" in r.stderr
    assert r.stderr.splitlines()[-1] == "aidclaims: 1 document read with repairs, 1 read"
    assert parse("jsonl", r.stdout)[0]["first_published"] is None
    r = run([str(path), "-f", "jsonl", "--date-order", "dmy"])
    assert r.exit_code == 0, r.output
    assert parse("jsonl", r.stdout)[0]["first_published"] == "2025-03-01"


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_fields_choose_the_columns(articles: dict[str, Path], fmt: str) -> None:
    r = run([str(articles["jsonl"]), "-f", fmt, "--fields", "pledge_id,value,documents"])
    assert r.exit_code == 0, r.output
    assert list(parse(fmt, r.stdout)[0]) == ["pledge_id", "value", "documents"]
    claims = run([str(articles["jsonl"]), "--claims", "-f", fmt, "--fields", "doc,pledge_id"])
    assert list(parse(fmt, claims.stdout)[0]) == ["doc", "pledge_id"]
    fx = run([str(articles["jsonl"]), "-f", fmt, "--currency", "EUR", "--fields", "value,fx_rate"])
    assert list(parse(fmt, fx.stdout)[0]) == ["value", "fx_rate"]


def test_unknown_field_is_a_usage_error(articles: dict[str, Path]) -> None:
    r = run([str(articles["jsonl"]), "--fields", "pledge_id,amount_text"])
    assert r.exit_code == 2
    assert "unknown field amount_text" in r.stderr


def test_claims_jsonl_with_raw_line_separators_in_strings(tmp_path: Path) -> None:
    # JSON allows U+2028 and U+0085 unescaped inside strings: only a line feed ends a record
    found = extract("Japan pledged $500 million in aid to Ukraine.", doc="a")
    rows = [c.model_dump(mode="json") | {"sentence": "Japan\u2028pledged\x85aid."} for c in found]
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    r = run([str(path), "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    assert parse("jsonl", r.stdout)[0]["mentions"] == 1
