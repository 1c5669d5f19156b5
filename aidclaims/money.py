"""Money mentions: spans of text that state an amount of money, with value, qualifier and rate.

Find first, resolve later: a mention keeps its currency mark as written (``$``, ``kroner``) or
None for a bare figure ("4 billion"); ``assemble`` turns marks into ISO codes and lets bare
figures inherit the currency of their neighbours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_AFTER, CURRENCY_BEFORE
from aidclaims.lexicon.numbers import (
    NUMBER_WORDS,
    NUMERAL,
    SCALES,
    SHORT_SCALES,
    parse_number,
    parse_number_words,
)
from aidclaims.lexicon.words import MODAL_VERBS
from aidclaims.model import Qualifier, Rate

# --- tables ---------------------------------------------------------------------------------

#: Words just before a figure that qualify it, lower-case ("over €20 billion").
PRE_QUALIFIERS: Final[Mapping[str, Qualifier]] = MappingProxyType(
    {
        # at least
        "at least": Qualifier.AT_LEAST,
        "a minimum of": Qualifier.AT_LEAST,
        "minimum of": Qualifier.AT_LEAST,
        "no less than": Qualifier.AT_LEAST,
        "not less than": Qualifier.AT_LEAST,
        "no fewer than": Qualifier.AT_LEAST,
        # more than
        "over": Qualifier.MORE_THAN,
        "more than": Qualifier.MORE_THAN,
        "above": Qualifier.MORE_THAN,
        "upwards of": Qualifier.MORE_THAN,
        "upward of": Qualifier.MORE_THAN,
        "in excess of": Qualifier.MORE_THAN,
        "exceeding": Qualifier.MORE_THAN,  # "aid exceeding $2 billion"
        "north of": Qualifier.MORE_THAN,
        # up to
        "up to": Qualifier.UP_TO,
        "as much as": Qualifier.UP_TO,
        "as many as": Qualifier.UP_TO,
        "a maximum of": Qualifier.UP_TO,
        "maximum of": Qualifier.UP_TO,
        "no more than": Qualifier.UP_TO,
        "not more than": Qualifier.UP_TO,
        "at most": Qualifier.UP_TO,
        # less than
        "under": Qualifier.LESS_THAN,
        "less than": Qualifier.LESS_THAN,
        "below": Qualifier.LESS_THAN,
        "fewer than": Qualifier.LESS_THAN,
        # about
        "about": Qualifier.ABOUT,
        "around": Qualifier.ABOUT,
        "roughly": Qualifier.ABOUT,
        "approximately": Qualifier.ABOUT,
        "approx.": Qualifier.ABOUT,
        "approx": Qualifier.ABOUT,
        "nearly": Qualifier.ABOUT,
        "almost": Qualifier.ABOUT,
        "some": Qualifier.ABOUT,  # "some $5 billion"
        "close to": Qualifier.ABOUT,
        "an estimated": Qualifier.ABOUT,
        "estimated": Qualifier.ABOUT,
        "circa": Qualifier.ABOUT,
        "c.": Qualifier.ABOUT,
        "~": Qualifier.ABOUT,
    }
)

#: Words just after a figure that qualify it ("$5 billion or more").
POST_QUALIFIERS: Final[Mapping[str, Qualifier]] = MappingProxyType(
    {
        "or more": Qualifier.AT_LEAST,
        "and more": Qualifier.AT_LEAST,
        "at least": Qualifier.AT_LEAST,  # "$5 billion at least"
        "or above": Qualifier.AT_LEAST,
        "and above": Qualifier.AT_LEAST,
        "plus": Qualifier.MORE_THAN,  # "$5 billion plus"
        "-plus": Qualifier.MORE_THAN,  # "a $5 billion-plus package"
        "or less": Qualifier.UP_TO,
        "at most": Qualifier.UP_TO,
        "or so": Qualifier.ABOUT,
    }
)

#: Rates written after a figure ("1 billion dollars every month"), lower-case.
RATES: Final[Mapping[str, Rate]] = MappingProxyType(
    {
        # per day
        "a day": Rate.PER_DAY,
        "per day": Rate.PER_DAY,
        "each day": Rate.PER_DAY,
        "every day": Rate.PER_DAY,
        "daily": Rate.PER_DAY,
        # per week
        "a week": Rate.PER_WEEK,
        "per week": Rate.PER_WEEK,
        "each week": Rate.PER_WEEK,
        "every week": Rate.PER_WEEK,
        "weekly": Rate.PER_WEEK,
        # per month
        "a month": Rate.PER_MONTH,
        "per month": Rate.PER_MONTH,
        "each month": Rate.PER_MONTH,
        "every month": Rate.PER_MONTH,
        "monthly": Rate.PER_MONTH,
        "per-month": Rate.PER_MONTH,
        # per quarter
        "a quarter": Rate.PER_QUARTER,
        "per quarter": Rate.PER_QUARTER,
        "each quarter": Rate.PER_QUARTER,
        "every quarter": Rate.PER_QUARTER,
        "quarterly": Rate.PER_QUARTER,
        # per year
        "a year": Rate.PER_YEAR,
        "per year": Rate.PER_YEAR,
        "each year": Rate.PER_YEAR,
        "every year": Rate.PER_YEAR,
        "per annum": Rate.PER_YEAR,
        "a-year": Rate.PER_YEAR,  # "a $3.8 billion-a-year package"
        "annually": Rate.PER_YEAR,
        "yearly": Rate.PER_YEAR,
        "per-year": Rate.PER_YEAR,
    }
)

#: Rates written before a figure ("an annual $3.8 billion", "a monthly $1 billion").
PRE_RATES: Final[Mapping[str, Rate]] = MappingProxyType(
    {
        "annual": Rate.PER_YEAR,
        "yearly": Rate.PER_YEAR,
        "monthly": Rate.PER_MONTH,
        "weekly": Rate.PER_WEEK,
        "daily": Rate.PER_DAY,
        "quarterly": Rate.PER_QUARTER,
    }
)

#: Rate words that may stand a few words after the figure, not only right after it:
#: "the $3.8 billion Israel receives annually from America".
DISTANT_RATES: Final[frozenset[str]] = frozenset(
    {"annually", "per year", "every year", "each year", "per month", "every month", "each month"}
)

#: Words after a bare scaled figure that make it a count, not money: "2 million rounds".
#: A bare figure ("4 billion") is money only when followed by punctuation, the end, or one
#: of ALLOWED_AFTER_BARE.
ALLOWED_AFTER_BARE: Final[frozenset[str]] = frozenset(
    {
        *(w.split()[0] for w in RATES),
        *(m for m in MODAL_VERBS if m != "shall"),  # "4 billion will go to ..."
        "over",
        "in",
        "for",
        "to",
        "from",
        "by",
        "on",
        "at",
        "with",
        "into",
        "toward",
        "towards",
        "and",
        "or",
        "but",
        "so",
        "which",
        "that",
        "this",
        "these",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "as",
        "of",
        "worth",
        "more",
        "less",
        "plus",
        "already",
        "since",
        "until",
        "through",
        "throughout",
        "during",
        "within",
        "under",
        "per",
        "each",
        "every",
        "annually",
        "monthly",
        "yearly",
        "so far",
        "last",
        "next",
        "it",
        "they",
        "he",
        "she",
        "we",
        "the",
        "its",
        "their",
        "when",
        "if",
        "while",
        "after",
        "before",
        "alone",
        "altogether",
        "total",
        "overall",
        "in total",
        "pledged",
        "promised",
        "committed",
        "allocated",
        "provided",
        "earmarked",
        "approved",
        "announced",
        "delivered",
        "disbursed",
        "spent",
        "set",
        "going",
        "now",
    }
)

#: Words before "from X to Y" that make it a range ("ranging from $1bn to $2bn"); without
#: one, "from X to Y" is a change ("cut from 16 to 9 billion kroner"): two figures.
RANGE_FROM_CUES: Final[frozenset[str]] = frozenset(
    {"ranging", "range", "varying", "vary", "anywhere"}
)

# --- patterns -------------------------------------------------------------------------------

_SP = r"[ \u00a0\u202f\u2009]"  # space, no-break space, narrow no-break space, thin space
_NUM = NUMERAL
_LONG_SCALES = sorted(k for k in SCALES if k not in SHORT_SCALES)
_SCALE_WORDS = sorted(k for k in SCALES if len(k) > 3)  # after number words: "two billion"
_ISO_CODES = sorted(k for k in CURRENCY_BEFORE if k.isalpha() and k.isupper())
_NUMBER_WORD_LIST = sorted(NUMBER_WORDS)

_MONEY_RE: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}$€£¥₹＄￡￥])
    (?:
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
    |
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
    |
        # 3. number words and a scale word: "one billion dollars", "half a billion"
        (?P<words>(?i:(?:half|quarter){_SP}an?|\L<numw>(?:(?:{_SP}|-)\L<numw>){{0,3}}
            (?:{_SP}and{_SP}an?{_SP}(?:half|quarter))?))
        {_SP}(?P<scale>(?i:\L<scale_words>))(?![\p{{L}}])
        (?:{_SP}(?P<post>(?i:\L<cur_after>)|\L<iso>)(?![\p{{L}}]))?
    )
    """,
    regex.VERBOSE | regex.VERSION1,
    cur_before=sorted(CURRENCY_BEFORE),
    cur_after=sorted(CURRENCY_AFTER),
    iso=_ISO_CODES,
    scales=sorted(SCALES),
    long_scales=_LONG_SCALES,
    scale_words=_SCALE_WORDS,
    numw=_NUMBER_WORD_LIST,
)

# Words just before a figure (qualifier), read right to left from the figure.
_PRE_QUALIFIER_RE: Final = regex.compile(
    r"(?<![\p{L}])(?P<q>(?i:\L<q>))[\s\u00a0]*$", q=sorted(PRE_QUALIFIERS)
)
_POST_QUALIFIER_RE: Final = regex.compile(
    r"^[\s\u00a0]*(?P<q>(?i:\L<q>))(?![\p{L}])", q=sorted(POST_QUALIFIERS)
)
_RATE_RE: Final = regex.compile(
    r"^[\s\u00a0,]*(?:in\s+\w+\s+)?(?P<r>(?i:\L<r>))(?![\p{L}])"
    r"(?!\s+(?:ago|earlier|later|after|before|since|from now)\b)",
    r=sorted(RATES),
)
_DISTANT_RATE_RE: Final = regex.compile(
    r"^[^,;:.()\[\]$€£¥₹]{0,60}?(?<![\p{L}])(?P<r>(?i:\L<r>))(?![\p{L}])",
    r=sorted(DISTANT_RATES),
)
_PRE_RATE_RE: Final = regex.compile(
    r"(?<![\p{L}])(?P<r>(?i:\L<r>))[\s\u00a0]*$", r=sorted(PRE_RATES)
)
_NEXT_WORD_RE: Final = regex.compile(r"[ \u00a0]*(?P<w>[\p{L}][\p{L}'’-]*)")
_PRE_CONTEXT = 40  # characters read before a figure for qualifiers and rates
_POST_CONTEXT = 80  # characters read after a figure for rates


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


def find_money(text: str, lo: int = 0, hi: int | None = None) -> tuple[MoneyMention, ...]:
    """Find the money expressions in ``text[lo:hi]``, in text order.

    >>> t = "Allies pledged over €20 billion (£17 billion) and $2-3bn a month."
    >>> for m in find_money(t):
    ...     print(t[m.start:m.end], m.value, m.value_max, m.qualifier.value, m.rate.value)
    €20 billion 20000000000 None more_than total
    £17 billion 17000000000 None more_than total
    $2-3bn 2000000000 3000000000 range per_month
    """
    end = len(text) if hi is None else hi
    atoms: list[MoneyMention] = []
    for m in _MONEY_RE.finditer(text, lo, end):
        atoms.extend(_build_atoms(text, m))
    return tuple(_annotate(text, _join_ranges(text, atoms)))


def _build_atoms(text: str, m: regex.Match[str]) -> list[MoneyMention]:
    """Turn one pattern match into one mention, or two for "from 16.5 to 9.4 billion"."""
    pre, post, scale_word = m.group("pre"), m.group("post"), m.group("scale")
    if post is not None and post.isalpha() and post.lower() in _ISO_LOWER and not post.isupper():
        post = None  # "try", "all": ISO codes count only in capitals
    if m.group("words") is not None:
        number = parse_number_words(m.group("words"))
    else:
        number = parse_number(m.group("num"))
    if number is None:
        return []
    scale = _scale_of(scale_word, m.group("scale2"), glued=pre is not None)
    if scale is None:
        return []  # "5 m" without a currency mark is metres, not millions
    mark = pre or post
    if mark is None and scale == 1:
        return []
    value = number * scale
    start, end = m.start(), m.end()
    if post is None and m.group("post") is not None:
        end = m.start("post")
        while end > start and text[end - 1].isspace():
            end -= 1
    if mark is None and not _bare_is_money(text, end):
        return []
    num2 = m.group("num2")
    if num2 is None:
        return [MoneyMention(start, end, value, None, mark, Qualifier.EXACT, Rate.TOTAL)]
    high = parse_number(num2)
    if high is None:  # pragma: no cover - the pattern admits only numerals
        return []
    value_max = high * scale
    connector = m.group("rsep").strip()
    before = _words_before(text, start, 3)
    is_range = value_max > value and (
        (connector == "and" and before[-1:] == ["between"])
        or (connector != "and" and (before[-1:] != ["from"] or bool(RANGE_FROM_CUES & set(before))))
    )
    if is_range:
        return [MoneyMention(start, end, value, value_max, mark, Qualifier.RANGE, Rate.TOTAL)]
    # "from 16.5 to 9.4 billion kroner": two figures sharing the scale and currency
    first_end = m.end("num")
    return [
        MoneyMention(m.start("num"), first_end, value, None, mark, Qualifier.EXACT, Rate.TOTAL),
        MoneyMention(m.start("num2"), end, value_max, None, mark, Qualifier.EXACT, Rate.TOTAL),
    ]


_ISO_LOWER: Final[frozenset[str]] = frozenset(code.lower() for code in _ISO_CODES)


def _scale_of(word: str | None, second: str | None, *, glued: bool) -> Decimal | None:
    """Multiplier for a scale word; None when a short form stands without a currency mark."""
    if word is None:
        return Decimal(1)
    key = word.lower()
    if key in SHORT_SCALES and not glued:
        return None
    factor = Decimal(SCALES[key])
    if second is not None:
        factor *= SCALES[second.lower()]  # "5 lakh crore"
    return factor


def _bare_is_money(text: str, end: int) -> bool:
    """Whether a bare scaled figure is money.

    "4 billion over four months" is, "2 million rounds" is not.
    """
    m = _NEXT_WORD_RE.match(text, end, min(len(text), end + 40))
    if m is None:
        return True  # punctuation or end of text follows
    word = m.group("w").lower()
    if word in ALLOWED_AFTER_BARE:
        return True
    return m.group("w")[0].isupper() and not word.endswith(("ans", "ese", "ers", "ists"))


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last ``n`` words before ``start``, lower-case."""
    return [w.lower() for w in regex.findall(r"[\p{L}]+", text[max(0, start - 40) : start])][-n:]


_RANGE_CONNECTOR_RE: Final = regex.compile(
    r"^[ \u00a0\u202f\u2009]*(?:[-–—−]|to|and)[ \u00a0\u202f\u2009]*$"
)


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
            if _RANGE_CONNECTOR_RE.match(between) and b.value_max is None and b.value > a.value:
                before = _words_before(text, a.start, 3)
                same_mark = b.currency_mark in (None, a.currency_mark) or a.currency_mark is None
                if "and" in between:
                    joined = before[-1:] == ["between"]
                elif "to" in between:
                    joined = before[-1:] not in (["from"], ["by"]) or bool(
                        RANGE_FROM_CUES & set(before)
                    )
                else:
                    joined = True
                if joined and same_mark:
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


def _annotate(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """Add qualifiers and rates from the words around each figure; share them with conversions."""
    out: list[MoneyMention] = []
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        head = out[-1] if out else None
        parenthetical = head is not None and _is_conversion(text[head.end : m.start], head)
        qualifier, rate = m.qualifier, m.rate
        pre_text = text[max(out[-1].end if out else 0, m.start - _PRE_CONTEXT) : m.start]
        post_text = text[m.end : min(limit, m.end + _POST_CONTEXT)]
        if qualifier is Qualifier.EXACT:
            q = _PRE_QUALIFIER_RE.search(pre_text) or _POST_QUALIFIER_RE.match(post_text)
            if q is not None:
                qualifier = (
                    PRE_QUALIFIERS.get(q.group("q").lower())
                    or POST_QUALIFIERS[q.group("q").lower()]
                )
        r = _RATE_RE.match(post_text) or _DISTANT_RATE_RE.match(post_text)
        if r is not None:
            rate = RATES[r.group("r").lower()]
        else:
            pr = _PRE_RATE_RE.search(pre_text)
            if pr is not None:
                rate = PRE_RATES[pr.group("r").lower()]
        if parenthetical and head is not None:
            # "around €8bn (£6.7bn; $8.7bn)": the conversion says what the head says
            if qualifier is Qualifier.EXACT and head.qualifier is not Qualifier.RANGE:
                qualifier = head.qualifier
            if rate is Rate.TOTAL:
                rate = head.rate
        out.append(replace(m, qualifier=qualifier, rate=rate, parenthetical=parenthetical))
    return _share_restated_rates(text, out)


def _share_restated_rates(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """A figure restated with a rate lends it back.

    "at least 1 billion, maybe more than 1 billion a month": both are per month.
    """
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        between = text[a.end : b.start]
        if (
            a.rate is Rate.TOTAL
            and b.rate is not Rate.TOTAL
            and a.value == b.value
            and a.currency_mark == b.currency_mark
            and len(between) <= 60
            and not any(c in between for c in ";.:!?\n")
        ):
            out[i] = replace(a, rate=b.rate)
    return out


def _is_conversion(between: str, head: MoneyMention) -> bool:
    """Whether the text between two figures makes the second a conversion of the first.

    "€21 billion (£18.2 billion)", and the next one in "€8bn (£6.7bn; $8.7bn)".
    """
    stripped = between.strip()
    if stripped in ("(", "["):
        return True
    return head.parenthetical and stripped in (";", ",", "/")
