"""Check that extraction output is byte-identical to an earlier commit (issue 9).

Usage: ``python benchmarks/check_identical.py [REF]`` (default ``3a540f0``, the commit before
the issue-9 redesign). It creates a temporary ``git worktree`` of REF, runs
``python -m aidclaims extract --all --format jsonl`` from that tree and from this working tree
over the seeds and every corpus in ``/work/shared/corpus`` (``*/*corpus.jsonl``), and compares
the outputs byte for byte, printing the records that differ. Exit status 0 when all agree.

The fields ``novelty`` and ``pledge_id`` are dropped from both sides before comparing when
the old commit's output lacks them (they came with the issues on novelty and pledges; the
default REF has neither). Every other byte must match.

The old side's output is cached under the system temp dir by commit and input, so repeated
runs only pay for the new side.

``--core`` runs the new side from a copy of this tree whose input/output layer (``cli.py``,
``__main__.py``, ``errors.py``, ``documents.py``, ``runner.py``, ``writers.py``) is REF's: it
checks the extraction core alone while others are reshaping the CLI and I/O in the same tree.

``--only PATH...`` runs the new side from a worktree of REF with only these paths (files or
folders, relative to the project root) copied from this working tree: it checks one's own
edits alone while others have uncommitted edits in the same tree.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/corpus")
DEFAULT_REF = "3a540f0"
DROPPED = ("novelty", "pledge_id")


def _inputs() -> list[Path]:
    return [ROOT / "seeds", *sorted(SHARED.glob("*/*corpus.jsonl"))]


def _run(tree: Path, source: Path) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(tree))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "aidclaims",
            "extract",
            "--all",
            "-q",
            "--format",
            "jsonl",
            str(source),
        ],
        cwd=tree,
        env=env,
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        sys.exit(f"{tree}: extract {source} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return proc.stdout


def _stripper(old: bytes) -> re.Pattern[bytes] | None:
    """What to cut out of both sides: the keys of DROPPED that the old output lacks."""
    keys = [k.encode() for k in DROPPED if b'"' + k.encode() + b'":' not in old]
    if not keys:
        return None
    return re.compile(
        rb',\s*"(?:'
        + b"|".join(keys)
        + rb')":\s*(?:"(?:[^"\\]|\\.)*"|null|true|false|-?[0-9.eE+-]+)'
    )


def _strip(line: bytes, cut: re.Pattern[bytes] | None) -> bytes:
    """The record without the dropped keys, cut out at the byte level (no re-encoding)."""
    return line if cut is None else cut.sub(b"", line)


def _old_output(sha: str, source: Path) -> bytes:
    digest = hashlib.sha256()
    for path in sorted(source.rglob("*")) if source.is_dir() else [source]:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    cache = Path(tempfile.gettempdir()) / "aidclaims-identical" / sha / digest.hexdigest()[:16]
    if cache.exists():
        return cache.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "old"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(tree), sha], cwd=ROOT, check=True
        )
        try:
            out = _run(tree, source)
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True
            )
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(out)
    return out


_IO_FILES = ("cli.py", "__main__.py", "errors.py", "documents.py", "runner.py", "writers.py")


def _core_tree(sha: str, tmp: Path) -> Path:
    """A copy of this tree's package with REF's input/output layer over it."""
    tree = tmp / "core"
    shutil.copytree(ROOT / "aidclaims", tree / "aidclaims", ignore=shutil.ignore_patterns("io"))
    for name in _IO_FILES:
        blob = subprocess.run(
            ["git", "show", f"{sha}:aidclaims/{name}"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        (tree / "aidclaims" / name).write_bytes(blob)
    return tree


def _only_tree(sha: str, tmp: Path, paths: list[str]) -> Path:
    """A worktree of REF with ``paths`` copied over it from this working tree."""
    tree = tmp / "only"
    subprocess.run(
        ["git", "worktree", "add", "--detach", "-q", str(tree), sha], cwd=ROOT, check=True
    )
    for name in paths:
        source, target = ROOT / name, tree / name
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return tree


def main(ref: str = DEFAULT_REF, *, core: bool = False, only: list[str] | None = None) -> int:
    """Compare old and new output on every input; print differences; 0 when identical."""
    sha = subprocess.run(
        ["git", "rev-parse", ref], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        if only:
            tree = _only_tree(sha, Path(tmp), only)
            try:
                return _compare(sha, tree)
            finally:
                subprocess.run(
                    ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True
                )
        tree = _core_tree(sha, Path(tmp)) if core else ROOT
        return _compare(sha, tree)


def _compare(sha: str, tree: Path) -> int:
    failures = 0
    for source in _inputs():
        old_bytes = _old_output(sha, source)
        cut = _stripper(old_bytes)
        old = [_strip(x, cut) for x in old_bytes.splitlines()]
        new = [_strip(x, cut) for x in _run(tree, source).splitlines()]
        diffs = [
            (i, a, b)
            for i, (a, b) in enumerate(
                zip(
                    old + [b"<missing>"] * (len(new) - len(old)),
                    new + [b"<missing>"] * (len(old) - len(new)),
                    strict=True,
                )
            )
            if a != b
        ]
        name = source.relative_to(ROOT) if source.is_relative_to(ROOT) else source
        print(f"{name}: {len(old)} old / {len(new)} new records, {len(diffs)} differ")
        for i, a, b in diffs:
            failures += 1
            print(f"  record {i}:\n    old: {a.decode()}\n    new: {b.decode()}")
    print("IDENTICAL" if not failures else f"DIFFERENT: {failures} records")
    return 0 if not failures else 1


if __name__ == "__main__":
    argv = sys.argv[1:]
    only_paths = argv[argv.index("--only") + 1 :] if "--only" in argv else []
    if "--only" in argv:
        argv = argv[: argv.index("--only")]
    args = [a for a in argv if a != "--core"]
    raise SystemExit(main(*args[:1], core="--core" in argv, only=only_paths))
