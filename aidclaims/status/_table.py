"""Status cues for :mod:`aidclaims.status.resolve`: verbs, nouns and modals, with their status.

Lower-case phrases, matched case-blind on word boundaries. Sources: SPEC.md's lists of status
words, extended with inflections and the phrases quoted beside entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from aidclaims.model import Status

#: Verb and noun cues, lower-case. Sources: SPEC.md's lists, extended with inflections.
STATUS_CUES: Final[Mapping[str, Status]] = MappingProxyType(
    {
        # pledged: promised, approved, set aside
        **dict.fromkeys(
            (
                "pledged",
                "pledge",
                "pledges",
                "pledging",
                "promised",
                "promise",
                "promises",
                "committed",
                "commits",
                "commit",
                "commitment",
                "announced",
                "announces",
                "announcing",
                "approved",
                "approves",
                "approve",
                "allocated",
                "allocates",
                "allocating",
                "allocation",  # "with an allocation of Rs 2,150 crore in the Union Budget"
                "allocations",
                "confirmed",
                "confirms",
                "earmarked",
                "signed",
                "signs",
                "agreed",
                "unveiled",
                "unveils",
                "mobilized",
                "mobilised",
                "granted",
                "offered",
                "offers",
                "passed",
                "extended",
                "approval",  # "the recent approval by Congress of another $4.5 billion"
                # an agreement is a pledge, though "reached" alone is a total so far: "leaders
                # have reached an agreement to fund a $50 billion loan"
                # a total of pledges that reached a level is still pledged: "the total
                # pledged reached $2bn", "pledges reached €7 billion"
                "pledged reached",
                "pledges reached",
                "pledges totalled",
                "pledges totaled",
                "pledges amounted to",
                # promised but not handed over yet ("has yet to be delivered", "not yet
                # disbursed" are read as negated deliveries in resolve.py)
                "yet to arrive",
                "undisbursed",
                "reached an agreement",
                "reached agreement",
                "reached a deal",
                # the future of giving is a pledge (SPEC.md, issue #14): "Germany will
                # provide €3 billion"; reported speech: "Canada said it would give $40m"
                "will",
                "would",
                "shall",
                # present passive describes a facility, it hands nothing over: "€33 billion
                # is provided in the form of loans"
                "is provided",
                "are provided",
                "is being provided",
                # a change to a new level: "will raise aid to €9bn" is planned via the modal
                "raise",
                "raises",
                "raised",
                "increase",
                "increases",
                "increased",
                "boost",
                "boosts",
                "boosted",
                "reduce",
                "reduces",
                "reduced",
                "halve",
                "lower",
                "lowered",
                "match",  # "will match public donations up to £1 million"
                "matching",
                "adopted",
                "authorized",
                "authorised",
                "set aside",
                "pegged at",
                "set at",  # "the budget for Kyiv is set at €7.5bn"
            ),
            Status.PLEDGED,
        ),
        # delivered: handed over or spent
        **dict.fromkeys(
            (
                "provided",
                "delivered",
                "disbursed",
                "sent",
                "spent",
                "received",
                "receives",
                "got",  # "Ukraine got $500 million from Japan"
                "arrived",  # "only $100 million has arrived"
                "has arrived",
                "have arrived",
                "paid out",  # "the Commission has paid out the first €4.5 billion"
                "pays out",
                "made the first payment of",  # "we have made the first payment of €4.5bn"
                "made a payment of",
                "transferred",
                "donated",
                "gave",
                "given",
                "handed over",
                "deposited",
                "reached",
                "reaches",
                "paid",
                "supplied",
                "shipped",
                "channelled",
                "channeled",
                "contributed",
                "has been provided",
                "so far",
                "to date",
                "released",  # "the first $500 million was released to the government"
                "was released",
                "releases",  # headline present: "UN releases $10 million from emergency fund"
                "were released",
                "handed",
                "dispatched",
            ),
            Status.DELIVERED,
        ),
        # requested: asked for, needed
        **dict.fromkeys(
            (
                "need",
                "needs",
                "need to",
                "needed",
                "must",
                "should",
                "call for",
                "called for",
                "calls for",
                "calling for",
                "urged",
                "urges",
                "urging",
                "asked",
                "asks",
                "ask",
                "asking",
                "appealed for",
                "appeals for",
                "appeal for",
                "request",
                "requested",
                "requests",
                "requesting",
                "demanded",
                "demands",
                "seeks",
                "sought",
                "seeking",
                "recommended",  # "recommended member states to consider loaning €35bn"
                "recommends",
                "recommend",
                "are encouraged to",
                "is encouraged to",
                "encouraged to",
                "necessary",
                "requires",  # "the response plan, which requires $2.7 billion"
                "require",
                # what must still be found: "the financing requirements will be around $3bn"
                "requirement",
                "requirements",
                "financing gap",
                "funding gap",
                "shortfall",
                "appeal",  # "a $2.8 billion appeal" (only right after the figure, see below)
                "appeals",
            ),
            Status.REQUESTED,
        ),
        # planned: intended, expected, proposed
        **dict.fromkeys(
            (
                "expects",
                "expected",
                "expect",
                "plans",
                "planned",
                "plan to",
                "plans to",
                "planning to",
                "intends",
                "intend",
                "intends to",
                "aims",
                "aims to",
                "aim to",
                "target",
                "targets",
                "proposes",
                "proposed",
                "propose",
                "proposal",
                "willing to",
                "is set to",
                "are set to",
                "set to",  # headlines: "Japan set to provide $500 million"
                "mulls",  # "Japan mulls $500 million in aid"
                "mulling",
                "weighs",
                "weighing",
                "going to",
                "scheduled",
                "envisages",
                "forecast",
                "projected",
                "is to",
                "are to",
                # may, might, could: "the IMF may approve two tranches worth $1.3 billion"
                "may",
                "might",
                "could",
                # "to consider loaning Ukraine €35 billion"; not "considering", a preposition
                # too ("considering the limited ability to deliver")
                "consider",
                "considers",
                "hoped",  # "he hoped to see $8 billion pledged"
                "hopes",
                "hoping",
            ),
            Status.PLANNED,
        ),
        # other: money taken away
        **dict.fromkeys(
            (
                "cut",
                "cuts",
                "eliminate",
                "eliminated",
                "elimination",
                "terminate",
                "terminated",
                "termination",
                "terminations",
                "cancel",
                "cancelled",
                "canceled",
                "suspended",
                "withheld",
                "withdrawn",
                "slashed",
                "reduction of",  # "a reduction of about £6 billion a year"
                "reductions of",
                # verbs only: "blocked Russian assets" and "frozen assets" are adjectives
                "has blocked",
                "have blocked",
                "was blocked",
                "were blocked",
                "been blocked",
                "scrapped",
                "has frozen",  # "Washington has frozen $250 million in aid to Egypt"
                "have frozen",
                "was frozen",
                "were frozen",
                "been frozen",
                "froze",
                "freezes",
                "freeze",
                "halted",
                "paused",
                "rescinded",
                "revoked",
                "clawed back",
                # counterfactual: "it would have received €4.5 billion"
                "would have",
            ),
            Status.OTHER,
        ),
    }
)

#: Base verb forms: they carry the status of the modal before them ("Canada will provide
#: C$500 million" is planned, "allies must send" requested) and say nothing without one.
BASE_VERBS: Final[frozenset[str]] = frozenset(
    {
        "provide",
        "give",
        "send",
        "transfer",
        "allocate",
        "deliver",
        "disburse",
        "spend",
        "contribute",
        "donate",
        "receive",
        "reach",
        "grant",
        "lend",
        "supply",
        "pay",
        "offer",
        "invest",
        "fund",
        "finance",
        "mobilize",
        "mobilise",
        "earmark",
        "extend",  # "Tokyo will extend ¥472 billion in loans"
        "rise",  # "aid will rise to $5 billion": planned (PLANNED_AFTER_WILL)
        "grow",
        "exceed",
    }
)

#: Noun cues: no modal changes them, and a request noun counts only before the figure ("an
#: appeal for $2 billion"), not after it ("£1 million to the Red Cross appeal").
NOUN_CUES: Final[frozenset[str]] = frozenset(
    {
        "pledge",
        "pledges",
        "promise",
        "promises",
        "commitment",
        "request",
        "requests",
        "appeal for",
        "appeal",
        "appeals",
        "call for",
        "requirement",
        "requirements",
        "financing gap",
        "funding gap",
        "shortfall",
        "approval",
        "proposal",
        "target",
        "targets",
    }
)

#: Cues that only count before a verb cue: "Berlin will transfer" is planned, but a bare
#: "will" says nothing ("The EU will count the €1.9 billion already committed").
MODAL_ONLY: Final[frozenset[str]] = frozenset(
    {"will", "would", "shall", "is to", "are to", "may", "might", "could", "would have"}
)

#: Nouns that ask for a figure only right before it ("the appeal of $2bn"), not as a fund's
#: name further back ("donations to the DEC appeal pound for pound up to £5 million").
NEAR_ONLY_BEFORE: Final[frozenset[str]] = frozenset({"appeal", "appeals"})
#: How near (characters between) such a noun must stand before its figure.
NEAR_ONLY_REACH: Final = 12

#: Verbs whose future is a plan, not a pledge: "the total will reach $10 billion".
PLANNED_AFTER_WILL: Final[frozenset[str]] = frozenset({"reach", "rise", "grow", "exceed"})

#: Request nouns that govern a figure right before them: "a $2.8 billion appeal", "a $95
#: billion aid request". Elsewhere after the figure they say nothing ("£1 million to the Red
#: Cross appeal").
NOUNS_AFTER_FIGURE: Final[Mapping[str, Status]] = MappingProxyType(
    {
        "appeal": Status.REQUESTED,
        "request": Status.REQUESTED,
        "ask": Status.REQUESTED,  # "the $61 billion ask"
        "proposal": Status.PLANNED,
        "plan": Status.PLANNED,
        "target": Status.PLANNED,
        "pledge": Status.PLEDGED,
        "commitment": Status.PLEDGED,
    }
)

#: Words that may stand between a figure and the noun it modifies: "a $2.8 billion flash
#: appeal", "a $95 billion aid request", "$1.7 billion regional refugee appeal".
NOUN_MODIFIERS: Final[frozenset[str]] = frozenset(
    {
        "flash",
        "emergency",
        "humanitarian",
        "aid",
        "funding",
        "budget",
        "supplemental",
        "spending",
        "regional",
        "refugee",
        "global",
        "annual",
        "new",
        "military",
        "financing",
        "relief",
        "recovery",
        "response",
    }
)

#: Requested or planned cues that are nouns, not modals: they govern no verb after them
#: ("the request was approved": approved, not requested; "a proposal to allocate").
NOT_MODAL: Final[frozenset[str]] = frozenset({"request", "proposal", "target"})

#: Cues that are modal: when one stands right before a verb cue, its status wins ("must
#: allocate" is requested, "plans to provide" planned).
MODALS: Final[frozenset[str]] = frozenset(
    key
    for key, status in STATUS_CUES.items()
    if status in (Status.REQUESTED, Status.PLANNED) and key not in NOT_MODAL
) | {"will", "would", "shall", "would have"}

#: Verbs that report a level or its change, not an act of giving: they decide a status only
#: for a figure dated wholly before the article, where the level is what was handed over
#: ("aid to Haiti rose from $10m in 2021 to $25m in 2023", "relief assistance has increased
#: from Rs 2 crore in FY23 to Rs 40 crore in FY24", "Ukraine received $17bn in 2023, up from
#: $11bn the previous year"). Elsewhere they are passed over: "total aid rose to €30bn" says
#: nothing about whether the €30bn was given.
PAST_LEVEL_VERBS: Final[frozenset[str]] = frozenset(
    {
        "increased",
        "rose",
        "risen",
        "fell",
        "fallen",
        "declined",
        "decreased",
        "dropped",
        "grew",
        "grown",
        "doubled",
        "tripled",
        "totalled",
        "totaled",
        "exceeded",  # "in the first half of 2025, China's aid to Africa exceeded 5 billion yuan"
        "topped",
        "surpassed",
        "amounted to",
        "stood at",
    }
)
