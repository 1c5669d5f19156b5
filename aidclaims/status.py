"""Status of a claim: pledged, delivered, requested, planned or other, from cue words.

The cue nearest the figure in its clause decides (then in its sentence); a modal or intent
phrase right before a verb cue gives its own status ("plans to allocate" is planned, "must
allocate" is requested). With no cue at all a figure counts as pledged: aid reported without a
verb is most often an announced package ("The package includes $61 billion for Ukraine").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.model import Status
from aidclaims.text.clauses import Located
from aidclaims.text.cues import Cue, CueIndex, Words, compile_cues, nearest

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

_STATUS_RE: Final = compile_cues([*STATUS_CUES, *BASE_VERBS])
_MODAL_REACH = 25  # characters between a modal and its verb: "must urgently allocate"


def resolve_status(
    text: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    *,
    change_target: bool = False,
    index: CueIndex | None = None,
) -> Status:
    """Status of the figure at ``[start, end)`` from cues in its clause, then its sentence.

    A ``change_target`` (the new level in "cut aid from €8bn to €4bn") is never ``other``:
    the cut is the change, the new level is planned or pledged.

    >>> t = "Allies must allocate $1 billion a month."
    >>> resolve_status(t, 21, 31, (0, len(t)), (0, len(t))).value
    'requested'
    """
    if index is None:
        index = status_index(text)
    for lo, hi in (clause, sentence):
        cues = index.between(lo, hi)
        if change_target:
            cues = [c for c in cues if STATUS_CUES.get(c.key) is not Status.OTHER]
        candidates = [
            c
            for c in cues
            if c.key not in MODAL_ONLY
            and not (
                c.key in NOUN_CUES and STATUS_CUES[c.key] is Status.REQUESTED and c.start >= end
            )
        ]
        while candidates:
            cue = nearest(candidates, start, end)
            assert cue is not None
            status = _with_modal(cue, cues)
            if status is not None:
                return status
            candidates.remove(cue)  # a base verb with no modal: "to provide"
    return Status.PLEDGED


def status_index(text: str, words: Words | None = None) -> CueIndex:
    """The status cues of a document, for ``resolve_status(..., index=...)``."""
    return CueIndex(_STATUS_RE, text, proper_names=False, words=words)


def _with_modal(cue: Cue, cues: list[Cue]) -> Status | None:
    """The cue's status, or that of a modal right before it ("will transfer" is planned).

    None for a base verb with no modal before it. Nouns keep their own status: "going to be
    a request for $1 billion" is a request.
    """
    status = STATUS_CUES.get(cue.key)
    if status is Status.OTHER or cue.key in NOUN_CUES:
        return status  # "set to be eliminated" is a cut, whatever the modal
    if cue.key in MODALS:
        for verb in cues:
            near = verb.start >= cue.end and verb.start - cue.end <= _MODAL_REACH
            if near and STATUS_CUES.get(verb.key) is Status.OTHER:
                return Status.OTHER  # "are set to be eliminated"
    for other in cues:
        if other.key in MODALS and other.end <= cue.start and cue.start - other.end <= _MODAL_REACH:
            status = STATUS_CUES[other.key]
    return status


_QUALIFIER = r"(?:around|about|roughly|some|nearly|almost|over|more\s+than|approximately)\s+"
_FROM_BEFORE: Final = regex.compile(rf"\bfrom\s+(?:{_QUALIFIER})?$", regex.IGNORECASE)
_TO_BEFORE: Final = regex.compile(rf"\bto\s+(?:{_QUALIFIER})?$", regex.IGNORECASE)
_TO_AFTER: Final = regex.compile(
    rf"(?:[^.!?]|\.(?=\d)){{0,80}}?\bto\s+(?:{_QUALIFIER})?(?=[{CURRENCY_SIGNS}\d]|[A-Z]{{2,3}}\$?\s?\d)",
    regex.IGNORECASE,
)


def is_change_target(text: str, start: int, sentence_start: int) -> bool:
    """Whether the figure is the new level of a change ("cut from €8bn to €4bn": €4bn).

    >>> t = "Berlin plans to cut aid from €8bn to €4bn."
    >>> is_change_target(t, 37, 0), is_change_target(t, 29, 0)
    (True, False)
    """
    before = text[max(sentence_start, start - 120) : start]
    return _TO_BEFORE.search(before) is not None and "from" in before


def is_change_origin(text: str, start: int, end: int, sentence_end: int) -> bool:
    """Whether the figure is the starting level of a change ("cut from €8bn to €4bn").

    The starting level is what stands now, so it takes no planned or requested status.

    >>> t = "Berlin plans to cut aid from €8bn to €4bn."
    >>> is_change_origin(t, 29, 33, len(t)), is_change_origin(t, 37, 41, len(t))
    (True, False)
    """
    if _FROM_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    return _TO_AFTER.match(text, end, sentence_end) is not None


def resolve_statuses(
    text: str, located: Sequence[Located], keep: Sequence[bool], words: Words
) -> list[Status | None]:
    """Status of each kept figure (None for the others), in text order.

    The origin of a change ("cut aid from €8bn to €4bn": the €8bn) is what was pledged; a
    conversion in brackets shares its head's role ("from €8bn (£7bn) to €4bn"), where the
    head is the kept figure before it.
    """
    index = status_index(text, words)
    out: list[Status | None] = []
    origin_before = False
    for loc, kept in zip(located, keep, strict=True):
        if not kept:
            out.append(None)
            continue
        m = loc.mention
        origin = is_change_origin(text, m.start, m.end, loc.sentence[1]) or (
            m.parenthetical and origin_before
        )
        origin_before = origin
        out.append(
            Status.PLEDGED
            if origin
            else resolve_status(
                text,
                m.start,
                m.end,
                loc.clause,
                loc.sentence,
                change_target=is_change_target(text, m.start, loc.sentence[0]),
                index=index,
            )
        )
    return out
