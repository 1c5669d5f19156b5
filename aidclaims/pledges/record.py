"""The pledge row, stable pledge ids, and the two entry points: group_claims, assign_pledge_ids."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from datetime import date
from typing import TypeVar

import regex
from pydantic import BaseModel, ConfigDict

from aidclaims.lexicon.words import QUALIFIERS
from aidclaims.model import AidType, Claim, Novelty, Qualifier, Rate, Status
from aidclaims.pledges.grouping import cluster
from aidclaims.pledges.names import entities
from aidclaims.pledges.rules import STAGES


class Pledge(BaseModel):
    """One pledge: every mention of one sum from one donor to one recipient at one stage."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pledge_id: str
    donor: str | None = None
    recipient: str | None = None
    value: float | None = None
    value_max: float | None = None
    currency: str | None = None
    rate: Rate = Rate.TOTAL
    period_start: date | None = None
    period_end: date | None = None
    status: Status | None = None
    aid_type: AidType | None = None
    novelty: Novelty | None = None
    mentions: int = 0
    documents: int = 0
    first_published: date | None = None
    last_published: date | None = None
    values_seen: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()


#: Column order of pledge output (CSV header, JSON keys).
PLEDGE_FIELDS: tuple[str, ...] = tuple(Pledge.model_fields)

_K = TypeVar("_K", bound=Hashable)


def group_claims(
    claims: Sequence[Claim],
    published: Mapping[str, date | None] | None = None,
    urls: Mapping[str, str | None] | None = None,
) -> list[Pledge]:
    """Group the claims of a run into pledges, one row each, in order of first mention.

    Args:
        claims: every claim of the run; those that are not aid or lack a value or currency
            belong to no pledge.
        published: publication date per ``doc`` (for time distance and first/last_published).
        urls: url per ``doc``, listed in ``sources`` after the doc ids.

    Returns:
        The pledges; ``pledge_id`` is derived from each pledge's content.
    """
    groups = cluster(claims, published)
    ids = _pledge_ids(claims, groups)
    return [
        _pledge(pid, [claims[i] for i in g], published or {}, urls or {})
        for pid, g in zip(ids, groups, strict=True)
    ]


def assign_pledge_ids(
    claims: Sequence[Claim], published: Mapping[str, date | None] | None = None
) -> list[Claim]:
    """The claims, in the same order, each with the ``pledge_id`` of its pledge (or None).

    >>> from aidclaims.model import Claim
    >>> a = Claim(doc="a", start=0, end=5, amount_text="€50bn", value=5e10, currency="EUR",
    ...           donor="the EU", recipient="Ukraine")
    >>> b = a.model_copy(update={"doc": "b", "amount_text": "€50.0bn", "donor": "Brussels"})
    >>> x, y = assign_pledge_ids([a, b])
    >>> x.pledge_id == y.pledge_id and x.pledge_id.startswith("p-")
    True
    """
    groups = cluster(claims, published)
    ids: list[str | None] = [None] * len(claims)
    for pid, group in zip(_pledge_ids(claims, groups), groups, strict=True):
        for i in group:
            ids[i] = pid
    return [c.model_copy(update={"pledge_id": pid}) for c, pid in zip(claims, ids, strict=True)]


def _pledge_ids(claims: Sequence[Claim], groups: Sequence[list[int]]) -> list[str]:
    """A hash of each pledge's canonical key; equal keys are told apart by their first mention."""
    keys = [_canonical_key([claims[i] for i in g]) for g in groups]
    counts = Counter(keys)
    out = []
    for key, group in zip(keys, groups, strict=True):
        if counts[key] > 1:
            first = min((claims[i].doc, claims[i].start) for i in group)
            key = f"{key}|{first[0]}@{first[1]}"
        out.append("p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12])
    return out


def _canonical_key(group: Sequence[Claim]) -> str:
    members = sorted(group, key=lambda c: (c.doc, c.start))  # ties in _mode: content order
    main = _main_claims(members)
    value = _mode([c.value for c in main if c.value is not None])
    period = _mode([(c.period_start, c.period_end) for c in members if c.period_start])
    stage = _mode(
        [STAGES[c.status] for c in members if c.status is not None and c.status in STAGES]
    )
    role = _mode([c.novelty.value for c in members if c.novelty is not None])
    donors = sorted(set().union(*(entities(c.donor) for c in members)))
    recipients = sorted(set().union(*(entities(c.recipient) for c in members)))
    return "|".join(
        str(x)
        for x in (
            ",".join(donors),
            ",".join(recipients),
            main[0].currency,
            f"{value:.4g}" if value is not None else "",
            main[0].rate.value,
            period or "",
            stage or "",
            role or "",
        )
    )


def _main_claims(members: Sequence[Claim]) -> list[Claim]:
    """The mentions in the pledge's main currency (the most common; ties: the first mention's)."""
    ordered = sorted(members, key=lambda c: (c.doc, c.start))
    currency = _mode([c.currency for c in ordered])
    return [c for c in ordered if c.currency == currency]


#: The qualifier words written just before a figure ("over", "up to", "some"), longest first.
_QUALIFIER_BEFORE = regex.compile(
    r"(?<!\p{L})(?P<q>(?i:\L<q>))[\s\u00a0]*$",
    q=sorted(QUALIFIERS, key=len, reverse=True),
)


def as_written(claim: Claim) -> str:
    """The figure with the qualifier its sentence puts before it: ``over €20 billion``.

    So ``values_seen`` shows conflicts as the articles wrote them ("over €20 billion" next to
    "€21 billion"). Only words the sentence holds are shown; none when the qualifier came
    from elsewhere or the figure appears in its sentence more than once.

    >>> from aidclaims.model import Claim, Qualifier
    >>> c = Claim(doc="d", start=5, end=16, amount_text="€20 billion", value=2e10,
    ...           qualifier=Qualifier.MORE_THAN, sentence="Over €20 billion was pledged.")
    >>> as_written(c), as_written(c.model_copy(update={"qualifier": Qualifier.EXACT}))
    ('Over €20 billion', '€20 billion')
    """
    text = " ".join(claim.amount_text.split())
    sentence = claim.sentence or ""
    if (
        claim.qualifier in (Qualifier.EXACT, Qualifier.RANGE)
        or sentence.count(claim.amount_text) != 1
    ):
        return text
    found = _QUALIFIER_BEFORE.search(sentence, 0, sentence.index(claim.amount_text))
    if found is None or QUALIFIERS.get(found.group("q").lower()) is not claim.qualifier:
        return text
    return f"{found.group('q')} {text}"


def _mode(values: Sequence[_K]) -> _K | None:
    """The most common value; ties go to the one seen first. None for no values."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _pledge(
    pledge_id: str,
    members: Sequence[Claim],
    published: Mapping[str, date | None],
    urls: Mapping[str, str | None],
) -> Pledge:
    ordered = sorted(members, key=lambda c: (c.doc, c.start))
    main = _main_claims(ordered)
    value = _mode([(c.value, c.value_max) for c in main])
    docs = list(dict.fromkeys(c.doc for c in ordered))
    dates = [d for d in (published.get(doc) for doc in docs) if d is not None]
    period = _mode([(c.period_start, c.period_end) for c in ordered if c.period_start])
    doc_urls = [u for u in dict.fromkeys(urls.get(doc) for doc in docs) if u]
    return Pledge(
        pledge_id=pledge_id,
        donor=_mode([c.donor for c in ordered if c.donor]),
        recipient=_mode([c.recipient for c in ordered if c.recipient]),
        value=value[0] if value else None,
        value_max=value[1] if value else None,
        currency=main[0].currency,
        rate=main[0].rate,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        status=_mode([c.status for c in ordered if c.status is not None]),
        aid_type=_mode([c.aid_type for c in ordered if c.aid_type is not None]),
        novelty=_mode([c.novelty for c in ordered if c.novelty is not None]),
        mentions=len(ordered),
        documents=len(docs),
        first_published=min(dates) if dates else None,
        last_published=max(dates) if dates else None,
        values_seen=tuple(dict.fromkeys(as_written(c) for c in ordered)),
        sources=(*docs, *doc_urls),
        speakers=tuple(dict.fromkeys(c.speaker for c in ordered if c.speaker)),
    )
