"""Measuring subprocesses: wall time, CPU time (with children) and peak RSS, on Linux.

Peak RSS is the largest VmHWM (``/proc/<pid>/status``) of the process and its descendants,
sampled while they run. ``ru_maxrss`` from ``wait4`` would not do: on Linux a child
inherits the high-water mark of the process that started it, so it would report the size
of the benchmark script itself.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Child:
    """One finished subprocess."""

    wall: float  # seconds, start to exit
    cpu: float  # user + system seconds of it and its children
    rss_mb: float  # peak VmHWM of it or its biggest descendant
    stdout: bytes  # empty when sent to a file


def vm_hwm_mb(pid: int) -> float:
    """Peak resident set (VmHWM) of a live process in MB; 0 once it has gone."""
    try:
        with Path(f"/proc/{pid}/status").open() as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _descendants(pid: int) -> list[int]:
    """Live child processes of ``pid``, recursively (Linux /proc)."""
    out: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return out
    for task in tasks:
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            out += [child, *_descendants(child)]
    return out


def run_child(argv: list[str], stdout: Path | None = None, *, sample_rss: bool = True) -> Child:
    """Run ``argv`` (in :func:`installed_env`) to its end; exit with its stderr if it fails."""
    peak = 0.0
    done = threading.Event()

    def sample(pid: int) -> None:
        nonlocal peak
        interval = 0.01
        while not done.is_set():
            for p in (pid, *_descendants(pid)):
                peak = max(peak, vm_hwm_mb(p))
            done.wait(interval)
            interval = min(0.2, interval * 1.5)

    with tempfile.TemporaryFile() as captured, tempfile.TemporaryFile() as errors:
        sink = stdout.open("wb") if stdout is not None else captured
        try:
            started = time.perf_counter()
            process = subprocess.Popen(argv, stdout=sink, stderr=errors, env=installed_env())
            sampler = threading.Thread(target=sample, args=(process.pid,), daemon=True)
            if sample_rss:
                sampler.start()
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            done.set()
            if sample_rss:
                sampler.join()
        finally:
            if stdout is not None:
                sink.close()
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")
            raise SystemExit(f"failed ({process.returncode}): {' '.join(argv)}\n{message}")
        captured.seek(0)
        return Child(wall, usage.ru_utime + usage.ru_stime, peak, captured.read())


def installed_env() -> dict[str, str]:
    """This environment, with bytecode files written and read as after ``pip install``.

    A shell with ``PYTHONDONTWRITEBYTECODE=1`` (as on the machine these figures were taken
    on) makes every run compile the package's ~60 modules from source: ~140 ms more per
    start. The first run writes them; the start-up rows time the runs after a warm-up.
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_start(argv: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``argv`` over ``runs`` runs, after a warm-up."""
    walls: list[float] = []
    cpus: list[float] = []
    for i in range(runs + 1):
        child = run_child(argv, Path(os.devnull), sample_rss=False)
        if i:
            walls.append(child.wall)
            cpus.append(child.cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def aidclaims_command() -> list[str]:
    """The installed console script beside this interpreter (not a pyenv shim), else -m."""
    beside = Path(sys.executable).with_name("aidclaims")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("aidclaims")
    return [found] if found else [sys.executable, "-m", "aidclaims"]


def count_lines(path: Path) -> int:
    """Lines of a file, read in 1 MB chunks."""
    with path.open("rb") as stream:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
