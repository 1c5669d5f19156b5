"""Which rules of the period grammar can match at a position, by the word that opens there.

Each rule opens with few kinds of words: its prepositions, "the", a relative word ("next"),
an ordinal, a month name, a digit... (``OPENED_BY``). At a position, ``rules_at`` gives the
rules that can open with what stands there, and ``rules_pattern`` those rules alone, in the
grammar's order, behind the same first look as ``period_pattern``: where no other rule can
match, it matches what the whole grammar matches. It is several times cheaper to try: the
``regex`` engine prepares every repeat of a pattern at each call, and most of the grammar's
rules are left out of most positions' patterns (a digit opens 6 rules of 17, "the" 7).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from aidclaims.lexicon.words import MONTHS
from aidclaims.periods._table import (
    ANCHOR_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    PREPOSITIONS,
    RELATIVE,
    UNTIL_WORDS,
)
from aidclaims.periods.grammar import FIRST_LOOK, RULES, compile_grammar, period_pattern
from aidclaims.text.ascii import ascii_letters_end

# marks for what is not a word of a table: a digit, a capitalised month name ("Sept"),
# a quarter or half ("Q1", "h2", either case), a fiscal year ("FY", "F.Y.", "fy")
DIGIT: Final = "#"
MONTH: Final = "Month"
QUARTER: Final = "Q1"
FISCAL: Final = "FY"


def _first_words(table: Iterable[str]) -> frozenset[str]:
    return frozenset(entry.split()[0] for entry in table)


_PREP: Final = _first_words(PREPOSITIONS)
_REL: Final = _first_words(RELATIVE)
_SPAN: Final = frozenset({"over", "for", "during", "within"})  # before a duration
_EDGE: Final = frozenset({"early", "mid", "late"})

#: What a match of each rule can open with: lower-case words and the marks above, read
#: off the rule in ``grammar.RULES`` (its optional words first, then its first required one).
OPENED_BY: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "since": frozenset({"since"}),
        "until": _first_words(UNTIL_WORDS),
        "span": _PREP | {"between", "from"},
        "first_n": _PREP | {"the", "first", "last", "final"},
        "year_part": _PREP | {"the", QUARTER, DIGIT} | _first_words(ORDINALS),
        "fiscal": _PREP | _REL | {MONTH, FISCAL, "fiscal", "the", DIGIT},
        "rel_n": _PREP | _REL | {"over", "the"},
        "rel_one": _PREP | _REL | {"over", "earlier", "later", "the"},
        "rel_month": _PREP | _REL,
        "day": frozenset({MONTH, DIGIT}),
        "year_range": _PREP | {"the", DIGIT},
        "month_year": _PREP | _EDGE | {MONTH},
        "bare_month": _PREP | _EDGE,
        "duration_after": _SPAN,
        "duration": _first_words(ANCHOR_WORDS) | _first_words(NUMBER_WORDS) | _SPAN | {DIGIT},
        "onward": frozenset({"from", "starting", "beginning", "as", "effective"}),
        "year": _PREP | _EDGE | {"the", "calendar", "year", DIGIT},
    }
)
_NAMES: Final = tuple(name for name, _ in RULES)
#: each word or mark, with the rules that open with it, in the grammar's order
_BY_KEY: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        key: tuple(name for name in _NAMES if key in OPENED_BY[name])
        for key in frozenset().union(*OPENED_BY.values())
    }
)
_DIGITS: Final = frozenset("0123456789")
_MONTH_NAMES: Final = frozenset(MONTHS)


def rules_at(text: str, at: int) -> tuple[str, ...]:
    """The rules that can match from ``at``, in the grammar's order (none: no match there).

    For text without the characters ``grammar.has_unusual`` looks for. A word is its run of
    ASCII letters, so a rule given may still fail ("into", "in2024"), but none left out can
    match.

    >>> rules_at("2024", 0)
    ('year_part', 'fiscal', 'day', 'year_range', 'duration', 'year')
    >>> rules_at("a May day", 2), rules_at("FY25", 0), rules_at("Q1", 0), rules_at("aid", 0)
    (('fiscal', 'day', 'month_year'), ('fiscal',), ('year_part',), ())
    """
    if text[at] in _DIGITS:
        return _BY_KEY[DIGIT]
    n = len(text)
    end = ascii_letters_end(text, at, n)
    word = text[at:end]
    found = _BY_KEY.get(word.lower(), ())
    if word in _MONTH_NAMES:
        found = _with(found, MONTH)
    if word in _QUARTER_LETTERS and end < n and text[end] in _DIGITS:
        found = _with(found, QUARTER)
    if word[:1] in _F and (text[at + 1 : at + 2] in _Y or text[at + 1 : at + 3] in _DOT_Y):
        found = _with(found, FISCAL)
    return found


_QUARTER_LETTERS: Final = frozenset("QHqh")
_F: Final = frozenset("Ff")
_Y: Final = frozenset("Yy")
_DOT_Y: Final = frozenset((".Y", ".y"))


def _with(found: tuple[str, ...], mark: str) -> tuple[str, ...]:
    """The rules of ``found`` and those opening with ``mark``, in the grammar's order."""
    more = _BY_KEY[mark]
    return more if not found else tuple(n for n in _NAMES if n in found or n in more)


class Rules(NamedTuple):
    """Some rules as one pattern, and how to tell which of them a match of it took."""

    pattern: regex.Pattern[str]
    groups: tuple[tuple[str, int], ...]  # each rule's group, the rules most matches take first
    names: frozenset[str]  # the rules

    def rule_of(self, m: regex.Match[str]) -> str:
        """The rule whose alternative matched (a match holds the group of one).

        The last group the match closed names only a group that took part in it: where it
        is a rule's, that rule's is the one (often it is a group inside the rule's).
        """
        last = m.lastgroup
        if last is not None and last in self.names:
            return last
        return next(name for name, group in self.groups if m.start(group) >= 0)


# a match holds the group of one rule: the rules most matches take (in news) are asked first
_FREQUENT: Final = ("rel_one", "year", "day", "until", "bare_month", "fiscal")


def _rules(pattern: regex.Pattern[str], names: tuple[str, ...]) -> Rules:
    order = [*(n for n in _FREQUENT if n in names), *(n for n in names if n not in _FREQUENT)]
    groups = tuple((name, pattern.groupindex[name]) for name in order)
    return Rules(pattern, groups, frozenset(names))


@cache
def rules_pattern(names: tuple[str, ...]) -> Rules:
    """The rules ``names`` as one pattern, behind ``period_pattern``'s first look."""
    patterns = dict(RULES)
    alternatives = "|".join(f"(?P<{name}>{patterns[name]})" for name in names)
    return _rules(compile_grammar(f"{FIRST_LOOK}(?:{alternatives})"), names)


@cache
def all_rules() -> Rules:
    """``period_pattern``, every rule."""
    return _rules(period_pattern(), _NAMES)
