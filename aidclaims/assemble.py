"""Assemble: link each money mention with its context and build the Claims.

For each mention: its sentence and clause, period, parties, speaker, status and aid type;
currencies are settled and aid is told from other money here.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.aid_type import document_aid_type, resolve_aid_type
from aidclaims.context import Context
from aidclaims.currencies import resolve_marks
from aidclaims.model import Claim
from aidclaims.money import MoneyMention
from aidclaims.parties import Parties, find_document_parties, find_parties
from aidclaims.periods import Period, find_periods
from aidclaims.relevance import classify_aid, document_is_about_aid
from aidclaims.sentences import Sentence
from aidclaims.speakers import Speaker
from aidclaims.status import resolve_status

#: Month the fiscal year starts in, by the document's main currency ("FY2025", "2025-26").
#: Sources: national budget calendars (India, UK, Japan, Canada: April; Australia, New
#: Zealand, Pakistan, Egypt: July; United States: October). Others: calendar year.
FISCAL_START_MONTH: Final[Mapping[str, int]] = MappingProxyType(
    {
        "INR": 4,
        "GBP": 4,
        "JPY": 4,
        "CAD": 4,
        "AUD": 7,
        "NZD": 7,
        "PKR": 7,
        "EGP": 7,
        "BDT": 7,
        "USD": 10,
    }
)

# Clause boundaries inside a sentence: "; ", ": ", " – ", and a comma before a new clause
# ("..., while other countries ...", "..., but ...").
_CLAUSE_BOUNDARY_RE: Final = regex.compile(
    r"""
    ;\s | :\s | \s[–—]\s
    | ,\s(?=(?:while|but|whereas|although|though|even\ though|yet)\b)
    """,
    regex.VERBOSE,
)
# A sentence opened by a subordinate clause ends that clause at its first comma:
# "Although military aid is set to be reduced, the defence budget will rise by €1.3bn."
_SUBORDINATE_RE: Final = regex.compile(
    r"(?:Although|While|Whereas|Though|Despite|After|Before|When|If|Since|As)\b[^,;]{0,200}?,\s"
)


@dataclass(frozen=True, slots=True)
class Located:
    """A money mention with the sentence and clause that hold it."""

    mention: MoneyMention
    sentence_index: int
    sentence: tuple[int, int]
    clause: tuple[int, int]


def locate(
    text: str, mentions: Sequence[MoneyMention], sentences: Sequence[Sentence]
) -> list[Located]:
    """Find the sentence and clause of each mention."""
    starts = [s.start for s in sentences]
    out: list[Located] = []
    for m in mentions:
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        s = sentences[i] if sentences else Sentence(0, len(text))
        bounds = (s.start, max(s.end, m.end))
        out.append(Located(m, i, bounds, clause_of(text, bounds, m.start, m.end)))
    return out


def clause_of(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``[start, end)``.

    >>> t = "Norway gave $5bn; Sweden gave $2bn."
    >>> lo, hi = clause_of(t, (0, len(t)), 30, 34)
    >>> t[lo:hi]
    'Sweden gave $2bn.'
    """
    lo, hi = sentence
    cuts = [m.end() for m in _CLAUSE_BOUNDARY_RE.finditer(text, lo, hi)]
    sub = _SUBORDINATE_RE.match(text, lo, hi)
    if sub is not None:
        cuts.append(sub.end())
    c_lo, c_hi = lo, hi
    for cut in sorted(cuts):
        if cut <= start:
            c_lo = cut
        elif cut > end:
            c_hi = cut
            break
    return c_lo, c_hi


def fiscal_start_month(codes: Sequence[str | None]) -> int:
    """The document's fiscal-year start month, from its most used currency."""
    counts = Counter(c for c in codes if c is not None)
    if not counts:
        return 1
    return FISCAL_START_MONTH.get(counts.most_common(1)[0][0], 1)


def pick_period(periods: Sequence[Period], located: Located) -> Period | None:
    """The period nearest the figure in its clause, else in its sentence."""
    m = located.mention
    for lo, hi in (located.clause, located.sentence):
        inside = [
            p
            for p in periods
            if p.start >= lo and p.end <= hi and not (p.start < m.end and m.start < p.end)
        ]
        if inside:
            return min(
                inside, key=lambda p: (_gap(p.start, p.end, m.start, m.end), p.start > m.start)
            )
    return None


def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
    return b0 - a1 if a1 <= b0 else a0 - b1 if a0 >= b1 else 0


def decide_aid(text: str, located: Sequence[Located], recipients: Sequence[bool]) -> list[bool]:
    """Aid or not for each figure (see ``relevance``).

    Cue rules first, then the figure before it, then what the document is about.
    """
    default = document_is_about_aid(text)
    out: list[bool] = []
    for i, loc in enumerate(located):
        m = loc.mention
        verdict = classify_aid(
            text, m.start, m.end, loc.clause, loc.sentence, recipient_in_clause=recipients[i]
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
    located = locate(text, mentions, sentences)
    codes = resolve_marks([m.currency_mark for m in mentions], text)
    fiscal = fiscal_start_month(codes)
    doc_parties = find_document_parties(text)
    doc_type = document_aid_type(text)
    parties = [
        find_parties(text, loc.clause[0], loc.clause[1], loc.mention.start, loc.mention.end)
        for loc in located
    ]
    aid = decide_aid(text, located, [p.recipient is not None for p in parties])
    period_cache: dict[int, tuple[Period, ...]] = {}
    claims: list[Claim] = []
    for loc, code, party, is_aid in zip(located, codes, parties, aid, strict=True):
        if not is_aid and not include_non_aid:
            continue
        m = loc.mention
        if loc.sentence_index not in period_cache:
            lo, hi = loc.sentence
            period_cache[loc.sentence_index] = find_periods(
                text, ctx.published, fiscal_start_month=fiscal, lo=lo, hi=hi
            )
        period = pick_period(period_cache[loc.sentence_index], loc)
        party = _with_sentence_parties(text, loc, party, doc_parties)
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
                status=resolve_status(text, m.start, m.end, loc.clause, loc.sentence),
                aid_type=resolve_aid_type(text, m.start, m.end, loc.clause, loc.sentence, doc_type),
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
    text: str, loc: Located, clause_parties: Parties, doc: Parties
) -> Parties:
    """Fill the parties a clause leaves open from the sentence, then from the document."""
    donor, recipient = clause_parties.donor, clause_parties.recipient
    if (donor is None or recipient is None) and loc.clause != loc.sentence:
        wider = find_parties(
            text, loc.sentence[0], loc.sentence[1], loc.mention.start, loc.mention.end
        )
        donor = donor or wider.donor
        recipient = recipient or wider.recipient
    donor = donor or doc.donor
    recipient = recipient or doc.recipient
    if donor is not None and recipient is not None and donor == recipient:
        donor = doc.donor if doc.donor != recipient else None
    return Parties(donor=donor, recipient=recipient)
