"""Group the claims of a whole run into pledges (see :mod:`aidclaims.pledges.rules`).

Scale: claims are blocked by currency and rate, and within a block only claims whose value
intervals overlap are compared (a sweep over the sorted intervals), after claims with an
identical normalised signature are merged outright. A 100,000-claim run groups in seconds
(``benchmarks/bench_pledges.py``); there is no all-pairs step.

Order: the result depends only on the claims, not on their order in the run, except that
ties are broken by (doc, start), which are content too.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from aidclaims.model import Claim
from aidclaims.pledges.names import compatible
from aidclaims.pledges.rules import (
    FX_DAYS_APART,
    FX_TOLERANCE,
    MAX_DAYS_APART,
    WITHIN_DOC_IGNORES_PARTIES,
    Mention,
    is_conversion,
    mention,
    roles_compatible,
    same_pledge,
    same_pledge_in_other_currency,
)


@dataclass(slots=True)
class _Group:
    """What the members of a growing pledge agree on; a merge must keep it consistent."""

    intervals: dict[str, tuple[float, float]]
    rates: set[str]
    stages: Counter[str]  # stage -> mentions; mentions of one figure in one article vary
    roles: dict[str, set[str]]  # role -> docs that hold it
    donors: frozenset[str]
    recipients: frozenset[str]
    period: tuple[date, date] | None
    first: date | None
    last: date | None
    members: list[int] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, m: Mention) -> _Group:
        return cls(
            intervals={m.currency: (m.low, m.high)},
            rates={m.rate},
            stages=Counter([m.stage] if m.stage else []),
            roles={m.role: {m.doc}},
            donors=m.donors,
            recipients=m.recipients,
            period=m.period,
            first=m.published,
            last=m.published,
            members=[m.index],
            docs={m.doc},
        )

    def accepts(self, other: _Group, *, part_joins_money: bool) -> bool:
        """Whether the union of the two groups still satisfies every rule."""
        for cur, (lo, hi) in other.intervals.items():
            mine = self.intervals.get(cur)
            if mine is not None and (hi < mine[0] or mine[1] < lo):
                return False
        if len(self.rates | other.rates) > 1:
            return False
        same_doc = not self.docs.isdisjoint(other.docs)
        stage_a, stage_b = _stage(self.stages), _stage(other.stages)
        if not same_doc and stage_a and stage_b and stage_a != stage_b:
            return False
        if not self._roles_accept(other, part_joins_money=part_joins_money):
            return False
        if not (same_doc and WITHIN_DOC_IGNORES_PARTIES) and not (
            compatible(self.donors, other.donors) and compatible(self.recipients, other.recipients)
        ):
            return False
        if _meet(self.period, other.period) is False:
            return False
        dates = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        return not dates or (max(dates) - min(dates)).days <= MAX_DAYS_APART

    def _roles_accept(self, other: _Group, *, part_joins_money: bool) -> bool:
        if len(self.roles) == 1 and self.roles.keys() == other.roles.keys():
            return True  # one role on both sides
        roles = {role: set(docs) for role, docs in self.roles.items()}
        for role, docs in other.roles.items():
            roles.setdefault(role, set()).update(docs)
        return roles_compatible(roles, part_joins_money=part_joins_money)

    def absorb(self, other: _Group) -> None:
        """Take in the members and constraints of ``other``."""
        for cur, (lo, hi) in other.intervals.items():
            mine = self.intervals.get(cur)
            self.intervals[cur] = (lo, hi) if mine is None else (max(lo, mine[0]), min(hi, mine[1]))
        self.rates |= other.rates
        self.stages.update(other.stages)
        for role, docs in other.roles.items():
            self.roles.setdefault(role, set()).update(docs)
        self.donors |= other.donors
        self.recipients |= other.recipients
        self.docs |= other.docs
        met = _meet(self.period, other.period)
        if isinstance(met, tuple):
            self.period = met
        elif self.period is None:
            self.period = other.period
        self.first = _min_date(self.first, other.first)
        self.last = _max_date(self.last, other.last)
        self.members.extend(other.members)


def cluster(
    claims: Sequence[Claim],
    published: Mapping[str, date | None] | None = None,
    *,
    part_joins_money: bool = True,
) -> list[list[int]]:
    """Indices of ``claims`` grouped into pledges, each group sorted, groups by first member.

    Claims that cannot be grouped (not aid, no value or currency) are left out.

    Args:
        claims: the claims of the run (extract's records, novelty filled or not).
        published: publication date per ``doc``; dates more than :data:`MAX_DAYS_APART`
            apart keep equal figures apart.
        part_joins_money: across articles, a share ("including $61bn") may join a headline.
    """
    # work in content order, so that every tie is broken by (doc, start), never by run order
    perm = sorted(range(len(claims)), key=lambda i: (claims[i].doc, claims[i].start, claims[i].end))
    found = _cluster([claims[i] for i in perm], published or {}, part_joins_money)
    out = [sorted(perm[j] for j in group) for group in found]
    out.sort(key=lambda members: members[0])
    return out


def _cluster(
    claims: Sequence[Claim], dates: Mapping[str, date | None], part_joins_money: bool
) -> list[list[int]]:
    mentions = [mention(i, c, dates.get(c.doc)) for i, c in enumerate(claims)]
    parent = list(range(len(claims)))
    groups: dict[int, _Group] = {m.index: _Group.of(m) for m in mentions if m is not None}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int, *, check: bool) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        ga, gb = groups[ra], groups[rb]
        if check and not ga.accepts(gb, part_joins_money=part_joins_money):
            return
        if rb < ra:
            ra, rb, ga, gb = rb, ra, gb, ga
        parent[rb] = ra
        ga.absorb(gb)
        del groups[rb]

    live = [m for m in mentions if m is not None]
    # 1. a figure and its conversion in brackets are one pledge
    by_doc: dict[str, list[Mention]] = {}
    for m in live:
        by_doc.setdefault(m.doc, []).append(m)
    for doc_mentions in by_doc.values():
        doc_mentions.sort(key=lambda m: claims[m.index].start)
        for head, conv in itertools.pairwise(doc_mentions):
            if is_conversion(claims[head.index], claims[conv.index]):
                # the conversion's parties are the extractor's guess for a copy of its head
                converted = groups[find(conv.index)]
                converted.donors = converted.recipients = frozenset()
                union(head.index, conv.index, check=False)
    # 2. identical normalised signatures are one pledge without comparing further
    signatures: dict[tuple[object, ...], int] = {}
    for m in live:
        first = signatures.setdefault(_sig(m), m.index)
        if first != m.index:
            union(first, m.index, check=True)
    reps = [m for m in live if signatures.get(_sig(m)) == m.index]

    def key(m: Mention) -> tuple[float, str, int]:
        return (m.low, m.doc, claims[m.index].start)  # content, not run order

    # 3. within an article: the closest values first
    reps_by_doc: dict[str, list[Mention]] = {}
    for m in reps:
        reps_by_doc.setdefault(m.doc, []).append(m)
    pairs: list[tuple[float, tuple[float, str, int], tuple[float, str, int], int, int]] = []
    for doc_reps in reps_by_doc.values():
        for a, b in _overlapping(sorted(doc_reps, key=key)):
            if same_pledge(a, b, part_joins_money=part_joins_money):
                pairs.append((_gap(a, b), key(a), key(b), a.index, b.index))
    pairs.sort()
    for *_, i, j in pairs:
        union(i, j, check=True)

    # 4. across articles a known party must be shared, so block by each party as well; each
    #    group is tried once per mention (the group check decides the merge)
    def same(a: Mention, m: Mention) -> bool:
        return a.doc != m.doc and same_pledge(a, m, part_joins_money=part_joins_money)

    for block in _party_blocks(reps).values():
        _sweep(sorted(block, key=key), _native, find, same, union)

    # 5. across articles and currencies: a figure and its conversion at ECB rates
    def in_other_currency(a: Mention, m: Mention) -> bool:
        return same_pledge_in_other_currency(a, m, part_joins_money=part_joins_money)

    dated = [m for m in reps if m.eur is not None and m.published is not None]
    for block in _party_blocks(dated, by_currency=False, by_month=True).values():
        _sweep(sorted(block, key=lambda m: _euros(m)[0]), _euros, find, in_other_currency, union)
    return [g.members for g in groups.values()]


def _native(m: Mention) -> tuple[float, float]:
    return m.low, m.high


def _euros(m: Mention) -> tuple[float, float]:
    lo, hi = m.eur or (0.0, 0.0)
    return lo * (1 - FX_TOLERANCE), hi * (1 + FX_TOLERANCE)


def _sweep(
    ordered: Sequence[Mention],
    interval: Callable[[Mention], tuple[float, float]],
    find: Callable[[int], int],
    same: Callable[[Mention, Mention], bool],
    union: Callable[..., None],
) -> None:
    """Try each mention against one open mention per group and currency overlapping it.

    ``ordered`` is sorted by the interval's low end; the group check in ``union`` decides.
    """
    active: list[Mention] = []
    for m in ordered:
        low = interval(m)[0]
        current: dict[tuple[int, str], Mention] = {}
        for a in active:
            high = interval(a)[1]
            if high >= low:
                key = (find(a.index), a.currency)
                kept = current.get(key)
                if kept is None or high > interval(kept)[1]:
                    current[key] = a
        for (root, _), a in list(current.items()):
            if root != find(m.index) and same(a, m):
                union(a.index, m.index, check=True)
        active = [*current.values(), m]


def _party_blocks(
    reps: Sequence[Mention], *, by_currency: bool = True, by_month: bool = False
) -> dict[tuple[str, ...], list[Mention]]:
    """Mentions by each known party (and currency and rate): across articles one is shared.

    ``by_month``: also by 30-day window of publication (each mention in its window and the
    next), so that mentions at most :data:`FX_DAYS_APART` days apart share a block.
    """
    blocks: dict[tuple[str, ...], list[Mention]] = {}
    for m in reps:
        head = (m.currency, m.rate) if by_currency else (m.rate,)
        windows = [""]
        if by_month and m.published is not None:
            w = m.published.toordinal() // FX_DAYS_APART
            windows = [str(w), str(w + 1)]
        for party in [("d", e) for e in m.donors] + [("r", e) for e in m.recipients]:
            for window in windows:
                blocks.setdefault((*head, *party, window), []).append(m)
    return blocks


def _sig(m: Mention) -> tuple[object, ...]:
    known = bool(m.donors or m.recipients)
    return (
        m.currency, m.low, m.high, m.rate, m.stage, m.role, m.donors, m.recipients,
        m.period, m.published, None if known else m.doc,
    )  # fmt: skip


def _overlapping(ordered: Sequence[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Pairs of one currency and rate whose value intervals overlap (``ordered`` by ``low``)."""
    active: dict[tuple[str, str], list[Mention]] = {}
    for m in ordered:
        block = (m.currency, m.rate)
        live = [a for a in active.get(block, ()) if a.high >= m.low]
        for a in live:
            yield a, m
        live.append(m)
        active[block] = live


def _gap(a: Mention, b: Mention) -> float:
    """How far apart two mentions' values are, as a share of the larger."""
    mid_a, mid_b = (a.low + a.high) / 2, (b.low + b.high) / 2
    return abs(mid_a - mid_b) / max(mid_a, mid_b)


def _meet(
    a: tuple[date, date] | None, b: tuple[date, date] | None
) -> tuple[date, date] | bool | None:
    """The overlap of two periods; None when either is unknown, False when they do not meet."""
    if a is None or b is None:
        return None
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else False


def _stage(stages: Counter[str]) -> str | None:
    """The stage most mentions give; None when unknown or tied ("paid" once, "pledged" once)."""
    top = stages.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _min_date(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)


def _max_date(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else max(a, b)
