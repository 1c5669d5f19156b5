"""Speed and scale: extract() and the CLI against a regex floor and quantulum3, in one run.

Builds a deterministic corpus (benchmarks/_corpus.py) as JSONL in a temporary folder, then
measures, each in a fresh subprocess so that peak RSS figures never mix:

- floor: read the JSONL and run one ``regex`` pass for digits over each text;
- ``extract()`` in-process over the same documents (reading included, as for the floor);
- the CLI end to end, ``aidclaims extract corpus.jsonl --format jsonl -q --jobs 1`` and
  ``--jobs 2`` (start-up and writing included; output to a file, checked identical);
- quantulum3 ``parser.parse`` on a sample of the first documents (documents/s from the sample);
- streaming memory: the CLI (``--jobs 2``) over a bigger corpus against the same over the
  base corpus;
- start-up: median wall time of ``python -c pass``, ``aidclaims --help`` and
  ``aidclaims extract --help``.

Peak RSS is the largest VmHWM (Linux /proc) of the subprocess and its children, sampled
while they run: for ``--jobs 2``, the biggest of the parent and the two workers.

Run:  python benchmarks/bench_speed.py [--docs 10000] [--quick] [--big N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from _corpus import DEFAULT_SEED, CorpusStats, iter_documents, write_corpus

# --- targets (from the "Speed and scale" issue) -----------------------------------------------

QUANTULUM_SPEEDUP: Final = 200.0  # extract docs/s >= 200 x quantulum3 docs/s
FLOOR_GAP: Final = 25.0  # floor docs/s / extract docs/s <= 25
CLI_OVERHEAD: Final = 1.5  # extract docs/s / CLI --jobs 1 docs/s <= 1.5
JOBS2_SPEEDUP: Final = 1.7  # CLI --jobs 2 docs/s / --jobs 1 docs/s >= 1.7
RSS_GROWTH: Final = 1.2  # peak RSS big corpus / base corpus <= 1.2
HELP_MS: Final = 120.0  # median wall time of the help commands

BIG_DOCS: Final = 100_000
STARTUP_RUNS: Final = 10
PROFILE_DOCS: Final = 1_000

# --- subprocess measurements -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """One measured subprocess."""

    seconds: float  # wall time of the work (in-process timer, or the whole CLI run)
    cpu: float  # CPU seconds of the whole subprocess and its children (start-up included)
    rss_mb: float  # peak RSS (VmHWM) of the subprocess or its biggest child
    docs: int
    claims: int


def _vm_hwm_mb(pid: int) -> float:
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


def _run_child(argv: list[str], stdout: Path | None = None) -> tuple[float, float, float, bytes]:
    """Run ``argv``; return wall time, CPU time (with children), peak RSS in MB and stdout.

    Stdout is returned empty when it was sent to the file ``stdout``.

    Peak RSS is the largest VmHWM of the process and its descendants, sampled while they
    run. (``ru_maxrss`` from ``wait4`` would not do: on Linux a child inherits the high-water
    mark of the process that started it, so it would report this script's own size.)
    """
    peak = 0.0
    done = threading.Event()

    def sample(pid: int) -> None:
        nonlocal peak
        interval = 0.01
        while not done.is_set():
            for p in (pid, *_descendants(pid)):
                peak = max(peak, _vm_hwm_mb(p))
            done.wait(interval)
            interval = min(0.2, interval * 1.5)

    with tempfile.TemporaryFile() as captured, tempfile.TemporaryFile() as errors:
        sink = stdout.open("wb") if stdout is not None else captured
        try:
            started = time.perf_counter()
            process = subprocess.Popen(argv, stdout=sink, stderr=errors)
            sampler = threading.Thread(target=sample, args=(process.pid,), daemon=True)
            sampler.start()
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            done.set()
            sampler.join()
        finally:
            if stdout is not None:
                sink.close()
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")
            raise SystemExit(f"failed ({process.returncode}): {' '.join(argv)}\n{message}")
        captured.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return wall, cpu, peak, captured.read()


def measure_in_child(kind: str, corpus: Path, limit: int | None = None) -> Run:
    """Run ``--measure kind`` (floor, extract, quantulum) in a fresh interpreter."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, str(corpus)]
    if limit is not None:
        argv += ["--limit", str(limit)]
    _, cpu, rss, out = _run_child(argv)
    result = json.loads(out)
    rss = max(rss, result["rss_mb"])
    return Run(result["seconds"], cpu, rss, result["docs"], result["claims"])


def measure_cli(exe: list[str], corpus: Path, jobs: int, output: Path | None) -> Run:
    """Time the CLI end to end; its JSONL goes to ``output`` (or /dev/null)."""
    argv = [*exe, "extract", str(corpus), "--format", "jsonl", "-q", "--jobs", str(jobs)]
    wall, cpu, rss, _ = _run_child(argv, stdout=output or Path(os.devnull))
    claims = _count_lines(output) if output is not None else -1
    return Run(wall, cpu, rss, _count_lines(corpus), claims)


def _digest(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _count_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))


def median_wall_ms(argv: list[str], runs: int = STARTUP_RUNS) -> float:
    """Median wall time of ``argv`` over ``runs`` runs, after one untimed warm-up run."""
    times: list[float] = []
    for i in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if i:
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def aidclaims_command() -> list[str]:
    """The installed console script beside this interpreter (not a pyenv shim), else -m."""
    beside = Path(sys.executable).with_name("aidclaims")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("aidclaims")
    return [found] if found else [sys.executable, "-m", "aidclaims"]


# --- the child side: --measure --------------------------------------------------------------


def _worker(kind: str) -> Callable[[dict[str, str]], int]:
    """The per-document work of a measurement, imported and warmed up before timing."""
    if kind == "floor":
        import regex

        digits = regex.compile(r"\d+")
        return lambda record: len(digits.findall(record["text"]))
    if kind == "extract":
        from aidclaims.pipeline import extract

        extract("Japan pledged $5 million in aid to Fiji.")
        return lambda record: len(
            extract(
                record["text"],
                doc=record["id"],
                published=date.fromisoformat(record["published"]),
            )
        )
    if kind == "quantulum":
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed"
        from quantulum3 import parser  # type: ignore[import-untyped]

        parser.parse("Japan pledged $5 million in aid to Fiji.")
        return lambda record: len(parser.parse(record["text"]))
    raise SystemExit(f"unknown measurement {kind!r}")


def child_measure(kind: str, corpus: Path, limit: int | None) -> None:
    """Stream the corpus through one kind of work; print docs, claims and seconds as JSON."""
    work = _worker(kind)
    docs = claims = 0
    started = time.perf_counter()
    with corpus.open(encoding="utf-8") as stream:
        for line in stream:
            if limit is not None and docs >= limit:
                break
            claims += work(json.loads(line))
            docs += 1
    seconds = time.perf_counter() - started
    rss = _vm_hwm_mb(os.getpid())
    print(json.dumps({"docs": docs, "claims": claims, "seconds": seconds, "rss_mb": rss}))


# --- report -----------------------------------------------------------------------------------


def _say(message: str) -> None:
    """Progress on standard error, so that standard output is only the report."""
    print(f"... {message}", file=sys.stderr, flush=True)


def _row(name: str, run: Run, text_bytes: int, note: str = "") -> str:
    rate = run.docs / run.seconds
    mb_s = text_bytes / run.seconds / 1e6
    claims = f"{run.claims:,}" if run.claims >= 0 else "-"
    return (
        f"{name:<34} {run.docs:>8,} {run.seconds:>9.2f} {run.cpu:>7.1f} {rate:>10,.1f} "
        f"{mb_s:>8.2f} {run.rss_mb:>8.1f} {claims:>8}  {note}"
    ).rstrip()


def _starved(run: Run) -> str:
    """A note when an in-process run got clearly less than one core (its CPU s includes
    start-up, so it is above its seconds on a quiet machine)."""
    return "(busy machine: CPU s < seconds)" if run.cpu < 0.9 * run.seconds else ""


def _cores(run: Run) -> str:
    """How many cores a CLI run kept busy: under 1 for --jobs 1 means a busy machine."""
    return f"({run.cpu / run.seconds:.2f} cores busy)"


def _target(name: str, shown: str, ok: bool, goal: str) -> tuple[str, bool]:
    return f"{name:<44} {shown:>10}   {goal:<10} {'MET' if ok else 'MISSED'}", ok


def _sample_bytes(n: int) -> int:
    return sum(len(r["text"].encode("utf-8")) for r in iter_documents(n))


def benchmark(args: argparse.Namespace, workdir: Path, *, keep: bool) -> bool:
    """Run every measurement and print the table; return whether every target was met."""
    total_started = time.perf_counter()
    load_before = os.getloadavg()[0]
    exe = aidclaims_command()
    corpus = workdir / "corpus.jsonl"
    stats = write_corpus(corpus, args.docs)
    mean = stats.text_bytes / stats.docs
    print(
        f"corpus: {stats.docs:,} documents, {stats.text_bytes / 1e6:.1f} MB of text "
        f"(mean {mean:,.0f} bytes), seed {DEFAULT_SEED}; {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, CLI {' '.join(exe)}\n"
    )
    _say("floor")
    floor = measure_in_child("floor", corpus)
    _say("extract()")
    extracted = measure_in_child("extract", corpus)
    out1, out2 = workdir / "jobs1.jsonl", workdir / "jobs2.jsonl"
    _say("CLI --jobs 1")
    cli1 = measure_cli(exe, corpus, 1, out1)
    _say("CLI --jobs 2")
    cli2 = measure_cli(exe, corpus, 2, out2)
    identical = _digest(out1) == _digest(out2)
    if not keep:
        out1.unlink()
        out2.unlink()
    sample = min(args.sample, stats.docs)
    _say(f"quantulum3 on {sample:,} documents")
    quantulum = measure_in_child("quantulum", corpus, sample)
    sample_bytes = _sample_bytes(sample)

    big: Run | None = None
    big_stats: CorpusStats | None = None
    big_note = ""
    if not args.quick:
        rate2 = cli2.docs / cli2.seconds
        wanted = args.big if args.big is not None else BIG_DOCS
        if args.big is None and wanted / rate2 > args.budget:
            wanted = max(3 * stats.docs, int(rate2 * args.budget) // 1000 * 1000)
            big_note = (
                f"{BIG_DOCS:,} documents would take ~{BIG_DOCS / rate2:,.0f} s at the "
                f"measured --jobs 2 rate, over --budget {args.budget:g} s; ran {wanted:,} "
                f"(use --big {BIG_DOCS} for the full figure)"
            )
        big_path = workdir / "big.jsonl"
        big_stats = write_corpus(big_path, wanted)
        _say(f"CLI --jobs 2 on {wanted:,} documents")
        big = measure_cli(exe, big_path, 2, None)
        if not keep:
            big_path.unlink()

    _say("start-up")
    python_ms = median_wall_ms([sys.executable, "-c", "pass"])
    help_ms = median_wall_ms([*exe, "--help"])
    extract_help_ms = median_wall_ms([*exe, "extract", "--help"])

    header = (
        f"{'measurement':<34} {'docs':>8} {'seconds':>9} {'CPU s':>7} {'docs/s':>10} "
        f"{'MB/s':>8} {'RSS MB':>8} {'found':>8}"
    )
    print(header)
    print("-" * len(header))
    print(_row("floor: read + regex \\d+", floor, stats.text_bytes))
    print(_row("extract() in-process", extracted, stats.text_bytes, _starved(extracted)))
    print(_row("CLI --jobs 1", cli1, stats.text_bytes, _cores(cli1)))
    print(_row("CLI --jobs 2", cli2, stats.text_bytes, _cores(cli2)))
    print(
        _row(
            f"quantulum3 parse, first {sample:,}",
            quantulum,
            sample_bytes,
            f"(sample) {_starved(quantulum)}",
        )
    )
    if big is not None and big_stats is not None:
        print(
            _row(f"CLI --jobs 2, {big_stats.docs:,} docs", big, big_stats.text_bytes, _cores(big))
        )
    print(
        f"\nstart-up, median of {STARTUP_RUNS} (ms): python -c pass {python_ms:.0f}, "
        f"aidclaims --help {help_ms:.0f}, aidclaims extract --help {extract_help_ms:.0f}"
    )
    same = "identical" if identical else "DIFFERENT (a bug)"
    print(f"CLI output --jobs 2 vs --jobs 1: {same}; extract() claims {extracted.claims:,}")
    if big_note:
        print(f"note: {big_note}")
    print(
        f"load average (1 min) before the run {load_before:.2f}. Cores busy = CPU s / seconds: "
        "about 1 for --jobs 1 and 2 for --jobs 2 on a quiet machine; less means other work "
        "shared the cores and the --jobs 2 speedup reads low"
    )

    def rate(run: Run) -> float:
        return run.docs / run.seconds

    vs_quantulum = rate(extracted) / rate(quantulum)
    vs_floor = rate(floor) / rate(extracted)
    vs_cli = rate(extracted) / rate(cli1)
    speedup = rate(cli2) / rate(cli1)
    targets = [
        _target(
            "extract / quantulum3 docs/s",
            f"{vs_quantulum:,.1f}x",
            vs_quantulum >= QUANTULUM_SPEEDUP,
            f">= {QUANTULUM_SPEEDUP:g}x",
        ),
        _target(
            "floor / extract docs/s",
            f"{vs_floor:,.1f}x",
            vs_floor <= FLOOR_GAP,
            f"<= {FLOOR_GAP:g}x",
        ),
        _target(
            "extract / CLI --jobs 1 docs/s",
            f"{vs_cli:.2f}x",
            vs_cli <= CLI_OVERHEAD,
            f"<= {CLI_OVERHEAD:g}x",
        ),
        _target(
            "CLI --jobs 2 / --jobs 1 docs/s",
            f"{speedup:.2f}x",
            speedup >= JOBS2_SPEEDUP,
            f">= {JOBS2_SPEEDUP:g}x",
        ),
    ]
    if big is not None and big_stats is not None:
        growth = big.rss_mb / cli2.rss_mb
        targets.append(
            _target(
                f"peak RSS {big_stats.docs:,} / {stats.docs:,} docs (--jobs 2)",
                f"{growth:.2f}",
                growth <= RSS_GROWTH,
                f"<= {RSS_GROWTH:g}",
            )
        )
    for name, ms in (("aidclaims --help", help_ms), ("aidclaims extract --help", extract_help_ms)):
        targets.append(_target(f"{name} (ms)", f"{ms:.0f}", ms <= HELP_MS, f"<= {HELP_MS:g}"))
    print("\ntargets")
    for line, _ in targets:
        print(line)
    met = all(ok for _, ok in targets) and identical
    print(f"\ntotal time {time.perf_counter() - total_started:.0f} s")
    if not met:
        print("a target was missed: `python benchmarks/bench_speed.py --profile` shows where")
    return met


def profile(n: int) -> None:
    """cProfile extract() over ``n`` corpus documents; print the top functions."""
    from aidclaims.pipeline import extract

    records = list(iter_documents(n))
    extract("Japan pledged $5 million in aid to Fiji.")
    profiler = cProfile.Profile()
    profiler.enable()
    for r in records:
        extract(r["text"], doc=r["id"], published=date.fromisoformat(r["published"]))
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs()
    print(f"extract() over {n:,} documents: top 25 by cumulative time")
    stats.sort_stats("cumulative").print_stats(25)
    print("top 15 by own time")
    stats.sort_stats("tottime").print_stats(15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="base corpus size")
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 1,000 documents, no big corpus"
    )
    parser.add_argument(
        "--big",
        type=int,
        default=None,
        help=f"documents in the memory run (default {BIG_DOCS:,}, fewer if over --budget)",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="seconds the default memory run may take before it is cut down",
    )
    parser.add_argument("--sample", type=int, default=200, help="quantulum3 sample size")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="write the corpora and outputs here and keep them",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help=f"only profile extract() over {PROFILE_DOCS:,} documents",
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("corpus", nargs="?", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        child_measure(args.measure, args.corpus, args.limit)
        return 0
    if args.profile:
        profile(PROFILE_DOCS)
        return 0
    if args.quick:
        args.docs = min(args.docs, 1_000)
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        return 0 if benchmark(args, args.workdir, keep=True) else 1
    with tempfile.TemporaryDirectory(prefix="aidclaims-bench-") as tmp:
        return 0 if benchmark(args, Path(tmp), keep=False) else 1


if __name__ == "__main__":
    sys.exit(main())
