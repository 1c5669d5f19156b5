"""Status of a claim: pledged, delivered, requested, planned or other, from cue words.

The cue nearest the figure in its clause decides (then in its sentence); a modal or intent
phrase right before a verb cue gives its own status ("plans to allocate" is planned, "must
allocate" is requested). With no cue at all a figure counts as pledged: aid reported without a
verb is most often an announced package ("The package includes $61 billion for Ukraine").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from aidclaims.cues import Cue, compile_cues, find_cues, nearest
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
                "receive",
                "give",  # "Norway will give $2 billion": planned through the modal
                "transfer",
                "reach",
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

#: Cues that only count before a verb cue: "Berlin will transfer" is planned, but a bare
#: "will" says nothing ("The EU will count the €1.9 billion already committed").
MODAL_ONLY: Final[frozenset[str]] = frozenset({"will", "is to", "are to"})

#: Cues that are modal: when one stands right before a verb cue, its status wins.
MODALS: Final[frozenset[str]] = frozenset(
    key
    for key, status in STATUS_CUES.items()
    if status in (Status.REQUESTED, Status.PLANNED) and key not in ("request", "proposal", "target")
)

_STATUS_RE: Final = compile_cues(STATUS_CUES)
_MODAL_REACH = 25  # characters between a modal and its verb: "must urgently allocate"


def resolve_status(
    text: str, start: int, end: int, clause: tuple[int, int], sentence: tuple[int, int]
) -> Status:
    """Status of the figure at ``[start, end)`` from cues in its clause, then its sentence.

    >>> t = "Allies must allocate $1 billion a month."
    >>> resolve_status(t, 21, 31, (0, len(t)), (0, len(t))).value
    'requested'
    """
    for lo, hi in (clause, sentence):
        cues = find_cues(_STATUS_RE, text, lo, hi, proper_names=False)
        cue = nearest([c for c in cues if c.key not in MODAL_ONLY], start, end)
        if cue is not None:
            return _with_modal(cue, cues)
    return Status.PLEDGED


def _with_modal(cue: Cue, cues: list[Cue]) -> Status:
    """The cue's status, or that of a modal right before it ("will transfer" is planned)."""
    status = STATUS_CUES[cue.key]
    if status is Status.OTHER:
        return status  # "set to be eliminated" is a cut, whatever the modal
    if cue.key in MODALS:
        for verb in cues:
            near = verb.start >= cue.end and verb.start - cue.end <= _MODAL_REACH
            if near and STATUS_CUES[verb.key] is Status.OTHER:
                return Status.OTHER  # "are set to be eliminated"
    for other in cues:
        if other.key in MODALS and other.end <= cue.start and cue.start - other.end <= _MODAL_REACH:
            status = STATUS_CUES[other.key]
    return status
