r"""Scan text for gazetteer names: countries, demonyms, capitals, blocs, institutions, groups.

The scan finds what ``(?<![\w$@#])\L<entries>(?![\w$])`` finds over the gazetteer's
surface strings, looking each candidate start up by its leading letters.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_NAMES
from aidclaims.lexicon.places import (
    AMBIGUOUS_NAMES,
    BLOCS,
    COUNTRIES,
    GENERIC_DONORS,
    GROUPS,
    INSTITUTIONS,
    REGION_ADJECTIVES,
    REGIONS,
)
from aidclaims.parties._words_table import FUNCTION_WORDS
from aidclaims.parties.spans import Entry, Hit, Names
from aidclaims.text.lazy import lazy_compile
from aidclaims.text.trie import compile_lists


def _is_acronym(s: str) -> bool:
    return not any(ch.islower() for ch in s)


def _build_entries() -> Mapping[str, Entry]:
    """Flatten the tables into surface string → entry; the first table to name a string wins."""
    out: dict[str, Entry] = {}
    for c in COUNTRIES:
        out.setdefault(c.name, Entry(c.name, "country", False))
        for alias in c.aliases:
            out.setdefault(alias, Entry(c.name, "country", _is_acronym(alias)))
        for dem in c.demonyms:
            out.setdefault(dem, Entry(c.name, "country", True))
            if dem.endswith(("an", "i")):  # "the Israelis", "Ukrainians"
                out.setdefault(dem + "s", Entry(c.name, "country", False))
        for met in c.metonyms:
            out.setdefault(met, Entry(c.name, "country", False))
    for s, name in REGIONS.items():
        out.setdefault(s, Entry(name, "region", False))
    for s, name in REGION_ADJECTIVES.items():
        out.setdefault(s, Entry(name, "region", True))
    for s, name in BLOCS.items():
        out.setdefault(s, Entry(name, "bloc", True))
    for s, name in INSTITUTIONS.items():
        out.setdefault(s, Entry(name, "institution", True))
    for s, name in GENERIC_DONORS.items():
        out.setdefault(s, Entry(name, "bloc", False))
        out.setdefault(s[0].upper() + s[1:], Entry(name, "bloc", False))  # "Allies must"
    for s, name in GROUPS.items():
        out.setdefault(s, Entry(name, "group", False))
        out.setdefault(s[0].upper() + s[1:], Entry(name, "group", False))
    return MappingProxyType(out)


ENTRIES: Final = _build_entries()


_LETTERS_RE: Final = lazy_compile(r"\p{L}+")


def _index_by_letters(entries: Iterable[str]) -> Mapping[str, tuple[tuple[str, Entry], ...]]:
    """Surface strings by the letters they start with ("U" for "U.S."), longest first."""
    out: dict[str, list[tuple[str, Entry]]] = {}
    for s in sorted(entries, key=len, reverse=True):
        letters = _LETTERS_RE.match(s)
        if letters is None:
            raise ValueError(f"a gazetteer string must start with a letter: {s!r}")
        out.setdefault(letters.group(), []).append((s, ENTRIES[s]))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _needles(strings: Iterable[str]) -> tuple[str, ...]:
    """What to look for to find each string: strings that share a long first word, that word.

    >>> _needles(["donor nations", "donor countries", "the West", "the Maldives", "allies"])
    ('donor', 'the West', 'the Maldives', 'allies')
    """
    groups: dict[str, list[str]] = {}
    for s in strings:
        groups.setdefault(s.split()[0], []).append(s)
    out: list[str] = []
    for word, group in groups.items():
        out.extend([word] if len(group) > 1 and len(word) >= 5 else group)  # not "the"
    return tuple(out)


def _nest(needles: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The needles that hold no other one, each with those that hold it (looked for only then).

    A needle that holds another is in the text only where that one is, so most sentences
    are searched once for "victims", not four times for each kind of victims.

    >>> _nest(["donors", "donor", "victims", "flood victims", "allies"])
    (('donor', ('donors',)), ('victims', ('flood victims',)), ('allies', ()))
    """
    found = tuple(needles)
    inner = [n for n in found if not any(m != n and m in n for m in found)]
    within: dict[str, list[str]] = {n: [] for n in inner}
    for n in found:
        if n not in within:
            within[next(m for m in inner if m in n)].append(n)
    return tuple((n, tuple(held)) for n, held in within.items())


# The scan finds what ``(?<![\w$@#])\L<entries>(?![\w$])`` finds: proper names are
# case-sensitive ("US" is never "us"), "US$" and "A$" are currencies, and at each start
# the longest entry that ends there on a word boundary wins. A named list of ~1,000
# strings costs the regex engine ~4 µs at every capital, so the scan collects candidate
# starts instead (capitalised words, and the few lower-case entries by str.find) and
# looks each one up by its leading letters: an entry that matches starts with exactly
# the letters the text has there, as a letter after it would be no word boundary.
_BY_LETTERS: Final = _index_by_letters(ENTRIES)
_LOWER_NEEDLES: Final = _nest(_needles(s for s in ENTRIES if not s[0].isupper()))  # "allies"
_NEEDLES: Final = tuple(needle for needle, _ in _LOWER_NEEDLES)
_HELD: Final = MappingProxyType(dict(_LOWER_NEEDLES))  # a needle: those that hold it
_CAPITAL_WORD_RE: Final = lazy_compile(r"(?<![\w$@#])\p{Lu}\p{L}*")
# The same on ASCII text, where ``\p{Lu}`` and ``\p{L}`` hold these letters and ``\w`` is
# [A-Za-z0-9_] in both engines: the standard library's scans a sentence three times faster.
_ASCII_CAPITAL_WORD_RE: Final = re.compile(r"[A-Z](?<![\w$@#][A-Z])[A-Za-z]*", re.ASCII)
_NAME_START_RE: Final = lazy_compile(r"(?<![\w$@#])")  # matched at a position: zero-width
_NAME_END_RE: Final = lazy_compile(r"(?![\w$])")
_NAME_ENDERS: Final = frozenset(" \n,.;:!?()'’\"”-")  # never [\w$]: no need to ask _NAME_END_RE
_NAME_LAST_CHARS: Final = frozenset(s[-1] for s in ENTRIES)

_I: Final = regex.IGNORECASE
_V: Final = regex.VERBOSE
# Patterns that must end where a window ends (``\Z``) are matched right to left: a
# forward search tries every start in the window, a backward one only the window's end.
# Both find a match in the same windows; where the match is unique (one start can reach
# ``\Z``) it is the same span with the same groups.
_R: Final = regex.REVERSE

# "Danish kroner", "US dollars": a currency adjective, not a party.
_CURRENCY_AFTER_RE: Final = compile_lists(r"\s+\L<cur>(?!\w)", _I, cur=CURRENCY_NAMES)
# What a currency name can start with, as _CURRENCY_AFTER_RE reads it (without case): the
# printable ASCII characters, and the first two letters of the names, lower-cased.
# (One case-blind pattern per distinct first character: a regex.fullmatch per name and
# character, 94 x 60 module-level calls, cost ~20 ms at every start.)
_FIRST_CHARACTERS: Final = tuple(
    regex.compile(regex.escape(c), _I) for c in sorted({name[0] for name in CURRENCY_NAMES})
)
_CURRENCY_FIRSTS: Final = frozenset(
    ch for ch in map(chr, range(0x21, 0x7F)) if any(p.fullmatch(ch) for p in _FIRST_CHARACTERS)
)


def _openings(names: Iterable[str]) -> frozenset[str]:
    """The first two characters of ``names`` of two or more (ASCII text reads them as written)."""
    out = set()
    for name in names:
        for ch in name[:2]:
            if not ch.isascii() and any(
                regex.fullmatch(regex.escape(ch), a, _I) for a in string.ascii_letters
            ):
                raise ValueError(f"a currency name opens with a letter ASCII folds to: {name!r}")
        if len(name) >= 2:
            out.add(name[:2].lower())
    return frozenset(out)


_CURRENCY_OPENINGS: Final = _openings(CURRENCY_NAMES)
_CAP_BEFORE_RE: Final = lazy_compile(r"(\p{Lu}[\w'’.-]*)\s+\Z")
_CAP_AFTER_RE: Final = lazy_compile(r"\s+(\p{Lu}[\w'’-]*)")

# Capitalised organisation heads: "the Ukraine Relief, Recovery, Reconstruction, and
# Reform Trust Fund (URTF)", "Japan Bank for International Cooperation".
_ORG_HEADS: Final = ("Fund", "Bank", "Foundation", "Agency")  # "Trust Fund" ends in "Fund"
_ORG_HEAD_RE: Final = lazy_compile(rf"(?<!\w)(?:Trust\s+Fund|{'|'.join(_ORG_HEADS)})(?!\w)")
_ORG_BEFORE_RE: Final = lazy_compile(
    r"(?:(?<![\w'’])\p{Lu}[\w'’.-]*(?:,\s+|\s+)(?:(?:and|of|for|the|&)\s+)?){1,10}\Z"
)
_ORG_AFTER_RE: Final = lazy_compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,4})?"
    r"(?:\s+\(\p{Lu}[\p{Lu}\d&-]{1,9}\))?"
)


# ---------------------------------------------------------------------------------------
# Scanning.
# ---------------------------------------------------------------------------------------


def scan(text: str, lo: int, hi: int, names: Names | None = None) -> list[Hit]:
    """Gazetteer hits in ``text[lo:hi]``; ``names`` are those of a span around it, if known."""
    found = _names_within(text, names, lo, hi) if names is not None else None
    if found is None:
        found = name_matches(text, lo, hi)
    return hits_of(text, lo, hi, found)


def hits_of(text: str, lo: int, hi: int, found: list[tuple[int, str, Entry]]) -> list[Hit]:
    """The hits of the names name_matches found in ``text[lo:hi]``."""
    hits: list[Hit] = []
    for start, s, e in found:
        end = start + len(s)
        if (
            e.adjectival
            and _currency_may_follow(text, end, hi)
            and _CURRENCY_AFTER_RE.match(text, end, hi)
        ):
            continue
        if s in AMBIGUOUS_NAMES and _touches_name(text, start, end, lo, hi):
            continue
        hits.append(Hit(start, end, e.name, e.kind, e.adjectival))
    return hits


def _currency_may_follow(text: str, end: int, hi: int) -> bool:
    """False when _CURRENCY_AFTER_RE cannot match at ``end`` ("Danish aid", "Danish,").

    It needs a space there; after one space, the letters of a currency name's opening.
    """
    if end >= hi:
        return False
    ch = text[end]
    if ch != " ":
        return not ("!" <= ch <= "~")  # a printable ASCII character is no space
    pair = text[end + 1 : end + 3]
    if len(pair) == 2 and pair.isascii() and pair.isalpha():  # no letter folds to these
        return pair.lower() in _CURRENCY_OPENINGS  # a one-letter name needs no letter after
    nxt = pair[:1]
    return nxt in _CURRENCY_FIRSTS or not ("!" <= nxt <= "~")  # "" at hi: a space alone


def _names_within(text: str, names: Names, lo: int, hi: int) -> list[tuple[int, str, Entry]] | None:
    """The names of a wider span that name_matches would find in ``text[lo:hi]``, or None.

    They are the same unless a name crosses ``lo`` or ``hi`` (a scan from ``lo`` would
    start afresh, one up to ``hi`` would find a shorter name), or a word goes on at
    ``hi`` after a character that can end a name (one that ends there ends on a word
    boundary only in the shorter scan).
    """
    if lo < names.lo or hi > names.hi:
        return None
    i = bisect_left(names.starts, lo)
    j = bisect_left(names.starts, hi, i)
    found = names.found
    if i > 0 and found[i - 1][0] + len(found[i - 1][1]) > lo:
        return None
    if j > i and found[j - 1][0] + len(found[j - 1][1]) > hi:
        return None
    end = names.hi
    if hi < end and text[hi - 1] in _NAME_LAST_CHARS and not _ends_name(text, hi, end):
        return None
    return found[i:j]


def _ends_name(text: str, end: int, hi: int) -> bool:
    r"""True when no word goes on at ``end`` in ``text[:hi]``: what ``(?![\w$])`` tests."""
    return end == hi or text[end] in _NAME_ENDERS or _NAME_END_RE.match(text, end, hi) is not None


def name_matches(text: str, lo: int, hi: int) -> list[tuple[int, str, Entry]]:
    """Gazetteer strings in ``text[lo:hi]``, left to right and never overlapping.

    >>> t = "Gaza Strip. Gaza Stripe, allies"
    >>> [(i, s) for i, s, _ in name_matches(t, 0, len(t))]
    [(0, 'Gaza Strip'), (12, 'Gaza'), (25, 'allies')]
    """
    span = text[lo:hi]
    ascii = span.isascii() and text[lo - 1 : lo].isascii()  # with what the lookbehind reads
    capitals = _ASCII_CAPITAL_WORD_RE if ascii else _CAPITAL_WORD_RE
    # only the words that start a gazetteer string: most capitalised words name nothing
    by_letters = _BY_LETTERS
    starts = [(m.start(), w) for m in capitals.finditer(text, lo, hi) if (w := m[0]) in by_letters]
    lower = False
    for needle in _NEEDLES:
        if needle not in span:  # cheaper than a bounded find, most needles are absent
            continue
        lower = _lower_starts(text, lo, hi, needle, starts) or lower
        for outer in _HELD[needle]:
            if outer in span:
                lower = _lower_starts(text, lo, hi, outer, starts) or lower
    if lower:
        starts = sorted(set(starts))
    out: list[tuple[int, str, Entry]] = []
    pos = lo
    for i, word in starts:
        if i < pos:
            continue
        if not word:
            letters = _LETTERS_RE.match(text, i, hi)
            word = letters.group() if letters is not None else ""
        for s, e in _BY_LETTERS.get(word, ()):
            end = i + len(s)
            if end <= hi and text.startswith(s, i) and _ends_name(text, end, hi):
                out.append((i, s, e))
                pos = end
                break
    return out


def _lower_starts(text: str, lo: int, hi: int, needle: str, starts: list[tuple[int, str]]) -> bool:
    """Add where ``needle`` starts a name in ``text[lo:hi]`` to ``starts``; whether it does."""
    found = False
    i = text.find(needle, lo, hi)
    while i >= 0:
        if _NAME_START_RE.match(text, i) is not None:
            starts.append((i, ""))
            found = True
        i = text.find(needle, i + 1, hi)
    return found


def _touches_name(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when a capitalised non-function word sits right beside the hit ("Michael Jordan")."""
    before = _CAP_BEFORE_RE.search(text, max(lo, start - 30), start)
    after = _CAP_AFTER_RE.match(text, end, hi)
    return any(
        m is not None and m.group(1).lower() not in FUNCTION_WORDS and m.group(1) not in ENTRIES
        for m in (before, after)
    )


def _may_name_org(text: str, lo: int, hi: int) -> bool:
    """False when ``text[lo:hi]`` holds no head of _ORG_HEAD_RE (a cheaper test first)."""
    span = text[lo:hi]  # one slice, then 'in' tests: cheaper than bounded finds
    for head in _ORG_HEADS:  # noqa: SIM110 (a loop is faster than any())
        if head in span:
            return True
    return False


def _org_hits(text: str, lo: int, hi: int, hits: list[Hit]) -> list[Hit]:
    """Add capitalised organisation names ("X Trust Fund"); they replace hits inside them."""
    orgs: list[Hit] = []
    for h in _ORG_HEAD_RE.finditer(text, lo, hi):
        before = _ORG_BEFORE_RE.search(text, max(lo, h.start() - 160), h.start())
        if before is None:
            continue
        start = before.start()
        if text.startswith(("The ", "the "), start):
            start += 4
        if start >= h.start():
            continue
        after = _ORG_AFTER_RE.match(text, h.end(), hi)
        end = after.end() if after is not None else h.end()
        if any(x.start <= start and x.end >= h.end() for x in hits):
            continue  # "World Bank", "Asian Development Bank": the gazetteer knows it
        orgs.append(Hit(start, end, tidy(text[start:end]), "institution", True))
    if not orgs:
        return hits
    kept = [h for h in hits if not any(o.start <= h.start and h.end <= o.end for o in orgs)]
    return sorted(kept + orgs, key=lambda h: h.start)


def tidy(s: str) -> str:
    """Collapse whitespace and drop a leading "the".

    >>> tidy("the  UK government")
    'UK government'
    """
    words = s.split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return " ".join(words)
