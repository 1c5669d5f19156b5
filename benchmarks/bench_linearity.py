"""Linear on every input: ``extract()`` on adversarial inputs at 1x, 10x and 100x their size.

Every case of issue 10 is here (one sentence listing many figures, ``"$1-"`` repeated, real
text without sentence ends, a run of full stops after a figure, dense figures, short lines,
text without spaces, a 20 MB document), with ordinary aid prose as the reference, plus the
older adversarial inputs (digit runs, ``$$$$``, nested quotes, ``Mr. Mr.`` ...).

For each case and size it prints the CPU time of one ``extract(text, include_non_aid=True)``
(the best of repeated runs for small inputs), the cost per unit (per figure, or per kB) at
10x and 100x as a ratio of the cost at 1x (linear: about 1; the goal is at most 1.5), the
cost per byte of the largest size against ordinary prose (the goal is at most 3), the peak
RSS of the run and the number of claims. Each run is a forked process (of a parent that has
compiled every pattern, which compile on first use), stopped after
``--max-seconds`` (and as soon as it is 100x slower than the size before it, which already
proves it superlinear). Every claim's span is checked (``text[start:end] == amount_text``).
Real text is read at run time from the dev corpus (or the seeds); none is copied here.

Exit status 1 when a case is superlinear, crashed, timed out or broke a span.

Run:  python benchmarks/bench_linearity.py [--case NAME]... [--max-seconds 60] [--issue]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import multiprocessing
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Final

import regex

from aidclaims.pipeline import extract
from aidclaims.text.lazy import warm

SCALES: Final = (1, 10, 100)
LINEAR: Final = 1.5  # cost per unit at 10x and 100x within 1.5x of the cost at 1x
PROSE_FACTOR: Final = 3.0  # no input costs more than 3x ordinary prose per byte
_MIN_TIMING: Final = 0.2  # seconds: small inputs are repeated until timed this long
_KILL_RATIO: Final = 100.0  # a run 100x slower (wall) than the size before it is stopped
DEV_CORPUS: Final = Path("/work/shared/corpus/dev/corpus.jsonl")
SEEDS: Final = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True, slots=True)
class Case:
    """An input that grows with ``n`` units; ``base`` units at 1x."""

    make: Callable[[int], str]
    base: int
    unit: str  # "figure" (cost per figure) or "kB" (cost per 1,000 characters)
    issue: bool = True  # listed in issue 10
    limit_s: float | None = None  # an absolute goal for the 100x run (issue 10)


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


@cache
def _real_text() -> str:
    """Real articles (the dev corpus if present, else the seeds), paragraphs interleaved.

    The paragraphs are taken with a stride coprime to their number, so that any stretch
    (the 10 kB of a 1x run) mixes articles as the whole does: the first articles alone are
    not the corpus (the dev corpus's first 10 kB cost 30% less per byte than all of it).
    """
    if DEV_CORPUS.exists():
        with DEV_CORPUS.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines if line.strip()]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    n = len(paragraphs)
    stride = max(1, int(n * 0.618))
    while math.gcd(stride, n) != 1:
        stride += 1
    return "\n\n".join(paragraphs[i * stride % n] for i in range(n))


def _real(size: int) -> str:
    return _fill(_real_text() + "\n\n", size)


_SENTENCE_END_RE: Final = regex.compile(r"[.!?…]+(?=[\s\"”’')\]]|$)|[\n\r]+")


def _real_without_ends(size: int) -> str:
    """Real text with every sentence end removed: full stops before a space, line breaks."""
    flat = _SENTENCE_END_RE.sub(lambda m: " " if m.group().isspace() else "", _real_text())
    return _fill(flat + " ", size)


def _sentence_of_figures(n: int) -> str:
    """One sentence listing ``n`` money figures, no full stop until the end."""
    marks = ("$", "€", "£", "US$", "NOK ")
    parts = [f"{marks[i % len(marks)]}{i % 997 + 1} million" for i in range(1, n + 1)]
    return "Donors pledged " + ", ".join(parts) + " in aid to Ukraine, the minister said."


def _names(size: int) -> str:
    """Capitalised name-like words with no sentence end: "Anna Berg Carlo Dahl ..."."""
    first = ("Anna", "Carlo", "Erik", "Ingrid", "Kofi", "Mei", "Olga", "Rafael", "Sven")
    last = ("Berg", "Dahl", "Fischer", "Haddad", "Jensen", "Lindqvist", "Mbeki", "Novak")
    words = " ".join(f"{f} {s}" for f, s in itertools.product(first, last))
    return _fill(words + " ", size)


def _nested_quotes(size: int) -> str:
    core = " Norway pledged $5 million in aid, she said. "
    depth = (size - len(core)) // 2
    return "“" * depth + core + "”" * (size - depth - len(core))


def _kb(unit: str, base: int = 1_000, limit_s: float | None = None) -> Case:
    return Case(lambda n: _fill(unit, n), base, "kB", limit_s=limit_s)


def _other(make: Callable[[int], str]) -> Case:
    return Case(make, 10_000, "kB", issue=False)


#: Inputs by name. The first is the reference every other is compared with per byte.
CASES: Final[dict[str, Case]] = {
    "ordinary prose": Case(_real, 10_000, "kB"),
    # issue 10
    "one sentence, N figures": Case(_sentence_of_figures, 100, "figure"),
    "$1- repeated": Case(lambda n: "$1-" * n, 300, "figure", limit_s=3.0),
    "no sentence ends": Case(_real_without_ends, 10_000, "kB", limit_s=5.0),
    "stops after a figure": Case(lambda n: "$5 million" + "." * n, 1_000, "kB"),
    "$1.$1.": _kb("$1."),
    "from $1 to $2 billion": _kb("from $1 to $2 billion "),
    "open quotes": _kb('"Norway pledged $5 million, '),
    "€21 billion (£18.2": _kb("€21 billion (£18.2 billion "),
    "short lines": Case(lambda n: "$5 million\n" * n, 1_000, "figure"),
    "no spaces": _kb("Donors$5bn€2,000m.pledgedUS$3-4billion;", 10_000),
    "20 MB document": Case(_real, 200_000, "kB", limit_s=60.0),
    # older adversarial inputs
    "digits": _other(lambda n: _fill("1234567890", n)),
    "dollar signs": _other(lambda n: _fill("$", n)),
    "billion billion": _other(lambda n: _fill("billion ", n)),
    "letters only": _other(lambda n: _fill("x", n)),
    "nested quotes": _other(_nested_quotes),
    "1,1,1,": _other(lambda n: _fill("1,", n)),
    "$1 to $2 to": _other(lambda n: _fill("$1 to $2 to ", n)),
    "Mr. Mr. Mr.": _other(lambda n: _fill("Mr. ", n)),
    "U.S. U.S.": _other(lambda n: _fill("U.S. ", n)),
    "capitalised names": _other(_names),
    "said said": _other(lambda n: _fill("Mr. Berg said ", n)),
    "according to": _other(lambda n: _fill("according to ", n)),
}


@dataclass(frozen=True, slots=True)
class Timing:
    """One timed run: CPU seconds (None if stopped or crashed), claims, bad spans, RSS."""

    seconds: float | None
    claims: int = 0
    bad_spans: int = 0
    rss_mb: float = 0.0
    crash: str | None = None


def _vm_hwm_mb() -> float:
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _child(conn: Connection, text: str, repeat_until: float) -> None:
    try:
        best, spent = float("inf"), 0.0
        while True:
            started = time.process_time()
            claims = extract(text, include_non_aid=True)
            elapsed = time.process_time() - started
            best, spent = min(best, elapsed), spent + elapsed
            if spent >= repeat_until:
                break
        bad = sum(1 for c in claims if text[c.start : c.end] != c.amount_text)
        conn.send(Timing(best, len(claims), bad, _vm_hwm_mb()))
    except Exception as error:  # a crash is a finding, reported by the parent
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        conn.send(Timing(None, crash=f"{type(error).__name__}: {error} ({where})"))
    finally:
        conn.close()


def timed_run(text: str, repeat_until: float, timeout: float) -> Timing:
    """Time ``extract(text)`` in a forked process, killed after ``timeout`` wall seconds."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, text, repeat_until))
    process.start()
    send.close()
    result = receive.recv() if receive.poll(timeout) else None
    if result is None:
        process.kill()
    process.join()
    return result if isinstance(result, Timing) else Timing(None)


@dataclass(frozen=True, slots=True)
class Row:
    """What one case measured."""

    name: str
    sizes: list[int]  # characters
    units: list[int]
    timings: list[Timing]
    notes: list[str]

    def cost(self, i: int) -> float | None:
        """CPU seconds per unit at size ``i``."""
        t = self.timings[i].seconds if i < len(self.timings) else None
        return None if t is None else t / self.units[i]


def run_case(name: str, case: Case, max_seconds: float) -> Row:
    """Time one case at every scale, stopping at the first failure."""
    row = Row(name, [], [], [], [])
    for scale in SCALES:
        n = case.base * scale
        text = case.make(n)
        previous = row.timings[-1].seconds if row.timings else None
        timeout = (
            max_seconds if previous is None else min(max_seconds, max(5.0, previous * _KILL_RATIO))
        )
        timing = timed_run(text, _MIN_TIMING if scale < 100 else 0.0, timeout)
        row.sizes.append(len(text))
        row.units.append(n if case.unit == "figure" else max(1, len(text)) / 1000)
        row.timings.append(timing)
        if timing.crash is not None:
            row.notes.append(f"CRASH at {scale}x: {timing.crash}")
            break
        if timing.seconds is None:
            row.notes.append(f"stopped at {scale}x after {timeout:.0f} s wall")
            if previous is not None and timeout / previous / 10 > LINEAR:
                row.notes.append("so superlinear")
            break
        if timing.bad_spans:
            row.notes.append(f"{timing.bad_spans} bad spans at {scale}x")
        if scale == 100 and case.limit_s is not None and timing.seconds > case.limit_s:
            row.notes.append(f"100x over its {case.limit_s:g} s goal")
    return row


def _fmt(value: float | None, spec: str) -> str:
    width = len(format(1.0, spec))
    return "-".rjust(width) if value is None else format(value, spec)


def report(rows: list[Row]) -> int:
    """Print the table; return the number of cases with a finding."""
    prose = rows[0] if rows and rows[0].name == "ordinary prose" else None
    prose_per_kb = prose.cost(1) if prose is not None else None  # at 100 kB
    header = (
        f"{'case':<24} {'unit':>6} {'1x s':>8} {'10x s':>8} {'100x s':>8} {'100x size':>10} "
        f"{'10x/1x':>7} {'100x/1x':>7} {'x prose':>7} {'RSS MB':>7} {'claims':>7}  verdict"
    )
    print(header)
    print("-" * len(header))
    findings = 0
    for row in rows:
        case = CASES[row.name]
        t = [row.timings[i].seconds if i < len(row.timings) else None for i in range(3)]
        base = row.cost(0)
        r10 = None if base is None or row.cost(1) is None else row.cost(1) / base  # type: ignore[operator]
        r100 = None if base is None or row.cost(2) is None else row.cost(2) / base  # type: ignore[operator]
        last = max((i for i in range(len(row.timings)) if t[i] is not None), default=None)
        vs_prose = None
        if last is not None and prose_per_kb and t[last] is not None:
            vs_prose = t[last] / (row.sizes[last] / 1000) / prose_per_kb  # type: ignore[operator]
        superlinear = any(r is not None and r > LINEAR for r in (r10, r100))
        superlinear = superlinear or "so superlinear" in row.notes
        costly = vs_prose is not None and vs_prose > PROSE_FACTOR
        verdict = "SUPERLINEAR" if superlinear else "linear"
        if costly:
            verdict += f", >{PROSE_FACTOR:g}x prose"
        if row.notes:
            verdict += " (" + "; ".join(row.notes) + ")"
        if superlinear or costly or row.notes:
            findings += 1
        size = row.sizes[-1] if row.sizes else 0
        rss = row.timings[last].rss_mb if last is not None else None
        claims = row.timings[last].claims if last is not None else 0
        print(
            f"{row.name:<24} {case.unit:>6} {_fmt(t[0], '8.4f')} {_fmt(t[1], '8.3f')} "
            f"{_fmt(t[2], '8.2f')} {size:>10,} {_fmt(r10, '7.2f')} {_fmt(r100, '7.2f')} "
            f"{_fmt(vs_prose, '7.2f')} {_fmt(rss, '7.0f')} {claims:>7}  {verdict}"
        )
    return findings


def _warm_up() -> None:
    """Compile every pattern before forking: each run times matching, not compiling.

    Patterns compile on first use (issue 10); a forked run would otherwise pay for them in
    its first (for large inputs, only) extraction and look slower at 10x than at 1x.
    """
    extract(_real(20_000), include_non_aid=True)
    warm()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--max-seconds", type=float, default=60.0, help="stop any one run after this long"
    )
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="only this case")
    parser.add_argument("--issue", action="store_true", help="only the cases of issue 10")
    args = parser.parse_args(argv)
    names = args.case or [n for n, c in CASES.items() if c.issue or not args.issue]
    if "ordinary prose" not in names:
        names = ["ordinary prose", *names]
    print(
        f"extract() CPU seconds at 1x / 10x / 100x; cost per unit at 10x and 100x over 1x "
        f"(goal <= {LINEAR:g}); largest size per byte over ordinary prose at 100 kB (goal "
        f"<= {PROSE_FACTOR:g}); runs stopped after {args.max_seconds:g} s. "
        f"load average {os.getloadavg()[0]:.2f}\n"
    )
    _warm_up()
    rows: list[Row] = []
    for name in names:
        print(f"... {name}", file=sys.stderr, flush=True)
        rows.append(run_case(name, CASES[name], args.max_seconds))
    findings = report(rows)
    print(f"\n{findings} finding(s)" if findings else "\nall cases linear, all spans exact")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
