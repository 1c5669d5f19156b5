"""No regex blow-ups: time ``extract()`` on adversarial inputs at 1x, 10x and 100x of 10 kB.

Linear code takes about 10 times longer at 10 times the size. A ratio above 20 is flagged
SUPERLINEAR. Each run is a forked process, stopped as soon as it has run 21 times longer
than the size before it (which proves the ratio is over 20), or after ``--max-seconds``;
a crash is reported, not raised. Every claim's span is also checked
(``text[start:end] == amount_text``). Exit status 1 when anything was found.

Run:  python benchmarks/bench_linearity.py [--base 10000] [--max-seconds 60] [--case NAME]
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Final

from aidclaims.pipeline import extract

SUPERLINEAR: Final = 20.0  # a 10x size step that costs more than this is flagged
SCALES: Final = (1, 10, 100)
_MIN_TIMING: Final = 0.2  # seconds: small inputs are repeated until timed this long


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _names(size: int) -> str:
    """Capitalised name-like words with no sentence end: "Anna Berg Carlo Dahl ..."."""
    first = ("Anna", "Carlo", "Erik", "Ingrid", "Kofi", "Mei", "Olga", "Rafael", "Sven")
    last = ("Berg", "Dahl", "Fischer", "Haddad", "Jensen", "Lindqvist", "Mbeki", "Novak")
    words = (f"{f} {s}" for f, s in itertools.product(first, last))
    parts: list[str] = []
    total = 0
    for word in itertools.cycle(words):
        parts.append(word)
        total += len(word) + 1
        if total >= size:
            break
    return " ".join(parts)[:size]


def _many_figures(size: int) -> str:
    """One sentence listing many money figures, no full stop until the end."""
    marks = ("$", "€", "£", "US$", "NOK ")
    parts = ["Donors pledged"]
    total = len(parts[0])
    for i in itertools.count(1):
        part = f"{marks[i % len(marks)]}{i % 997 + 1} million"
        parts.append(part)
        total += len(part) + 2
        if total >= size - 40:
            break
    return (", ".join(parts) + " in aid to Ukraine, the minister said")[:size]


def _nested_quotes(size: int) -> str:
    core = " Norway pledged $5 million in aid, she said. "
    depth = (size - len(core)) // 2
    return "“" * depth + core + "”" * (size - depth - len(core))


#: Adversarial inputs by name: a function of the size in characters.
CASES: Final[dict[str, Callable[[int], str]]] = {
    "digits": lambda n: _fill("1234567890", n),
    "dollar signs": lambda n: _fill("$", n),
    "billion billion": lambda n: _fill("billion ", n),
    "no spaces": lambda n: _fill("Donors$5bn€2,000m.pledgedUS$3-4billion;", n),
    "letters only": lambda n: _fill("x", n),
    "nested quotes": _nested_quotes,
    "1,1,1,": lambda n: _fill("1,", n),
    "1.1.1.": lambda n: _fill("1.", n),
    "$1-$1-$1-": lambda n: _fill("$1-", n),
    "$1 to $2 to": lambda n: _fill("$1 to $2 to ", n),
    "Mr. Mr. Mr.": lambda n: _fill("Mr. ", n),
    "U.S. U.S.": lambda n: _fill("U.S. ", n),
    "capitalised names": _names,
    "said said": lambda n: _fill("Mr. Berg said ", n),
    "according to": lambda n: _fill("according to ", n),
    "many figures": _many_figures,
    "newlines": lambda n: _fill("$5 million\n", n),
    "1 MB sentence": lambda n: _fill(
        "the ministry said aid would reach the region and donors pledged $5 million to Sudan "
        "while officials in Oslo said more would follow ",
        n,
    ),
}


def _time(text: str, repeat_until: float) -> tuple[float, int, int]:
    """Best time of ``extract(text)``, the number of claims, and the number of bad spans."""
    best = float("inf")
    spent = 0.0
    while True:
        started = time.perf_counter()
        claims = extract(text, include_non_aid=True)
        elapsed = time.perf_counter() - started
        best = min(best, elapsed)
        spent += elapsed
        if spent >= repeat_until:
            break
    bad = sum(1 for c in claims if text[c.start : c.end] != c.amount_text)
    return best, len(claims), bad


@dataclass(frozen=True, slots=True)
class Timing:
    """One timed run: seconds (None if it timed out or crashed), claims, bad spans, crash."""

    seconds: float | None
    claims: int = 0
    bad_spans: int = 0
    crash: str | None = None


def _child(conn: Connection, text: str, repeat_until: float) -> None:
    try:
        conn.send(Timing(*_time(text, repeat_until)))
    except Exception as error:  # a crash is a finding, reported by the parent
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        conn.send(Timing(None, crash=f"{type(error).__name__}: {error} ({where})"))
    finally:
        conn.close()


def timed_run(text: str, repeat_until: float, timeout: float) -> Timing:
    """Time ``extract(text)`` in a forked process, killed after ``timeout`` seconds."""
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


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or a <= 0 else b / a


def _cell(value: float | None, fmt: str) -> str:
    width = len(format(0.0, fmt))
    return "-".rjust(width) if value is None else format(value, fmt)


def run(base: int, max_seconds: float, names: list[str]) -> int:
    """Time every case; return the number of SUPERLINEAR, crash or span-mismatch findings."""
    print(f"extract() on adversarial inputs of {base:,} characters x 1 / 10 / 100")
    print(
        f"(best of repeated runs below 100x; ratio > {SUPERLINEAR:g} = SUPERLINEAR; "
        f"a run is stopped once it proves the ratio > {SUPERLINEAR:g}, "
        f"or after {max_seconds:g} s)\n"
    )
    header = (
        f"{'case':<18} {'1x s':>9} {'10x s':>9} {'100x s':>9} "
        f"{'10x/1x':>7} {'100x/10x':>8} {'claims':>7}  verdict"
    )
    print(header)
    print("-" * len(header))
    findings = 0
    for name in names:
        make = CASES[name]
        times: list[float | None] = []
        ratios: list[str] = []
        notes: list[str] = []
        claims = 0
        superlinear = False
        for scale in SCALES:
            previous = times[-1] if times else None
            if times and previous is None:
                break  # the smaller size already failed
            # long enough to see a ratio of SUPERLINEAR, never longer than max_seconds
            timeout = (
                max_seconds
                if previous is None
                else min(max_seconds, max(5.0, previous * SUPERLINEAR * 1.05))
            )
            run_ = timed_run(make(base * scale), _MIN_TIMING if scale < 100 else 0.0, timeout)
            times.append(run_.seconds)
            if run_.crash is not None:
                notes.append(f"CRASH at {scale}x: {run_.crash}")
                break
            if run_.seconds is None:
                assert previous is not None or scale == 1
                bound = timeout / previous if previous else None
                if bound is not None and bound > SUPERLINEAR:
                    superlinear = True
                    ratios.append(f">{bound:.0f}")
                    notes.append(f"{scale}x stopped after {timeout:.0f} s")
                else:
                    notes.append(f"TIMEOUT at {scale}x after {timeout:.0f} s")
                break
            claims = run_.claims
            if run_.bad_spans:
                notes.append(
                    f"{run_.bad_spans} claims with text[start:end] != amount_text at {scale}x"
                )
            ratio = _ratio(previous, run_.seconds)
            if ratio is not None:
                ratios.append(f"{ratio:.1f}")
                superlinear = superlinear or ratio > SUPERLINEAR
        times += [None] * (len(SCALES) - len(times))
        ratios += ["-"] * (len(SCALES) - 1 - len(ratios))
        verdict = "SUPERLINEAR" if superlinear else "linear"
        if any("CRASH" in n for n in notes):
            verdict = "CRASH"
        elif any("TIMEOUT" in n for n in notes) and not superlinear:
            verdict = "UNDECIDED"
        if superlinear or notes:
            findings += 1
        if notes:
            verdict += " (" + "; ".join(notes) + ")"
        cells = [_cell(t, "9.4f") if i < 2 else _cell(t, "9.3f") for i, t in enumerate(times)]
        print(f"{name:<18} {' '.join(cells)} {ratios[0]:>7} {ratios[1]:>8} {claims:>7}  {verdict}")
    print(f"\n{findings} finding(s)" if findings else "\nall cases linear, all spans exact")
    return findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=10_000, help="1x size in characters")
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=60.0,
        help="stop any one run after this many seconds",
    )
    parser.add_argument(
        "--case", action="append", choices=sorted(CASES), help="run only this case (repeatable)"
    )
    args = parser.parse_args(argv)
    findings = run(args.base, args.max_seconds, args.case or list(CASES))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
