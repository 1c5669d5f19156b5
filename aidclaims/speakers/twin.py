r"""ASCII twins: the speakers' name pattern run by the stdlib ``re`` where it reads the same.

Scanning a sentence for names (``MENTION_RE``) costs ``regex`` about a microsecond at every
word start; the stdlib ``re`` runs the same pattern three to four times faster, but knows no
``\p{Lu}``. A pattern's *twin* spells its Unicode classes out for ASCII (``\p{Lu}`` →
``[A-Z]``, ``\s`` → ``[\t\n\x0b\x0c\r ]``, ``\p{M}`` → nothing) and keeps everything else.
On a stretch whose characters are ASCII, or else none of a letter, mark, decimal digit or
space, both patterns see the same classes in every character, so they match the same text
in the same way (both engines backtrack alike); :meth:`Twin.plain` says which stretches
those are (97% of the dev sentences), and :class:`Twin` sends every other one to ``regex``.

A twin costs its ``re.compile`` once (about 6 ms for the name pattern; later processes load
it from the pattern cache, :func:`aidclaims.text.compiled.compile_re`), so only
a pattern scanned over whole sentences is worth one: "<subject> said" is searched by
``regex`` within the narrow windows :mod:`aidclaims.speakers.scan` finds, where a twin
would save less than it costs to build.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Final, TypeAlias

import regex

from aidclaims.text.compiled import compile_re
from aidclaims.text.lazy import lazy_compile

#: A match of either engine: both answer ``start``, ``end``, ``group`` and ``m["name"]``.
Match: TypeAlias = re.Match[str] | regex.Match[str]

# What each Unicode class holds among ASCII characters, written for inside a set: regex's
# ``\s`` is Unicode White_Space, which leaves out the separators \x1c-\x1f that re's holds.
_ASCII_SETS: Final[Mapping[str, str]] = {
    r"\p{L}": "A-Za-z",
    r"\p{Lu}": "A-Z",
    r"\p{Ll}": "a-z",
    r"\p{M}": "",
    r"\p{Nd}": "0-9",
    r"\s": r"\t\n\x0b\x0c\r ",
}
_ESCAPE_RE: Final = re.compile(r"\\(?:p\{\w+\}|.)", re.DOTALL)
# How far before a stretch a pattern looks (its lookbehinds), with room to spare.
_BEHIND: Final = 4
# Every ASCII byte: deleted from a text's UTF-8, they leave its other characters' bytes whole.
_ASCII_BYTES: Final = bytes(range(128))
_IN_A_CLASS_RE: Final = lazy_compile(r"[\p{L}\p{M}\p{Nd}\s]")


def ascii_pattern(pattern: str) -> str:
    r"""The twin of a VERBOSE ``regex`` pattern: its classes spelled out for ASCII text.

    Comments are dropped; an escape the twin cannot spell (``\w``, ``\b``, ``\P{L}``...) or
    a class with nothing left is an error, never a silent difference.

    >>> ascii_pattern(r"(?<![\p{L}\p{M}'])\p{Lu}\.  # an initial")
    "(?<![A-Za-z'])[A-Z]\\.  "
    >>> ascii_pattern(r"\w")
    Traceback (most recent call last):
    ValueError: no ASCII twin for \w
    """
    out: list[str] = []
    in_set = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            escape = _ESCAPE_RE.match(pattern, i)
            if escape is None:
                raise ValueError("a pattern ending in a backslash")
            token = escape.group()
            i = escape.end()
            if token in _ASCII_SETS:
                spelled = _ASCII_SETS[token]
                if not in_set and not spelled:
                    raise ValueError(f"no ASCII twin for {token} outside a set")
                out.append(spelled if in_set else f"[{spelled}]")
            elif token[1].isascii() and token[1].isalnum():
                raise ValueError(f"no ASCII twin for {token}")
            else:
                out.append(token)  # an escaped literal: \. \- \( \é
            continue
        if in_set:
            if c == "]" and out[-1] not in ("[", "[^"):
                in_set = False
            elif c == "[":
                raise ValueError("a nested set")
        elif c == "[":
            in_set = True
            if pattern.startswith("^", i + 1):
                out.append("[^")
                i += 2
                continue
        elif c == "#":  # a comment, to the end of its line
            end = pattern.find("\n", i)
            i = len(pattern) if end < 0 else end
            continue
        out.append(c)
        i += 1
    twin = "".join(out)
    if "[]" in twin or "[^]" in twin:
        raise ValueError("a set with no ASCII member")
    return twin


@lru_cache(maxsize=1024)
def _in_a_class(char: str) -> bool:
    """Whether a (non-ASCII) character is a letter, a mark, a decimal digit or a space."""
    return _IN_A_CLASS_RE.match(char) is not None


class _Twinned:
    """A VERBOSE pattern and a stdlib ``re`` pattern made from it, compiled on first use."""

    __slots__ = ("_ascii", "_spell", "unicode")

    def __init__(self, unicode: regex.Pattern[str], spell: Callable[[], str]) -> None:
        """``unicode``, the VERBOSE pattern; ``spell()``, its source with no named lists left."""
        self.unicode = unicode
        self._spell = spell
        self._ascii: re.Pattern[str] | None = None

    @property
    def ascii(self) -> re.Pattern[str]:
        """The twin, compiled by the stdlib ``re`` (or loaded from the pattern cache)."""
        if self._ascii is None:
            self._ascii = self._checked(compile_re(self._twin_source(), re.VERBOSE))
        return self._ascii

    def _twin_source(self) -> str:
        return ascii_pattern(self._spell())

    def _checked(self, twin: re.Pattern[str]) -> re.Pattern[str]:
        return twin


class Twin(_Twinned):
    r"""A VERBOSE pattern and its ASCII twin, the twin compiled on first use.

    ``findall``, ``finditer``, ``match`` and ``search`` take ``text, pos, endpos`` and give
    what the pattern gives, from the twin when the stretch is :meth:`plain`.

    >>> source = r"(?<![\p{L}])\p{Lu}\p{L}+  # a capitalised word"
    >>> t = Twin(lazy_compile(source, regex.VERBOSE), lambda: source)
    >>> t.findall("Aid to Kyiv", 0, 11), t.findall("Aid to Kyïv", 0, 11)
    (['Aid', 'Kyiv'], ['Aid', 'Kyïv'])
    """

    __slots__ = ()

    @staticmethod
    def plain(text: str, a: int, b: int) -> bool:
        """Whether the twin reads ``text[a:b]`` (and what a lookbehind sees) as the pattern does.

        >>> Twin.plain("Aid: “€5m”", 0, 10), Twin.plain("Aid: €5m for Kyïv", 0, 17)
        (True, False)
        """
        return plain_text(text[max(a - _BEHIND, 0) : b])

    def _engine(
        self, text: str, a: int, b: int, plain: bool
    ) -> re.Pattern[str] | regex.Pattern[str]:
        return self.ascii if plain or self.plain(text, a, b) else self.unicode

    def findall(self, text: str, a: int, b: int, *, plain: bool = False) -> list[str]:
        """``pattern.findall(text, a, b)`` (a pattern without groups).

        ``plain``: the caller knows ``text`` is plain throughout (:func:`plain_text`).
        """
        found: list[str] = self._engine(text, a, b, plain).findall(text, a, b)
        return found

    def finditer(self, text: str, a: int, b: int, *, plain: bool = False) -> Iterator[Match]:
        """``pattern.finditer(text, a, b)``."""
        return self._engine(text, a, b, plain).finditer(text, a, b)

    def match(self, text: str, a: int, b: int, *, plain: bool = False) -> Match | None:
        """``pattern.match(text, a, b)``."""
        return self._engine(text, a, b, plain).match(text, a, b)

    def search(self, text: str, a: int, b: int, *, plain: bool = False) -> Match | None:
        """``pattern.search(text, a, b)``."""
        return self._engine(text, a, b, plain).search(text, a, b)


def plain_text(text: str) -> bool:
    """Whether all of ``text`` is plain (:meth:`Twin.plain`), as most documents are.

    >>> plain_text("“Aid”, she said – €5m."), plain_text("Aid to Kyïv.")
    (True, False)
    """
    if text.isascii():
        return True
    # its characters outside ASCII, read from its UTF-8 with the ASCII bytes deleted (a lone
    # surrogate, which JSON can carry, passes through as its three bytes)
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return not any(map(_in_a_class, set(others.decode("utf-8", "surrogatepass"))))


def lead_read(twin: str) -> str:
    r"""A twin that opens with a one-character look-behind, reading that character instead.

    ``(?<![SET])rest`` becomes ``[^SET](rest)``: a pattern that opens with a character set
    lets ``re`` skip to where one of its characters is, instead of trying the whole pattern
    at every position. What the look-behind saw before a match's start, the match reads.

    >>> lead_read(r"  (?<![A-Za-z'’.-])[A-Z][a-z]+")
    "[^A-Za-z'’.-]([A-Z][a-z]+)"
    >>> lead_read(r"[A-Z]")
    Traceback (most recent call last):
    ValueError: no one-character look-behind opens the pattern
    """
    body = twin.lstrip()
    close = body.find("])")
    if not body.startswith("(?<![") or close < 0 or "[" in body[5:close] or " " in body[5:close]:
        raise ValueError("no one-character look-behind opens the pattern")
    return f"[^{body[5:close]}]({body[close + 2 :]})"


class LeadTwin(_Twinned):
    r"""``findall`` of a VERBOSE pattern that opens with ``(?<![SET])``, by :func:`lead_read`.

    On a plain stretch the twin reads the character before each match as the look-behind
    saw it (a space stands for the text's start). That finds what ``findall`` finds when
    the pattern has no group, matches no empty string, and ends every match in a character
    of SET: no match then starts where the one before it ends, the one place the read
    character would hide. Other stretches go to the pattern.

    >>> source = r"(?<![\p{L}.])\p{Lu}\p{L}+\.?  # a capitalised word"
    >>> t = LeadTwin(lazy_compile(source, regex.VERBOSE), lambda: source)
    >>> t.findall("Aid to Kyiv.", 0, 12), t.findall("Aid to Kyïv", 0, 11), t.findall("Aid", 1, 3)
    (['Aid', 'Kyiv.'], ['Aid', 'Kyïv'], [])
    """

    __slots__ = ()

    def _twin_source(self) -> str:  # the twin reads its look-behind's character
        return lead_read(ascii_pattern(self._spell()))

    def _checked(self, twin: re.Pattern[str]) -> re.Pattern[str]:
        if twin.groups != 1:
            raise ValueError("a pattern with a group of its own")
        return twin

    def findall(self, text: str, a: int, b: int, *, plain: bool = False) -> list[str]:
        """``pattern.findall(text, a, b)``; ``plain``: ``text`` is plain (:func:`plain_text`)."""
        if not (plain or Twin.plain(text, a, b)):
            found: list[str] = self.unicode.findall(text, a, b)
        elif a > 0:
            found = self.ascii.findall(text, a - 1, b)
        else:  # nothing before the text's start: a space is no character of the set
            found = self.ascii.findall(" " + text[:b])
        return found
