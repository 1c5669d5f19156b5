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
                "are encouraged to",
                "is encouraged to",
                "encouraged to",
                "necessary",
            ),
            Status.REQUESTED,
        ),
        # planned: intended, expected, proposed
        **dict.fromkeys(
            (
                "expects",
                "expected",
                "expect",
                "will",
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
                "going to",
                "scheduled",
                "envisages",
                "forecast",
                "projected",
                "is to",
                "are to",
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
                "blocked",
                "scrapped",
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
        "call for",
        "proposal",
        "target",
        "targets",
    }
)

#: Cues that only count before a verb cue: "Berlin will transfer" is planned, but a bare
#: "will" says nothing ("The EU will count the €1.9 billion already committed").
MODAL_ONLY: Final[frozenset[str]] = frozenset({"will", "is to", "are to"})

#: Requested or planned cues that are nouns, not modals: they govern no verb after them
#: ("the request was approved": approved, not requested; "a proposal to allocate").
NOT_MODAL: Final[frozenset[str]] = frozenset({"request", "proposal", "target"})

#: Cues that are modal: when one stands right before a verb cue, its status wins ("must
#: allocate" is requested, "plans to provide" planned).
MODALS: Final[frozenset[str]] = frozenset(
    key
    for key, status in STATUS_CUES.items()
    if status in (Status.REQUESTED, Status.PLANNED) and key not in NOT_MODAL
)
