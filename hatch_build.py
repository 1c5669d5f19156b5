"""Build hook: with ``AIDCLAIMS_COMPILE=1``, compile the extraction modules with mypyc (issue 10).

``pip install .`` and ``pip install -e .`` build a pure-Python package, as always.
``AIDCLAIMS_COMPILE=1 pip install .`` also compiles every module that ``extract()`` runs
(``COMPILED``) to C with mypyc and puts the extension modules in the wheel beside the
sources; Python imports an extension module before a source file of the same name. The
compiled build gives the same records byte for byte (``.ci/run`` checks it with
``benchmarks/check_compiled.py``) and takes about 1.3x fewer instructions per article.
It needs a C compiler and the Python headers, and the compile takes about 2.5 minutes.

Editable installs are never compiled: an edited source file must take effect.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Set to 1 to compile; anything else (or unset) builds pure Python.
SWITCH = "AIDCLAIMS_COMPILE"

#: What mypyc needs in the build environment: mypy itself (mypyc comes with it), setuptools
#: to drive the C compiler, and what ``mypy aidclaims`` needs to type-check the package
#: (the pydantic plugin of ``[tool.mypy]``, the regex stubs).
COMPILE_REQUIRES = ["mypy>=1.10", "setuptools>=68", "types-regex", "pydantic>=2.5", "regex"]

#: Modules left as Python, each with its reason (paths relative to the package).
NOT_COMPILED: dict[str, str] = {
    "__init__.py": "loads the public names lazily through a module __getattr__",
    "__main__.py": "the console script's entry; runs once",
    "cli.py": "typer command definitions: not on the extraction path",
    "cli_options.py": "typer command definitions",
    "cli_support.py": "typer command helpers",
    "io/": "reading and writing files: bound by I/O, not by the extraction",
    "pledges/": "the pledges command: not on the extraction path",
    "model.py": "the Claim record is a pydantic model, which mypyc cannot compile",
    "text/lazy.py": "a pattern compiled on first use keeps its attributes in __dict__, "
    "which mypyc's native classes do not have",
}


def compiled_modules(package: Path) -> list[Path]:
    """The package's modules that are compiled: every ``.py`` but ``NOT_COMPILED``.

    Sorted, relative to the package's parent (the project root), as mypyc wants them.
    """
    root = package.parent
    out = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if any(rel == k or (k.endswith("/") and rel.startswith(k)) for k in NOT_COMPILED):
            continue
        out.append(path.relative_to(root))
    return out


def wanted(version: str, target: str) -> bool:
    """Compile for this build? Only a standard wheel, and only when asked."""
    return os.environ.get(SWITCH) == "1" and target == "wheel" and version == "standard"


class CompileHook(BuildHookInterface):
    """Hatch build hook compiling ``compiled_modules`` with mypyc when ``wanted``."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """The compile's build dependencies, when compiling (hatchling asks before building)."""
        return list(COMPILE_REQUIRES) if os.environ.get(SWITCH) == "1" else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile, and add the extension modules to the wheel (platform-tagged)."""
        if not wanted(version, self.target_name):
            return
        from mypyc.build import mypycify  # only in the build environment, when compiling
        from setuptools import Distribution

        root = Path(self.root)
        modules = [str(p) for p in compiled_modules(root / "aidclaims")]
        work = Path(tempfile.mkdtemp(prefix="aidclaims-mypyc-"))
        here = Path.cwd()
        os.chdir(root)  # mypyc reads [tool.mypy] from pyproject.toml and wants relative paths
        try:
            extensions = mypycify(modules, target_dir=str(work / "c"), group_name="aidclaims")
            dist = Distribution({"name": "aidclaims", "ext_modules": extensions})
            build = dist.get_command_obj("build_ext")
            build.build_lib = str(work / "lib")
            build.build_temp = str(work / "tmp")
            build.parallel = os.cpu_count() or 1
            build.ensure_finalized()
            build.run()
        finally:
            os.chdir(here)
        lib = work / "lib"
        built = sorted(p for p in lib.rglob("*") if p.suffix in (".so", ".pyd"))
        if not built:
            sys.exit(f"{SWITCH}=1: mypyc built no extension module in {lib}")
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self._work = work

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the compile's work folder once the wheel holds its extension modules."""
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
