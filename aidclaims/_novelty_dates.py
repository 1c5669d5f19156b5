"""Dates in a figure's sentence for :mod:`aidclaims.novelty`: is the money from before the event?

A news article reports an event of the last few days; a sentence that dates its giving verb
earlier ("In January, Japan announced ...", "... received the last tranche on August 8",
"Last month, ...") recalls background, so its figure is a ``repeat``.
"""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, timedelta
from typing import Final

import regex

from aidclaims import _novelty_table as T
from aidclaims.text.lazy import lazy_compile
from aidclaims.text.trie import trie

_F = regex.IGNORECASE
_MONTH: Final = "|".join(T.MONTHS)
_OPENER: Final = "|".join(o.replace(" ", r"\s+") for o in T.DISCOURSE_OPENERS)
# "In January,", "On December 7, 2023,", "At the end of December,", "In 2023 and 2024,"
_DATED_OPENER_RE: Final = lazy_compile(
    rf"""^\W*(?:(?:{_OPENER})[,:]?\s+)?
    (?:(?:earlier|later)\s+)?(?:in|on|at\s+the\s+(?:end|start|beginning)\s+of|by|back\s+in|as\s+early\s+as)?\s*
    (?:(?:early|late|mid-?)\s*)?
    (?:(?P<month>{_MONTH})(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?
      |(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?
      |(?P<year>(?:19|20)\d\d)(?:\s+and\s+(?:19|20)\d\d)?)
    \s*,""",
    _F | regex.VERBOSE,
)
# "Last month, ...", "Earlier this year, ...", "Recently, ...": background by position.
_RELATIVE_OPENER_RE: Final = lazy_compile(
    r"^\W*(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
    rf"{_MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|earlier\s+this\s+(?:week|month|year)|recently|previously)\b",
    _F,
)
# Inside the sentence: "on August 8", "in early November", "in June 2024" (not a bare year).
_INLINE_DATE_RE: Final = lazy_compile(
    rf"""\b(?:on|in)\s+(?:(?:early|late|mid-?)\s*)?
    (?:(?P<month>{_MONTH})(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?
      |(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?)\b""",
    _F | regex.VERBOSE,
)
# A past giving verb as a whole word of the lower-cased sentence (no letter a-z on either
# side, as "[a-z]+" cuts words), tried as a character trie by the standard library's engine.
# Read after the character before it, not behind a look-behind: a pattern that opens with a
# set is tried only where that set matches (a third fewer instructions than the look-behind
# at every character); _holds_past_giving_verb puts a space before the sentence.
_PAST_GIVING_RE: Final = re.compile(rf"[^a-z]{trie(sorted(T.PAST_GIVING_VERBS))}(?![a-z])")
#: News reports events of the last few days; older dates are background.
_EVENT_SLACK: Final = timedelta(days=3)


def dated_before_event(sentence: str, period_end: date | None, published: date | None) -> bool:
    """Whether a sentence with a past giving verb dates it before the reported event.

    Without a publication date only an explicit dated or relative opener counts ("In
    January,", "Last month,"); with one, a date anywhere in the sentence or the figure's
    period end more than :data:`_EVENT_SLACK` before it counts too.

    >>> dated_before_event("In January, Japan announced a grant.", None, None)
    True
    >>> dated_before_event("On 8 March, the council approved it.", None, date(2025, 3, 10))
    False
    """
    return ends_before_event(
        sentence_dated_before_event(sentence, published), period_end, published
    )


def sentence_dated_before_event(sentence: str, published: date | None) -> bool | None:
    """What the sentence alone says for :func:`dated_before_event`.

    None when its figure's period end decides (``published`` is then known).

    >>> sentence_dated_before_event("Japan announced a grant.", date(2025, 3, 10)) is None
    True
    """
    if not _holds_past_giving_verb(sentence):
        return False
    if _RELATIVE_OPENER_RE.match(sentence):
        return True
    m = _DATED_OPENER_RE.match(sentence)
    if m is not None:
        if published is None:
            return True
        when = _named_date(m, published)
        return when is not None and published - when > _EVENT_SLACK
    if published is None:
        return False
    for m in _INLINE_DATE_RE.finditer(sentence):
        when = _named_date(m, published)
        if when is not None and published - when > _EVENT_SLACK:
            return True  # "received the last tranche ... on August 8"
    return None


def _holds_past_giving_verb(sentence: str) -> bool:
    """Whether the lower-cased sentence holds a past giving verb, no letter a-z on either side.

    >>> _holds_past_giving_verb("Sent in May"), _holds_past_giving_verb("Unannounced aid")
    (True, False)
    """
    # a space before the sentence lower-cases as before it: no word ends in it
    return _PAST_GIVING_RE.search((" " + sentence).lower()) is not None


def ends_before_event(
    verdict: bool | None, period_end: date | None, published: date | None
) -> bool:
    """The sentence's ``verdict``, else whether the period ends before the reported event."""
    if verdict is not None:
        return verdict
    # a difference, not 'published - slack': that leaves the calendar on 0001-01-01
    return (
        period_end is not None and published is not None and published - period_end > _EVENT_SLACK
    )


def _named_date(m: regex.Match[str], published: date) -> date | None:
    """The last day a date names; a month without a year is its latest one up to ``published``."""
    year = int(m.group("year")) if m.group("year") else None
    month_name = m.group("month")
    if month_name is None:
        return date(year, 12, 31) if year is not None and MINYEAR <= year <= MAXYEAR else None
    month = T.MONTHS.index(month_name.lower()) + 1
    if year is None:
        year = published.year if month <= published.month else published.year - 1
    try:
        if m.group("day"):
            return date(year, month, int(m.group("day")))
        return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:  # no such day, or a year off the calendar (0: issue #13)
        return None
