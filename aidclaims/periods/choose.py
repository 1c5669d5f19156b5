"""Which time expression a figure is tied to.

Rules, in order:

1. Parallel lists pair up: "in 2023 and 2024, NOK 2.5 billion and NOK 7 billion were
   allocated" gives 2023 to the first figure and 2024 to the second.
2. The nearest period in the figure's clause, then in its sentence; a period attached to
   another figure is taken only when there is no other ("the €20 billion pledged this quarter
   adds to the €50 billion provided throughout 2024": this quarter is the €20 billion's).
3. A figure with no period in a sentence that refers back ("The sum would comprise ...",
   "This includes ...") takes the period of the figure before it, in the previous sentence.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from datetime import date
from typing import Final

import regex

from aidclaims.periods.find import Period, find_periods
from aidclaims.periods.fiscal import FiscalCalendar
from aidclaims.text.ascii import ascii_letters_end
from aidclaims.text.clauses import Located
from aidclaims.text.cues import distance
from aidclaims.text.lazy import lazy_compile

#: Sentence openings that refer back to the figure before: "The sum would comprise ...".
_ANAPHORA_RE: Final = lazy_compile(
    r"""[\s"“‘']*(?:
        (?:The|This|That|These|Those|Such)\s+(?:new\s+|latest\s+|whole\s+|total\s+)?
            (?:sum|sums|amount|money|funds|funding|package|packages|total|figure|aid|
               assistance|support|proposal|plan|allocation|tranche|financing)\b
        | (?:This|These|It)\s+(?:includes|include|comprises|covers|means|will|would)\b
    )""",
    regex.VERBOSE,
)
_LIST_GAP: Final = lazy_compile(r"[\s,]*(?:and|or|as\s+well\s+as)?[\s,]*(?:in\s+)?")


class _Peers:
    """The figures of one sentence, in text order, with what every figure of it asks.

    Built once per sentence, so that a figure's questions about its peers cost a bisect and
    the few peers near a period, never a pass over the whole sentence.
    """

    __slots__ = ("figures", "listed", "longest", "peers", "starts")

    def __init__(self, text: str, peers: Sequence[Located]) -> None:
        self.peers = peers
        self.figures = [p.mention for p in peers]
        self.starts = [f.start for f in self.figures]
        self.longest = max((f.end - f.start for f in self.figures), default=0)
        # rule 1's list test on the figures, computed once, when first asked (``is_listed``)
        self.listed: bool | None = None

    def is_listed(self, text: str) -> bool:
        """Whether the figures are a list (rule 1), asked only with as many periods as figures."""
        if self.listed is None:
            spans = [(f.start, f.end) for f in self.figures]
            self.listed = len(spans) > 1 and _is_list(text, spans)
        return self.listed


def assign_periods(
    text: str,
    located: Sequence[Located],
    published: date | None,
    *,
    fiscal_start_month: int = 1,
    calendars: Sequence[FiscalCalendar] | None = None,
) -> list[Period | None]:
    """The period of each located figure (see the module's rules), in the same order.

    ``fiscal_start_month`` is the document's fiscal calendar; ``calendars``, when given,
    one per figure (the calendar of the country whose budget the figure is).
    """
    cals = [FiscalCalendar(fiscal_start_month)] * len(located) if calendars is None else calendars
    found: dict[tuple[tuple[int, int], FiscalCalendar], tuple[Period, ...]] = {}
    groups: dict[int, list[Located]] = {}
    rank: list[int] = []  # each figure's place among the figures of its sentence
    for loc in located:
        group = groups.setdefault(loc.sentence_index, [])
        rank.append(len(group))
        group.append(loc)
    group_starts = {k: [g.mention.start for g in v] for k, v in groups.items()}
    views: dict[tuple[int, int, int], _Peers] = {}
    listed: dict[tuple[int, int], bool] = {}  # id of a periods tuple, its length -> a list?
    last_in: dict[int, int] = {}  # sentence index -> its last figure so far
    comparing: dict[tuple[int, int], bool] = {}  # sentence -> may a figure in it be compared?
    refers: dict[tuple[int, int], bool] = {}  # sentence -> does it refer back (rule 3)?
    out: list[Period | None] = []
    for i, loc in enumerate(located):
        key = (loc.sentence, cals[i])
        if key not in found:
            lo, hi = loc.sentence
            found[key] = find_periods(
                text,
                published,
                fiscal_start_month=cals[i].start_month,
                fiscal_named_by_start=cals[i].named_by_start,
                lo=lo,
                hi=hi,
            )
        periods = found[key]
        period = None
        if periods:  # (without one, rules 1 and 2 give none: no view of the peers is needed)
            # the figures of the same sentence, within the span read around this one
            starts = group_starts[loc.sentence_index]
            a = bisect.bisect_left(starts, loc.sentence[0])
            b = bisect.bisect_left(starts, loc.sentence[1])
            view = views.get((loc.sentence_index, a, b))
            if view is None:
                view = _Peers(text, groups[loc.sentence_index][a:b])
                views[(loc.sentence_index, a, b)] = view
            period = _paired(text, periods, view, rank[i] - a, listed)
            if period is None:
                compares = comparing.get(loc.sentence)
                if compares is None:
                    compares = comparing[loc.sentence] = _may_compare(text, *loc.sentence)
                period = _nearest(
                    text, periods, view, loc, anchored=published is not None, compares=compares
                )
                if period is not None and len(view.figures) == 1:
                    period = _with_coordinated_year(text, period, periods)
        if period is None:
            back = refers.get(loc.sentence)
            if back is None:  # asked once a sentence
                back = refers[loc.sentence] = _refers_back(text, loc)
            prev = last_in.get(loc.sentence_index - 1) if back else None
            if prev is not None:
                period = out[prev]
        out.append(period)
        last_in[loc.sentence_index] = i
    return out


def _nearest(
    text: str,
    periods: Sequence[Period],
    view: _Peers,
    loc: Located,
    *,
    anchored: bool,
    compares: bool = True,
) -> Period | None:
    """The nearest period of the clause, else of the sentence (rule 2).

    ``compares`` is False when the sentence holds no word of a comparison (``_may_compare``).
    """
    m = loc.mention
    for lo, hi in (loc.clause, loc.sentence):
        inside = [
            p
            for p in periods
            if lo <= p.start
            and p.end <= hi
            and not (p.start < m.end and m.start < p.end)
            and not (compares and _past_compared(text, p, view, m.end))
        ]
        if len(inside) == 1:
            return inside[0]  # the first, whether another figure holds it or not
        if inside:
            # a period attached to another figure is only a last resort: the first by
            # (undated, distance, after) that no nearer peer holds, else the first of all
            # (what min() with "taken" as the first key gives, with one test per period
            # tried instead of one per period of the clause)
            ranked = sorted(
                inside,
                key=lambda p: (
                    # "a 48-month $15.6 billion facility ... in March 2023": with a publication
                    # date to resolve against, a period left without dates is a bare duration
                    anchored and p.period_start is None and p.period_end is None,
                    distance(p, m.start, m.end),
                    p.start > m.start,
                ),
            )
            m_end = _with_conversions(text, view, loc)
            return next(
                (p for p in ranked if not _taken_by_nearer_peer(text, p, view, loc, m_end)),
                ranked[0],
            )
    return None


_ATTACHED_GAP: Final = 30  # at most this many characters between a figure and its period
# A figure compared with another: the other's period is its own ("down from €7.5bn last
# year"); so is the dated act of one of its parts ("$12.1bn so far, including $5.5bn
# announced in February", not "including $61bn for Ukraine in 2024").
_COMPARED_RE: Final = lazy_compile(
    r"\b(?:down|up)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\b|\bversus\b|\bvs\.?",
    regex.IGNORECASE,
)
_PART_RE: Final = lazy_compile(
    r"\bincluding\b|\bof\s+which\b|\bamong\s+them\b|\bcompris(?:ing|es)\b", regex.I
)
_PARTICIPLE_GAP_RE: Final = lazy_compile(r"\s+(?:\w+\s+)?\w+ed\s+(?:in\s+|on\s+)?\Z")


_AND_YEAR_GAP: Final = lazy_compile(r"\s*(?:and|&)\s*\Z")


def _with_coordinated_year(text: str, p: Period, periods: Sequence[Period]) -> Period:
    """A whole year joined by "and" to the next whole year is both: "for 2025 and 2026".

    Only for a figure alone in its sentence: with several, the years pair with the figures
    ("in 2023 and 2024, NOK 2.5 billion and NOK 7 billion, respectively").
    """
    if not _whole_year(p):
        return p
    for q in periods:
        if q.start > p.end and _whole_year(q) and _AND_YEAR_GAP.match(text, p.end, q.start):
            assert p.period_start is not None
            assert q.period_end is not None
            if q.period_start is not None and q.period_start.year == p.period_start.year + 1:
                return Period(p.start, q.end, text[p.start : q.end], p.period_start, q.period_end)
    return p


def _whole_year(p: Period) -> bool:
    s, e = p.period_start, p.period_end
    return (
        s is not None
        and e is not None
        and (s.month, s.day, e.month, e.day) == (1, 1, 12, 31)
        and s.year == e.year
    )


#: What _COMPARED_RE and _PART_RE need in lower-cased ASCII text: one of these, as a substring.
_COMPARE_NEEDLES: Final = ("than", "from", "compared", "versus", "vs")
_PART_NEEDLES: Final = ("including", "which", "among", "compris")


def _may_compare(text: str, lo: int, hi: int) -> bool:
    """False when neither _COMPARED_RE nor _PART_RE can match in ``text[lo:hi]``.

    An ASCII span without one of their needles, lower-cased; beyond ASCII a letter may fold
    to one without case ("ſ"), and the patterns decide.
    """
    span = text[lo:hi]
    if not span.isascii():
        return True
    low = span.lower()
    for needle in _COMPARE_NEEDLES:
        if needle in low:
            return True
    return any(needle in low for needle in _PART_NEEDLES)


def _past_compared(text: str, p: Period, view: _Peers, m_end: int) -> bool:
    """Whether ``p`` follows a figure this one is compared with, attached to it.

    "5.8 billion euros, down from 7.5 billion euros last year": last year is the 7.5's only.
    """
    if p.start < m_end or not _may_compare(text, m_end, p.start):
        return False  # (the gate of the sentence's words, asked of the words between)
    compared = _COMPARED_RE.search(text, m_end, p.start) is not None
    if not compared and _PART_RE.search(text, m_end, p.start) is None:
        return False
    i = bisect.bisect_right(view.starts, p.start) - 1
    if i < 0:
        return False
    o = view.figures[i]
    gap = text[o.end : p.start]
    if not compared and _PARTICIPLE_GAP_RE.match(gap) is None:
        return False
    return o.start > m_end and len(gap) <= _ATTACHED_GAP and not any(c in gap for c in ",;:()")


def _taken_by_nearer_peer(text: str, p: Period, view: _Peers, loc: Located, m_end: int) -> bool:
    """Whether ``p`` stands between another figure and this one, attached to the other.

    Attached: nearer to it, with no punctuation between ("€20 billion pledged this quarter").
    ``m_end`` is where this figure ends with its conversions (``_with_conversions``). Only
    the peers within ``_ATTACHED_GAP`` characters of ``p`` can hold it, found by bisection.
    """
    m = loc.mention
    mine = distance(p, m.start, m_end)
    first = bisect.bisect_left(view.starts, p.start - _ATTACHED_GAP - view.longest)
    last = bisect.bisect_right(view.starts, p.end + _ATTACHED_GAP)
    for o in view.figures[first:last]:
        if o is m or m.end <= o.start < m_end:
            continue
        between = (o.end <= p.start and p.end <= m.start) or (m_end <= p.start and p.end <= o.start)
        if not between:
            continue
        gap = text[o.end : p.start] if o.end <= p.start else text[p.end : o.start]
        if len(gap) > _ATTACHED_GAP or any(c in gap for c in ",;:()–—"):
            continue
        # nearer to the other, or cut from this one by a comma the other's side lacks:
        # "Rs 2,150 crore in the Union Budget for 2026-27, up from Rs 2,068 crore"
        mine_gap = text[p.end : m.start] if p.end <= m.start else text[m_end : p.start]
        if distance(p, o.start, o.end) < mine or "," in mine_gap:
            return True
    return False


def _with_conversions(text: str, view: _Peers, loc: Located) -> int:
    """Where a figure ends with the conversions in brackets after it.

    "450 million pounds ($630 million, 515 million euros) for 2018": the bracket belongs to
    the first figure, so "for 2018" is nearer to it than to a later figure.
    """
    m = loc.mention
    end = m.end
    for o in view.figures[bisect.bisect_left(view.starts, m.end) :]:
        if not o.parenthetical or text[end : o.start].strip(" ,;(\u00a0") != "":
            break
        end = o.end
    if end > m.end:
        close = text.find(")", end, end + 3)
        end = close + 1 if close >= 0 else end
    return end


def _paired(
    text: str,
    periods: tuple[Period, ...],
    view: _Peers,
    index: int,
    listed: dict[tuple[int, int], bool],
) -> Period | None:
    """Rule 1: the i-th of a list of periods for the i-th of a list of figures.

    ``index`` is the figure's place among ``view``'s; ``listed`` caches the list test of
    each tuple of periods.
    """
    n = len(view.figures)
    if n < 2 or len(periods) != n or not view.is_listed(text):
        return None
    key = (id(periods), n)
    if key not in listed:
        listed[key] = _is_list(text, [(p.start, p.end) for p in periods])
    if not listed[key]:
        return None
    figures = view.figures
    if not (periods[-1].end <= figures[0].start or figures[-1].end <= periods[0].start):
        return None
    return periods[index]


def _is_list(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the spans follow each other joined only by commas and "and"."""
    return all(
        _LIST_GAP.fullmatch(text, a_end, b_start) is not None
        for (_, a_end), (b_start, _) in itertools.pairwise(spans)
    )


def _refers_back(text: str, loc: Located) -> bool:
    lo, hi = loc.sentence
    return _may_refer_back(text, lo, hi) and _ANAPHORA_RE.match(text, lo, hi) is not None


#: The words _ANAPHORA_RE opens with (with case), after its quotes and spaces.
_ANAPHORA_WORDS: Final = frozenset({"The", "This", "That", "These", "Those", "Such", "It"})
_ANAPHORA_MARKS: Final = frozenset("\"“‘'")


def _may_refer_back(text: str, lo: int, hi: int) -> bool:
    r"""False when _ANAPHORA_RE cannot match at ``lo``: most sentences open with another word.

    The pattern reads quotes and spaces (``\s``, all of which ``str.isspace`` knows), then
    one of its words, with case, which a space ends: the run of ASCII letters there.
    """
    if lo >= hi:
        return False
    first = text[lo]
    if first in _ANAPHORA_MARKS or first.isspace():
        return True  # the pattern reads on
    return text[lo : ascii_letters_end(text, lo, min(hi, lo + 6))] in _ANAPHORA_WORDS
