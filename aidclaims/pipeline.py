"""The core pure function, ``extract(text) -> list[Claim]``: every stage, in order.

1. money: find the figures and annotate them (qualifier, rate) (:mod:`aidclaims.money`)
2. text: sentences, then each figure's sentence and clause (:mod:`aidclaims.text`)
3. currencies: marks to ISO codes, first from the marks and the document's words
4. parties: donor and recipient in the figure's clause (:mod:`aidclaims.parties`), then
   what the clause leaves open, from the sentence, the document and the currency
5. currencies settled per figure: which dollar a bare "$" is, which rupee "Rs" is, from
   the figure's parties and the document's home (:mod:`aidclaims.money.settle`)
6. relevance: aid or other money (:mod:`aidclaims.relevance`)
7. periods: the time expression each figure is tied to, fiscal years by the country whose
   budget it is (:mod:`aidclaims.periods`)
8. novelty: new, cumulative, repeat or part (:mod:`aidclaims.novelty`)
9. status and aid type (:mod:`aidclaims.status`, :mod:`aidclaims.aid_type`)
10. speakers: who each sentence is attributed to (:mod:`aidclaims.speakers`), read only up
    to the last sentence with a kept figure; a speaker who gives names a missing donor
11. Claim: one record per kept figure
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

from aidclaims.aid_type import resolve_aid_types
from aidclaims.context import Context
from aidclaims.model import AidType, Claim, Novelty, Status, sharing_fields_set
from aidclaims.money import find_money
from aidclaims.money.currency import resolve_marks
from aidclaims.money.settle import Settled, document_home, settle_currencies
from aidclaims.novelty import Figure, resolve_novelties
from aidclaims.parties import DocumentParties, Parties, countries_of, donor_of_speaker
from aidclaims.periods import (
    Period,
    assign_periods,
    figure_fiscal_calendar,
    fiscal_start_month,
)
from aidclaims.relevance import decide_aid
from aidclaims.speakers import Speaker, find_speakers, has_own_subject, speaker_of_clause
from aidclaims.status import is_past, resolve_statuses
from aidclaims.text.clauses import Located, locate
from aidclaims.text.cues import words_of
from aidclaims.text.sentences import find_sentences


def extract(
    text: str,
    *,
    doc: str = "-",
    published: date | str | None = None,
    url: str | None = None,
    include_non_aid: bool = False,
) -> list[Claim]:
    """Find the aid claims in ``text``: every money figure tied to aid, with its context.

    Pure: no I/O, no clock, no global state. ``published`` (a date or an ISO string such as
    ``"2025-03-01"``) anchors relative periods ("this year"); without it they keep their
    text but no dates. ``include_non_aid`` also returns
    the other money figures (prices, budgets, sales), with ``aid=False``.

    >>> [c.amount_text for c in extract("Canada pledged C$500 million in aid to Ukraine.")]
    ['C$500 million']
    """
    ctx = Context(doc=doc, published=_as_date(published), url=url)
    # 1. money
    mentions = find_money(text)
    if not mentions:
        return []
    # 2. text: sentences, then each figure's sentence and clause
    sentences = find_sentences(text)
    located = locate(text, mentions, sentences)
    words = words_of(text)  # the document's words, shared by relevance, status and aid type
    # 3. currencies, from the marks and the document's words
    codes = resolve_marks([m.currency_mark for m in mentions], text)
    # 4. parties in each figure's clause, then widened to its sentence and the document
    doc_parties = DocumentParties(text, sentences, [(m.start, m.end) for m in mentions])
    parties = [
        doc_parties.find(loc.clause[0], loc.clause[1], loc.mention.start, loc.mention.end)
        for loc in located
    ]
    widened = [
        doc_parties.widen(p, loc.clause, loc.sentence, (loc.mention.start, loc.mention.end), c)
        for p, loc, c in zip(parties, located, codes, strict=True)
    ]
    # 5. currencies settled per figure: which dollar, which rupee
    settled = settle_currencies(
        text,
        mentions,
        [p.donor for p in widened],
        [p.recipient for p in widened],
        document_home(text, ctx.url),
        [p.donor for p in parties],
    )
    for i, (code, s) in enumerate(zip(codes, settled, strict=True)):
        if s.code != code:  # a settled national currency may name the donor ("$" in Ottawa)
            loc = located[i]
            m = loc.mention
            widened[i] = doc_parties.widen(
                parties[i], loc.clause, loc.sentence, (m.start, m.end), s.code
            )
    # 6. relevance
    aid = decide_aid(
        text,
        located,
        [p.recipient is not None for p in parties],
        words,
        [p.donor is not None for p in parties],
    )
    keep = [is_aid or include_non_aid for is_aid in aid]
    # 7. periods, in the fiscal calendar of the country whose budget each figure is
    default_fiscal = fiscal_start_month([s.code for s in settled])
    named: dict[int, frozenset[str]] = {}  # sentence start -> countries it names

    def sentence_countries(loc: Located) -> frozenset[str]:
        lo, hi = loc.sentence
        if lo not in named:
            named[lo] = countries_of(text[lo:hi])
        return named[lo]

    calendars = [
        figure_fiscal_calendar(
            (countries_of(p.donor), countries_of(p.recipient)),
            default_fiscal,
            partial(sentence_countries, loc),
        )
        for p, loc in zip(widened, located, strict=True)
    ]
    periods = [
        # ", while Britain pledged £240 million": the sentence's "through 2027" is not its own
        None
        if p is not None
        and not (loc.clause[0] <= p.start and p.end <= loc.clause[1])
        and has_own_subject(text, loc.clause, loc.sentence)
        else p
        for p, loc in zip(
            assign_periods(text, located, ctx.published, calendars=calendars), located, strict=True
        )
    ]
    # 8. novelty: new money, a running total, a re-announcement, or a part of a package
    novelties = resolve_novelties(
        text,
        [
            Figure(
                loc.mention.start,
                loc.mention.end,
                *loc.sentence,
                value=float(loc.mention.value),
                value_max=None if loc.mention.value_max is None else float(loc.mention.value_max),
                currency=settled[i].code,
                period_end=None if period is None else period.period_end,
            )
            for i, (loc, period) in enumerate(zip(located, periods, strict=True))
        ],
        published=ctx.published,
    )
    # 9. status and aid type
    past = [is_past(None if p is None else p.period_end, ctx.published) for p in periods]
    statuses = resolve_statuses(text, located, keep, words, past)
    aid_types = resolve_aid_types(text, located, words)
    # 10. speakers, read up to the last sentence with a record
    kept = [loc.sentence_index for loc, st in zip(located, statuses, strict=True) if st is not None]
    speakers = find_speakers(text, sentences, max(kept)) if kept else ()
    claims: list[Claim] = []
    sentence_texts: dict[int, str] = {}  # one string per sentence, for all of its claims
    for i, loc in enumerate(located):
        status = statuses[i]
        if status is None:
            continue
        speaker = speaker_of_clause(
            text,
            loc.clause,
            loc.sentence,
            speakers[loc.sentence_index] if loc.sentence_index < len(speakers) else None,
            loc.mention.end,
        )
        party = widened[i]
        if parties[i].donor is None and speaker is not None:
            # "von der Leyen also announced €108 million": the giver is the speaker's party
            giver = donor_of_speaker(
                text, loc.clause, loc.mention.start, speaker.name, speaker.role
            )
            if giver is not None and giver != party.recipient:
                party = Parties(donor=giver, recipient=party.recipient)
        # 11. the record
        lo, hi = loc.sentence
        if lo not in sentence_texts:
            sentence_texts[lo] = text[lo:hi]
        claims.append(
            _claim(
                text,
                sentence_texts[lo],
                ctx,
                loc,
                settled[i],
                periods[i],
                status,
                aid_types[i],
                party,
                speaker,
                aid[i],
                novelties[i],
            )
        )
    return claims


def _claim(
    text: str,
    sentence: str,
    ctx: Context,
    loc: Located,
    currency: Settled,
    period: Period | None,
    status: Status,
    aid_type: AidType,
    party: Parties,
    speaker: Speaker | None,
    is_aid: bool,
    novelty: Novelty,
) -> Claim:
    """One Claim from what the stages found for a figure, in ``sentence``."""
    m = loc.mention
    claim = Claim(
        doc=ctx.doc,
        start=m.start,
        end=m.end,
        amount_text=text[m.start : m.end],
        value=float(m.value),
        value_max=None if m.value_max is None else float(m.value_max),
        currency=currency.code,
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
        sentence=sentence,
        speaker_role=None if speaker is None else speaker.role,
        aid=is_aid,
        novelty=novelty,
        currency_basis=currency.basis,
        pledge_id=None,  # every field given: the claim can share one fields set
    )
    return sharing_fields_set(claim)


def _as_date(published: object) -> date | None:
    """``extract``'s ``published``: a date (a datetime gives its day), an ISO string or None.

    >>> _as_date("2025-03-01"), _as_date("2025-03-01T09:00:00Z")
    (datetime.date(2025, 3, 1), datetime.date(2025, 3, 1))
    >>> _as_date(20250301)
    Traceback (most recent call last):
    TypeError: published must be a date, an ISO date string or None, not int
    """
    if isinstance(published, datetime):  # a date too: check it first
        return published.date()
    if published is None or isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return datetime.fromisoformat(published).date()
        except ValueError:
            raise ValueError(f"published: {published!r} is not an ISO date (YYYY-MM-DD)") from None
    kind = type(published).__name__
    raise TypeError(f"published must be a date, an ISO date string or None, not {kind}")
