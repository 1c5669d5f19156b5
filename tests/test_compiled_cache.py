"""The on-disk cache of compiled patterns (aidclaims.text.compiled).

A pattern loaded from the cache must be the pattern ``regex`` compiles: same text, groups,
flags and matches. A cache that is off, damaged or unwritable changes nothing but speed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from aidclaims.text import compiled, lazy
from aidclaims.text.compiled import cache_folder, compile_made, compile_pattern, compile_re

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (
    "Norway will give NOK 2.5 billion (about $230 million) to Kenya in 2026, the minister said.",
    "According to the ministry, Tokyo pledged ¥15bn in grant aid for fiscal 2025-26.",
    "“We will send €40 million more,” she told reporters on Tuesday, adding that half was "
    "already disbursed, while the U.S. Congress approved a further US$1.2 bn in loans.",
    "Rs 5 crore, 3 lakh people, two billion dollars and 14 Danish crowns by March 31, 2027.",
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AIDCLAIMS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("AIDCLAIMS_NO_CACHE", raising=False)
    folder = cache_folder()
    assert folder is not None
    return folder


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.bin")) if folder.exists() else []


def test_a_pattern_is_written_once_and_loaded_the_same(cache_dir: Path) -> None:
    pattern = r"(?P<cur>\L<cur>)\s?(?P<num>\d+(?:\.\d+)?)\s*(?i:(?P<scale>bn|billion))?"
    first = compile_pattern(pattern, regex.VERSION1, cur=["$", "€", "NOK"])
    assert len(_files(cache_dir)) == 1
    second = compile_pattern(pattern, regex.VERSION1, cur=["NOK", "€", "$"])  # order: same key
    assert len(_files(cache_dir)) == 1
    assert second is not first
    assert second.pattern == first.pattern == pattern
    assert second.groupindex == first.groupindex
    assert second.flags == first.flags
    for text in SAMPLES:
        assert [m.span() for m in second.finditer(text)] == [m.span() for m in first.finditer(text)]
    assert second.search("pay €12 Billion").groupdict() == {
        "cur": "€",
        "num": "12",
        "scale": "Billion",
    }


def test_other_lists_or_flags_are_other_patterns(cache_dir: Path) -> None:
    a = compile_pattern(r"\L<w>", 0, w=["aid"])
    b = compile_pattern(r"\L<w>", 0, w=["aid", "loan"])
    c = compile_pattern(r"\L<w>", regex.IGNORECASE, w=["aid"])
    assert len(_files(cache_dir)) == 3
    assert (a.findall("aid loan AID"), b.findall("aid loan AID"), c.findall("aid loan AID")) == (
        ["aid"],
        ["aid", "loan"],
        ["aid", "AID"],
    )


def test_an_unused_list_is_refused_even_after_a_lenient_compile(cache_dir: Path) -> None:
    lenient = compile_pattern(r"\L<a>", ignore_unused=True, a=["x"], b=["y"])
    assert lenient.findall("x y") == ["x"]
    with pytest.raises(ValueError, match="unused keyword argument"):
        compile_pattern(r"\L<a>", a=["x"], b=["y"])


def test_a_made_pattern_is_not_made_again(cache_dir: Path) -> None:
    calls: list[int] = []

    def make() -> str:
        calls.append(1)
        return "x(?:1|2)"

    lists = {"n": ["1", "2"]}
    assert compile_made("t", r"x\L<n>", 0, lists, make).findall("x1 x3 x2") == ["x1", "x2"]
    assert compile_made("t", r"x\L<n>", 0, lists, make).findall("x1 x3 x2") == ["x1", "x2"]
    assert calls == [1]


def test_two_makers_of_one_template_do_not_share_an_entry(cache_dir: Path) -> None:
    # the same template and lists, spelled out case-blind by one maker and not by the other
    lists = {"m": ["May"]}
    blind = compile_made("blind", r"\L<m>", 0, lists, lambda: "(?i:may)")
    exact = compile_made("exact", r"\L<m>", 0, lists, lambda: "May")
    assert (blind.findall("may May"), exact.findall("may May")) == (["may", "May"], ["May"])
    again = compile_made("exact", r"\L<m>", 0, lists, lambda: "unused")
    assert again.findall("may May") == ["May"]
    assert len(_files(cache_dir)) == 2


def test_every_pipeline_pattern_loads_as_it_compiles(cache_dir: Path) -> None:
    # every lazy pattern of the pipeline, compiled (writing the cache), then loaded from it
    import aidclaims.pipeline  # noqa: F401 - makes every lazy pattern

    patterns = list(lazy._ALL)
    assert len(patterns) > 30
    fresh = [p._build() for p in patterns]
    written = len(_files(cache_dir))
    assert written > 30
    loaded = [p._build() for p in patterns]
    assert len(_files(cache_dir)) == written
    for a, b in zip(fresh, loaded, strict=True):
        assert (b.pattern, b.flags, b.groupindex) == (a.pattern, a.flags, a.groupindex)
        for text in SAMPLES:
            found_a = [(m.span(), m.groups()) for m in a.finditer(text)]
            assert [(m.span(), m.groups()) for m in b.finditer(text)] == found_a


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIDCLAIMS_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("AIDCLAIMS_NO_CACHE", "1")
    assert cache_folder() is None
    assert compile_pattern(r"\d+").findall("a 12 b 3") == ["12", "3"]
    assert list(tmp_path.iterdir()) == []


def test_default_folder_is_under_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIDCLAIMS_CACHE_DIR", raising=False)
    monkeypatch.delenv("AIDCLAIMS_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/x/cache")
    folder = cache_folder()
    assert folder is not None
    assert folder.parent == Path("/x/cache/aidclaims/patterns")
    assert regex.__version__ in folder.name
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "/home/u")
    assert str(cache_folder()).startswith("/home/u/.cache/aidclaims/patterns/")
    monkeypatch.delenv("HOME")
    assert cache_folder() is None  # nowhere to keep it: compile every time


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_a_damaged_file_is_compiled_again_and_replaced(cache_dir: Path, damage: str) -> None:
    pattern = r"(?P<a>\L<w>)-(?P<b>\d+)"
    compile_pattern(pattern, w=["aid", "loan"])
    (path,) = _files(cache_dir)
    data = path.read_bytes()
    bad = {
        "flip": data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:],
        "truncate": data[: len(data) // 2],
        "empty": b"",
        "garbage": os.urandom(len(data)),
    }[damage]
    path.write_bytes(bad)
    again = compile_pattern(pattern, w=["aid", "loan"])
    assert again.findall("aid-1 loan-22 gift-3") == [("aid", "1"), ("loan", "22")]
    assert path.read_bytes() == data  # rewritten whole


def test_a_file_for_another_pattern_is_not_used(cache_dir: Path) -> None:
    compile_pattern(r"a+")
    compile_pattern(r"b+")
    pa, pb = _files(cache_dir)
    pa.write_bytes(pb.read_bytes())  # a valid file, but not this pattern's
    assert compile_pattern(r"a+").findall("aa bb") == ["aa"]
    assert compile_pattern(r"b+").findall("aa bb") == ["bb"]


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("AIDCLAIMS_CACHE_DIR", str(blocker))  # mkdir under a file fails
    monkeypatch.delenv("AIDCLAIMS_NO_CACHE", raising=False)
    assert compile_pattern(r"\d+x").findall("1x 2y 33x") == ["1x", "33x"]
    assert blocker.read_text() == "not a folder"


def test_capture_leaves_regex_as_it_was(cache_dir: Path) -> None:
    engine = compiled._regex_main._regex  # type: ignore[attr-defined]
    compile_pattern(r"(?i)q\d")
    assert compiled._regex_main._regex is engine  # type: ignore[attr-defined]
    assert regex.compile(r"q\d").findall("q1 Q2") == ["q1"]


def test_extract_is_the_same_with_a_cold_a_warm_and_no_cache(tmp_path: Path) -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    code = (
        "import json, sys; from aidclaims import extract; "
        "print(json.dumps([c.model_dump(mode='json') for c in extract(open(sys.argv[1]).read())]))"
    )

    def run(**env: str) -> list[dict[str, object]]:
        full = {k: v for k, v in os.environ.items() if k != "AIDCLAIMS_NO_CACHE"}
        full.update(AIDCLAIMS_CACHE_DIR=str(tmp_path / "c"), **env)
        out = subprocess.run(
            [sys.executable, "-c", code, str(seed)],
            env=full,
            capture_output=True,
            text=True,
            check=True,
        )
        rows: list[dict[str, object]] = json.loads(out.stdout)
        return rows

    cold = run()
    assert len(list((tmp_path / "c").rglob("*.bin"))) > 30
    warm = run()
    off = run(AIDCLAIMS_NO_CACHE="1")
    assert cold
    assert cold == warm == off


# --- the stdlib re's patterns (compile_re) -------------------------------------------------

RE_PATTERNS = (
    (r"(?P<num>\d+(?:\.\d+)?)\s*(?P<scale>bn|billion)?", re.IGNORECASE),
    (r"(?<![A-Za-z])(?:said|told)  # a verb of saying\n(?![a-z])", re.VERBOSE),
    (r"^\W*(?P<head>[A-Z][a-z]+):", re.MULTILINE),
    (r"[\u2028\x85]|€\s?\d", 0),
    (r"(?i)aid(?=s?\b)", 0),
)


@pytest.mark.parametrize(("pattern", "flags"), RE_PATTERNS)
def test_a_stdlib_pattern_is_written_once_and_loaded_the_same(
    cache_dir: Path, pattern: str, flags: int
) -> None:
    fresh = re.compile(pattern, flags)
    first = compile_re(pattern, flags)
    assert len(_files(cache_dir)) == 1
    second = compile_re(pattern, flags)
    assert len(_files(cache_dir)) == 1
    assert second is not first  # loaded: re's own cache does not hold it
    for got in (first, second):
        assert isinstance(got, re.Pattern)
        assert (got.pattern, got.flags, got.groups, got.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )
        for text in (*SAMPLES, "Kyiv:\nsaid 5 BN €7\u2028 told"):
            expected = [(m.span(), m.groups()) for m in fresh.finditer(text)]
            assert [(m.span(), m.groups()) for m in got.finditer(text)] == expected


def test_stdlib_and_regex_entries_are_kept_apart(cache_dir: Path) -> None:
    a = compile_re(r"\d+")
    b = compile_pattern(r"\d+")
    assert len(_files(cache_dir)) == 2
    assert isinstance(a, re.Pattern)
    assert isinstance(b, regex.Pattern)
    assert isinstance(compile_re(r"\d+"), re.Pattern)
    assert isinstance(compile_pattern(r"\d+"), regex.Pattern)


def test_a_damaged_stdlib_file_is_compiled_again(cache_dir: Path) -> None:
    compile_re(r"(a)(b)?")
    (path,) = _files(cache_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert compile_re(r"(a)(b)?").findall("ab a") == [("a", "b"), ("a", "")]
    assert path.read_bytes() == data


def test_compile_re_off_and_capture_leave_re_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIDCLAIMS_CACHE_DIR", str(tmp_path))
    engine = re._compiler._sre  # type: ignore[attr-defined]
    compile_re(r"z\d")
    assert re._compiler._sre is engine  # type: ignore[attr-defined]
    monkeypatch.setenv("AIDCLAIMS_NO_CACHE", "1")
    (tmp_path / "patterns").rename(tmp_path / "kept")
    assert compile_re(r"y\d").findall("y1 y") == ["y1"]
    assert not (tmp_path / "patterns").exists()


def test_a_twins_ascii_pattern_is_kept(cache_dir: Path) -> None:
    from aidclaims.speakers.twin import Twin

    source = r"(?<![\p{L}])\p{Lu}\p{L}+  # a capitalised word"
    twin = Twin(regex.compile(source, regex.VERBOSE), lambda: source)
    assert twin.findall("Aid to Kyiv", 0, 11) == ["Aid", "Kyiv"]
    (path,) = _files(cache_dir)  # the twin, not its Unicode pattern (compiled here directly)
    again = Twin(regex.compile(source, regex.VERBOSE), lambda: source)
    assert again.ascii.pattern == twin.ascii.pattern
    assert _files(cache_dir) == [path]
