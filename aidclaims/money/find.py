"""Find money mentions: spans of text that state an amount of money, with their value.

Find first, resolve later: a mention keeps its currency mark as written (``$``, ``kroner``) or
None for a bare figure ("4 billion"); :mod:`aidclaims.money.currency` turns marks into ISO
codes and lets bare figures inherit the currency of their neighbours.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

import regex

from aidclaims.lexicon.currencies import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    CURRENCY_SIGNS,
    DOLLAR_WORDS,
    GLUED_ONLY_MARKS,
    WORD_MARKS_NOT_AFTER_SIGN,
)
from aidclaims.lexicon.numbers import (
    NUMBER_VOCABULARY,
    NUMBER_WORDS,
    NUMERAL,
    SCALES,
    SHORT_SCALES,
    parse_number,
    parse_number_words,
)
from aidclaims.model import Qualifier, Rate
from aidclaims.money.bare import bare_is_money
from aidclaims.money.opening import AfterDigits, Openers, StartScan
from aidclaims.money.ranges import SPACES, is_connector, is_range, words_before
from aidclaims.text.lazy import lazy_compile, lazy_lists
from aidclaims.text.listed import listed_entry, listed_value, listed_words
from aidclaims.text.pieces import PIECE, folded_pieces

# --- patterns -------------------------------------------------------------------------------

_SP = r"[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break space, thin space
_NUM = NUMERAL
_LONG_SCALES = sorted(k for k in SCALES if k not in SHORT_SCALES)
_SCALE_WORDS = sorted(k for k in SCALES if len(k) > 3)  # after number words: "two billion"
_ISO_CODES = sorted(k for k in CURRENCY_BEFORE if k.isalpha() and k.isupper())
_NUMBER_WORD_LIST = sorted(NUMBER_WORDS)
_FRACTIONS = ("half", "quarter", "third")  # "half a billion", "a quarter of a billion"

# Its named lists are spelled out as tries (lazy_lists, case kept: the lists read inside
# "(?i:...)" are lower-case), which fails at a position that opens no money ~2x sooner.
_LOOK_BEHIND: Final = rf"""
    (?<![\p{{L}}\p{{N}}{CURRENCY_SIGNS}])
    """
# The three forms, each between line breaks.
_FORM_1: Final = rf"""
        # 1. currency before: "$60 billion", "US$163 million", "EUR40 bln", "$2-3 billion"
        (?P<pre>\L<cur_before>)(?:{_SP}|(?<=\p{{L}})\.?)?
        (?P<num>{_NUM})
        (?:
            (?P<rsep>{_SP}?[-–—−]{_SP}?|{_SP}+to{_SP}+|{_SP}+and{_SP}+)
            (?:\L<cur_before>)?{_SP}?
            (?P<num2>{_NUM})
        )?
        (?:(?:{_SP}|-)?(?P<scale>(?i:\L<scales>))(?![\p{{L}}\p{{N}}]))?
        (?:(?:{_SP}|-)?(?P<scale2>(?i:crore|crores))(?![\p{{L}}]))?   # "5 lakh crore"
        (?:{_SP}(?P<post>(?i:\L<cur_after>))(?![\p{{L}}]))?          # "$12 billion euros"
"""
_FORM_2: Final = rf"""
        # 2. digits, then a scale and/or a currency after: "20 billion euros", "4 billion"
        (?P<num>{_NUM})
        (?:
            (?P<rsep>{_SP}?[-–—−]{_SP}?|{_SP}+to{_SP}+|{_SP}+and{_SP}+)
            (?P<num2>{_NUM})
        )?
        (?:
            (?:{_SP}|-)?(?P<scale>(?i:\L<long_scales>))(?![\p{{L}}\p{{N}}])
            (?:{_SP}(?P<scale2>(?i:crore|crores))(?![\p{{L}}]))?
            (?:{_SP}(?P<post>(?i:\L<cur_after>)|\L<iso>)(?![\p{{L}}]))?
        |
            {_SP}(?P<post>(?i:\L<cur_after>)|\L<iso>)(?![\p{{L}}])
        )
"""
_FORM_3: Final = rf"""
        # 3. number words and a scale word: "one billion dollars", "half a billion"
        (?P<words>(?i:(?:an?{_SP})?(?:{"|".join(_FRACTIONS)})(?:{_SP}of)?{_SP}an?
            |\L<numw>(?:(?:{_SP}|-)\L<numw>){{0,3}}
            (?:{_SP}and{_SP}an?{_SP}(?:half|quarter))?))
        {_SP}(?P<scale>(?i:\L<scale_words>))(?![\p{{L}}])
        (?:{_SP}(?P<post>(?i:\L<cur_after>)|\L<iso>)(?![\p{{L}}]))?
"""
_MONEY_TEMPLATE: Final = f"{_LOOK_BEHIND}(?:{_FORM_1}    |{_FORM_2}    |{_FORM_3}    )\n    "
MONEY_LISTS: Final[dict[str, list[str]]] = {
    "cur_before": sorted(CURRENCY_BEFORE),
    "cur_after": sorted(CURRENCY_AFTER),
    "iso": _ISO_CODES,
    "scales": sorted(SCALES),
    "long_scales": _LONG_SCALES,
    "scale_words": _SCALE_WORDS,
    "numw": _NUMBER_WORD_LIST,
}
_MONEY_FLAGS: Final = regex.VERBOSE | regex.VERSION1
_MONEY_RE: Final = lazy_lists(_MONEY_TEMPLATE, _MONEY_FLAGS, **MONEY_LISTS)
# One form alone where the first character rules out the others (a digit opens form 2, a
# currency sign form 1): the regex module prepares every repeat of a pattern at each call,
# ~15% of a try. A first branch that never matches numbers the groups as _MONEY_RE does.
_NO_FORM: Final = "".join(f"(?P<{g}>)" for g in ("pre", "num", "rsep", "num2", "scale"))
_NO_FORM_TAIL: Final = "".join(f"(?P<{g}>)" for g in ("scale2", "post", "words"))


def _one_form(form: str) -> str:
    return f"{_LOOK_BEHIND}(?:\n(?!){_NO_FORM}{_NO_FORM_TAIL}\n    |{form}    )\n    "


_FORM_2_RE: Final = lazy_lists(
    _one_form(_FORM_2), _MONEY_FLAGS, long_scales=_LONG_SCALES, cur_after=sorted(CURRENCY_AFTER),
    iso=_ISO_CODES,
)  # fmt: skip
_FORM_1_RE: Final = lazy_lists(
    _one_form(_FORM_1), _MONEY_FLAGS, cur_before=sorted(CURRENCY_BEFORE), scales=sorted(SCALES),
    cur_after=sorted(CURRENCY_AFTER),
)  # fmt: skip
#: Its groups by number (``MONEY_GROUPS``, checked by a test), for ``m.groups()`` and spans.
MONEY_GROUPS: Final = ("pre", "num", "rsep", "num2", "scale", "scale2", "post", "words")
_G_PRE, _G_NUM, _G_NUM2, _G_POST = (
    MONEY_GROUPS.index(g) + 1 for g in ("pre", "num", "num2", "post")
)

# --- spans ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """A money expression: ``text[start:end]`` as written, and what it means.

    ``currency_mark`` is the mark as written (``"$"``, ``"kroner"``) or None for a bare
    figure; ``parenthetical`` marks a conversion in brackets after another figure
    ("€21 billion (£18.2 billion)").
    """

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    currency_mark: str | None
    qualifier: Qualifier
    rate: Rate
    parenthetical: bool = False


# --- finding ---------------------------------------------------------------------------------


def find_figures(text: str, lo: int = 0, hi: int | None = None) -> list[MoneyMention]:
    """Find the money figures in ``text[lo:hi]``, in text order, ranges joined, not annotated.

    Every mention is ``exact`` and ``total`` here; :func:`aidclaims.money.annotate.annotate`
    reads qualifiers and rates from the words around it.

    >>> t = "between $1bn and $2bn, cut from 16 to 9 billion kroner"
    >>> [(t[m.start:m.end], m.qualifier.value) for m in find_figures(t)]
    [('$1bn and $2bn', 'range'), ('16', 'exact'), ('9 billion kroner', 'exact')]
    """
    end = len(text) if hi is None else hi
    atoms: list[MoneyMention] = []
    for m in money_matches(text, lo, end):
        atoms.extend(_build_atoms(text, m))
    return _join_ranges(text, atoms)


# --- the literal prefilter --------------------------------------------------------------------
# Every match of _MONEY_RE holds an anchor near its start: a run of digits (forms 1 and 2: a
# currency mark and one character at most before it) or a scale word (form 3: four number
# words and "and a quarter" at most before it). The pattern is tried only at the starts it
# allows (its look-behind) that open a digit, a currency mark or a number word, within that
# reach before an anchor, instead of at every position of the text.
_DIGIT_REACH: Final = max(len(c) for c in CURRENCY_BEFORE) + 1
_WORD_REACH: Final = 4 * max(len(w) for w in _NUMBER_WORD_LIST) + 3 + len(" and an quarter") + 1
_SPACES: Final = SPACES  # what _SP matches
_DIGIT_RUN_RE: Final = lazy_compile(r"(?<!\d)\d")  # where a run of digits starts
_SCALE_WORD_RE: Final = lazy_compile(
    r"(?i:\L<scale_words>)", regex.VERSION1, scale_words=_SCALE_WORDS
)
#: The scale words no other one starts with: where a scale word starts, one of them does.
_SCALE_ROOTS: Final = tuple(
    w for w in _SCALE_WORDS if not any(w != r and w.startswith(r) for r in _SCALE_WORDS)
)
_MARK_FIRST: Final = "".join(sorted({c[0] for c in CURRENCY_BEFORE}))  # case as written
#: The signs a mark starts with ("$", "€"): no number (form 2) or word (form 3) starts there.
_SIGN_FIRST: Final = frozenset(c[0] for c in CURRENCY_BEFORE if not c[0].isalnum())
_ASCII_DIGITS: Final = frozenset("0123456789")
_WORD_FIRST: Final = "".join(sorted({w[0] for w in (*_FRACTIONS, *_NUMBER_WORD_LIST)}))
# a digit opens form 2 only: its numeral is followed by a range, a scale or a currency word
_OPENERS: Final = Openers(
    CURRENCY_BEFORE,
    (*_FRACTIONS, *_NUMBER_WORD_LIST),
    AfterDigits(_SPACES, _ISO_CODES, (*_LONG_SCALES, *CURRENCY_AFTER, "to", "and")),
)
_START_RE: Final = lazy_compile(
    rf"""(?<![\p{{L}}\p{{N}}{CURRENCY_SIGNS}])
    (?:\d|[{regex.escape(_MARK_FIRST)}]|(?i:[{_WORD_FIRST}])|[^\x00-\x7f])""",
    regex.VERBOSE | regex.VERSION1,
)
# what _START_RE matches and refuses before a start, among ASCII characters ("$" of the signs)
_ASCII_FIRSTS: Final = "0123456789" + _MARK_FIRST + _WORD_FIRST + _WORD_FIRST.upper()
_ASCII_BLOCKED: Final = string.ascii_letters + string.digits + "$"
_START_SCAN: Final = StartScan(
    _START_RE, "".join(c for c in _ASCII_FIRSTS if c.isascii()), _ASCII_BLOCKED, 64
)


def money_matches(text: str, lo: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``_MONEY_RE.finditer(text, lo, end)`` yields, trying only the possible starts."""
    windows = [(max(lo, at - _DIGIT_REACH), at) for at in _digit_runs(text, lo, end)]
    for at in scale_word_starts(text, lo, end):
        if at - 2 >= lo and text[at - 1] in _SPACES and text[at - 2].isalpha():
            windows.append((max(lo, at - _WORD_REACH), at))  # "two billion": words before
    if not windows:
        return
    windows.sort()
    done = lo  # no match starts before it (or it is inside the last match)
    w_lo, w_hi = windows[0]
    for next_lo, next_hi in [*windows[1:], (end + 1, end + 1)]:
        if next_lo <= w_hi + 1:
            w_hi = max(w_hi, next_hi)
            continue
        for q in _START_SCAN.starts(text, max(w_lo, done), w_hi + 1):
            if q < done or not _OPENERS.may_open(text, q, end):
                continue
            c = text[q]
            if c in _ASCII_DIGITS:
                m = _FORM_2_RE.match(text, q, end)
            elif c in _SIGN_FIRST:
                m = _FORM_1_RE.match(text, q, end)
            else:
                m = _MONEY_RE.match(text, q, end)
            if m is not None:
                yield m
                done = m.end()
        w_lo, w_hi = next_lo, next_hi


def _digit_runs(text: str, lo: int, end: int) -> list[int]:
    return [m.start() for m in _DIGIT_RUN_RE.finditer(text, lo, end)]


def scale_word_starts(text: str, lo: int, end: int) -> list[int]:
    """Where a scale word ("billion", "Lakh", "TRILLION") starts in ``text[lo:end]``, in order.

    What a case-blind search for the scale words finds, by ``str.find`` on the lower-cased
    span (several times faster); a span whose lower case is not the same length, or that
    holds a long s (both are read as Latin letters by case folding), is searched the slow way.

    >>> scale_word_starts("2 Billion and 5 lakhs, not 5 bn", 0, 31)
    [2, 16]
    """
    found: list[int] = []
    for at, low in folded_pieces(text, lo, end, _ROOT_OVERLAP, str.lower):
        if low is None or "ſ" in low:  # "İ" and "ſ" fold to "i" and "s"
            return [m.start() for m in _SCALE_WORD_RE.finditer(text, lo, end, overlapped=True)]
        for root in _SCALE_ROOTS:
            i = low.find(root, 0, PIECE + len(root) - 1)  # starts in this piece
            while i >= 0:
                found.append(at + i)
                i = low.find(root, i + 1, PIECE + len(root) - 1)
    found.sort()
    return found


_ROOT_OVERLAP: Final = max(len(r) for r in _SCALE_ROOTS) - 1


def _build_atoms(text: str, m: regex.Match[str]) -> list[MoneyMention]:
    """Turn one pattern match into one mention, or two for "from 16.5 to 9.4 billion"."""
    # the groups by number, in the pattern's order (a name costs the regex module 4x more)
    pre, num, rsep, num2, scale_word, scale2, written_post, words = m.groups()
    post = written_post
    if post is not None and post.isalpha() and post.lower() in _ISO_LOWER and not post.isupper():
        post = None  # "try", "all": ISO codes count only in capitals
    if post is not None and post not in CURRENCY_BEFORE:
        post = listed_entry(post, CURRENCY_AFTER)  # "dollarſ" is "dollars"
    if (
        pre is not None
        and pre in GLUED_ONLY_MARKS
        and (scale_word is None or m.start(_G_NUM) != m.end(_G_PRE))
    ):
        return []  # "Y3" is a label, "R 100" a grade; "Y3.1 billion" is yen
    sign_decides = False
    if pre is not None and post is not None:
        low = post.lower()
        if low in WORD_MARKS_NOT_AFTER_SIGN:
            post = None  # "$5 million won by": not Korean won
        elif low in DOLLAR_WORDS:
            sign_decides = True  # "C$5 million dollars" stays CAD
    if words is not None:
        number = parse_number_words(listed_words(words, NUMBER_VOCABULARY))
    else:
        number = parse_number(num)
    if number is None:
        return []
    scale = _scale_of(scale_word, scale2, glued=pre is not None)
    if scale is None:
        return []  # "5 m" without a currency mark is metres, not millions
    mark = pre if sign_decides else post or pre  # "$12 billion euros": the word wins
    if mark is None and scale == 1:
        return []
    value = number * scale
    start, end = m.start(), m.end()
    if post is None and written_post is not None:
        end = m.start(_G_POST)
        while end > start and text[end - 1].isspace():
            end -= 1
    if mark is None and not bare_is_money(text, end):
        return []
    if num2 is None:
        return [MoneyMention(start, end, value, None, mark, Qualifier.EXACT, Rate.TOTAL)]
    high = parse_number(num2)
    if high is None:  # pragma: no cover - the pattern admits only numerals
        return []
    value_max = high * scale
    connector = rsep.strip()
    if value_max > value and is_range(connector, words_before(text, start, 3)):
        return [MoneyMention(start, end, value, value_max, mark, Qualifier.RANGE, Rate.TOTAL)]
    # "from 16.5 to 9.4 billion kroner": two figures sharing the scale and currency
    first_end = m.end(_G_NUM)
    return [
        MoneyMention(m.start(_G_NUM), first_end, value, None, mark, Qualifier.EXACT, Rate.TOTAL),
        MoneyMention(m.start(_G_NUM2), end, value_max, None, mark, Qualifier.EXACT, Rate.TOTAL),
    ]


_ISO_LOWER: Final[frozenset[str]] = frozenset(code.lower() for code in _ISO_CODES)


def _scale_of(word: str | None, second: str | None, *, glued: bool) -> Decimal | None:
    """Multiplier for a scale word; None when a short form stands without a currency mark."""
    if word is None:
        return Decimal(1)
    key = listed_entry(word, SCALES).lower()  # "bİllion" is "billion"
    if key in SHORT_SCALES and not glued:
        return None
    factor = Decimal(SCALES[key])
    if second is not None:
        factor *= listed_value(SCALES, second)  # "5 lakh crore"
    return factor


def _join_ranges(text: str, atoms: list[MoneyMention]) -> list[MoneyMention]:
    """Join two figures into one range.

    "EUR 20 billion to EUR 40 billion", "between $1bn and $2bn".
    """
    out: list[MoneyMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.value_max is None:
            b = atoms[i + 1]
            between = text[a.end : b.start]
            if is_connector(between) and b.value_max is None and b.value > a.value:
                same_mark = b.currency_mark in (None, a.currency_mark) or a.currency_mark is None
                connector = between.strip(SPACES)
                if same_mark and is_range(connector, words_before(text, a.start, 3)):
                    mark = a.currency_mark or b.currency_mark
                    out.append(
                        MoneyMention(
                            a.start, b.end, a.value, b.value, mark, Qualifier.RANGE, Rate.TOTAL
                        )
                    )
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out
