"""Check the mypyc-compiled build against the pure-Python sources (issue 10).

Usage: ``python benchmarks/check_compiled.py [--wheel WHEEL] [--docs N] [--rounds R]``

Without ``--wheel`` it builds the compiled wheel first (``AIDCLAIMS_COMPILE=1 pip wheel .
--no-deps``; see ``hatch_build.py``). It unpacks the wheel into a temporary folder, then runs
``extract()`` in two child processes, one importing the package from the unpacked wheel and
one from this tree's sources, over:

- the seeds and N documents of the generated benchmark corpus (``_corpus.py``);
- every corpus under ``../shared/corpus`` when that folder is there;
- every string of the test suite that holds a digit (``tests/*.py``): the odd inputs the
  tests were written for reach the rarely taken paths, where a compiled module would raise
  a ``TypeError`` if a value broke its declared type;
- a few dense and hostile texts (the shapes of ``bench_linearity.py``).

Then it runs the test suite against the compiled modules (``--import-mode=importlib``, the
unpacked wheel first on the path), leaving out the tests marked ``sources_only``: those
patch module internals or subclass a pipeline class, which compiled modules do not allow.

Each child writes every record as JSON (``include_non_aid=True``, so the non-aid figures
count too) and the outputs must agree byte for byte. The compiled child must have loaded
its modules from extension modules, not from sources. Both then time ``extract()`` over the
real articles and the generated corpus, R rounds each, and the script prints the docs per
CPU-second of each and their ratio. Exit status 0 when everything agrees.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
HOSTILE = [
    "$1-" * 300,
    "$1." * 300,
    "from $1 to $2 billion " * 100,
    "“Norway pledged $5 million, " * 100,
    "€21 billion (£18.2 billion " * 100,
    "Japan pledged $5 bİllion and 5 thouſand dollars at leaſt, laſt year, to Fiji.",
    "Kenya got $5m" + "." * 2000 + " and Chad $3m!",
    "\n".join(f"Line {i}: Canada gives ${i} million to Haiti" for i in range(300)),
]


def test_strings() -> list[str]:
    """Every string constant of the test suite with a digit in it (deduplicated, in order)."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and len(text) >= 8 and any(c.isdigit() for c in text):
                seen.setdefault(text, None)
    return list(seen)


def documents(n: int) -> list[dict[str, Any]]:
    """What both builds read: real and generated articles, test strings, hostile texts."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _corpus import iter_documents

    docs: list[dict[str, Any]] = []
    for path in sorted(SHARED.glob("*/*corpus.jsonl")) if SHARED.is_dir() else []:
        with path.open(encoding="utf-8") as f:
            docs += [json.loads(line) for line in f if line.strip()]
    real = len(docs)
    docs += list(iter_documents(n))
    docs += [{"id": f"test-{i}", "text": t} for i, t in enumerate(test_strings())]
    docs += [{"id": f"hostile-{i}", "text": t} for i, t in enumerate(HOSTILE)]
    for d in docs[:real]:
        d["real"] = True
    return docs


def child(corpus: Path, out: Path, rounds: int) -> None:
    """Extract every document, write the records, then time the real and generated ones."""
    import aidclaims.pipeline as pipeline
    from aidclaims.pipeline import extract
    from aidclaims.text.lazy import warm

    docs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    native = sorted(
        name
        for name, m in sys.modules.items()
        if name.startswith("aidclaims") and str(getattr(m, "__file__", "")).endswith(".so")
    )
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            claims = extract(
                d["text"], doc=d["id"], published=d.get("published"), include_non_aid=True
            )
            f.writelines(c.model_dump_json() + "\n" for c in claims)
    warm()
    timed = [d for d in docs if not d["id"].startswith(("test-", "hostile-"))]
    best = {"real": float("inf"), "generated": float("inf")}
    for _ in range(rounds):
        for kind in best:
            part = [d for d in timed if d.get("real", False) == (kind == "real")]
            start = time.process_time()
            for d in part:
                extract(d["text"], doc=d["id"], published=d.get("published"))
            best[kind] = min(best[kind], (time.process_time() - start) / max(len(part), 1))
    counts = {k: sum(d.get("real", False) == (k == "real") for d in timed) for k in best}
    speed = {k: 1 / v if counts[k] and v else 0.0 for k, v in best.items()}
    print(json.dumps({"pipeline": pipeline.__file__, "native": native, "speed": speed}))


def run_child(path: str, corpus: Path, out: Path, rounds: int, cwd: str) -> dict[str, Any]:
    """Run ``child`` with ``path`` first on the module search path."""
    env = dict(os.environ, PYTHONPATH=path)
    argv = [sys.executable, __file__, "--child", str(corpus), str(out), str(rounds)]
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"child with PYTHONPATH={path} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def build_wheel(into: Path) -> Path:
    """``AIDCLAIMS_COMPILE=1 pip wheel . --no-deps``: the compiled wheel's path."""
    env = dict(os.environ, AIDCLAIMS_COMPILE="1")
    argv = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(into)]
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True)
    print(f"compiled wheel built in {time.perf_counter() - start:.0f} s")
    return next(into.glob("aidclaims-*.whl"))


def main() -> int:
    """Build (or take) the compiled wheel and compare it with the sources."""
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help="a compiled wheel already built")
    parser.add_argument("--docs", type=int, default=1000, help="generated documents")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (best kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        wheel = args.wheel or build_wheel(t / "wheel")
        if "py3-none-any" in wheel.name:
            sys.exit(f"{wheel.name} is a pure-Python wheel, not a compiled one")
        with zipfile.ZipFile(wheel) as z:
            z.extractall(t / "compiled")
        docs = documents(args.docs)
        corpus = t / "docs.jsonl"
        corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        fast = run_child(str(t / "compiled"), corpus, t / "compiled.jsonl", args.rounds, tmp)
        pure = run_child(str(ROOT), corpus, t / "pure.jsonl", args.rounds, tmp)
        if not fast["native"] or not fast["pipeline"].endswith(".so"):
            sys.exit(f"the compiled child imported sources: {fast['pipeline']}")
        a = (t / "compiled.jsonl").read_text(encoding="utf-8").splitlines()
        b = (t / "pure.jsonl").read_text(encoding="utf-8").splitlines()
        print(f"{len(docs)} documents, {len(b)} records; {len(fast['native'])} compiled modules")
        for kind in ("real", "generated"):
            f, p = fast["speed"][kind], pure["speed"][kind]
            if not (f and p):
                print(f"{kind:9} none timed (no {SHARED} for the real articles)")
                continue
            print(f"{kind:9} compiled {f:7.1f} docs/CPU-s, sources {p:7.1f}: {f / p:.2f}x")
        if a != b:
            diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y][:3]
            print(f"OUTPUT DIFFERS: {len(a)} vs {len(b)} records; first differences:")
            for x, y in diff:
                print(f"  compiled: {x}\n  sources:  {y}")
            return 1
        print("output identical")
        return run_suite(t / "compiled", tmp)


def run_suite(compiled: Path, cwd: str) -> int:
    """The test suite against the compiled modules (``sources_only`` tests left out)."""
    env = dict(os.environ, PYTHONPATH=str(compiled), AIDCLAIMS_EXPECT_COMPILED="1")
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    argv += ["--import-mode=importlib", "-m", "not sources_only", str(ROOT / "tests")]
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    print(f"test suite against the compiled build: {done.stdout.strip().splitlines()[-1]}")
    if done.returncode != 0:
        print(done.stdout[-6000:])
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
