"""Annotate money mentions: qualifiers and rates from the words around each figure.

A conversion in brackets ("€21 billion (£18.2 billion)") shares its head's qualifier and
rate, and a figure restated with a rate lends the rate back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.lexicon.words import QUALIFIERS as PRE_QUALIFIERS
from aidclaims.model import Qualifier, Rate
from aidclaims.money._table import DISTANT_RATES, POST_QUALIFIERS, PRE_RATES, RATES
from aidclaims.money.find import MoneyMention
from aidclaims.text.lazy import lazy_lists
from aidclaims.text.listed import listed_entry, listed_value

# The word lists are spelled out as tries (lazy_lists; every list is lower-case, so reading
# it inside "(?i:...)" keeps the case-blind match).
# Words just before a figure (qualifier), read right to left from the figure.
PRE_QUALIFIER: Final = r"(?<![\p{L}])(?P<q>(?i:\L<q>))[\s\u00a0]*$"
POST_QUALIFIER: Final = r"^[\s\u00a0]*(?P<q>(?i:\L<q>))(?![\p{L}])"
RATE: Final = (
    r"^[\s\u00a0,]*(?:in\s+\w+\s+)?(?P<r>(?i:\L<r>))(?![\p{L}])"
    r"(?!\s+(?:ago|earlier|later|after|before|since|from now)\b)"
)
DISTANT_RATE: Final = (
    rf"^[^,;:.()\[\]{CURRENCY_SIGNS}]{{0,60}}?(?<![\p{{L}}])(?P<r>(?i:\L<r>))(?![\p{{L}}])"
)
PRE_RATE: Final = r"(?<![\p{L}])(?P<r>(?i:\L<r>))[\s\u00a0]*$"
_PRE_QUALIFIER_RE: Final = lazy_lists(PRE_QUALIFIER, q=sorted(PRE_QUALIFIERS))
_POST_QUALIFIER_RE: Final = lazy_lists(POST_QUALIFIER, q=sorted(POST_QUALIFIERS))
_RATE_RE: Final = lazy_lists(RATE, r=sorted(RATES))
_DISTANT_RATE_RE: Final = lazy_lists(DISTANT_RATE, r=sorted(DISTANT_RATES))
_PRE_RATE_RE: Final = lazy_lists(PRE_RATE, r=sorted(PRE_RATES))
# the last letters of the words the two patterns anchored at the end ("...$") read: the
# last character before the figure but spaces must be one of them, or not ASCII
_PRE_QUALIFIER_ENDS: Final = frozenset(w[-1] for w in PRE_QUALIFIERS)
_PRE_RATE_ENDS: Final = frozenset(w[-1] for w in PRE_RATES)
_QUALIFIER_WORDS: Final = frozenset(PRE_QUALIFIERS) | frozenset(POST_QUALIFIERS)
# the first letters the post-qualifier pattern can read after spaces ("or more", "plus")
_POST_QUALIFIER_FIRSTS: Final = frozenset(w[0] for w in POST_QUALIFIERS)
_ASCII_SPACES: Final = " \t\n\x0b\x0c\r"  # what [\s\u00a0] matches among ASCII characters


class EndWords:
    r"""The word of a list a text ends with, spaces aside, read by ``str.endswith``.

    What a search for ``(?<![\p{L}])(?P<g>(?i:\L<words>))[\s\u00a0]*$`` finds: every
    match ends where the text's trailing spaces start, so the leftmost one is the longest
    word the stripped text ends with that no letter stands before. A text with a character
    outside ASCII is searched with the pattern (case folding reads "ſ" as "s").

    >>> import regex
    >>> words = ["more than", "than", "c.", "annual"]
    >>> ew = EndWords(words, regex.compile(r"(?P<g>(?i:more than|than|c\.))\s*$"), "g")
    >>> ew.found("spent MORE than "), ew.found("Panthan"), ew.found("c.\n"), ew.found("x")
    ('MORE than', None, 'c.', None)
    """

    __slots__ = ("_by_last", "_group", "_pattern")

    def __init__(self, words: Iterable[str], pattern: regex.Pattern[str], group: str) -> None:
        by_last: dict[str, list[str]] = {}
        for w in sorted(set(words), key=len, reverse=True):  # longest first: the leftmost
            if not w or not w.isascii() or w != w.lower():
                raise ValueError(f"not a lower-case ASCII word: {w!r}")
            by_last.setdefault(w[-1], []).append(w)
        self._by_last = {last: tuple(ws) for last, ws in by_last.items()}
        self._pattern = pattern
        self._group = group

    def found(self, text: str) -> str | None:
        """The word (as written) ``text`` ends with, spaces aside; None when there is none."""
        if not text.isascii():
            m = self._pattern.search(text)
            return None if m is None else m.group(self._group)
        stripped = text.rstrip(_ASCII_SPACES)
        low = stripped.lower()
        for w in self._by_last.get(low[-1:], ()):
            if low.endswith(w):
                k = len(low) - len(w)
                if k == 0 or not low[k - 1].isalpha():
                    return stripped[k:]
        return None


_PRE_QUALIFIER: Final = EndWords(PRE_QUALIFIERS, _PRE_QUALIFIER_RE, "q")
_PRE_RATE: Final = EndWords(PRE_RATES, _PRE_RATE_RE, "r")


def rate_needles(phrases: Iterable[str]) -> frozenset[str]:
    """Words of which every rate phrase holds one, so a text holding none holds no phrase.

    Each phrase's last word ("year" of "per year", "a-year"), less those that hold another.

    >>> sorted(rate_needles(["per year", "a-year", "yearly", "daily", "per annum"]))
    ['annum', 'daily', 'year']
    """
    last = {_WORD_SPLIT.split(p)[-1] for p in phrases}
    return frozenset(w for w in last if not any(o != w and o in w for o in last))


_WORD_SPLIT: Final = re.compile(r"[\s-]+")
# a text after a figure whose lower case (ASCII) holds none of these has no rate of the
# two patterns that read it: it is not searched ("$5 million to Chad, the ministry said")
_RATE_NEEDLES: Final = rate_needles([*RATES, *DISTANT_RATES])
_PRE_CONTEXT = 40  # characters read before a figure for qualifiers and rates
_POST_CONTEXT = 80  # characters read after a figure for rates


def annotate(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """Add qualifiers and rates from the words around each figure; share them with conversions."""
    out: list[MoneyMention] = []
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        head = out[-1] if out else None
        parenthetical = head is not None and _is_conversion(text[head.end : m.start], head)
        qualifier, rate = m.qualifier, m.rate
        pre_text = text[max(out[-1].end if out else 0, m.start - _PRE_CONTEXT) : m.start]
        post_text = text[m.end : min(limit, m.end + _POST_CONTEXT)]
        last = pre_text.rstrip()[-1:].lower()  # str.rstrip strips every space \s matches
        if qualifier is Qualifier.EXACT:
            word = _PRE_QUALIFIER.found(pre_text) if _may_end(last, _PRE_QUALIFIER_ENDS) else None
            if word is None and _may_lead(post_text):
                q = _POST_QUALIFIER_RE.match(post_text)
                word = None if q is None else q.group("q")
            if word is not None:
                key = listed_entry(word, _QUALIFIER_WORDS).lower()  # "almoſt": almost
                qualifier = PRE_QUALIFIERS.get(key) or POST_QUALIFIERS[key]
        r = (
            _RATE_RE.match(post_text) or _DISTANT_RATE_RE.match(post_text)
            if _may_hold_rate(post_text)
            else None
        )
        if r is not None:
            rate = listed_value(RATES, r.group("r"))
        elif _may_end(last, _PRE_RATE_ENDS):
            word = _PRE_RATE.found(pre_text)
            if word is not None:
                rate = listed_value(PRE_RATES, word)
        if parenthetical and head is not None:
            # "around €8bn (£6.7bn; $8.7bn)": the conversion says what the head says
            if qualifier is Qualifier.EXACT and head.qualifier is not Qualifier.RANGE:
                qualifier = head.qualifier
            if rate is Rate.TOTAL:
                rate = head.rate
        out.append(  # what dataclasses.replace gives, without its per-call field walk
            MoneyMention(
                m.start,
                m.end,
                m.value,
                m.value_max,
                m.currency_mark,
                qualifier,
                rate,
                parenthetical,
            )
        )
    return _share_restated_rates(text, out)


def _may_end(last: str, ends: frozenset[str]) -> bool:
    """Whether a word of a list can end at ``last`` (case folding reads non-ASCII as ASCII).

    >>> _may_end("t", frozenset("ty")), _may_end("x", frozenset("ty")), _may_end("ſ", frozenset())
    (True, False, True)
    """
    return last in ends or not last.isascii()


def _may_lead(post_text: str) -> bool:
    """Whether a post-qualifier can open ``post_text`` after its spaces (False: it cannot).

    >>> _may_lead("  or more"), _may_lead(" to Chad"), _may_lead(" ＯR more"), _may_lead("")
    (True, False, True, False)
    """
    first = post_text.lstrip()[:1].lower()
    return first in _POST_QUALIFIER_FIRSTS or not first.isascii()


def _may_hold_rate(post_text: str) -> bool:
    """Whether ``post_text`` may hold a rate phrase (False: it holds none).

    >>> _may_hold_rate(" a YEAR"), _may_hold_rate(" to Chad"), _may_hold_rate(" per ſeason")
    (True, False, True)
    """
    if not post_text.isascii():  # case folding reads "ſ" or the Kelvin sign as ASCII
        return True
    low = post_text.lower()
    return any(n in low for n in _RATE_NEEDLES)


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
