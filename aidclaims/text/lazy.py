r"""Patterns compiled on first use, so that importing the pipeline compiles none of them.

``lazy_compile`` and ``lazy_lists`` stand for ``regex.compile`` and
:func:`aidclaims.text.trie.compile_lists`: they return an object used exactly like the
compiled pattern (``.search``, ``.finditer``, ``.pattern``...). The first attribute asked
for compiles the pattern; every attribute read is then kept on the object, so later calls
cost what a call on the compiled pattern costs. A pattern whose text never needs it (no
speaker cue, no organisation name) is never compiled, and ``aidclaims --help`` or a
worker process that only reads input pays for none.

>>> p = lazy_compile(r"\d+")
>>> p.findall("12 and 345"), p.pattern
(['12', '345'], '\\d+')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

import regex

from aidclaims.text.compiled import compile_pattern
from aidclaims.text.trie import compile_lists


class _LazyPattern:
    """A pattern built by ``build`` when an attribute of it is first asked for."""

    def __init__(self, build: Callable[[], regex.Pattern[str]]) -> None:
        self._build = build
        _ALL.append(self)

    def __getattr__(self, name: str) -> Any:
        # only called for names not yet in the instance's __dict__
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._build()
            self.__dict__["_compiled"] = compiled
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


_ALL: list[_LazyPattern] = []  # every lazy pattern made, for warm()


def warm() -> int:
    """Compile every lazy pattern made so far; how many were compiled now.

    For a process about to fork workers that all need them (they then share the parent's
    compiled patterns), and for benchmarks that time matching, not compiling.
    """
    todo = [p for p in _ALL if "_compiled" not in p.__dict__]
    for p in todo:
        p.__dict__["_compiled"] = p._build()
    return len(todo)


def lazy_compile(pattern: str, flags: int = 0, **lists: Iterable[str]) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **lists)``, done on first use (and kept on disk)."""
    named: dict[str, Any] = dict(lists)
    build = lambda: compile_pattern(pattern, flags, **named)  # noqa: E731
    return cast("regex.Pattern[str]", _LazyPattern(build))


def lazy_lists(pattern: str, flags: int = 0, **lists: Iterable[str]) -> regex.Pattern[str]:
    r"""``compile_lists(pattern, flags, **lists)`` (``\L<name>`` as tries), done on first use."""
    named: dict[str, Any] = dict(lists)
    build = lambda: compile_lists(pattern, flags, **named)  # noqa: E731
    return cast("regex.Pattern[str]", _LazyPattern(build))
