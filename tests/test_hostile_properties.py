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
from aidclaims.io.records import Document, check_record
from aidclaims.io.runner import finite_claims
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


hostile_text = st.lists(st.sampled_from(HOSTILE_PIECES), min_size=1, max_size=4).map("".join)


@st.composite
def hostile_record(draw: st.DrawFn) -> dict[str, object]:
    base = draw(st.sampled_from(GOOD_TEXTS))
    record: dict[str, object] = {"id": draw(hostile_text), "text": base}
    where = draw(
        st.sampled_from(
            ("text-before", "text-after", "id", "published", "junk-date", "url", "type")
        )
    )
    if where == "text-before":
        record["text"] = draw(hostile_text) + " " + base
    elif where == "text-after":
        record["text"] = base + draw(hostile_text)
    elif where == "published":
        record["published"] = draw(st.sampled_from(EDGE_DATES))
        record["text"] = base + draw(st.sampled_from(HOSTILE_PIECES[-4:]))
    elif where == "junk-date":  # read without a date, and said once
        record["published"] = draw(hostile_text)
    elif where == "url":
        record["url"] = "https://example.org/" + draw(hostile_text)
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


@settings(max_examples=30, derandomize=True, deadline=None)
@given(records=batches)
def test_hostile_batches_never_break(records: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _check_batch(Path(folder) / "batch.jsonl", records)


def _check_batch(path: Path, records: list[dict[str, object]]) -> None:
    expected: list[dict[str, object]] = []  # every claim of every record read, in order
    reported: set[int] = set()  # the records rejected or read with repairs
    lines = []
    for number, record in enumerate(records, 1):
        if set(record) == {"text"}:  # a good record: its id names it
            record = {"id": f"good-{number}", **record}
        lines.append(json.dumps(record))
        as_read = json.loads(lines[-1])  # "\ud800\udc80" reads back as one character
        document = check_record(as_read, fallback_doc=f"{path}:{number}")
        if isinstance(document, str) or document.notes:
            reported.add(number)
        if not isinstance(document, str):
            expected += _rows(document)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    code, out, err = _run(path, "-f", "jsonl")
    assert _run(path, "-f", "jsonl", "-j", "2") == (code, out, err)  # whatever --jobs is
    assert code == (1 if reported else 0)

    rows = [json.loads(line, parse_constant=_no_constant) for line in out.splitlines()]
    assert rows == expected  # no record lost to another's fault, nothing added

    messages = err.splitlines()
    assert "\x1b" not in err
    assert "\x07" not in err
    if messages:
        assert re.fullmatch(r"aidclaims: .*(failed|repairs), \d+ read", messages[-1])
    numbers = [int(m.split(":line ", 1)[1].split(":", 1)[0]) for m in messages[:-1]]
    assert sorted(numbers) == sorted(reported)  # one line per bad record, none for others

    _, csv_out, _ = _run(path, "-f", "csv")
    assert _run(path, "-f", "csv", "-j", "2")[1] == csv_out
    for row in csv.reader(io.StringIO(csv_out, newline="")):
        for cell in row:
            assert not TRIGGER_RE.sub("", cell).startswith(FORMULA_TRIGGERS), cell


def _rows(document: Document) -> list[dict[str, object]]:
    """The rows the command writes for one document read (JSON strings parsed back)."""
    claims = extract(
        document.text, doc=document.doc, published=document.published, url=document.url
    )
    return [json.loads(json.dumps(claim_to_row(claim))) for claim in finite_claims(claims)]


def _no_constant(name: str) -> object:
    raise AssertionError(f"{name} is not strict JSON")
