"""The CLI, extract_record and the Dask recipe accept and reject the same records (issue #9).

Each path reads the same JSONL lines; they must keep the same records, give their claims
the same ``doc``, and reject the others with the same message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

import pytest
from typer.testing import CliRunner

from aidclaims.cli import app
from aidclaims.io.runner import extract_record

ARTICLE: Final = "Chile pledged $3 million in humanitarian aid to Peru this year."

#: (line, reason it is rejected, or None if it is kept); "yesterday" keeps its article
#: without a date (issue #12), with a note both paths give.
LINES: Final[tuple[tuple[str, str | None], ...]] = (
    (json.dumps({"id": "good", "text": ARTICLE, "published": "2025-03-01"}), None),
    (json.dumps({"id": 0, "text": ARTICLE}), None),  # the id 0 is a name, not "no id"
    (json.dumps({"id": True, "text": ARTICLE}), "id is not a string or integer"),
    (json.dumps({"id": 1, "text": ARTICLE, "published": "yesterday"}), None),
    (json.dumps({"id": "n", "text": 7}), "text is not a string"),
    ("[1, 2]", "not a JSON object"),
    ('{"id": "cut", "text": "Chile', "not valid JSON: unterminated string starting at column 23"),
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(line + "\n" for line, _ in LINES), encoding="utf-8")
    return path


NOTE: Final = "published 'yesterday' is not a date: read without a date"


def _expected_messages(path: Path) -> list[str]:
    return [
        f"aidclaims: {path}:line {number}: {reason or NOTE}"
        for number, (line, reason) in enumerate(LINES, 1)
        if reason is not None or "yesterday" in line
    ]


def _cli(path: Path) -> tuple[list[dict[str, object]], list[str]]:
    result = CliRunner().invoke(app, ["extract", str(path), "-f", "jsonl", "-q"])
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return rows, result.stderr.splitlines()[:-1]  # the last line counts the failures


def test_cli_rejects_exactly_the_bad_lines(corpus: Path) -> None:
    rows, messages = _cli(corpus)
    assert messages == _expected_messages(corpus)
    assert [row["doc"] for row in rows] == ["good", "0", "1"]


def test_extract_record_agrees_with_the_cli(corpus: Path) -> None:
    rows, _ = _cli(corpus)
    kept: list[dict[str, object]] = []
    for line, reason in LINES:
        try:
            record = json.loads(line)
        except ValueError:
            continue  # extract_record takes parsed records
        if not isinstance(record, dict):
            continue
        if reason is None:
            kept.extend(extract_record(record))
        else:
            with pytest.raises(
                ValueError, match="^" + reason.replace("(", r"\(").replace(")", r"\)")
            ):
                extract_record(record)
    assert kept == rows


def test_dask_agrees_with_the_cli(corpus: Path, tmp_path: Path, capsys: Any) -> None:
    import dask  # in the test extra: CI never skips this

    from aidclaims.io.dask_recipe import bad_lines, claims_bag, main, parse_line

    rows, messages = _cli(corpus)
    with dask.config.set(scheduler="sync"):
        dask_rows = list(claims_bag(str(corpus)).compute())
        dask_messages = list(bad_lines(str(corpus)).compute())
    assert dask_rows == rows
    assert ["aidclaims: " + message for message in dask_messages] == messages
    assert [parse_line(line) if reason else None for line, reason in LINES] == [
        reason for _, reason in LINES
    ]
    assert main([str(corpus), str(tmp_path / "out"), "--scheduler", "sync"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[: len(messages)] == messages
    assert err[-1] == f"{len(messages) - 1} bad lines skipped"
