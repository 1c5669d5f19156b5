"""Hostile input (issue #13): no record aborts a batch, no cell runs, no terminal is hijacked.

Each case goes through the CLI; where it applies also with ``--jobs 2`` and through the
shared record checker of the Dask recipe. Every sentence here is invented.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

import pytest
from typer.testing import Result

from aidclaims.io.runner import extract_record
from aidclaims.io.writers import FORMULA_TRIGGERS, write_csv
from aidclaims.model import Claim

from ._console import console_script

Run = Callable[..., Result]

GOOD: Final = "Norway pledged NOK 2 billion in humanitarian aid to Sudan."
HUGE: Final = "The EU pledged $" + "9" * 400 + " billion in aid to Ukraine."


def _jsonl(path: Path, *records: Mapping[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _messages(result: Result) -> list[str]:
    return result.stderr.splitlines()


# --- 1. dates out of range --------------------------------------------------------------

#: (publication date, sentence, the period it names): each period leaves 0001..9999.
OFF_CALENDAR: Final = (
    ("9999-12-31", "The EU pledged €5 billion in aid to Ukraine next year.", "next year"),
    ("9999-12-31", "The EU pledged €5 billion in aid to Ukraine next quarter.", "next quarter"),
    ("9999-12-31", "The EU pledged €5 billion in aid to Ukraine next month.", "next month"),
    (
        "9999-12-31",
        "The US pledged $5 billion in aid to Chad next fiscal year.",
        "next fiscal year",
    ),
    (
        "9999-12-31",
        "The EU pledged €5 billion in aid to Ukraine over the next four years.",
        "over the next four years",
    ),
    ("0001-01-01", "The EU pledged €5 billion in aid to Ukraine last year.", "last year"),
    ("0001-01-01", "The EU pledged €5 billion in aid to Ukraine last October.", "last October"),
    ("0001-01-01", "The EU has given €5 billion in aid to Ukraine since last year.", None),
    (  # novelty's 'three days before publication' left the calendar here
        "0001-01-01",
        "The EU pledged €5 billion in aid to Ukraine this year. Earlier, it gave €2 billion.",
        "this year",
    ),
)


@pytest.mark.parametrize(("published", "text", "period"), OFF_CALENDAR)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_dates_off_the_calendar_keep_the_claim(
    run_cli: Run, published: str, text: str, period: str | None, jobs: str
) -> None:
    args = ["extract", "-", "--date", published, "-f", "jsonl", "-j", jobs, "-q"]
    result = run_cli(args, input=text.encode())
    assert (result.exit_code, result.stderr) == (0, ""), result.output
    row, *_ = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["amount_text"] in ("€5 billion", "$5 billion")
    if period is not None:
        assert row["period_text"] == period
    for day in (row["period_start"], row["period_end"]):
        assert day is None or "0001-01-01" <= day <= "9999-12-31"
    assert extract_record({"text": text, "published": published})[0]["start"] == row["start"]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("to_file", [False, True])
def test_one_record_at_the_calendar_end_loses_nothing(
    run_cli: Run, tmp_path: Path, jobs: str, to_file: bool
) -> None:
    records = [{"id": f"a{n}", "text": GOOD, "published": "2025-03-01"} for n in range(100)]
    records[40] = {"id": "end", "text": OFF_CALENDAR[0][1], "published": "9999-12-31"}
    path = _jsonl(tmp_path / "a.jsonl", *records)
    out = tmp_path / "claims.jsonl"
    args = ["extract", str(path), "-f", "jsonl", "-j", jobs, "-q"]
    result = run_cli([*args, "-o", str(out)] if to_file else args)
    assert (result.exit_code, result.stderr) == (0, ""), result.output
    written = out.read_text(encoding="utf-8") if to_file else result.stdout
    rows = [json.loads(line) for line in written.splitlines()]
    assert [row["doc"] for row in rows] == [str(r["id"]) for r in records]
    assert (rows[40]["period_text"], rows[40]["period_start"]) == ("next year", None)


# --- 2. huge figures ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_huge_figure_is_kept_with_a_null_value(
    run_cli: Run, tmp_path: Path, fmt: str, jobs: str
) -> None:
    path = _jsonl(tmp_path / "a.jsonl", {"id": "huge", "text": HUGE}, {"id": "ok", "text": GOOD})
    result = run_cli(["extract", str(path), "-f", fmt, "-j", jobs, "-q"])
    assert result.exit_code == 0, result.output
    assert "Infinity" not in result.stdout
    assert "inf" not in result.stdout.lower().replace("info", "")
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert [(r["doc"], r["value"]) for r in rows] == [("huge", None), ("ok", 2e9)]
    if fmt == "json":
        json.loads(result.stdout, parse_constant=lambda name: pytest.fail(name))


def test_huge_figure_in_extract_record() -> None:
    [row] = extract_record({"id": "huge", "text": HUGE})
    assert row["value"] is None
    json.dumps(row, allow_nan=False)


# --- 3. lone surrogates ------------------------------------------------------------------


def test_lone_surrogates_are_replaced_and_reported_once(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "a", "text": "\\ud800 The EU pledged \\u20ac5 billion in aid to Ukraine."}\n'
        f'{{"id": "ok", "text": "{GOOD}"}}\n'
        '{"id": "\\udc80", "text": "The EU pledged \\u20ac5 billion in aid to Ukraine."}\n',
        encoding="utf-8",
    )
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc"] for r in rows] == ["a", "ok", "\ufffd"]
    assert rows[0]["start"] == 17  # one code point replaced one: offsets are unchanged
    assert _messages(result) == [
        f"aidclaims: {path}:line 1: lone surrogates in text replaced with U+FFFD",
        f"aidclaims: {path}:line 3: lone surrogates in id replaced with U+FFFD",
        "aidclaims: 2 documents read with repairs, 3 read",
    ]


def test_lone_surrogates_with_strict_utf8_stdout(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "\\udc80", "text": "' + GOOD + '"}\n', encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [console_script(), "extract", str(path), "-f", "csv"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr
    assert "\ufffd" in done.stdout.decode("utf-8")  # valid UTF-8, the id replaced


# --- 4. any other exception inside one document ------------------------------------------

BOOM: Final = "Boom pledged $1 million in aid to Nowhere."


def _explode(text: str, **options: object) -> list[Claim]:
    if text.startswith("Boom"):
        raise ZeroDivisionError("division by zero\nsecond line")
    from aidclaims.pipeline import extract

    return extract(text, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_internal_error_is_one_line_and_the_batch_goes_on(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.setattr("aidclaims.io.runner.extract", _explode)
    path = _jsonl(tmp_path / "a.jsonl", {"id": "1", "text": GOOD}, {"text": BOOM}, {"text": GOOD})
    result = run_cli(["extract", str(path), "-f", "jsonl", "-j", jobs])
    assert result.exit_code == 1, result.output
    assert len(result.stdout.splitlines()) == 2
    assert _messages(result) == [
        f"aidclaims: {path}:line 2: internal error: ZeroDivisionError: division by zero"
        "\\nsecond line (please report)",
        "aidclaims: 1 document failed, 2 read",
    ]


@pytest.mark.parametrize("how", ["strict", "debug"])
def test_internal_error_reraises_with_strict_or_debug(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    monkeypatch.setattr("aidclaims.io.runner.extract", _explode)
    if how == "debug":
        monkeypatch.setenv("AIDCLAIMS_DEBUG", "1")
    path = _jsonl(tmp_path / "a.jsonl", {"text": BOOM})
    with pytest.raises(ZeroDivisionError):
        run_cli(["extract", str(path), "-f", "jsonl", *(["--strict"] if how == "strict" else [])])


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_internal_error_skips_one_line_of_the_dask_recipe(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    scheduler: str,
) -> None:
    from aidclaims.io.dask_recipe import main

    monkeypatch.setattr("aidclaims.io.runner.extract", _explode)
    path = _jsonl(tmp_path / "a.jsonl", {"id": "1", "text": GOOD}, {"text": BOOM}, {"text": GOOD})
    out = tmp_path / "out"
    assert main([str(path), str(out), "--scheduler", scheduler]) == 1
    rows = [json.loads(line) for line in (out / "part-00000.jsonl").read_text().splitlines()]
    assert [row["doc"] for row in rows] == ["1", "-"]
    assert capsys.readouterr().err.splitlines() == [
        f"aidclaims: {path}:line 2: internal error: ZeroDivisionError: division by zero"
        "\\nsecond line (please report)",
        f"2 claims in 1 part file under {out}",
        "1 bad line skipped",
    ]
    monkeypatch.setenv("AIDCLAIMS_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main([str(path), str(tmp_path / "debug"), "--scheduler", "sync"])


# --- 5. CSV injection --------------------------------------------------------------------

TEXT_COLUMNS: Final = (
    "doc",
    "amount_text",
    "period_text",
    "donor",
    "recipient",
    "speaker",
    "speaker_role",
    "sentence",
)

#: Each way a cell may start a formula: the sign, after blanks, full-width, after NUL.
TRIGGERS: Final = (
    "=2*3",
    "+2*3",
    "-2*3",
    "@SUM(A1)",
    "  =1+1.txt",
    "\t=1+1",
    "\x00=1+1",
    "\uff1d1+1",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
    "\u00a0=1",
    "\r=1",
)

BASE: Final = Claim(doc="d", start=0, end=3, amount_text="$5m", value=5e6, sentence="$5m aid.")


def _starts_a_formula(cell: str) -> bool:
    return cell.lstrip(" \u00a0\u3000\t\r\n\x00").startswith(FORMULA_TRIGGERS)


@pytest.mark.parametrize("column", TEXT_COLUMNS)
@pytest.mark.parametrize("trigger", TRIGGERS)
def test_every_text_column_is_neutralised(column: str, trigger: str) -> None:
    stream = io.StringIO()
    write_csv([BASE.model_copy(update={column: trigger})], stream)
    [row] = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert row[column] == "'" + trigger
    assert not _starts_a_formula(row[column])


@pytest.mark.parametrize("separator", [";", ",", "\t", '"'])
def test_cells_with_any_separator_are_quoted(separator: str) -> None:
    stream = io.StringIO()
    write_csv([BASE.model_copy(update={"sentence": f"a{separator}b"})], stream)
    line = stream.getvalue().splitlines()[1]
    cell = f"a{separator}b".replace('"', '""')
    assert f',"{cell}",' in line


@pytest.mark.parametrize("separator", [";", ",", "\t"])
@pytest.mark.parametrize("trigger", ["=2*3", "  =2*3", "+1", "-1+1", "@SUM(A1)", "\uff1d1"])
def test_a_trigger_after_a_separator_inside_a_cell_is_neutralised(
    separator: str, trigger: str
) -> None:
    """Split on any separator (the file opened with the wrong one), no piece is a formula."""
    stream = io.StringIO()
    sentence = f"Aid to Ukraine{separator}{trigger}{separator}done"
    write_csv([BASE.model_copy(update={"sentence": sentence})], stream)
    [row] = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert row["sentence"] == f"Aid to Ukraine{separator}'{trigger}{separator}done"
    for wrong in (";", ",", "\t"):
        line = stream.getvalue().splitlines()[1]
        assert not any(_starts_a_formula(piece) for piece in line.split(wrong))


def test_semicolon_sentence_through_the_cli(run_cli: Run) -> None:
    text = "The EU pledged €5 billion in aid to Ukraine;=2*3;done\n"
    result = run_cli(["extract", "-", "-f", "csv"], input=text.encode())
    assert result.exit_code == 0, result.output
    assert '"The EU pledged €5 billion in aid to Ukraine;\'=2*3;done"' in result.stdout


def test_file_name_with_leading_spaces_is_neutralised(run_cli: Run, tmp_path: Path) -> None:
    name = tmp_path / "  =1+1.txt"
    name.write_text(GOOD, encoding="utf-8")
    result = run_cli(["extract", "  =1+1.txt", "-f", "csv"], input=None)
    del result  # the path is relative to the current folder; run it from tmp_path
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = run_cli(["extract", "  =1+1.txt", "-f", "csv"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert row["doc"] == "'  =1+1.txt"


# --- 6. terminal escape injection --------------------------------------------------------

ESC: Final = "\x1b]0;pwned\x07\x1b[2J"


def test_escapes_in_names_and_ids_never_reach_stderr(run_cli: Run, tmp_path: Path) -> None:
    bad_name = tmp_path / f"e{ESC}\nx.txt"
    bad_name.write_text("", encoding="utf-8")
    path = _jsonl(tmp_path / "a.jsonl", {"id": f"id{ESC}", "text": GOOD, "published": ESC})
    result = run_cli(["extract", str(bad_name), str(path), "-f", "csv"])
    assert result.exit_code == 1, result.output
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    lines = _messages(result)
    assert len(lines) == 3  # the file, the record, the count: a newline in a name is "\n"
    assert lines[0].endswith("\\x1b[2J\\nx.txt: empty file")


def test_escapes_in_text_never_reach_the_table(run_cli: Run, tmp_path: Path) -> None:
    text = f"Norway{ESC} pledged NOK 2 billion in aid to Sudan, said Ola{ESC} Berg\u009b31m."
    path = _jsonl(tmp_path / "a.jsonl", {"id": f"x{ESC}", "text": text})
    result = run_cli(["extract", str(path), "-f", "table"])
    assert result.exit_code == 0, result.output
    for control in ("\x1b", "\x07", "\u009b"):
        assert control not in result.stdout


# --- 7. silent mis-decoding --------------------------------------------------------------


def test_utf8_file_with_a_stray_byte_stays_utf8(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes("The EU pledged €5 billion in aid to Ukraine.".encode() + b" \x97\n")
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 1, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["amount_text"], row["currency"]) == ("€5 billion", "EUR")
    assert _messages(result)[0] == (
        f"aidclaims: {path}: not valid UTF-8 in 1 place: replaced with U+FFFD"
    )


@pytest.mark.parametrize("stray", [b"\x97", b"\xe2\x82", b"\xff"])
def test_offsets_stay_exact_after_stray_bytes(run_cli: Run, tmp_path: Path, stray: bytes) -> None:
    path = tmp_path / "stray.txt"
    data = b"Zo\xc3\xab said " + stray + " the EU pledged €5 billion in aid to Ukraine.".encode()
    path.write_bytes(data)
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    text = data.decode("utf-8", "replace")  # what the reader decoded, one U+FFFD per bad run
    assert text[row["start"] : row["end"]] == row["amount_text"] == "€5 billion"


def test_utf8_jsonl_line_with_a_stray_byte_stays_utf8(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "stray.jsonl"
    line = '{"id": "s", "text": "The EU pledged €5 billion in aid to Ukraine. \x97"}\n'
    path.write_bytes(line.encode("utf-8").replace(b"\xc2\x97", b"\x97"))
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 1, result.output
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["currency"] == "EUR"
    assert "line 1: not valid UTF-8 in 1 place" in result.stderr


def test_windows_1252_file_is_still_read_silently(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes("The EU pledged €5 billion in aid to Ukraine.".encode("cp1252"))
    result = run_cli(["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert json.loads(result.stdout)["currency"] == "EUR"


# --- 8. JSON lines -----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_line_separators_are_escaped_in_json(run_cli: Run, tmp_path: Path, fmt: str) -> None:
    name = "a\u2028b\u2029c\u0085d"
    path = _jsonl(tmp_path / "a.jsonl", {"id": name, "text": GOOD})
    result = run_cli(["extract", str(path), "-f", fmt])
    assert result.exit_code == 0, result.output
    for char in ("\u2028", "\u2029", "\u0085"):
        assert char not in result.stdout
    assert '"a\\u2028b\\u2029c\\u0085d"' in result.stdout
    rows = json.loads(result.stdout) if fmt == "json" else [json.loads(result.stdout)]
    assert rows[0]["doc"] == name
    assert len(result.stdout.splitlines()) == 1


# --- 9. signals and output files ---------------------------------------------------------


def _big_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus.jsonl"
    line = json.dumps({"text": (GOOD + " ") * 30}) + "\n"
    corpus.write_text(line * 20000, encoding="utf-8")
    return corpus


def _wait_for(predicate: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while not predicate():
        assert proc.poll() is None, "the run ended before the signal"
        assert time.monotonic() < deadline, "the run never started writing"
        time.sleep(0.02)


@pytest.mark.parametrize(("name", "code"), [("SIGTERM", 143), ("SIGHUP", 129)])
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("target", ["process", "group"])
def test_stop_signal_removes_the_temporary_file(
    tmp_path: Path, name: str, code: int, jobs: str, target: str
) -> None:
    """``kill`` reaches the main process; a closed terminal or systemd reach the whole group."""
    corpus = _big_corpus(tmp_path)
    out = tmp_path / "out.csv"
    proc = subprocess.Popen(
        [console_script(), "extract", str(corpus), "-q", "-j", jobs, "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    number = getattr(signal, name)
    try:
        _wait_for(lambda: _writing(tmp_path), proc)  # the run's "started" signal
        if target == "group":
            os.killpg(proc.pid, number)
        else:
            proc.send_signal(number)
        _, err = proc.communicate(timeout=120)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the workers too, whatever happened
        proc.communicate()
    assert proc.returncode == code, err
    assert err.decode().splitlines() == [
        "aidclaims: terminated" if name == "SIGTERM" else "aidclaims: hung up"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl"]


def _writing(folder: Path) -> bool:
    with contextlib.suppress(FileNotFoundError):  # renamed into place meanwhile
        return any(p.stat().st_size > 0 for p in folder.iterdir() if ".aidclaims-tmp-" in p.name)
    return False


def _children(pid: int) -> list[int]:
    """The child processes of ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:  # the field after the state is the parent's pid
                found.append(int(stat.parent.name))
    return found


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_stop_signal_to_the_workers_alone_loses_nothing(tmp_path: Path, name: str) -> None:
    """Workers leave stop signals to the parent (``kill -TERM -PGID`` reaches them too).

    A worker that died of one while holding a queue lock made the pool wait forever; one
    that died with a task lost the task, and the run never ended.
    """
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text((json.dumps({"text": (GOOD + " ") * 30}) + "\n") * 600, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [console_script(), "extract", str(corpus), "-q", "-j", "2", "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        _wait_for(lambda: _writing(tmp_path), proc)
        workers = _children(proc.pid)
        assert len(workers) == 2, workers
        for worker in workers:
            os.kill(worker, getattr(signal, name))
        _, err = proc.communicate(timeout=120)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
    assert (proc.returncode, err) == (0, b"")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 600 * 30


# --- 10. closed or full standard output --------------------------------------------------


@pytest.mark.parametrize("options", ["-f csv", "", "-f table", "-f jsonl -j 2", "-f parquet"])
def test_closed_stdout_is_one_line(tmp_path: Path, options: str) -> None:
    path = _jsonl(tmp_path / "a.jsonl", {"text": GOOD})
    done = subprocess.run(
        ["bash", "-c", f'"{console_script()}" extract "{path}" {options} >&-'],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "aidclaims: cannot write standard output: it is closed"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux only: /dev/full")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_full_stdout_is_one_line(tmp_path: Path, jobs: str) -> None:
    path = _jsonl(tmp_path / "a.jsonl", *({"text": GOOD} for _ in range(200)))
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [console_script(), "extract", str(path), "-f", "jsonl", "-j", jobs],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "aidclaims: cannot write standard output: no space left on device"
    ]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux only: /dev/full")
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["extract", "--help"]])
def test_help_into_a_full_stdout_is_one_line(args: list[str]) -> None:
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [console_script(), *args],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "aidclaims: cannot write standard output: no space left on device"
    ]


@pytest.mark.parametrize("args", ["--help", "--version", "-V", "extract --help", ""])
def test_help_into_a_closed_stdout_is_one_line(args: str) -> None:
    done = subprocess.run(
        ["bash", "-c", f'"{console_script()}" {args} >&-'],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "aidclaims: cannot write standard output: it is closed"
    ]


def test_python_is_the_one_running_the_tests() -> None:
    assert sys.version_info >= (3, 11)
