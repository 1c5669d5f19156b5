"""Where the period pattern is tried in a sentence: near its heads, from where a rule can start.

Every rule's match holds a head (``grammar.HEADS``: a year, a month, "Q1", "FY", "fiscal",
"since", "year", ...), but for a day date of slashes and a short year ("3/10/25"), which
``find`` drops. Before its first head a match holds only letters, digits, spaces, hyphens
and en dashes, and of words only the grammar's own ("over the next three years", "in
mid-2025", "24–25 June", "within a period of twelve months"): so a match that reaches the
first head after ``pos`` starts after the last other character or word before that head (a
comma, a bracket, a currency sign, "pledged", "million"). The search for it starts there
rather than ``_LEAD`` characters before the head; a slash date skipped that way lies wholly
before the cut and is dropped anyway.

Nor does the search run past the head: a match that starts after it holds a later head, and
is found from that one. So the pattern is tried only at the positions between the cut and
the head where a word opens with a letter or digit a rule can open with (``_opens``), and
when none of them matches the scan goes on to the next head.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

import regex

from aidclaims.periods.grammar import (
    FIRST_LETTERS,
    find_head,
    grammar_words,
    has_unusual,
    period_pattern,
)
from aidclaims.periods.openers import Rules, all_rules, rules_at, rules_pattern
from aidclaims.text.compiled import compile_pattern
from aidclaims.text.trie import trie

# the pattern runs only from _LEAD characters before a head ("within a period of another
# twelve months" has 40 before "months") to _TAIL after it ("since" + 8 words + a date)
_LEAD: Final = 64
_TAIL: Final = 160
#: What a match can open with, in text without the characters ``has_unusual`` looks for:
#: an ASCII digit, or a letter of ``FIRST_LETTERS`` in either case.
_OPENING: Final = frozenset(f"0123456789{FIRST_LETTERS}{FIRST_LETTERS.upper()}")
#: Characters that are surely word characters: no word boundary stands after one of them
#: and before a letter or digit.
_WORD_ASCII: Final = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@cache
def _no_lead_pattern() -> regex.Pattern[str]:
    """What no match holds before its first head, searched backwards (``(?r)``).

    A character other than a letter, a digit, a space, a hyphen, an en dash or a slash
    ("3/10/25"), or a word of ASCII letters that no rule has there ("pledged", "million").
    Read backwards, the word's letters are taken whole (``++``: a shorter run has a letter
    before it), so the grammar's words are looked at once per word, not once per letter.
    """
    return compile_pattern(
        rf"""(?r)[^\p{{L}}\p{{N}}\s/–-]
        | (?<!\p{{L}})(?!{trie(grammar_words())}(?!\p{{L}}))(?-i:[A-Za-z])++(?!\p{{L}})""",
        regex.IGNORECASE | regex.VERBOSE,
    )


@cache
def _no_lead_ascii() -> re.Pattern[str]:
    r"""``_no_lead_pattern`` for lower-cased ASCII text, in the standard library's engine.

    Matched forwards: ``.*`` runs to the end and gives characters back one by one, so the
    match ends where the last character or word that no match holds before its head ends.
    In ASCII a letter is one of a-z (once lower-cased), a digit one of 0-9, and ``regex``'s
    ``\s`` one of ``\t\n\v\f\r`` and the space. Case-blind, the engine is several times
    slower on the grammar's words: the text is lower-cased instead.
    """
    return re.compile(
        rf"""(?s:.*)(?:[^\t\n\x0b\x0c\r\x20/0-9a-z-]
        | (?<![a-z])(?!{trie(grammar_words())}(?![a-z]))[a-z]+(?![a-z]))""",
        re.VERBOSE,
    )


def _cut(text: str, start: int, head: int) -> int:
    """Where a match reaching ``head`` from ``start`` or after may start (see the module).

    Past the last match of ``_no_lead_pattern`` in ``text[start:head]``, else ``start``.
    Where the slice, the character before it and the head's first are ASCII, the pattern of
    ``_no_lead_ascii`` finds the same end, several times faster. Where a word runs into the
    head ("xMarch") ``regex`` decides: the standard engine does not look past the end it is
    given, and ``regex`` does in some patterns.
    """
    before = max(start - 1, 0)
    seg = text[before : head + 1]
    if seg.isascii() and not (
        start < head < len(text) and text[head].isalpha() and text[head - 1].isalpha()
    ):
        last = _no_lead_ascii().match(seg.lower(), start - before, head - before)
        return start if last is None else before + last.end()
    cut = _no_lead_pattern().search(text, start, head)
    return start if cut is None else cut.end()


def period_matches(text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """What ``period_pattern().finditer(text, lo, hi)`` yields, searching only near heads.

    Each a match of the whole pattern, whose groups of every rule can be asked for.

    >>> [m.group() for m in period_matches("Aid (in 2024) rose; over the next two years", 0, 43)]
    ['in 2024', 'over the next two years']
    """
    whole = period_pattern()
    for _, m in rule_matches(text, lo, hi):
        if m.re is not whole:
            again = whole.match(text, m.start(), m.endpos)  # the same match, all its groups
            assert again is not None
            m = again
        yield m


def rule_matches(text: str, lo: int, hi: int) -> Iterator[tuple[str, regex.Match[str]]]:
    """``period_matches``, each with the name of the rule it took.

    A match may be one of a pattern of only the rules that can open where it starts
    (``openers``): only the groups of its own rule can be asked for.

    >>> [(rule, m.group()) for rule, m in rule_matches("by 2027, from 2026", 0, 18)]
    [('until', 'by 2027'), ('onward', 'from 2026')]
    """
    every = all_rules()
    pos, usual = lo, not has_unusual(text, lo, hi)
    while head := find_head(text, pos, hi, usual=usual):
        limit = min(hi, head.end() + _TAIL)
        start = _cut(text, max(pos, head.start() - _LEAD), head.start())
        rules, m = every, None
        if usual:
            rules, m = _match_by_head(text, start, head.start(), limit)
        else:  # a letter that folds to an ASCII one may open a match: search all the way
            m = every.pattern.search(text, start, limit)
        if m is not None and limit < hi and m.end() + 8 >= limit:
            rules, m = every, every.pattern.search(text, start, hi)  # cut short by ``limit``?
        if m is None:  # searched by the head only: a match after it is found from a later one
            pos = head.start() + 1 if usual else head.end()
            continue
        yield rules.rule_of(m), m
        pos = max(m.end(), m.start() + 1)


def _match_by_head(
    text: str, start: int, head: int, limit: int
) -> tuple[Rules, regex.Match[str] | None]:
    """What ``period_pattern().search(text, start, limit)`` finds if it starts by ``head``.

    Tried only where a match can start (``_opens``), with only the rules that can open
    there (``openers``): the engine's search tries every position, and most between a cut
    and a head are inside a word. With the rules that matched, else with no match.
    """
    for at in range(start, head + 1):
        if _opens(text, at):
            names = rules_at(text, at)
            if names:
                rules = rules_pattern(names)
                m = rules.pattern.match(text, at, limit)
                if m is not None:
                    return rules, m
    return all_rules(), None


def _opens(text: str, at: int) -> bool:
    """Whether a match may start at ``at``: a word boundary before a character it opens with.

    Only for text without the characters ``has_unusual`` looks for.

    >>> [_opens("in mid-2025, x2024", at) for at in (0, 1, 3, 7, 14)]
    [True, False, True, True, False]
    """
    return text[at] in _OPENING and (at == 0 or text[at - 1] not in _WORD_ASCII)
