"""Ctrl-C at any moment prints one line and exits 130, with no traceback and no temporary file.

SIGINT is sent to a real process at several moments: during start-up (0.05 s, 0.3 s, 1 s
after the start, while Python imports typer, pydantic and the patterns compile) and in the
middle of the run. "Mid-run" waits for the run's own "started" signal, the temporary file
beside ``-o`` holding claims already, rather than a fixed sleep that fails under load. The
child starts with SIGINT blocked, and the command unblocks it as its first act: a signal
sent before the interpreter reaches our code is delivered at that point, so each delay
tests our handling rather than the interpreter's start-up.

The signal goes to the child's whole process group, as Ctrl-C in a terminal does (with
``--jobs 2`` the workers get it too), or to the main process alone, as ``kill -INT`` does.
The group is always killed in a ``finally``: a failed test never leaves a worker behind.

``kill -9`` cannot be caught: the temporary file stays, named so users recognise it
(``.o.jsonl.aidclaims-tmp-PID``), and the next run into the same folder removes it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest

from ._console import console_script

ARTICLE: Final = "Canada pledged C$5 million in aid to Haiti, Minister Ana Lopez said. " * 40

#: Seconds a real process gets to start writing, or to end after a signal, on a loaded machine.
PATIENCE: Final = 120


def _block_sigint() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _corpus(folder: Path) -> Path:
    corpus = folder / "corpus.jsonl"
    corpus.write_text((json.dumps({"text": ARTICLE}) + "\n") * 5000, encoding="utf-8")
    return corpus


def _temp_files(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if ".aidclaims-tmp-" in path.name]


def _writing(folder: Path) -> bool:
    """The run's "started" signal: its temporary file holds claims already."""
    with contextlib.suppress(FileNotFoundError):  # renamed into place meanwhile
        return any(path.stat().st_size > 0 for path in _temp_files(folder))
    return False


@contextlib.contextmanager
def _run(corpus: Path, out: Path, jobs: str) -> Iterator[subprocess.Popen[str]]:
    """``aidclaims extract corpus -o out`` in its own process group, killed at the end."""
    args = [console_script(), "extract", str(corpus), "-f", "jsonl", "-q", "-j", jobs]
    proc = subprocess.Popen(
        [*args, "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_block_sigint,  # POSIX test: no threads in this child yet
        start_new_session=True,  # its own group: a terminal's Ctrl-C reaches every member
    )
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the workers too, whatever happened
        proc.communicate()


def _wait_until_writing(proc: subprocess.Popen[str], folder: Path) -> None:
    deadline = time.monotonic() + PATIENCE
    while not _writing(folder):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never started writing"
        time.sleep(0.02)


@pytest.mark.parametrize("moment", ["0.05", "0.3", "1", "mid-run"])
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("target", ["group", "process"])
def test_ctrl_c_is_one_line(tmp_path: Path, jobs: str, moment: str, target: str) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out" / "o.jsonl"
    out.parent.mkdir()
    with _run(corpus, out, jobs) as proc:
        if moment == "mid-run":
            _wait_until_writing(proc, out.parent)
        else:
            time.sleep(float(moment))
        if target == "group":
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=PATIENCE)
    assert proc.returncode == 130, err
    assert err.splitlines() == ["aidclaims: interrupted"]
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_leaves_a_named_file_that_the_next_run_removes(tmp_path: Path, jobs: str) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out" / "o.jsonl"
    out.parent.mkdir()
    with _run(corpus, out, jobs) as proc:
        _wait_until_writing(proc, out.parent)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=PATIENCE)
    assert proc.returncode == -signal.SIGKILL
    assert [path.name for path in out.parent.iterdir()] == [f".o.jsonl.aidclaims-tmp-{proc.pid}"]

    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"id": "a", "text": ARTICLE[:70]}) + "\n", encoding="utf-8")
    done = subprocess.run(
        [console_script(), "extract", str(small), "-q", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=PATIENCE,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert [path.name for path in out.parent.iterdir()] == ["o.jsonl"]
    assert json.loads(out.read_text(encoding="utf-8"))["doc"] == "a"
