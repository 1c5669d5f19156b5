"""Compiled patterns kept on disk, so that a new process does not compile them again.

Patterns of ``regex`` (:func:`compile_pattern`, :func:`compile_made`) and of the stdlib
``re`` (:func:`compile_re`).

``regex`` parses and optimises a pattern in Python before its C engine takes the result;
for this package's large patterns (every currency, title and speech verb) that costs about
600 ms per process, most of the start-up of ``aidclaims extract one.txt``. The C engine's
input (a list of integers and the group and named-list tables) is what ``compile_pattern``
keeps: the first process to compile a pattern writes it to the cache, and every later one
loads it in microseconds.

The cache lives in ``$AIDCLAIMS_CACHE_DIR``, else ``$XDG_CACHE_HOME/aidclaims``, else
``~/.cache/aidclaims``, in a folder per ``regex`` and Python version (a file made by one
version is never read by another). ``AIDCLAIMS_NO_CACHE=1`` turns it off. A cache that
cannot be read or written (a read-only home, a damaged or foreign file) is never an error:
the pattern is compiled as usual. Files are written whole (a temporary file renamed into
place), so processes running side by side never see half a file; each holds a checksum
of its contents, so a damaged one is recompiled, not loaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

import regex
import regex._main as _regex_main

#: Bumped when the file layout changes; part of every file's key.
FORMAT: Final = 1
_MAGIC: Final = b"aidclaims-compiled-pattern %d\n" % FORMAT
_CAPTURE_LOCK: Final = threading.Lock()


def compile_pattern(
    pattern: str, flags: int = 0, *, ignore_unused: bool = False, **lists: Iterable[str]
) -> regex.Pattern[str]:
    r"""``regex.compile(pattern, flags, ignore_unused, **lists)``, from the cache when there.

    >>> compile_pattern(r"\L<cur>\d+", cur=["$", "€"]).findall("$5 and €6")
    ['$5', '€6']
    """
    named: dict[str, Any] = {name: sorted(set(strings)) for name, strings in lists.items()}
    # keyed apart: a pattern kept with ignore_unused must not skip regex's check of the lists
    kind = "lists, unused ignored" if ignore_unused else "lists"
    return _cached(kind, pattern, flags, named, lambda: pattern, named, ignore_unused)


def compile_made(
    maker: str,
    template: str,
    flags: int,
    lists: dict[str, list[str]],
    make: Callable[[], str],
) -> regex.Pattern[str]:
    r"""The pattern ``make()`` builds from ``template`` and ``lists`` (no named lists left).

    Keyed by what it is made from, so a cached pattern is not even made: the trie compiler
    spells its lists out this way (:func:`aidclaims.text.trie.compile_lists`). ``maker``
    names the way ``make`` builds it: two makers may spell the same lists out differently
    (case-blind or not), so each has its own name and its own cache entries.

    >>> p = compile_made("doc", r"x\L<n>", 0, {"n": ["1", "2"]}, lambda: "x(?:1|2)")
    >>> p.findall("x1 x2 x3")
    ['x1', 'x2']
    """
    return _cached(f"made by {maker}", template, flags, lists, make, {})


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""``re.compile(pattern, flags)``, the stdlib engine's pattern, from the cache when there.

    The stdlib ``re`` parses and optimises in Python too: the ASCII twins of the speaker
    patterns (:mod:`aidclaims.speakers.twin`) took ~20 ms to compile in every process.

    >>> compile_re(r"(?P<n>\d+)\s*bn", re.IGNORECASE).search("aid of 12 BN").group("n")
    '12'
    """
    return _through_cache(  # type: ignore[no-any-return]  # an re.Pattern
        "stdlib re",
        pattern,
        int(flags),
        {},
        _sre_engine(),
        lambda: re.compile(pattern, flags),
        lambda: _re_capturing(pattern, int(flags)),
    )


def _sre_engine() -> Any:
    """The stdlib's C engine (``_sre``), as ``re``'s compiler holds it; None if it does not."""
    return getattr(getattr(re, "_compiler", None), "_sre", None)


def _re_capturing(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...] | None]:
    """Compile with the stdlib ``re`` (without its in-memory cache), keeping ``_sre``'s input."""
    compiler: Any = getattr(re, "_compiler", None)
    if _sre_engine() is None or not callable(getattr(compiler, "compile", None)):
        return re.compile(pattern, flags), None  # a Python whose re is laid out otherwise
    return _capturing(compiler, "_sre", pattern, lambda: compiler.compile(pattern, flags))


def _cached(
    kind: str,
    template: str,
    flags: int,
    key_lists: dict[str, Any],
    make: Callable[[], str],
    named: dict[str, Any],
    ignore_unused: bool = False,
) -> regex.Pattern[str]:
    return _through_cache(  # type: ignore[no-any-return]  # a regex.Pattern
        kind,
        template,
        flags,
        key_lists,
        getattr(_regex_main, "_regex", None),
        lambda: regex.compile(make(), flags, ignore_unused=ignore_unused, **named),
        lambda: _compile_capturing(make(), flags, named, ignore_unused),
    )


def _through_cache(
    kind: str,
    template: str,
    flags: int,
    key_lists: dict[str, Any],
    engine: Any,
    compile_plain: Callable[[], Any],
    compile_capturing: Callable[[], tuple[Any, tuple[Any, ...] | None]],
) -> Any:
    """The pattern kept for ``template`` (loaded by the C ``engine``), else compiled and kept.

    ``compile_plain`` compiles when there is no cache; ``compile_capturing`` compiles and
    gives the engine's arguments too (None when they cannot be had).
    """
    folder = cache_folder()
    if folder is None:
        return compile_plain()
    path = folder / f"{_key(kind, template, flags, key_lists)}.bin"
    loaded = _load(path, template, engine)
    if loaded is not None:
        return loaded
    compiled, engine_args = compile_capturing()
    if engine_args is not None:
        _store(path, (template, engine_args))
    return compiled


def cache_folder() -> Path | None:
    """Where compiled patterns are kept for this ``regex`` and Python; None when off."""
    env = os.environ
    if env.get("AIDCLAIMS_NO_CACHE", "") not in ("", "0"):
        return None
    own, xdg, home = env.get("AIDCLAIMS_CACHE_DIR"), env.get("XDG_CACHE_HOME"), env.get("HOME")
    if own:
        base = Path(own)
    elif xdg:
        base = Path(xdg) / "aidclaims"
    elif home:
        base = Path(home) / ".cache" / "aidclaims"
    else:
        return None
    version = f"regex-{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}"
    return base / "patterns" / version


def _key(kind: str, pattern: str, flags: int, named: dict[str, Any]) -> str:
    h = hashlib.sha256()
    head = repr((FORMAT, kind, int(flags), sorted(named.items())))
    h.update(head.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _load(path: Path, template: str, engine: Any) -> Any:
    """The pattern ``engine.compile`` makes of what ``path`` keeps for ``template``; else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 64 + 1
    if not data.startswith(_MAGIC) or len(data) < head:
        return None
    digest, payload = data[len(_MAGIC) : head - 1], data[head:]
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        return None  # damaged: compile again, and the new file replaces it
    try:
        kept, args = marshal.loads(payload)
        if kept != template or not isinstance(args, tuple):
            return None
        return engine.compile(*args)
    except Exception:  # any unreadable file means: compile it again
        return None


def _store(path: Path, engine_args: tuple[Any, ...]) -> None:
    try:
        payload = marshal.dumps(engine_args)
    except ValueError:  # something marshal cannot write: keep no file
        return
    data = _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        Path(tmp).replace(path)
        tmp = None
    except OSError:
        return  # a read-only or full disk: the pattern still works, it is just not kept
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()


class _Capture:
    """Stands for a C engine (regex's or re's) while one pattern compiles; keeps its input."""

    def __init__(self, engine: Any, pattern: str) -> None:
        self._engine = engine
        self._pattern = pattern
        self.args: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        if args and args[0] is self._pattern and self.args is None:
            self.args = tuple(_plain(a) for a in args)
        return self._engine.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)


def _compile_capturing(
    pattern: str, flags: int, named: dict[str, Any], ignore_unused: bool
) -> tuple[regex.Pattern[str], tuple[Any, ...] | None]:
    """Compile without ``regex``'s in-memory cache, keeping the C engine's arguments."""
    compile_fn = getattr(_regex_main, "_compile", None)
    if compile_fn is None or getattr(_regex_main, "_regex", None) is None:  # laid out otherwise
        return regex.compile(pattern, flags, ignore_unused=ignore_unused, **named), None
    return _capturing(
        _regex_main,
        "_regex",
        pattern,
        lambda: compile_fn(pattern, flags, ignore_unused, named, False),
    )


def _capturing(
    module: Any, name: str, pattern: str, compile_fn: Callable[[], Any]
) -> tuple[Any, tuple[Any, ...] | None]:
    """``compile_fn()``, with ``module.name`` (a C engine) kept in a :class:`_Capture` meanwhile.

    Gives the pattern and what the engine was given for ``pattern`` (None if it was not).
    """
    engine = getattr(module, name)
    with _CAPTURE_LOCK:
        capture = _Capture(engine, pattern)
        setattr(module, name, capture)
        try:
            compiled = compile_fn()
        finally:
            setattr(module, name, engine)
    return compiled, capture.args


def _plain(value: Any) -> Any:
    """``value`` with enum flags as plain ints, so that ``marshal`` can write it."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value
