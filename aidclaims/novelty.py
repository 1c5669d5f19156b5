"""Novelty: does a figure add new money, restate old money, total it up, or break it down?

SPEC.md defines four values. ``cumulative``: a running total ("bringing the total to",
"so far", "since 2022"); ``repeat``: money announced before and recalled as background
("the previously announced", "Last October, X announced", a figure dated before the event the
article reports); ``part``: a share of a larger figure in the same article ("of which",
"including", components after a package that add up to it); ``new`` otherwise.

The rules read plain inputs that any pipeline can give (:class:`Figure`: the figure's span,
its sentence and optional clause spans, value, currency and period end) and the cue tables in
:mod:`aidclaims._novelty_table`. Seam for the pipeline: call :func:`resolve_novelties` once per
document with every money figure (aid or not, so that package break-downs are seen), in any
order; it returns one :class:`~aidclaims.model.Novelty` per figure, in the order given. In
``pipeline.extract`` that is, after periods (step 7)::

    novelties = resolve_novelties(text, [
        Figure(loc.mention.start, loc.mention.end, *loc.sentence, value=..., value_max=...,
               currency=settled[i].code,
               period_end=periods[i].period_end if periods[i] else None)
        for i, loc in enumerate(located)], published=ctx.published)

Leave ``clause_start``/``clause_end`` unset: the clause splitter drops fronted adverbials
("Since the invasion in 2022, ...") and trailing concessives ("even though ... already
committed") that carry the cues, which cost two dev claims when clauses were passed. Callers
that only hold finished claims use :func:`with_novelty`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final, NamedTuple

from aidclaims import _novelty_cues as C
from aidclaims._novelty_dates import ends_before_event, sentence_dated_before_event
from aidclaims.model import Claim, Novelty


class Figure(NamedTuple):
    """One money figure of a document, as any pipeline can describe it.

    Attributes:
        start: offset of the money expression in the document text.
        end: its end (exclusive).
        sentence_start: start of the sentence that holds it.
        sentence_end: end of that sentence (exclusive).
        value: the amount (lower bound of a range), if known.
        value_max: the upper bound of a range, else None.
        currency: ISO code, if known.
        period_end: last day of the figure's period, if resolved.
        clause_start: start of the figure's clause, if a clause splitter gave one.
        clause_end: end of that clause.
    """

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value: float | None = None
    value_max: float | None = None
    currency: str | None = None
    period_end: date | None = None
    clause_start: int | None = None
    clause_end: int | None = None


#: Parts of a package add up to it within this share (rounding in the text).
_SUM_TOLERANCE: Final = 0.0075
#: A share set aside opens its sentence ("13.8bn are intended for", not "Kuwait's contribution
#: of $100m will be allocated"); its larger figure stands at most _SHARE_REACH chars before.
_SHARE_LEAD, _SHARE_REACH = 25, 600
#: How many figures after a package may list its parts.
_SUM_LOOKAHEAD: Final = 8


def resolve_novelty(
    text: str, figure: Figure, others: Sequence[Figure] = (), *, published: date | None = None
) -> Novelty:
    """Decide the novelty of one figure, given the document's other figures.

    Convenience wrapper over :func:`resolve_novelties`; a pipeline with many figures should call
    that once per document instead (this costs one document pass per figure).

    >>> t = "So far, Norway has given NOK 27 billion."
    >>> resolve_novelty(t, Figure(26, 39, 0, len(t), 27e9, "NOK")).value
    'cumulative'
    """
    rest = [f for f in others if (f.start, f.end) != (figure.start, figure.end)]
    return resolve_novelties(text, [figure, *rest], published=published)[0]


def resolve_novelties(
    text: str, figures: Sequence[Figure], *, published: date | None = None
) -> tuple[Novelty, ...]:
    """Decide ``new | cumulative | repeat | part`` for every figure of one document.

    Args:
        text: the document text (offsets index it).
        figures: every money figure of the document, in any order.
        published: the publication date; dates before it mark background ("In June, ...").

    Returns:
        One novelty per figure, in the order of ``figures``.

    >>> t = "The $95 billion package includes $61 billion for Ukraine."
    >>> [n.value for n in resolve_novelties(t, [Figure(4, 15, 0, 57, 95e9, "USD"),
    ...                                         Figure(33, 44, 0, 57, 61e9, "USD")])]
    ['new', 'part']
    """
    order = sorted(range(len(figures)), key=lambda k: (figures[k].start, figures[k].end))
    doc = _Document(text, [figures[k] for k in order], published)
    result: list[Novelty] = [Novelty.NEW] * len(figures)
    for pos, k in enumerate(order):
        result[k] = doc.novelty[pos]
    return tuple(result)


def with_novelty(
    text: str, claims: Sequence[Claim], *, published: date | None = None
) -> list[Claim]:
    """The claims of one document, each with ``novelty`` (a novelty already set is kept).

    For callers that hold finished claims (``aidclaims pledges`` on articles); the sentence
    span is found from the claim's ``sentence``, else the figure alone stands for it.
    """
    figures = [_claim_figure(text, c) for c in claims]
    found = resolve_novelties(text, figures, published=published)
    return [
        c if c.novelty is not None else c.model_copy(update={"novelty": n})
        for c, n in zip(claims, found, strict=True)
    ]


def _claim_figure(text: str, c: Claim) -> Figure:
    lo, hi = c.start, c.end
    if c.sentence:
        at = text.rfind(c.sentence, 0, c.start + len(c.sentence))  # starts at or before it
        if at >= 0 and at + len(c.sentence) >= c.end:
            lo, hi = at, at + len(c.sentence)
    return Figure(c.start, c.end, lo, hi, c.value, c.value_max, c.currency, period_end=c.period_end)


class _Document:
    """One pass over a document's figures in text order (each rule reads earlier results)."""

    def __init__(self, text: str, figs: list[Figure], published: date | None) -> None:
        self.text = text
        self.figs = figs
        self.published = published
        self.lead_end = C.lead_end(text)  # where the first sentence (the lead) ends
        self.first_heading = C.first_heading(text)  # headings end in text order
        self.keys = [_value_key(f) for f in figs]
        self.dated: dict[tuple[int, int], bool | None] = {}  # a sentence's verdict
        self.spans = [(min(f.sentence_start, f.start), max(f.sentence_end, f.end)) for f in figs]
        # each figure's sentence case-folded, offset for offset (None if folding changes its
        # length); its cue windows are slices of it
        folds: dict[tuple[int, int], str | None] = {}
        for lo, hi in self.spans:
            if (lo, hi) not in folds:
                folds[lo, hi] = _fold(text[lo:hi])
        self.span_folds = [folds[span] for span in self.spans]
        self.heads: list[int | None] = []
        for i in range(len(figs)):
            self.heads.append(self._conversion_head(i))
        self.sum_parts = self._sum_parts()
        self.novelty: list[Novelty] = []
        self.explicit: list[bool] = []
        first_seen: dict[tuple[str, str], int] = {}
        for i in range(len(figs)):
            novelty, explicit = self._decide(i, first_seen)
            self.novelty.append(novelty)
            self.explicit.append(explicit)
            key = self.keys[i]
            if key is not None:
                first_seen.setdefault(key, i)

    # --- neighbours and windows ------------------------------------------------------------------

    def _conversion_head(self, i: int) -> int | None:
        """The figure that ``i`` converts ("€21bn (£18.2bn)"), chained: "(£6.7bn; $8.7bn)"."""
        if i == 0:
            return None
        prev, fig = self.figs[i - 1], self.figs[i]
        gap = self.text[prev.end : fig.start]
        if len(gap) > 40:
            return None
        if C.may_convert(gap) and C.CONVERSION_GAP_RE.fullmatch(gap) and gap.strip():
            return self.heads[i - 1] if self.heads[i - 1] is not None else i - 1
        if (
            self.heads[i - 1] is not None  # the cheap tests first (all are pure)
            and self.text.count("(", prev.start, fig.start)
            > self.text.count(")", prev.start, fig.start)
            and C.CONVERSION_NEXT_GAP_RE.fullmatch(gap)
        ):
            return self.heads[i - 1]
        return None

    def _folded(self, i: int, lo: int, hi: int) -> str | None:
        """``text[lo:hi]`` (within figure ``i``'s sentence) case-folded, offset for offset.

        None if folding changes its length.
        """
        whole = self.span_folds[i]
        if whole is None:
            return _fold(self.text[lo:hi])
        start = self.spans[i][0]
        return whole[lo - start : hi - start]

    def _left(self, i: int) -> tuple[int, str | None]:
        """Where the cue window before figure ``i`` starts (it ends there), and it case-folded."""
        fig = self.figs[i]
        lo = self.spans[i][0]
        if fig.clause_start is not None and fig.clause_start <= fig.start:
            lo = max(lo, fig.clause_start)
        if i > 0 and self.figs[i - 1].end <= fig.start:
            lo = max(lo, self.figs[i - 1].end)
        folded = self._folded(i, lo, fig.start)
        if C.BOUNDARY.may_match(folded):
            cuts = list(C.BOUNDARY.pattern.finditer(self.text[lo : fig.start]))
            if cuts:
                lo += cuts[-1].end()
                folded = self._folded(i, lo, fig.start)
        return lo, folded

    def _right(self, i: int) -> tuple[int, str | None]:
        """Where the cue window after figure ``i`` ends (it starts at its end), and it folded."""
        fig = self.figs[i]
        hi = self.spans[i][1]
        if fig.clause_end is not None and fig.clause_end >= fig.end:
            hi = min(hi, fig.clause_end)
        if i + 1 < len(self.figs) and self.figs[i + 1].start >= fig.end:
            hi = min(hi, self.figs[i + 1].start)
        window = self.text[fig.end : hi]
        folded, cut = self._folded(i, fig.end, hi), None
        if C.BOUNDARY.may_match(folded):
            cut = C.BOUNDARY.pattern.search(window)
        if cut is None and C.COMMENT.may_match(folded):
            cut = C.COMMENT.pattern.search(window)
        if cut is None:
            return hi, folded
        return fig.end + cut.start(), None if folded is None else folded[: cut.start()]

    # --- the decision ----------------------------------------------------------------------------

    def _decide(self, i: int, first_seen: dict[tuple[str, str], int]) -> tuple[Novelty, bool]:
        head = self.heads[i]
        if head is not None:
            return self.novelty[head], self.explicit[head]
        own = self._own_cue(i)
        if own is not None:
            return own, True
        if self._continues_part_list(i):
            return Novelty.PART, True
        if i in self.sum_parts:
            return Novelty.PART, False
        key = self.keys[i]
        earlier = first_seen.get(key) if key is not None else None
        if earlier is not None and self.novelty[earlier] is not Novelty.NEW:
            return self.novelty[earlier], False
        return Novelty.NEW, False

    def _own_cue(self, i: int) -> Novelty | None:
        text, fig = self.text, self.figs[i]
        (lo, left_f), (hi, right_f) = self._left(i), self._right(i)
        left, right = text[lo : fig.start], text[fig.end : hi]  # the cue windows
        s_lo, s_hi = self.spans[i]
        prefix_f = self._folded(i, s_lo, fig.start)  # the sentence up to the figure
        if C.FROM.found_in(left, left_f) and self._is_from_in_from_to(i):
            return Novelty.REPEAT  # "increase ... from NOK 75 billion to NOK 135 billion"
        if C.PART_BEFORE.found_in(left, left_f) or C.PART_AFTER.found_in(right, right_f):
            return Novelty.PART
        if C.WITH_BEFORE.found_in(left, left_f) and C.WITH_SHARE_RE.search(right):
            return Novelty.PART
        if C.PART_SENTENCE.may_match(prefix_f) and self._after_sentence_part_cue(i, s_lo):
            return Novelty.PART
        said = list(C.REPORTING.pattern.finditer(left)) if C.REPORTING.may_match(left_f) else []
        at = lo + said[-1].end() if said else lo  # where the reported words start
        reported, reported_f = text[at : fig.start], self._folded(i, at, fig.start)
        if C.CUM_BEFORE.found_in(reported, reported_f) or C.CUM_AFTER.found_in(right, right_f):
            return Novelty.CUMULATIVE
        if C.TOTAL.found_in(reported, reported_f) and not C.TOTAL_EVENT_RE.search(
            f"{reported} {right}"
        ):
            return Novelty.CUMULATIVE
        if C.REPEAT_BEFORE.found_in(left, left_f):
            return Novelty.REPEAT
        near_f = None if left_f is None or right_f is None else f"{left_f}\0{right_f}"
        if C.REPEAT_NEAR.may_match(near_f) and (  # both windows' needles in one look first
            C.REPEAT_NEAR.found_in(left, left_f) or C.REPEAT_NEAR.found_in(right, right_f)
        ):
            return Novelty.REPEAT
        if self.first_heading is not None and self.first_heading <= fig.start:
            return Novelty.REPEAT  # under a "Recall" / "Background:" heading
        if self._dated_before_event(fig, s_lo, s_hi):
            return Novelty.REPEAT
        opener = C.OPENER.may_match(prefix_f) and C.OPENER.pattern.search(text, s_lo, fig.start)
        share = (
            fig.start - s_lo <= _SHARE_LEAD  # opens it (asked first: few figures do)
            and C.ALLOCATED.may_match(right_f)
            and C.ALLOCATED.pattern.match(right)
        )
        if (share or opener) and self._larger_before(i):
            return Novelty.PART  # "... a $61bn package. 13.8bn are intended for weapons"
        return None

    def _larger_before(self, i: int) -> bool:
        """Whether a larger figure in the same currency stands shortly before ``i``."""
        fig = self.figs[i]
        return any(
            f.currency == fig.currency and (f.value or 0.0) > (fig.value or 0.0)
            for k, f in enumerate(self.figs[:i])
            if self.heads[k] is None and f.start >= fig.start - _SHARE_REACH
        )

    def _is_from_in_from_to(self, i: int) -> bool:
        """Whether figure ``i``, after "from", is X in "from X to Y" (conversions skipped)."""
        j = i + 1
        while j < len(self.figs) and self.heads[j] is not None:
            j += 1
        if j >= len(self.figs):
            return False
        last = self.figs[j - 1]
        return bool(C.TO_NEXT_RE.match(self.text[last.end : self.figs[j].start]))

    def _after_sentence_part_cue(self, i: int, s_lo: int) -> bool:
        """Whether a sentence cue and a figure precede ``i``: "out of the total $32bn, ... $7bn"."""
        m = C.PART_SENTENCE.pattern.search(self.text, s_lo, self.figs[i].start)
        if m is None:
            return False
        return any(m.end() <= f.start and f.end <= self.figs[i].start for f in self.figs[:i])

    def _continues_part_list(self, i: int) -> bool:
        """Whether ``i`` continues a list after a part cue: "including $5m to A, and $1m to B"."""
        j = i - 1
        while j >= 0 and self.heads[j] is not None:
            j -= 1
        if j < 0 or not (self.novelty[j] is Novelty.PART and self.explicit[j]):
            return False
        if self.spans[j][0] != self.spans[i][0]:
            return False
        gap = self.text[self.figs[i - 1].end : self.figs[i].start]
        return len(gap) <= 200 and bool(C.LIST_GAP_RE.search(gap))

    def _dated_before_event(self, fig: Figure, s_lo: int, s_hi: int) -> bool:
        """A past giving verb under a date before the reported event: "In January, X announced"."""
        if s_lo < self.lead_end:
            return False  # the lead reports the event itself
        key = (s_lo, s_hi)
        if key not in self.dated:
            self.dated[key] = sentence_dated_before_event(self.text[s_lo:s_hi], self.published)
        return ends_before_event(self.dated[key], fig.period_end, self.published)

    def _sum_parts(self) -> set[int]:
        """Figures listed after a package that add up to it: "£450m ... £350m ... £100m"."""
        figs, parts = self.figs, set[int]()
        # each figure of its own (no conversion, no range) with a value: value, currency, index
        own = [
            (f.value, f.currency, k)
            for k, f in enumerate(figs)
            if self.heads[k] is None and f.value and f.value_max is None
        ]
        for a, (total, cur, _) in enumerate(own):
            if cur is None:
                continue
            run: list[int] = []
            run_values: list[float] = []
            for v, currency, m in own[a + 1 : a + 1 + _SUM_LOOKAHEAD]:
                if currency != cur or v >= total:
                    continue
                run.append(m)
                run_values.append(v)
                s = sum(run_values)
                if len(run) > 1 and _close(s, total) and not _double_counts(figs, run):
                    parts.update(run)
                    break  # the list is complete: a figure after it is not a share
                if s > total:
                    break
        return parts


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _SUM_TOLERANCE * max(a, b)


def _double_counts(figs: Sequence[Figure], run: Sequence[int]) -> bool:
    """Whether a run counts something twice.

    A sub-total and its own parts ("$200m ..., including $50m ... $150m"), or a figure
    mentioned again: a value that comes back after another one ("the initial $5m, Monday's
    $15m ... the initial $5m"); "$3bn ... another $3bn" side by side are two shares.
    """
    values = [figs[k].value or 0.0 for k in run]
    for a, value in enumerate(values):
        later = [b for b in range(a + 2, len(values)) if values[b] == value]
        if later and any(v != value for v in values[a + 1 : later[0]]):
            return True
    for a in range(len(values)):
        acc = 0.0
        for b in range(a + 1, len(values)):
            acc += values[b]
            if b > a + 1 and _close(acc, values[a]):
                return True
    return False


def _fold(window: str) -> str | None:
    """``window`` case-folded, or None if folding changes its length (offsets would not line up)."""
    folded = window.casefold()
    return folded if len(folded) == len(window) else None


def _value_key(fig: Figure) -> tuple[str, str] | None:
    """Same figure, same currency, to three significant digits ("$61 billion" ~ "$61bn")."""
    if fig.value is None or fig.currency is None or not fig.value > 0:  # NaN: no key
        return None
    return fig.currency, f"{fig.value:.3g}"  # one text a number (not parsed back: same classes)
