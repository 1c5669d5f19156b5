"""Assemble: link each money mention with its context and build the Claims.

For each mention: its sentence and clause, period, parties, speaker, status and aid type;
currencies are settled and aid is told from other money here.
"""

from __future__ import annotations

from collections.abc import Sequence

from aidclaims.aid_type import aid_type_index, document_aid_type, resolve_aid_type
from aidclaims.context import Context
from aidclaims.lexicon.currencies import CURRENCY_COUNTRY
from aidclaims.model import Claim, Status
from aidclaims.money import MoneyMention
from aidclaims.money.currency import resolve_marks
from aidclaims.parties import DocumentParties, Parties
from aidclaims.periods import assign_periods, fiscal_start_month
from aidclaims.relevance import RelevanceCues, classify_aid, document_is_about_aid
from aidclaims.speakers import Speaker
from aidclaims.status import (
    is_change_origin,
    is_change_target,
    resolve_status,
    status_index,
)
from aidclaims.text.clauses import Located, locate
from aidclaims.text.cues import Words, words_of
from aidclaims.text.sentences import Sentence


def decide_aid(
    text: str, located: Sequence[Located], recipients: Sequence[bool], words: Words
) -> list[bool]:
    """Aid or not for each figure (see ``relevance``).

    Cue rules first, then the figure before it, then what the document is about.
    """
    cues = RelevanceCues(text, words)
    default = document_is_about_aid(text, index=cues)
    out: list[bool] = []
    for i, loc in enumerate(located):
        m = loc.mention
        verdict = classify_aid(
            text,
            m.start,
            m.end,
            loc.clause,
            loc.sentence,
            recipient_in_clause=recipients[i],
            index=cues,
        )
        if verdict is None:
            prev = located[i - 1] if i else None
            if prev is not None and loc.sentence_index - prev.sentence_index <= 1:
                verdict = out[-1]
            else:
                verdict = default
        out.append(verdict)
    return out


def build_claims(
    text: str,
    ctx: Context,
    mentions: Sequence[MoneyMention],
    sentences: Sequence[Sentence],
    speakers: Sequence[Speaker | None],
    *,
    include_non_aid: bool = False,
) -> list[Claim]:
    """Turn the mentions of one document into Claims, in text order."""
    words = words_of(text)
    located = locate(text, mentions, sentences)
    codes = resolve_marks([m.currency_mark for m in mentions], text)
    fiscal = fiscal_start_month(codes)
    doc_parties = DocumentParties(text, sentences, [(m.start, m.end) for m in mentions])
    type_cues = aid_type_index(text, words)
    doc_type = document_aid_type(text, index=type_cues)
    status_cues = status_index(text, words)
    parties = [
        doc_parties.find(loc.clause[0], loc.clause[1], loc.mention.start, loc.mention.end)
        for loc in located
    ]
    aid = decide_aid(text, located, [p.recipient is not None for p in parties], words)
    periods = assign_periods(text, located, ctx.published, fiscal_start_month=fiscal)
    claims: list[Claim] = []
    origin_before = False
    for loc, code, party, is_aid, period in zip(located, codes, parties, aid, periods, strict=True):
        if not is_aid and not include_non_aid:
            continue
        m = loc.mention
        party = _with_sentence_parties(loc, party, doc_parties, code)
        # a conversion in brackets shares its head's role: "from €8bn (£7bn) to €4bn"
        origin = is_change_origin(text, m.start, m.end, loc.sentence[1]) or (
            m.parenthetical and origin_before
        )
        origin_before = origin
        status = (
            Status.PLEDGED
            if origin
            else resolve_status(
                text,
                m.start,
                m.end,
                loc.clause,
                loc.sentence,
                change_target=is_change_target(text, m.start, loc.sentence[0]),
                index=status_cues,
            )
        )
        speaker = speakers[loc.sentence_index] if loc.sentence_index < len(speakers) else None
        claims.append(
            Claim(
                doc=ctx.doc,
                start=m.start,
                end=m.end,
                amount_text=text[m.start : m.end],
                value=float(m.value),
                value_max=None if m.value_max is None else float(m.value_max),
                currency=code,
                qualifier=m.qualifier,
                rate=m.rate,
                period_text=None if period is None else period.text,
                period_start=None if period is None else period.period_start,
                period_end=None if period is None else period.period_end,
                status=status,
                aid_type=resolve_aid_type(
                    text, m.start, m.end, loc.clause, loc.sentence, doc_type, index=type_cues
                ),
                donor=party.donor,
                recipient=party.recipient,
                speaker=None if speaker is None else speaker.name,
                sentence=text[loc.sentence[0] : loc.sentence[1]],
                speaker_role=None if speaker is None else speaker.role,
                aid=is_aid,
            )
        )
    return claims


def _with_sentence_parties(
    loc: Located,
    clause_parties: Parties,
    parties: DocumentParties,
    currency: str | None,
) -> Parties:
    """Fill the parties a clause leaves open from the sentence, then from the document.

    With no donor anywhere, a national currency names one: a figure in rupees is India's.
    """
    donor, recipient = clause_parties.donor, clause_parties.recipient
    if (donor is None or recipient is None) and loc.clause != loc.sentence:
        wider = parties.find(loc.sentence[0], loc.sentence[1], loc.mention.start, loc.mention.end)
        donor = donor or wider.donor
        recipient = recipient or wider.recipient
    doc = parties.defaults
    donor = donor or doc.donor
    recipient = recipient or doc.recipient
    if donor is not None and recipient is not None and donor == recipient:
        donor = doc.donor if doc.donor != recipient else None
    if donor is None and currency is not None:
        national = CURRENCY_COUNTRY.get(currency)
        donor = national if national != recipient else None
    return Parties(donor=donor, recipient=recipient)
