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
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Final

import regex

from aidclaims.periods.grammar import (
    find_head,
    grammar_words,
    has_unusual,
    period_pattern,
)
from aidclaims.text.compiled import compile_pattern
from aidclaims.text.trie import trie

# the pattern runs only from _LEAD characters before a head ("within a period of another
# twelve months" has 40 before "months") to _TAIL after it ("since" + 8 words + a date)
_LEAD: Final = 64
_TAIL: Final = 160


@cache
def _no_lead_pattern() -> regex.Pattern[str]:
    """What no match holds before its first head, searched backwards (``(?r)``).

    A character other than a letter, a digit, a space, a hyphen, an en dash or a slash
    ("3/10/25"), or a word of ASCII letters that no rule has there ("pledged", "million").
    """
    return compile_pattern(
        rf"""(?r)[^\p{{L}}\p{{N}}\s/–-]
        | (?<!\p{{L}})(?!{trie(grammar_words())}(?!\p{{L}}))(?-i:[A-Za-z])+(?!\p{{L}})""",
        regex.IGNORECASE | regex.VERBOSE,
    )


def period_matches(text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """What ``period_pattern().finditer(text, lo, hi)`` yields, searching only near heads.

    >>> [m.group() for m in period_matches("Aid (in 2024) rose; over the next two years", 0, 43)]
    ['in 2024', 'over the next two years']
    """
    pattern, no_lead = period_pattern(), _no_lead_pattern()
    pos, usual = lo, not has_unusual(text, lo, hi)
    while head := find_head(text, pos, hi, usual=usual):
        start, limit = max(pos, head.start() - _LEAD), min(hi, head.end() + _TAIL)
        cut = no_lead.search(text, start, head.start())
        if cut is not None:
            start = cut.end()
        m = pattern.search(text, start, limit)
        if m is not None and limit < hi and m.end() + 8 >= limit:
            m = pattern.search(text, start, hi)  # may have been cut short by ``limit``
        if m is None:
            pos = head.end()
            continue
        yield m
        pos = max(m.end(), m.start() + 1)
