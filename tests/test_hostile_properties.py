"""Property test of issue #13: hostile records mixed with good ones never break a batch.

Hypothesis builds JSONL batches of good records (invented sentences with known claims) and
hostile ones (lone surrogates, control characters, huge figures, dates at the calendar's
ends, separators and formula triggers, fields of the wrong type) and runs the CLI on them.
The example count is fixed and the search derandomized, so CI runs the same cases each time.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Final

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from aidclaims.cli import app
from aidclaims.io.writers import FORMULA_TRIGGERS, claim_to_row
from aidclaims.pipeline import extract

GOOD_TEXTS: Final = (
    "Norway pledged NOK 2 billion in humanitarian aid to Sudan.",
    "Japan will send ¥3 billion in emergency aid to Nepal, Prime Minister Kenji Arai said.",
    "The EU approved €1.5 billion in reconstruction aid for Mozambique in 2023.",
)

#: Pieces a hostile field is built from.
HOSTILE_PIECES: Final = (
    "\ud800",  # lone surrogate
    "\udc80",
    "\x1b]0;pwned\x07",  # terminal escapes
    "\x1b[2J",
    "\u009b31m",
    "\x00",
    "\r\n",
    "\u2028",
    "\u2029",
    "\u0085",
    "\u202e",
    ";",
    ",",
    "\t",
    '"',
    "=2*3",
    "+1",
    "-1",
    "@SUM(A1)",
    "  =1+1",
    "\uff1d1",
    "\uff20x",
    "$" + "9" * 400 + " billion",
    "$1" + "0" * 300,
    "₹" + "9" * 350 + " crore",
    " next year",
    " last year",
    " over the next four years",
    " last October",
)

EDGE_DATES: Final = ("9999-12-31", "0001-01-01", "9999-12-01", "0001-01-31")
TRIGGER_RE: Final = re.compile(r"^[ \u00a0\u3000\t\r\n\x00]*")


def _expected_rows(text: str, doc: str) -> list[str]:
    return [json.dumps(claim_to_row(c), ensure_ascii=False) for c in extract(text, doc=doc)]


hostile_text = st.lists(st.sampled_from(HOSTILE_PIECES), min_size=1, max_size=4).map("".join)


@st.composite
def hostile_record(draw: st.DrawFn) -> dict[str, object]:
    base = draw(st.sampled_from(GOOD_TEXTS))
    record: dict[str, object] = {"id": draw(hostile_text), "text": base}
    where = draw(st.sampled_from(("text-before", "text-after", "id", "published", "type")))
    if where == "text-before":
        record["text"] = draw(hostile_text) + " " + base
    elif where == "text-after":
        record["text"] = base + draw(hostile_text)
    elif where == "published":
        record["published"] = draw(st.sampled_from(EDGE_DATES))
        record["text"] = base + draw(st.sampled_from(HOSTILE_PIECES[-4:]))
    elif where == "type":
        record[draw(st.sampled_from(("id", "text")))] = draw(
            st.sampled_from((True, 7, 1e308, ["x"], {"a": 1}))
        )
    return record


batches = st.lists(
    st.one_of(st.sampled_from(GOOD_TEXTS).map(lambda t: {"text": t}), hostile_record()),
    min_size=1,
    max_size=8,
)


def _run(path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["extract", str(path), "-q", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def _must_report(record: dict[str, object]) -> bool:
    """Whether the record is rejected or repaired, and so gets exactly one stderr line."""
    text, identifier = record.get("text"), record.get("id")
    if not isinstance(text, str) or isinstance(identifier, bool | float | list | dict):
        return True
    return any(0xD800 <= ord(char) <= 0xDFFF for char in f"{text}{identifier}")


@settings(max_examples=30, derandomize=True, deadline=None)
@given(records=batches)
def test_hostile_batches_never_break(records: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _check_batch(Path(folder) / "batch.jsonl", records)


def _check_batch(path: Path, records: list[dict[str, object]]) -> None:
    good: dict[int, str] = {}
    reported: set[int] = set()
    lines = []
    for number, record in enumerate(records, 1):
        if set(record) == {"text"}:  # a good record: its id names it
            record = {"id": f"good-{number}", **record}
            good[number] = str(record["text"])
        elif _must_report(record):
            reported.add(number)
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    code, out, err = _run(path, "-f", "jsonl")
    assert _run(path, "-f", "jsonl", "-j", "2") == (code, out, err)  # whatever --jobs is
    assert code in (0, 1)

    rows = [json.loads(line, parse_constant=_no_constant) for line in out.splitlines()]
    got = [json.dumps(row, ensure_ascii=False) for row in rows]
    for number, text in good.items():  # every good document's claims, in order
        doc = f"good-{number}"
        assert [line for line, row in zip(got, rows, strict=True) if row["doc"] == doc] == (
            _expected_rows(text, doc)
        )

    messages = err.splitlines()
    assert "\x1b" not in err
    assert "\x07" not in err
    if messages:
        assert code == 1
        assert re.fullmatch(r"aidclaims: .*(failed|repairs), \d+ read", messages[-1])
    numbers = [int(m.split(":line ", 1)[1].split(":", 1)[0]) for m in messages[:-1]]
    assert len(numbers) == len(set(numbers))  # at most one line per record
    assert not set(numbers) & set(good)  # never a line for a good record
    assert reported <= set(numbers)  # exactly one for each rejected or repaired record

    _, csv_out, _ = _run(path, "-f", "csv")
    for row in csv.reader(io.StringIO(csv_out, newline="")):
        for cell in row:
            assert not TRIGGER_RE.sub("", cell).startswith(FORMULA_TRIGGERS), cell


def _no_constant(name: str) -> object:
    raise AssertionError(f"{name} is not strict JSON")
