"""The period grammar: one pattern per rule, most specific first, and its compiler.

Sources: English news usage in aid reporting ("the first quarter of 2025", "over the next
three years", "FY2025-26") and the time grammars of Duckling and Recognizers-Text. The named
groups of RULES (``y``, ``mon``, ``num``, ``unit``, ``rel``, ``q_y``, ...) are read by the
builders in :mod:`aidclaims.periods.find`; a name may repeat across alternatives of one rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.lexicon.words import MONTHS
from aidclaims.periods._table import (
    ANCHOR_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    PREPOSITIONS,
    RELATIVE,
    UNITS,
    UNTIL_WORDS,
)
from aidclaims.text.trie import compile_lists

# ---- grammar ----------------------------------------------------------------------------
# 1900-2100, not inside a figure ("$2024", "2,024", "2024.5", "03/10/2025") nor a percentage
_YEAR: Final = (
    rf"(?<![\p{{N}}{CURRENCY_SIGNS},./])(?:19\d\d|20\d\d|2100)(?!\p{{N}}|[.,]\p{{N}}|\s?%)"
)
_MONTH: Final = r"(?-i:\L<month>)\b"  # capitalised only: "they march on" is no month
_NUM: Final = r"(?:\L<number>|\d{1,3})\b"
_ORD: Final = r"(?:st|nd|rd|th)?\b"  # "July 1st"
_DD: Final = r"\d{1,2}"
_PREP: Final = r"(?:(?:\L<prep>)\s+)?"
_SPAN_PREP: Final = r"(?:(?:\L<prep>|over)\s+)?"  # "over the next four years"


def point(p: str) -> str:
    """A point in time, its groups prefixed ``p_``: "July 1st", "March 2025", "FY2026"."""
    return rf"""(?:
        (?P<{p}_mon>{_MONTH})\.?\s+(?P<{p}_day>{_DD}){_ORD}(?:,?\s+(?P<{p}_y>{_YEAR}))?
      | (?P<{p}_day>{_DD}){_ORD}\s+(?:of\s+)?(?P<{p}_mon>{_MONTH})(?:\.?,?\s+(?P<{p}_y>{_YEAR}))?
      | (?P<{p}_mon>{_MONTH})(?:\.?,?\s+(?:of\s+)?(?P<{p}_y>{_YEAR}))?
      | (?P<{p}_fy>FY\s?|fiscal\s+(?:year\s+)?)(?P<{p}_y>{_YEAR})
      | (?P<{p}_y>{_YEAR})
      | (?:the\s+)?(?P<{p}_rel>this|next|last|current|coming)\s+year\b
      | the\s+(?P<{p}_cur>year)\b
      | (?P<{p}_cur>year)[\s-]end\b
    )"""


# the year of a quarter, half or "first N months": "of 2025", "of fiscal 2025", "of the
# year", "of next year"; without one, the publication year
_YEARSPEC: Final = rf"""(?:the\s+)?(?:
      (?P<q_fy>FY\s?['’]?|fiscal\s+(?:year\s+)?)(?:(?P<q_y>{_YEAR})|(?P<q_yy>\d\d)\b)
    | (?P<q_y>{_YEAR})(?:\s+(?P<q_fy>fiscal)\b(?:\s+year)?)?
    | (?P<q_rel>\L<rel>)\s+(?:(?P<q_fy>fiscal)\s+)?year\b
    | (?:(?P<q_fy>fiscal)\s+)?(?P<q_cur>year)\b
)"""
# the second year of a pair: "2024-2027", "2025–26", "2024/25"
_PAIR: Final = rf"\s?[-–—/]\s?(?:(?P<y2>{_YEAR})|(?P<yy2>\d\d)(?!\d))(?![-/]\d)"

#: One (name, pattern) per rule, most specific first: at one position the first alternative
#: that matches wins, so longer constructions come before the ones they contain.
RULES: Final[tuple[tuple[str, str], ...]] = (
    # "since August 2017", "since the start of 2024", "since the invasion in February 2022",
    # "since the 2022 invasion"
    (
        "since",
        rf"""since\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+|the\s+(?=\d{{4}}\s))?{point("s")}
        | since\s+(?:[\p{{L}}’'-]+\s+){{1,8}}?(?:in|of)\s+{point("s")}""",
    ),
    # "by 2027", "until the end of 2026", "through 2026", "by the end of the year"
    ("until", rf"(?:\L<until>)\s+(?:the\s+(?:end|close)\s+of\s+)?{point('u')}"),
    # "between 2023 and 2025", "from March 2024 to June 2025"
    (
        "span",
        rf"""{_PREP}(?:between\s+{point("a")}\s+and
        | from\s+{point("a")}\s+(?:to|until|till|through|thru))\s+{point("b")}""",
    ),
    # "the first three months of 2025", "the last six months of 2024"
    (
        "first_n",
        rf"""{_PREP}(?:the\s+)?(?P<edge>first|last|final)\s+(?P<num>{_NUM})\s+
        (?P<unit>month|quarter)s\s+of\s+{_YEARSPEC}""",
    ),
    # "the first quarter of 2025", "the second half of the year", "Q1 2025", "H2 2024", "Q3"
    (
        "year_part",
        rf"""{_PREP}(?:
          (?:the\s+)?(?P<ord>\L<ordinal>)\s+(?P<part>quarter|half)\b(?:\s+of\s+{_YEARSPEC})?
        | (?-i:(?P<ql>[QH]))(?P<qn>\d)\b(?:['’](?P<q_yy>\d\d)\b|\s*(?:of\s+)?[-/]?\s*{_YEARSPEC})?
        | (?P<q_y>{_YEAR})\s?[-/]?\s?(?-i:(?P<ql>[QH]))(?P<qn>\d)\b)""",
    ),
    # "FY2025", "FY25", "fiscal year 2025", "the 2025 fiscal year", "the next fiscal";
    # months of one: "July-March of FY2023-24" (Pakistani and Bangladeshi budget reports)
    (
        "fiscal",
        rf"""{_PREP}(?:(?P<fm1>{_MONTH})\s?[-–]\s?(?P<fm2>{_MONTH})\s+(?:of\s+)?(?:the\s+)?)?(?:
          (?P<fy>FY|F\.Y\.)\s?['’]?(?:(?P<y>{_YEAR})|(?P<yy>\d\d)\b)(?:{_PAIR})?
        | (?P<fy>fiscal)\s+(?:year\s+)?(?P<y>{_YEAR})(?:{_PAIR})?
        | (?:the\s+)?(?P<y>{_YEAR})(?:{_PAIR})?\s+(?P<fy>fiscal)\b(?:\s+year)?
        | (?:the\s+)?(?P<rel>\L<rel>)\s+(?P<fy>fiscal)\b(?:\s+year)?)""",
    ),
    # "over the next four years", "in the last two years", "the past four months"
    (
        "rel_n",
        rf"""{_SPAN_PREP}(?:the\s+)?(?P<rel>\L<rel>)\s+(?P<num>{_NUM})\s+
        (?P<unit>\L<unit>)s?\b""",
    ),
    # "this year", "last month", "earlier this year", "the past year", "next quarter"
    (
        "rel_one",
        rf"""{_SPAN_PREP}(?:(?P<edge>earlier|later)\s+)?(?P<the>the\s+)?
        (?P<rel>\L<rel>)\s+(?P<unit>year|quarter|month|week)\b""",
    ),
    # "last October", "this May"
    ("rel_month", rf"{_PREP}(?P<rel>\L<rel>)\s+(?P<mon>{_MONTH})(?!\.?\s*\d)"),
    # day dates, consumed and dropped: "June 24-25", "5 March 2025", "2025-03-05"
    (
        "day",
        rf"""(?:
          {_MONTH}\.?\s+{_DD}{_ORD}(?:\s?[-–]\s?{_DD}{_ORD})?(?:,?\s+{_YEAR})?
        | {_DD}{_ORD}(?:\s?[-–]\s?{_DD}{_ORD})?\s+(?:of\s+)?{_MONTH}(?:\.?,?\s+{_YEAR})?
        | {_YEAR}-\d\d-\d\d\b
        | {_DD}/{_DD}/\d{{2,4}}\b)""",
    ),
    # "2024-2027", "2024–2026", "2025-26", "for 2024-2026", "the years 2024–2026"
    ("year_range", rf"{_PREP}(?:the\s+(?:years?|period)\s+)?(?P<y>{_YEAR}){_PAIR}"),
    # "March 2025", "in February 2022", "mid-June 2024"
    (
        "month_year",
        rf"""{_PREP}(?:(?:early|mid|late)[\s-]+)?(?P<mon>{_MONTH})\.?,?\s+
        (?:of\s+)?(?P<y>{_YEAR})""",
    ),
    # "in March" (needs a preposition: "March" alone may be the verb or a name)
    (
        "bare_month",
        rf"""(?:(?:\L<prep>)\s+(?:(?:early|mid|late)[\s-]+)?|(?:early|mid|late)[\s-]+)
        (?:the\s+month\s+of\s+)?(?P<mon>{_MONTH})(?!\.?\s*\d)""",
    ),
    # "over five years starting in 2026", "for three years from 1 July 2025"
    (
        "duration_after",
        rf"""(?:over|for|during|within)\s+(?:a\s+(?:period|span)\s+of\s+)?(?:the\s+next\s+)?
          (?P<num>{_NUM})\s+(?P<unit>\L<unit>)s?,?\s+(?:\L<anchor>)\s+{point("f")}""",
    ),
    # "from July 1st, over a period of three years", "for another three years", "three-year"
    (
        "duration",
        rf"""(?:(?:\L<anchor>)\s+{point("f")},?\s+)?(?:over|for|during|within)\s+
          (?:a\s+(?:period|span)\s+of\s+)?(?:another\s+|a\s+further\s+|an\s+additional\s+)?
          (?P<num>{_NUM})\s+(?P<unit>\L<unit>)s?\b
        | (?P<num>{_NUM})-(?P<unit>year|month)\b(?!-)""",
    ),
    # open-ended from a start: "from 2026", "starting in 2026", "as of next year", "from
    # January 2026 onwards" (not "from 2024 to 2027", a span; not "from last year's budget")
    (
        "onward",
        rf"""(?:from|starting(?:\s+(?:from|in|on))?|beginning(?:\s+(?:in|on))?|as\s+of|effective)
          \s+{point("o")}(?!['’]|\s*(?:to|until|till|through|thru|and|or)\s|\s?[-–—/]\s?\d)
          (?!.{{0,120}}?\b(?:over|for|during|within)\s+(?:a\s+(?:period|span)\s+of\s+)?
            (?:another\s+)?(?:\L<number>|\d{{1,3}})\s+\L<unit>)  # an anchor of a duration
          (?:\s+(?:on)?wards?\b)?""",
    ),
    # "in 2024", "throughout 2024", "for 2025", "mid-2025", "the year 2023", "the 2024 budget"
    (
        "year",
        rf"""(?:(?P<yprep>\L<prep>)\s+)?(?P<yword>(?:the\s+)?(?:calendar\s+)?year\s+)?
        (?:(?P<edge>early|mid|late)[\s-]+)?(?P<y>{_YEAR})\b""",
    ),
)

_HEAD_WORDS: Final = ("since", "year", "quarter", "half", "month", "week", "day", "fiscal")
#: Every rule's match holds one of these heads, so text without one holds no period.
HEADS: Final = rf"""\d{{4}} | \b(?:[QH]\d|FY|F\.Y\.) | (?-i:\L<month>)\b
    | \b(?:{"|".join(_HEAD_WORDS)})"""
# Where a head may start, for the standard library's engine (several times faster at
# scanning): the same strings, a word boundary weakened to "no ASCII letter before". Every
# branch opens with a literal character (a digit, a month's capital, either case of a head
# word's first letter), so the engine jumps from one such character to the next. Ignoring
# case, ``regex`` also matches four other characters to ASCII letters, and a non-ASCII
# digit is no literal: text holding one of them is searched with the head pattern itself.
_UNUSUAL_RE: Final = re.compile(r"[^\x00-\x7f](?<=[\u017f\u0130\u0131\u212a\d])")  # ſ İ ı K


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


def _hint_branches() -> list[str]:
    """One branch per first character, each a literal (the engine's first look needs one).

    At a character that opens some branch the engine walks the branches in turn: the
    lower-case letters (most of the characters tried, and most are inside a word) come
    first, in the order of their frequency in English, then digits, then capitals.
    """
    rests: dict[str, list[str]] = {}
    for digit in "0123456789":
        rests[digit] = [r"\d{3}"]
    for month in sorted(MONTHS, key=len, reverse=True):
        rests.setdefault(month[0], []).append(re.escape(month[1:]))
    for word in ("Q0", "H0", "FY", "F.Y.", *_HEAD_WORDS):  # "Q0": a letter and a digit
        rest = r"\d" if word[1] == "0" else _any_case(word[1:])
        for first in sorted({word[0].lower(), word[0].upper()}):
            rests.setdefault(first, []).append(rf"(?<![a-zA-Z].){rest}")
    order = {c: i for i, c in enumerate("etaoinshrdlcumwfgypbvkjxqz")}
    firsts = sorted(rests, key=lambda c: (not c.islower(), not c.isdigit(), order.get(c, 0), c))
    return [re.escape(c) + _one_of(rests[c]) for c in firsts]


def _one_of(rests: list[str]) -> str:
    """``rests`` as one alternation; a look behind that opens all of them is read once."""
    behind = "(?<![a-zA-Z].)"
    if len(rests) == 1:
        return rests[0]
    if all(r.startswith(behind) for r in rests):
        return behind + _one_of([r[len(behind) :] for r in rests])
    return f"(?:{'|'.join(rests)})"


_HEAD_HINT_RE: Final = re.compile("|".join(_hint_branches()))


@cache
def head_pattern() -> regex.Pattern[str]:
    """The heads as one pattern (see ``HEADS``)."""
    return compile_grammar(HEADS)


def find_head(text: str, pos: int, hi: int, *, usual: bool = False) -> regex.Match[str] | None:
    """What ``head_pattern().search(text, pos, hi)`` finds, tried only where a head may start.

    ``usual``: the caller knows ``text[pos:hi]`` holds no character the hints miss (see
    ``has_unusual``), so it is not looked for again.

    >>> find_head("Aid in Sept. 2025", 0, 17).group(), find_head("today", 0, 5)
    ('Sept', None)
    """
    heads = head_pattern()
    if not usual and has_unusual(text, pos, hi):
        return heads.search(text, pos, hi)
    while (hint := _HEAD_HINT_RE.search(text, pos, hi)) is not None:
        m = heads.match(text, hint.start(), hi)
        if m is not None:
            return m
        pos = hint.start() + 1
    return None


def has_unusual(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a character the head hints miss (ſ İ ı K, other digits).

    >>> has_unusual("FY٢٠٢٥", 0, 6), has_unusual("FY2025", 0, 6)
    (True, False)
    """
    # every character the pattern looks for is outside ASCII: an ASCII slice holds none
    return not text[lo:hi].isascii() and _UNUSUAL_RE.search(text, lo, hi) is not None


#: The words a rule can open with (besides digits, months, "Q1", "FY"): a cheap first test.
OPENERS: Final[frozenset[str]] = frozenset(
    word.split()[0]
    for table in (PREPOSITIONS, UNTIL_WORDS, ANCHOR_WORDS, RELATIVE, ORDINALS, NUMBER_WORDS)
    for word in table
).union(
    (
        "the",
        "since",
        "between",
        "over",
        "early",
        "mid",
        "late",
        "earlier",
        "later",
        "fiscal",
        "calendar",
        "year",
    )
)


#: The named lists of the grammar's patterns (``\L<month>``, ``\L<number>``, ...).
GRAMMAR_LISTS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "month": tuple(MONTHS),
        "number": tuple(NUMBER_WORDS),
        "ordinal": tuple(ORDINALS),
        "unit": tuple(UNITS),
        "rel": tuple(RELATIVE),
        "prep": tuple(PREPOSITIONS),
        "until": tuple(UNTIL_WORDS),
        "anchor": tuple(ANCHOR_WORDS),
        "opener": tuple(OPENERS),
    }
)


@cache
def grammar_words() -> frozenset[str]:
    """Every word of ASCII letters the grammar can read, lower-case, and more.

    The words of its tables and every run of letters in its rules (group names and escapes
    too: a word too many only means a cut missed in ``scan``, or a word that stays as it is
    written in ``find``).
    """
    texts = [*(w for table in GRAMMAR_LISTS.values() for w in table), *(p for _, p in RULES)]
    return frozenset(w.lower() for t in texts for w in regex.findall(r"[A-Za-z]+", t))


def compile_grammar(pattern: str) -> regex.Pattern[str]:
    r"""Compile ``pattern`` (VERBOSE, case-insensitive) with the tables as named lists.

    Each ``\L<name>`` is spelled out as a character trie (:func:`aidclaims.text.trie.trie`):
    it matches what the named list matches, in the same order, several times faster.

    >>> compile_grammar(r"\L<month>\s+\L<number>").fullmatch("May three") is not None
    True
    """
    # entries keep their case: the rules also read months case-sensitively, (?-i:\L<month>)
    flags = regex.IGNORECASE | regex.VERBOSE
    return compile_lists(pattern, flags, fold_case=False, **GRAMMAR_LISTS)


#: RULES as one alternation, each alternative a group named after its rule.
ALTERNATIVES: Final = "|".join(f"(?P<{name}>{pattern})" for name, pattern in RULES)


#: The letters a rule's match can open with (case aside; besides digits): a one-character
#: look before the word look of ``period_pattern``.
FIRST_LETTERS: Final = "".join(
    sorted({w[0].lower() for w in (*OPENERS, *MONTHS, "Q", "H", "F")} - set("0123456789"))
)


#: A cheap look at the first character, then the first word, that every match passes: it
#: skips most positions before the alternatives are tried.
FIRST_LOOK: Final = (
    rf"\b(?=[\d{FIRST_LETTERS}])(?=\d|[QH]\d|F\.?Y|(?-i:\L<month>)\b|(?:\L<opener>)\b)"
)


@cache
def period_pattern() -> regex.Pattern[str]:
    """Every rule in one pattern, each alternative a group named after its rule.

    Compiled on first use: it takes ~80 ms, a tenth of the pipeline's import.
    """
    return compile_grammar(f"{FIRST_LOOK}(?:{ALTERNATIVES})")


@cache
def anchor_pattern() -> regex.Pattern[str]:
    """What a duration counts from ("from July 1st"), compiled on first use (rarely needed)."""
    return compile_grammar(rf"\b(?:\L<anchor>)\s+{point('f')}")
