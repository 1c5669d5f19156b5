"""The build hook that compiles the extraction modules with mypyc (hatch_build.py, issue 10).

The compiled build itself is built and compared with the sources, record for record, by
``benchmarks/check_compiled.py`` in ``.ci/run``; these tests pin what the hook selects and
when it runs.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = _load_hook()
COMPILED = {p.as_posix() for p in hook.compiled_modules(ROOT / "aidclaims")}


def _hook(target: str = "wheel") -> Any:
    return hook.CompileHook(str(ROOT), {}, None, None, str(ROOT / "dist"), target)


def _blank_build_data() -> dict[str, Any]:
    return {"force_include": {}, "pure_python": True, "infer_tag": False}


def test_every_module_extract_runs_is_compiled_or_named_with_a_reason() -> None:
    code = (
        "import json, sys; from aidclaims.pipeline import extract; "
        "extract('Japan pledged $5 million in aid to Fiji last year, its minister said.'); "
        "print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items() "
        "if n.startswith('aidclaims') and getattr(m, '__file__', None))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    used = [Path(f).resolve().relative_to(ROOT).as_posix() for f in json.loads(done.stdout)]
    assert "aidclaims/pipeline.py" in used
    left = [p for p in used if p not in COMPILED]
    # only what NOT_COMPILED names with its reason: the package's __init__, model, lazy
    assert sorted(left) == [
        "aidclaims/__init__.py",
        "aidclaims/model.py",
        "aidclaims/text/lazy.py",
    ]


def test_modules_outside_the_extraction_are_not_compiled() -> None:
    assert not {p for p in COMPILED if p.startswith(("aidclaims/io/", "aidclaims/pledges/"))}
    assert not {"aidclaims/cli.py", "aidclaims/__main__.py", "aidclaims/model.py"} & COMPILED
    assert "aidclaims/text/clauses.py" in COMPILED
    assert "aidclaims/parties/__init__.py" in COMPILED  # a subpackage's own module compiles


@pytest.mark.parametrize("name", sorted(hook.NOT_COMPILED))
def test_every_exception_names_an_existing_module_and_says_why(name: str) -> None:
    assert (ROOT / "aidclaims" / name).exists()
    assert len(hook.NOT_COMPILED[name]) > 20


def test_compiles_only_a_standard_wheel_and_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(hook.SWITCH, raising=False)
    assert not hook.wanted("standard", "wheel")
    assert _hook().dependencies() == []
    monkeypatch.setenv(hook.SWITCH, "yes")
    assert not hook.wanted("standard", "wheel")
    monkeypatch.setenv(hook.SWITCH, "1")
    assert hook.wanted("standard", "wheel")
    assert not hook.wanted("editable", "wheel")  # an edited source file must take effect
    assert not hook.wanted("standard", "sdist")
    assert "mypy>=1.10" in _hook().dependencies()


def test_a_pure_build_leaves_the_wheel_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(hook.SWITCH, raising=False)
    data = _blank_build_data()
    _hook().initialize("standard", data)
    assert data == _blank_build_data()
    monkeypatch.setenv(hook.SWITCH, "1")
    _hook().initialize("editable", data)
    assert data == _blank_build_data()


def test_the_suite_runs_the_build_it_is_asked_to() -> None:
    # benchmarks/check_compiled.py runs this suite against the compiled wheel and says so
    import aidclaims.pipeline

    compiled = str(aidclaims.pipeline.__file__).endswith((".so", ".pyd"))
    assert compiled == (os.environ.get("AIDCLAIMS_EXPECT_COMPILED") == "1")


def test_the_hook_is_registered_and_shipped_in_the_sdist() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    targets = config["tool"]["hatch"]["build"]["targets"]
    assert "custom" in targets["wheel"]["hooks"]
    assert "hatch_build.py" in targets["sdist"]["include"]
    assert "hatchling" in config["build-system"]["requires"]
