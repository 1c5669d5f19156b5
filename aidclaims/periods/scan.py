"""Where the period pattern is tried in a sentence: near its heads, from where a rule can start.

Every rule's match holds a head (``grammar.HEADS``: a year, a month, "Q1", "FY", "fiscal",
"since", "year", ...), but for a day date of slashes and a short year ("3/10/25"), which
``find`` drops. Before its first head a match holds only letters, digits, spaces, hyphens
and en dashes ("over the next three years", "in mid-2025", "24–25 June", "within a period of
twelve months"): so a match that reaches the first head after ``pos`` starts after the last
other character before that head (a comma, a bracket, a full stop, a currency sign). The
search for it starts there rather than ``_LEAD`` characters before the head; a slash date
skipped that way lies wholly before that character and is dropped anyway.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex

from aidclaims.periods.grammar import find_head, period_pattern

# the pattern runs only from _LEAD characters before a head ("within a period of another
# twelve months" has 40 before "months") to _TAIL after it ("since" + 8 words + a date)
_LEAD: Final = 64
_TAIL: Final = 160
#: A character no match holds before its first head (slashes are for "3/10/25"); searched
#: backwards (``(?r)``): the last one before a head.
_NO_LEAD_RE: Final = regex.compile(r"(?r)[^\p{L}\p{N}\s/–-]")


def period_matches(text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """What ``period_pattern().finditer(text, lo, hi)`` yields, searching only near heads.

    >>> [m.group() for m in period_matches("Aid (in 2024) rose; over the next two years", 0, 43)]
    ['in 2024', 'over the next two years']
    """
    pattern = period_pattern()
    pos = lo
    while head := find_head(text, pos, hi):
        start, limit = max(pos, head.start() - _LEAD), min(hi, head.end() + _TAIL)
        cut = _NO_LEAD_RE.search(text, start, head.start())
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
