"""Ctrl-C prints one line and exits 130, with no traceback (also with worker processes)."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from ._console import console_script

ARTICLE = "Canada pledged C$5 million in aid to Haiti, Minister Ana Lopez said.\n" * 40


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_is_one_line(tmp_path: Path, jobs: str) -> None:
    exe = console_script()
    corpus = tmp_path / "corpus.jsonl"
    line = '{"text": "' + ARTICLE.replace("\n", " ") + '"}\n'
    corpus.write_text(line * 20000, encoding="utf-8")
    proc = subprocess.Popen(
        [
            exe,
            "extract",
            str(corpus),
            "--format",
            "jsonl",
            "-q",
            "-j",
            jobs,
            "-o",
            str(tmp_path / "o.jsonl"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip().splitlines() == ["aidclaims: interrupted"]
    assert not (tmp_path / "o.jsonl").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.jsonl"]
