"""The core pure function, ``extract(text) -> list[Claim]``: every stage, in order.

1. money: find the figures and annotate them (qualifier, rate) (:mod:`aidclaims.money`)
2. text: sentences, then each figure's sentence and clause (:mod:`aidclaims.text`)
3. currencies: marks to ISO codes; a bare figure inherits its neighbours' code
4. speakers: who each sentence is attributed to (:mod:`aidclaims.speakers`)
5. parties: donor and recipient in the figure's clause (:mod:`aidclaims.parties`)
6. relevance: aid or other money (:mod:`aidclaims.relevance`)
7. periods: the time expression each figure is tied to (:mod:`aidclaims.periods`)
8. status and aid type (:mod:`aidclaims.status`, :mod:`aidclaims.aid_type`)
9. parties again: what the clause leaves open, from the sentence, document and currency
10. Claim: one record per kept figure
"""

from __future__ import annotations

from datetime import date

from aidclaims.aid_type import resolve_aid_types
from aidclaims.context import Context
from aidclaims.model import AidType, Claim, Status
from aidclaims.money import find_money
from aidclaims.money.currency import resolve_marks
from aidclaims.parties import DocumentParties, Parties
from aidclaims.periods import Period, assign_periods, fiscal_start_month
from aidclaims.relevance import decide_aid
from aidclaims.speakers import Speaker, find_speakers
from aidclaims.status import resolve_statuses
from aidclaims.text.clauses import Located, locate
from aidclaims.text.cues import words_of
from aidclaims.text.sentences import find_sentences


def extract(
    text: str, *, doc: str = "-", published: date | None = None, include_non_aid: bool = False
) -> list[Claim]:
    """Find the aid claims in ``text``: every money figure tied to aid, with its context.

    Pure: no I/O, no clock, no global state. ``published`` anchors relative periods ("this
    year"); without it they keep their text but no dates. ``include_non_aid`` also returns
    the other money figures (prices, budgets, sales), with ``aid=False``.

    >>> [c.amount_text for c in extract("Canada pledged C$500 million in aid to Ukraine.")]
    ['C$500 million']
    """
    ctx = Context(doc=doc, published=published)
    # 1. money
    mentions = find_money(text)
    if not mentions:
        return []
    # 2. text: sentences, then each figure's sentence and clause
    sentences = find_sentences(text)
    located = locate(text, mentions, sentences)
    words = words_of(text)  # the document's words, shared by the cue tables of 6 and 8
    # 3. currencies
    codes = resolve_marks([m.currency_mark for m in mentions], text)
    # 4. speakers
    speakers = find_speakers(text, sentences)
    # 5. parties in each figure's clause
    doc_parties = DocumentParties(text, sentences, [(m.start, m.end) for m in mentions])
    parties = [
        doc_parties.find(loc.clause[0], loc.clause[1], loc.mention.start, loc.mention.end)
        for loc in located
    ]
    # 6. relevance
    aid = decide_aid(text, located, [p.recipient is not None for p in parties], words)
    keep = [is_aid or include_non_aid for is_aid in aid]
    # 7. periods
    periods = assign_periods(
        text, located, ctx.published, fiscal_start_month=fiscal_start_month(codes)
    )
    # 8. status and aid type
    statuses = resolve_statuses(text, located, keep, words)
    aid_types = resolve_aid_types(text, located, words)
    claims: list[Claim] = []
    for i, loc in enumerate(located):
        status = statuses[i]
        if status is None:
            continue
        # 9. parties the clause leaves open
        m = loc.mention
        party = doc_parties.widen(parties[i], loc.clause, loc.sentence, (m.start, m.end), codes[i])
        speaker = speakers[loc.sentence_index] if loc.sentence_index < len(speakers) else None
        # 10. the record
        claims.append(
            _claim(
                text, ctx, loc, codes[i], periods[i], status, aid_types[i], party, speaker, aid[i]
            )
        )
    return claims


def _claim(
    text: str,
    ctx: Context,
    loc: Located,
    currency: str | None,
    period: Period | None,
    status: Status,
    aid_type: AidType,
    party: Parties,
    speaker: Speaker | None,
    is_aid: bool,
) -> Claim:
    """One Claim from what the stages found for a figure."""
    m = loc.mention
    return Claim(
        doc=ctx.doc,
        start=m.start,
        end=m.end,
        amount_text=text[m.start : m.end],
        value=float(m.value),
        value_max=None if m.value_max is None else float(m.value_max),
        currency=currency,
        qualifier=m.qualifier,
        rate=m.rate,
        period_text=None if period is None else period.text,
        period_start=None if period is None else period.period_start,
        period_end=None if period is None else period.period_end,
        status=status,
        aid_type=aid_type,
        donor=party.donor,
        recipient=party.recipient,
        speaker=None if speaker is None else speaker.name,
        sentence=text[loc.sentence[0] : loc.sentence[1]],
        speaker_role=None if speaker is None else speaker.role,
        aid=is_aid,
    )
