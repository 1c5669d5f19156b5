"""Ctrl-C at any moment prints one line and exits 130, with no traceback and no temporary file.

SIGINT is sent to a real process at several moments: during start-up (0.05 s, 0.3 s, 1 s
after the start, while Python imports typer, pydantic and the patterns compile) and in the
middle of the run (once the temporary file beside ``-o`` exists: the run's "started"
signal, rather than a fixed sleep that fails under load). The child starts with SIGINT
blocked, and the command unblocks it as its first act: a signal sent before the
interpreter reaches our code is delivered at that point, so each delay tests our handling
rather than the interpreter's start-up. The child is always killed in a ``finally``.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from ._console import console_script

ARTICLE = "Canada pledged C$5 million in aid to Haiti, Minister Ana Lopez said. " * 40


def _block_sigint() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _started(folder: Path) -> bool:
    return any(".aidclaims-tmp-" in path.name for path in folder.iterdir())


@pytest.mark.parametrize("moment", ["0.05", "0.3", "1", "mid-run"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_is_one_line(tmp_path: Path, jobs: str, moment: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text((json.dumps({"text": ARTICLE}) + "\n") * 20000, encoding="utf-8")
    out = tmp_path / "out" / "o.jsonl"
    out.parent.mkdir()
    args = [console_script(), "extract", str(corpus), "-f", "jsonl", "-q", "-j", jobs]
    proc = subprocess.Popen(
        [*args, "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_block_sigint,  # POSIX test: no threads in this child yet
    )
    try:
        if moment == "mid-run":
            deadline = time.monotonic() + 60
            while not _started(out.parent):
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "the run never started writing"
                time.sleep(0.02)
        else:
            time.sleep(float(moment))
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, err
    assert err.splitlines() == ["aidclaims: interrupted"]
    assert list(out.parent.iterdir()) == []
