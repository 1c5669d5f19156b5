"""The package's layout rules (issue 9): seams between packages, and module size."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aidclaims"
#: The extraction core (issue 9); the input/output layer has its own owners.
CORE = ("text", "lexicon", "money", "periods", "parties", "speakers", "status", "relevance")
CORE_MODULES = (
    "pipeline.py",
    "context.py",
    "model.py",
    "aid_type.py",
)
MAX_LINES = 420  # "no module over ~400 lines"


def _core_files() -> list[Path]:
    files = [PACKAGE / name for name in CORE_MODULES]
    for package in CORE:
        files += sorted((PACKAGE / package).glob("*.py"))
    return files


def _package_of(module: str) -> str:
    """``aidclaims.money.find`` -> ``aidclaims.money``; a top-level module is its own."""
    parts = module.split(".")
    return ".".join(parts[:2])


def _module_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(rel.parts)


def _private_imports(source: str, own: str) -> list[str]:
    """``from aidclaims.x import _name`` (or from a ``_module``) of a package other than ``own``."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("aidclaims"):
            if _package_of(node.module) == own:
                continue
            out += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            if any(part.startswith("_") for part in node.module.split(".")[1:]):
                out.append(node.module)
    return out


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_private_name_of_another_package(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert _private_imports(source, _package_of(_module_of(path))) == []


def test_the_private_import_finder_finds_one() -> None:
    source = (
        "from aidclaims.parties._patterns import TOKEN\n"
        "from aidclaims.periods.find import _Ctx\n"
        "from aidclaims.money._table import RATES\n"
    )
    assert _private_imports(source, "aidclaims.money") == [
        "aidclaims.parties._patterns",
        "aidclaims.periods.find._Ctx",
    ]


@pytest.mark.parametrize(
    "path",
    [p for p in _core_files() if not p.name.endswith("_table.py") and "lexicon" not in p.parts],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_code_modules_stay_small(path: Path) -> None:
    # data tables live in _*_table.py modules or in lexicon/, code modules stay readable
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES
