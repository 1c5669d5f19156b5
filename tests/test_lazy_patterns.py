"""Issue 10: patterns compile on first use, and a lazy pattern behaves as the compiled one."""

from __future__ import annotations

import subprocess
import sys

import regex

from aidclaims.text.lazy import lazy_compile, lazy_lists, warm
from aidclaims.text.trie import compile_lists


def test_lazy_pattern_is_the_compiled_pattern() -> None:
    lazy = lazy_compile(r"(?P<n>\d+)\s*(?P<w>[a-z]+)", regex.IGNORECASE)
    real = regex.compile(r"(?P<n>\d+)\s*(?P<w>[a-z]+)", regex.IGNORECASE)
    text = "5 Million, 12 bn and 7"
    assert [m.groupdict() for m in lazy.finditer(text)] == [
        m.groupdict() for m in real.finditer(text)
    ]
    assert lazy.search(text, 3).span() == real.search(text, 3).span()  # type: ignore[union-attr]
    assert lazy.pattern == real.pattern
    assert lazy.groupindex == real.groupindex
    assert "lazy(" in repr(lazy)


def test_lazy_lists_spell_lists_as_tries() -> None:
    lazy = lazy_lists(r"\L<aid>(?!\w)", regex.I, aid=["aid", "aids", "loan"])
    real = compile_lists(r"\L<aid>(?!\w)", regex.I, aid=["aid", "aids", "loan"])
    assert lazy.pattern == real.pattern
    assert lazy.match("AIDS,").group() == "AIDS"  # type: ignore[union-attr]


def test_nothing_is_compiled_before_use() -> None:
    calls: list[str] = []
    lazy = lazy_compile(r"x+")
    lazy.__dict__["_build"] = lambda: calls.append("built") or regex.compile(r"x+")
    assert calls == []
    assert lazy.findall("axxbx") == ["xx", "x"]
    assert lazy.findall("x") == ["x"]
    assert calls == ["built"]


def test_importing_the_pipeline_compiles_no_speaker_party_or_money_pattern() -> None:
    code = (
        "import aidclaims.pipeline\n"
        "from aidclaims.speakers import patterns as s\n"
        "from aidclaims.parties import _patterns as p\n"
        "from aidclaims.money import find as f\n"
        "lazy = [v for m in (s, p, f) for v in vars(m).values() if type(v).__name__ == '_LazyPattern']\n"
        "assert len(lazy) > 30, len(lazy)\n"
        "print(sum('_compiled' in v.__dict__ for v in lazy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_warm_compiles_every_lazy_pattern_once() -> None:
    pattern = lazy_compile(r"warm\d")
    assert "_compiled" not in pattern.__dict__
    assert warm() >= 1
    assert "_compiled" in pattern.__dict__
    assert warm() == 0
    assert pattern.match("warm1") is not None
