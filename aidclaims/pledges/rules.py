"""When two claims can be mentions of one pledge: the grouping rules, each a small predicate.

A pledge is one sum from one donor to one recipient for one period and purpose, at one stage
(SPEC.md, "Pledges"). The examples below are the rules' specification; ``tests/test_pledges.py``
runs each of them.

=========================================  =========================================  =====
claim A                                    claim B                                    same?
=========================================  =========================================  =====
"over €20 billion" (NATO allies, Q1 2025)  "20 billion euros" (NATO, 2025)            yes
"$61 billion" for Ukraine                  "$60.84 billion" for Ukraine               yes
"$1 billion" (United States)               "$1.3 billion" (United States)             no
"€50 billion" from "the EU"                "€50 billion" from "Brussels"              yes
"€50 billion" from the EU                  "€50 billion" from Japan                   no
"A$245 million"                            "(US$163 million)" right after it          yes
"$1 billion" requested                     "$1 billion" pledged (another article)     no
"$4.5 billion" expected (planned)          "$4.5 billion" paid out (delivered)        no
"$1 billion a month"                       "$1 billion" (a total)                     no
"$2 billion", article of 2024              "$2 billion", article of 2022              no
"$20 billion" cumulative                   "$20 billion" new                          no
"€50 billion" cumulative, 2024             "€50 billion" repeat, 2024                 yes
"$61 billion" part of $95bn, article A     "$61 billion" new, article B               yes
"$3 billion" part, article A               "$3 billion" new, article A                no
"$1 billion", no donor or recipient, A     "$1 billion", no donor or recipient, B     no
"$1 billion" by Japan, article A           "$1 billion" by "Tokyo", article A         yes
"€7 billion" (20 March 2023), article A    "$7.5 billion" (24 March 2023), article B  yes
=========================================  =========================================  =====
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.model import Claim, Novelty, Qualifier, Status
from aidclaims.pledges.ecb import euros_per_unit
from aidclaims.pledges.names import compatible, entities

#: Stage of a status: a request and its pledge are two pledges, a pledge and its delivery two.
STAGES: Final[Mapping[Status, str]] = MappingProxyType(
    {
        Status.REQUESTED: "asked",
        Status.PLEDGED: "committed",
        Status.PLANNED: "committed",  # "intends to guarantee a $50bn loan" = the loan agreed
        Status.DELIVERED: "delivered",
    }
)

#: Novelty values that never share a pledge: a running total is not new money (but may be the
#: background "repeat" of one: "the roughly €50 billion provided throughout 2024").
EXCLUSIVE_ROLES: Final[frozenset[frozenset[str]]] = frozenset(
    {frozenset({Novelty.NEW.value, Novelty.CUMULATIVE.value})}
)

#: How far a qualifier widens the value the text gives ("over €20 billion" may be €21 billion).
QUALIFIER_WIDTH: Final[Mapping[Qualifier, tuple[float, float]]] = MappingProxyType(
    {
        Qualifier.EXACT: (1.0, 1.0),
        Qualifier.ABOUT: (0.95, 1.05),  # "about $50bn" ~ "$49.5bn"; "nearly" ~ "$2.4bn" of 2.37
        Qualifier.MORE_THAN: (1.0, 1.1),  # "over €20 billion" ~ "€21 billion"
        Qualifier.AT_LEAST: (1.0, 1.1),
        Qualifier.UP_TO: (0.9, 1.0),  # "up to €35 billion" ~ "€35 billion"
        Qualifier.LESS_THAN: (0.9, 1.0),
        Qualifier.RANGE: (1.0, 1.0),  # widened to value_max instead
    }
)

#: Rounding the text shows: at least this share of the value ("$1.34bn" vs "$1.336bn") ...
MIN_ROUNDING: Final = 0.005
#: ... and at most this share: "$1 billion" is not anything from $0.5bn to $1.5bn, and
#: "$60 billion" (aid cut) must stay apart from "$61 billion" (aid package).
MAX_ROUNDING: Final = 0.0075
#: Articles more than this far apart in time report different pledges of equal size.
MAX_DAYS_APART: Final = 400

#: Within one article, mentions of one figure in one role are one pledge whatever parties
#: the extractor gave each mention.
WITHIN_DOC_IGNORES_PARTIES: Final = True

_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Mention:
    """What the rules read of one claim: its value interval and its normalised context."""

    index: int
    doc: str
    currency: str
    low: float
    high: float
    rate: str
    stage: str | None
    role: str
    donors: frozenset[str]
    recipients: frozenset[str]
    period: tuple[date, date] | None
    published: date | None
    eur: tuple[float, float] | None = None  # the value interval in euros, at its date


def mention(index: int, claim: Claim, published: date | None) -> Mention | None:
    """The rules' view of a claim; None when it cannot be grouped (not aid, no value/currency)."""
    if not claim.aid or claim.value is None or claim.currency is None or claim.value <= 0:
        return None
    low, high = value_interval(claim)
    period = None
    if claim.period_start is not None and claim.period_end is not None:
        period = (claim.period_start, claim.period_end)
    on = published or claim.period_end
    rate = euros_per_unit(claim.currency.upper(), on) if on is not None else None
    return Mention(
        eur=(low * rate, high * rate) if rate is not None else None,
        index=index,
        doc=claim.doc,
        currency=claim.currency.upper(),
        low=low,
        high=high,
        rate=claim.rate.value,
        stage=STAGES.get(claim.status) if claim.status is not None else None,
        role=(claim.novelty or Novelty.NEW).value,
        donors=entities(claim.donor),
        recipients=entities(claim.recipient),
        period=period,
        published=published,
    )


def value_interval(claim: Claim) -> tuple[float, float]:
    """The values a claim's text allows: its rounding, widened by its qualifier.

    >>> from aidclaims.model import Claim
    >>> c = Claim(doc="d", start=0, end=5, amount_text="$61bn", value=61e9, currency="USD")
    >>> [round(x / 1e9, 2) for x in value_interval(c)]
    [60.54, 61.46]
    """
    value = claim.value or 0.0
    half = MAX_ROUNDING * value
    m = _NUMBER.search(claim.amount_text)
    if m is not None:
        digits = m.group()
        number = float(digits.replace(",", ""))
        decimals = len(digits) - digits.rindex(".") - 1 if "." in digits else 0
        if number > 0:
            half = 0.5 * 10.0**-decimals * (value / number)
    half = min(max(half, MIN_ROUNDING * value), MAX_ROUNDING * value)
    lo_k, hi_k = QUALIFIER_WIDTH[claim.qualifier]
    high = max(claim.value_max or value, value)
    return value * lo_k - half, high * hi_k + half


def is_conversion(a: Claim, b: Claim) -> bool:
    """Whether ``b`` restates ``a`` in another currency right after it: "A$245m (US$163m)".

    Read from the shared sentence when both claims carry it, else from their offsets.
    """
    if a.doc != b.doc or b.start < a.end or a.currency == b.currency:
        return False
    if a.sentence and a.sentence == b.sentence:
        at = a.sentence.find(a.amount_text)
        shift = a.start - at
        lo, hi = a.end - shift, b.start - shift
        if at >= 0 and b.sentence[hi : hi + len(b.amount_text)] == b.amount_text:
            return bool(_CONVERSION_GAP.fullmatch(a.sentence[lo:hi]))
    return b.start - a.end <= 3


_CONVERSION_GAP = regex.compile(
    r"\s*(?:[(\[]|[;,]|,?\s*(?:or|equivalent\s+to|i\.e\.))\s*"
    r"(?:(?:about|approximately|around|roughly|some|nearly|almost|over|just|more\s+than|"
    r"equivalent\s+to|the\s+equivalent\s+of|approx\.?|c\.|~)\s*)*",
    regex.IGNORECASE,
)


#: A figure in one article and its conversion in another ("€7 billion" / "$7.5 billion") agree
#: within this share at ECB rates: outlets round conversions and convert on other days.
FX_TOLERANCE: Final = 0.02
#: ... and were published within this many days: a conversion is made at the day's rate, and
#: outlets that convert a pledge report it the same weeks.
FX_DAYS_APART: Final = 30


def same_pledge_in_other_currency(a: Mention, b: Mention, *, part_joins_money: bool = True) -> bool:
    """Whether mentions in two currencies, in two articles, can be one pledge.

    Both articles must have publication dates at most :data:`FX_DAYS_APART` apart, their
    values must agree at the ECB reference rates of those dates (:data:`FX_TOLERANCE`), and
    every other rule of :func:`same_pledge` holds.
    """
    if a.eur is None or b.eur is None or a.currency == b.currency or a.doc == b.doc:
        return False
    if a.published is None or b.published is None:
        return False
    if abs((a.published - b.published).days) > FX_DAYS_APART:
        return False
    lo_a, hi_a = a.eur[0] * (1 - FX_TOLERANCE), a.eur[1] * (1 + FX_TOLERANCE)
    if hi_a < b.eur[0] or b.eur[1] < lo_a or a.rate != b.rate:
        return False
    return _context_agrees(a, b, part_joins_money=part_joins_money)


def same_pledge(a: Mention, b: Mention, *, part_joins_money: bool = True) -> bool:
    """Whether two mentions (of one currency) can be one pledge, by every rule above.

    ``part_joins_money``: across documents, a share in one article ("including $61bn for
    Ukraine") and a headline figure in another ("the $61bn package for Ukraine") are one pledge.
    """
    if a.currency != b.currency or a.rate != b.rate:
        return False
    if a.high < b.low or b.high < a.low:
        return False
    return _context_agrees(a, b, part_joins_money=part_joins_money)


def _context_agrees(a: Mention, b: Mention, *, part_joins_money: bool) -> bool:
    """Every rule but value and currency: stage, role, parties, period, time apart."""
    same_doc = a.doc == b.doc
    # within an article, the extractor's stage and parties of one figure vary between mentions
    # ("confirmed" in the lead, "paid" in a quote): the figure in the same role decides
    if not same_doc and a.stage is not None and b.stage is not None and a.stage != b.stage:
        return False
    if not _roles_match(a, b, part_joins_money=part_joins_money):
        return False
    if (not same_doc or not WITHIN_DOC_IGNORES_PARTIES) and not (
        compatible(a.donors, b.donors) and compatible(a.recipients, b.recipients)
    ):
        return False
    if (a.period is not None and b.period is not None) and (
        a.period[1] < b.period[0] or b.period[1] < a.period[0]
    ):
        return False
    if a.doc != b.doc:
        if (a.published is not None and b.published is not None) and abs(
            (a.published - b.published).days
        ) > MAX_DAYS_APART:
            return False
        # across articles, a name in common is needed: two bare "$1 billion" say nothing
        known = (a.donors and b.donors) or (a.recipients and b.recipients)
        if not known:
            return False
    return True


def _roles_match(a: Mention, b: Mention, *, part_joins_money: bool) -> bool:
    if a.role == b.role:
        return True
    roles: dict[str, set[str]] = {a.role: {a.doc}}
    roles.setdefault(b.role, set()).add(b.doc)
    return roles_compatible(roles, part_joins_money=part_joins_money)


def roles_compatible(roles: Mapping[str, set[str]], *, part_joins_money: bool) -> bool:
    """Whether mentions in these roles (novelty value -> documents) can be one pledge.

    A total never joins new money (:data:`EXCLUSIVE_ROLES`); a share of a package joins
    another role only across articles ("including $61bn" here, "the $61bn package" there).

    >>> roles_compatible({"new": {"a"}, "repeat": {"b"}}, part_joins_money=True)
    True
    >>> roles_compatible({"part": {"a"}, "new": {"a"}}, part_joins_money=True)
    False
    """
    names = frozenset(roles)
    if any(pair <= names for pair in EXCLUSIVE_ROLES):
        return False
    part = Novelty.PART.value
    if part in names and len(names) > 1:
        others = set().union(*(docs for role, docs in roles.items() if role != part))
        return part_joins_money and roles[part].isdisjoint(others)
    return True
