"""Tests for aidclaims.io.dask_recipe: Dask output equals the single-process output."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Final

import dask  # in the test extra: CI never skips these tests
import dask.bag as db
import pytest

from aidclaims.io.dask_recipe import (
    claims_bag,
    claims_of_line,
    count_bad_lines,
    main,
    parse_line,
    write_jsonl,
    write_parquet,
)
from aidclaims.io.parquet import PARQUET_TYPES
from aidclaims.io.runner import extract_record
from aidclaims.io.writers import write_jsonl as write_claims_jsonl
from aidclaims.model import FIELDS
from aidclaims.pipeline import extract

Row = dict[str, object]

# --- corpus: invented articles (money figures, periods, speakers, one non-aid price) -------


def _line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


NORWAY: Final = (
    "Norway pledged NOK 2 billion in humanitarian aid to Sudan this year, Foreign Minister "
    "Ingrid Halvorsen said on Friday. A new ferry in Bergen cost NOK 300 million."
)
TONGA: Final = (
    "New Zealand will provide NZ$15 million in development assistance to Tonga over the "
    "next three years, according to Prime Minister Aroha Tane."
)
MOZAMBIQUE: Final = (
    "The European Union approved €1.5 billion in reconstruction aid for Mozambique in 2023, "
    "Commissioner Lena Varga told reporters. The bloc had sent €400 million in 2022."
)
HAITI: Final = (
    "Brazil delivered R$80 million in food aid to Haiti during the first half of 2024, the "
    "foreign ministry said."
)
NEPAL: Final = (
    "Japan will send ¥3 billion in emergency aid to Nepal, Prime Minister Kenji Arai said. "
    "Tokyo real estate prices rose to ¥1.2 million per square metre."
)

#: The three input files, line by line; the bad and blank lines are in b.jsonl.
FILES: Final[dict[str, tuple[str, ...]]] = {
    "a.jsonl": (
        _line(
            id="no-1",
            published="2024-06-14",
            title="Norway and Sudan",
            url="https://example.org/no-1",
            text=NORWAY,
        ),
        _line(id="nz-1", published="2024-06-14", text=TONGA),
    ),
    "b.jsonl": (
        _line(id="eu-1", published="2024-02-01", text=MOZAMBIQUE),
        '{"id": "cut-1", "text": "Chile pledged $3 mil',  # bad: the line was cut
        "",  # blank: ignored, not bad
        _line(id="br-1", published="2024-07-20", text=HAITI),
    ),
    "c.jsonl": (
        _line(id="jp-1", text=NEPAL),  # no publication date
        _line(published="2024-06-14", text=TONGA),  # no id: doc is "-"
    ),
}
BAD_LINES: Final = (0, 1, 0)  # per file, in name order


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, lines in FILES.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _records(name: str) -> list[Row]:
    records = []
    for line in FILES[name]:
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    return records


def _expected_parts(include_non_aid: bool = False) -> list[list[Row]]:
    """extract_record over each file's records, in one process: one list per file."""
    return [
        [
            row
            for record in _records(name)
            for row in extract_record(record, **_opt(include_non_aid))
        ]
        for name in sorted(FILES)
    ]


def _opt(include_non_aid: bool) -> dict[str, bool]:
    return {"include_non_aid": include_non_aid}


def _read_parts(paths: Sequence[str]) -> list[list[Row]]:
    return [
        [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
        for path in paths
    ]


def _canonical(row: Row) -> str:
    return json.dumps(row, sort_keys=True)


def _by_position(row: Row) -> tuple[str, int]:
    start = row["start"]
    assert isinstance(start, int)
    return str(row["doc"]), start


def _compute(bag: Any) -> list[Any]:
    """A bag's items on the sync scheduler (``Any``: dask.bag methods carry no annotations)."""
    return list(bag.compute(scheduler="sync"))


def _flat(parts: Sequence[Sequence[Row]]) -> list[Row]:
    return [row for part in parts for row in part]


# --- the processes scheduler against one process -----------------------------------------


def test_processes_scheduler_matches_single_process(corpus: Path, tmp_path: Path) -> None:
    bag = claims_bag(str(corpus / "*.jsonl"))
    with dask.config.set(scheduler="processes", num_workers=2):
        paths = write_jsonl(bag, str(tmp_path / "out"))

    names = [Path(path).name for path in paths]
    assert names == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    got, expected = _read_parts(paths), _expected_parts()
    rows, expected_rows = _flat(got), _flat(expected)
    # the fixture exercises figures, periods and speakers, so the comparison means something
    assert len(expected_rows) >= 6
    assert any(row["period_start"] for row in expected_rows)
    assert any(row["speaker"] for row in expected_rows)
    assert Counter(map(_canonical, rows)) == Counter(map(_canonical, expected_rows))
    assert sorted(rows, key=_by_position) == sorted(expected_rows, key=_by_position)
    assert got == expected  # one part per file, rows in input order


@pytest.mark.parametrize("name", sorted(FILES))
def test_jsonl_bytes_match_the_aidclaims_writer(corpus: Path, tmp_path: Path, name: str) -> None:
    with dask.config.set(scheduler="sync"):
        [path] = write_jsonl(claims_bag(str(corpus / name)), str(tmp_path / "out"))
    stream = io.StringIO()
    for record in _records(name):
        published = record.get("published")
        claims = extract(
            str(record["text"]),
            doc=str(record.get("id") or "-"),
            published=date.fromisoformat(published) if isinstance(published, str) else None,
        )
        write_claims_jsonl(claims, stream)
    assert stream.getvalue()
    assert Path(path).read_bytes() == stream.getvalue().encode("utf-8")


# --- partitions, block sizes and bad lines (sync scheduler) -------------------------------


@pytest.mark.parametrize(
    ("blocksize", "min_parts"),
    [
        pytest.param(None, 3, id="one-partition-per-file"),
        pytest.param("200", 4, id="200-byte-blocks"),
    ],
)
def test_blocksize_keeps_rows_and_order(
    corpus: Path, tmp_path: Path, blocksize: str | None, min_parts: int
) -> None:
    inputs = [str(corpus / name) for name in sorted(FILES)]
    with dask.config.set(scheduler="sync"):
        paths = write_jsonl(claims_bag(inputs, blocksize=blocksize), str(tmp_path / "out"))
        bad = _compute(count_bad_lines(inputs, blocksize=blocksize))
    assert len(paths) >= min_parts
    assert paths == sorted(paths)
    assert _flat(_read_parts(paths)) == _flat(_expected_parts())
    assert len(bad) == len(paths)
    assert sum(bad) == sum(BAD_LINES)


def test_bad_lines_are_counted_per_file(corpus: Path) -> None:
    counts = _compute(count_bad_lines(str(corpus / "*.jsonl")))
    assert tuple(counts) == BAD_LINES


def test_a_file_of_bad_lines_gives_an_empty_part(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": 1, "text":\n[1, 2]\n\n', encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        paths = write_jsonl(claims_bag(str(source)), str(tmp_path / "out"))
        assert _compute(count_bad_lines(str(source))) == [2]
    assert Path(paths[0]).read_bytes() == b""


def test_counts_share_the_read_with_the_claims(corpus: Path) -> None:
    claims = claims_bag(str(corpus / "*.jsonl"))
    counts = count_bad_lines(str(corpus / "*.jsonl"))
    shared = set(claims.__dask_graph__()) & set(counts.__dask_graph__())
    assert len(shared) >= len(FILES)  # the read tasks, computed once by dask.compute
    extracted = {key for key in shared if str(key).startswith("('item_outcome")}
    assert len(extracted) == len(FILES)  # and the extraction too


def test_include_non_aid_adds_rows(corpus: Path) -> None:
    with dask.config.set(scheduler="sync"):
        aid_only = _compute(claims_bag(str(corpus / "*.jsonl")))
        everything = _compute(claims_bag(str(corpus / "*.jsonl"), include_non_aid=True))
    assert aid_only == _flat(_expected_parts())
    assert everything == _flat(_expected_parts(include_non_aid=True))
    assert len(everything) > len(aid_only)
    assert {row["aid"] for row in everything} == {True, False}


def test_existing_parts_are_not_overwritten(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00000.jsonl").write_text("old\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="already holds part-"):
        write_jsonl(claims_bag(str(corpus / "*.jsonl")), str(out))
    assert (out / "part-00000.jsonl").read_text(encoding="utf-8") == "old\n"


# --- one line -----------------------------------------------------------------------------

GOOD_LINES: Final = [
    pytest.param('{"id": "k1", "text": "Aid."}\n', "Aid.", id="plain"),
    pytest.param('\ufeff{"text": "Aid."}\r\n', "Aid.", id="utf8-bom"),
    pytest.param('{"text": "Ayuda de \u20ac5 millones"}', "Ayuda de €5 millones", id="utf8-euro"),
    pytest.param(
        b'{"text": "Ayuda de \x805 millones"}'.decode("utf-8", "surrogateescape"),
        "Ayuda de €5 millones",
        id="cp1252-euro",
    ),
]


@pytest.mark.parametrize(("line", "text"), GOOD_LINES)
def test_parse_line_reads_records(line: str, text: str) -> None:
    record = parse_line(line)
    assert isinstance(record, dict)
    assert record["text"] == text


BAD: Final = [
    pytest.param(
        '{"text": "cut',
        "not valid JSON: unterminated string starting at column 10",
        id="cut-line",
    ),
    pytest.param("text: Aid.", "not valid JSON: expecting value at column 1", id="not-json"),
    pytest.param("[1, 2]", "not a JSON object", id="array"),
    pytest.param('"Aid."', "not a JSON object", id="string"),
    pytest.param('{"id": "k1"}', "missing text", id="no-text"),
    pytest.param('{"text": null}', "missing text", id="text-null"),
    pytest.param('{"text": "  "}', "missing text", id="text-blank"),
    pytest.param('{"text": 7}', "text is not a string", id="text-number"),
    pytest.param('{"text": ["Aid."]}', "text is not a string", id="text-list"),
    pytest.param("", None, id="empty-line"),
    pytest.param("  \r\n", None, id="blank-line"),
]


@pytest.mark.parametrize(("line", "reason"), BAD)
def test_parse_line_rejects_bad_and_blank_lines(line: str, reason: str | None) -> None:
    assert parse_line(line) == reason
    assert claims_of_line(line) == []


def test_claims_of_a_cp1252_line() -> None:
    raw = b'{"id": "es-1", "text": "Spain pledged \x805 million in aid to Bolivia."}'
    line = raw.decode("utf-8", "surrogateescape")
    record = parse_line(line)
    assert isinstance(record, dict)
    text = str(record["text"])
    [row] = claims_of_line(line)
    assert row["amount_text"] == "€5 million"
    start, end = row["start"], row["end"]
    assert isinstance(start, int)
    assert isinstance(end, int)
    assert text[start:end] == "€5 million"
    assert (row["doc"], row["currency"], row["value"]) == ("es-1", "EUR", 5_000_000.0)


def test_claims_of_line_equals_extract_record() -> None:
    line = FILES["a.jsonl"][0]
    assert claims_of_line(line) == extract_record(json.loads(line))
    everything = claims_of_line(line, include_non_aid=True)
    assert everything == extract_record(json.loads(line), include_non_aid=True)
    assert len(everything) > len(claims_of_line(line))


# --- command line (sync and threads schedulers) -------------------------------------------


@pytest.mark.parametrize(
    ("options", "include_non_aid"),
    [
        pytest.param(["--scheduler", "sync"], False, id="sync"),
        pytest.param(["--scheduler", "threads", "--workers", "2", "--all"], True, id="threads-all"),
        pytest.param(["--scheduler", "sync", "--blocksize", "200"], False, id="blocks"),
    ],
)
@pytest.mark.parametrize("expand", [False, True], ids=["glob", "shell-expanded"])
def test_main_writes_the_parts(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    include_non_aid: bool,
    expand: bool,
) -> None:
    inputs = [str(corpus / n) for n in sorted(FILES)] if expand else [str(corpus / "*.jsonl")]
    out = tmp_path / "out"
    code = main([*inputs, str(out), *options])
    err = capsys.readouterr().err
    assert code == 1, err  # b.jsonl has a bad line
    assert "1 bad line skipped" in err
    paths = sorted(str(path) for path in out.glob("part-*.jsonl"))
    assert len(paths) >= len(FILES)
    assert _flat(_read_parts(paths)) == _flat(_expected_parts(include_non_aid))
    assert f"{len(_flat(_expected_parts(include_non_aid)))} claims in {len(paths)} part" in err


def test_main_clean_input_exits_0(corpus: Path, tmp_path: Path) -> None:
    assert main([str(corpus / "a.jsonl"), str(tmp_path / "out"), "--scheduler", "sync"]) == 0
    [part] = _read_parts([str(tmp_path / "out" / "part-00000.jsonl")])
    assert part == _expected_parts()[0]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["missing/*.jsonl", "{out}"], 1, "no such file", id="glob-matches-nothing"),
        pytest.param(["{corpus}/nope.jsonl", "{out}"], 1, "no such file", id="missing-file"),
        pytest.param(["{corpus}/*.jsonl", "{stale}"], 2, "already holds", id="stale-parts"),
    ],
)
def test_main_errors(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    message: str,
) -> None:
    stale = tmp_path / "stale"
    stale.mkdir()
    (stale / "part-00000.jsonl").write_text("", encoding="utf-8")
    where = {"corpus": str(corpus), "out": str(tmp_path / "out"), "stale": str(stale)}
    argv = [arg.format(**where) for arg in args] + ["--scheduler", "sync"]
    assert main(argv) == code
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "options",
    [
        pytest.param(["--format", "csv"], id="unknown-format"),
        pytest.param(["--scheduler", "cluster"], id="unknown-scheduler"),
        pytest.param(["--blocksize", "big"], id="blocksize-not-a-size"),
        pytest.param(["--blocksize", "0"], id="blocksize-zero"),
        pytest.param(["--workers", "0"], id="workers-zero"),
    ],
)
def test_main_usage_errors_exit_2(corpus: Path, tmp_path: Path, options: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(corpus / "*.jsonl"), str(tmp_path / "out"), *options])
    assert exit_info.value.code == 2


# --- Parquet (optional: needs pyarrow) ----------------------------------------------------


def test_parquet_types_cover_every_field() -> None:
    assert tuple(PARQUET_TYPES) == FIELDS


def test_parquet_without_pyarrow_says_what_to_install(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # pyarrow is in the test extra: hide it
    with pytest.raises(ImportError, match=r"pip install pyarrow"):
        write_parquet(claims_bag(str(corpus / "*.jsonl")), str(tmp_path / "out"))
    code = main([str(corpus / "*.jsonl"), str(tmp_path / "out"), "--format", "parquet"])
    assert code == 2
    assert "pip install pyarrow" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_parquet_round_trip(corpus: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-not-found, import-untyped, unused-ignore]

    empty = tmp_path / "empty.jsonl"
    empty.write_text("not json\n", encoding="utf-8")
    inputs = [str(corpus / name) for name in sorted(FILES)] + [str(empty)]
    with dask.config.set(scheduler="sync"):
        paths = write_parquet(claims_bag(inputs), str(tmp_path / "out"))
    assert [Path(path).name for path in paths][-1] == "part-00003.parquet"
    parts = [pq.read_table(path).to_pylist() for path in paths]
    expected = [[_with_dates(row) for row in part] for part in _expected_parts()]
    assert parts == [*expected, []]
    table = pq.read_table(str(tmp_path / "out"))
    assert table.column_names == list(FIELDS)
    assert table.num_rows == len(_flat(expected))
    argv = [*inputs, str(tmp_path / "cli"), "--format", "parquet", "--scheduler", "sync"]
    assert main(argv) == 1  # the bad lines
    assert pq.read_table(str(tmp_path / "cli")).to_pylist() == _flat(expected)


def _with_dates(row: Row) -> Row:
    return {
        name: date.fromisoformat(value)
        if name in ("period_start", "period_end") and isinstance(value, str)
        else value
        for name, value in row.items()
    }


def test_write_accepts_any_bag_of_rows(tmp_path: Path) -> None:
    rows = _flat(_expected_parts())
    with dask.config.set(scheduler="sync"):
        from_sequence: Any = db.from_sequence  # dask.bag functions carry no annotations
        paths = write_jsonl(from_sequence(rows, npartitions=2), str(tmp_path / "out"))
    assert [Path(path).name for path in paths] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert _flat(_read_parts(paths)) == rows


# --- imports ------------------------------------------------------------------------------


def test_importing_aidclaims_does_not_import_dask() -> None:
    code = (
        "import sys, aidclaims, aidclaims.io.dask_recipe; "
        "from aidclaims.io.dask_recipe import claims_of_line; "
        'claims_of_line(\'{"text": "Chile pledged $3 million in aid to Peru."}\'); '
        "sys.exit(any(m == 'dask' or m.startswith('dask.') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True)
    assert done.returncode == 0, done.stderr
