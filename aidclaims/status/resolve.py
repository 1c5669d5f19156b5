"""Status of a claim: pledged, delivered, requested, planned or other, from cue words.

The cue nearest the figure in its clause decides (then in its sentence); a modal or intent
phrase right before a verb cue gives its own status ("plans to allocate" is planned, "must
allocate" is requested). With no cue at all a figure counts as pledged: aid reported without a
verb is most often an announced package ("The package includes $61 billion for Ukraine").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.lexicon.words import QUALIFIERS
from aidclaims.model import Qualifier, Status
from aidclaims.status._index import StatusCues
from aidclaims.status._table import (
    BASE_VERBS,
    MODAL_ONLY,
    MODALS,
    NEAR_ONLY_BEFORE,
    NEAR_ONLY_REACH,
    NOUN_CUES,
    NOUN_MODIFIERS,
    NOUNS_AFTER_FIGURE,
    PAST_LEVEL_VERBS,
    PLANNED_AFTER_WILL,
    STATUS_CUES,
)
from aidclaims.text.clauses import Located
from aidclaims.text.cues import Cue, CueIndex, Words, compile_cues, nearest
from aidclaims.text.lazy import lazy_compile
from aidclaims.text.near import NearWords

_STATUS_RE: Final = compile_cues([*STATUS_CUES, *BASE_VERBS, *PAST_LEVEL_VERBS])
_MODAL_REACH = 25  # characters between a modal and its verb: "must urgently allocate"
_NOUN_AFTER_RE: Final = lazy_compile(
    r"\s*(?:-\s*)?(?P<mods>(?:[\p{L}-]+\s+){0,2}?)(?P<noun>\L<nouns>)s?\b",
    regex.IGNORECASE,
    nouns=sorted(NOUNS_AFTER_FIGURE),
)
_WILL: Final = frozenset({"will", "would", "shall"})
#: Level verbs that are no cue of their own outside the past ("increased" is one: a pledge).
_LEVEL_ONLY: Final = PAST_LEVEL_VERBS.difference(STATUS_CUES.keys(), BASE_VERBS)
_NEEDS: Final = ("need", "needs", "needed")  # a need may name a purpose (_purpose_need)
#: The cues _dropped may drop: cuts, level verbs, appeals and needs (no other cue is asked).
_DROPPABLE: Final = (
    frozenset(k for k, v in STATUS_CUES.items() if v is Status.OTHER)
    | _LEVEL_ONLY
    | NEAR_ONLY_BEFORE
    | frozenset(_NEEDS)
)
#: Nouns that request ("appeal"): no candidate after the figure ("$5m in a new appeal").
_REQUESTED_NOUNS: Final = frozenset(k for k in NOUN_CUES if STATUS_CUES[k] is Status.REQUESTED)


def resolve_status(
    text: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    *,
    change_target: bool = False,
    index: CueIndex | StatusCues | None = None,
    past: bool = False,
    near: NearWords | None = None,
) -> Status:
    """Status of the figure at ``[start, end)`` from cues in its clause, then its sentence.

    A ``change_target`` (the new level in "cut aid from €8bn to €4bn") is never ``other``:
    the cut is the change, the new level is planned or pledged. A ``past`` figure (dated
    wholly before the article) whose nearest cue reports a level ("rose", "increased",
    "totalled") was delivered; for other figures those verbs say nothing. ``near`` (the
    document's :class:`NearWords`) skips the patterns of nouns and needs where their words
    are not.

    >>> t = "Allies must allocate $1 billion a month."
    >>> resolve_status(t, 21, 31, (0, len(t)), (0, len(t))).value
    'requested'
    """
    if index is None:
        index = status_index(text)
    noun = _noun_after(text, end, sentence[1], near)
    if noun is not None and not (change_target and noun is Status.OTHER):
        return noun
    lo = max(sentence[0], start - 30)
    if (near is None or near.may_end_with(start, lo, _WHOLE_LAST)) and _WHOLE_BEFORE_RE.search(
        text, lo, start
    ):
        return Status.PLEDGED  # "paid out the first €4.5bn ... of a total of €50bn": the whole
    hi = min(sentence[1], end + 80)
    may_need = near is None or _may_be_needed(text, end, hi)
    needed = _NEEDED_AFTER_RE.match(text, end, hi) if may_need else None
    if needed and (needed.group("subj") or _THE_BEFORE_RE.search(text, max(0, start - 12), start)):
        return Status.REQUESTED  # "the $53bn the UN estimates is needed", "the $4bn needed"
    # the sentence is read after the clause only when it holds more (its answer is the same)
    for lo, hi in (clause,) if clause == sentence else (clause, sentence):
        cues: list[Cue] = []
        modals: list[Cue] = []  # the cues that are modals, in order
        candidates: list[Cue] = []
        governs = False  # whether a candidate stands before the figure
        for c in index.between(lo, hi):
            key = c.key
            if key in _DROPPABLE and _dropped(text, c, start, change_target, past):
                continue
            cues.append(c)
            if key in MODALS:
                modals.append(c)
            if key in MODAL_ONLY or (key in _REQUESTED_NOUNS and c.start >= end):
                continue
            candidates.append(c)
            governs = governs or c.end <= start
        if governs:
            # a verb before the figure governs it rather than one past a comma after it:
            # "aid provided by X exceeded $6 billion, in addition to assistance offered by Y"
            candidates = [c for c in candidates if c.start < end or not _past_a_comma(text, end, c)]
        while candidates:
            cue = nearest(candidates, start, end)
            assert cue is not None
            if past and cue.key in PAST_LEVEL_VERBS:
                return Status.DELIVERED
            status = _with_modal(cue, cues, modals)
            if status is Status.DELIVERED and _NEGATED_RE.search(
                text, max(0, cue.start - 25), cue.start
            ):
                return Status.PLEDGED  # "has not yet been disbursed": promised, not handed over
            if status is not None:
                return status
            # a base verb with no modal: "to provide" (by identity: a Cue's == is slow)
            candidates = [c for c in candidates if c is not cue]
    return Status.PLEDGED


_PURPOSE_BEFORE: Final = lazy_compile(
    r"\b(?:for|meet|meeting|address|addressing|cover|covering)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\p{L}-]+\s+){0,2}$",
    regex.IGNORECASE,
)


_RELATIVE_AFTER_COMMA_RE: Final = lazy_compile(r",\s*(?:which|that|who)\b", regex.IGNORECASE)


def _past_a_comma(text: str, end: int, cue: Cue) -> bool:
    """Whether a cue after the figure stands past a comma that does not open a relative."""
    if cue.start < end:
        return False
    gap = text[end : cue.start]
    return "," in gap and _RELATIVE_AFTER_COMMA_RE.search(gap) is None


def _dropped(text: str, cue: Cue, start: int, change_target: bool, past: bool) -> bool:
    """Whether a cue says nothing of the figure at ``start``.

    A cut, for a change's target; a level verb outside the past; an appeal far before the
    figure; a need that names a purpose.
    """
    return (
        (change_target and STATUS_CUES.get(cue.key) is Status.OTHER)
        or (not past and cue.key in _LEVEL_ONLY)
        or _far_appeal(cue, start)
        or _purpose_need(text, cue)
    )


def _far_appeal(cue: Cue, start: int) -> bool:
    """Whether a noun of ``NEAR_ONLY_BEFORE`` stands too far before the figure to ask for it."""
    return cue.key in NEAR_ONLY_BEFORE and cue.end <= start and start - cue.end > NEAR_ONLY_REACH


def _purpose_need(text: str, cue: Cue) -> bool:
    """A "need" that names a purpose, not a request: "$9.1 billion for humanitarian needs"."""
    if cue.key not in _NEEDS:
        return False
    return _PURPOSE_BEFORE.search(text, max(0, cue.start - 40), cue.start) is not None


# What the figure is said to be needed for, in a relative clause after it with no comma:
# "well short of the $53bn the United Nations estimates is needed", "the $4bn required".
_NEEDED_AFTER_RE: Final = lazy_compile(
    r"\s+(?:that\s+|which\s+)?(?P<subj>(?:[\p{L}'’.-]+\s+){0,6}?)(?:(?:is|are|was|were|will\s+be)\s+)?"
    r"(?:needed|required)\b",
    regex.IGNORECASE,
)

#: The words every _NEEDED_AFTER_RE match holds (tests/test_decide_speed.py checks it).
_NEEDED_WORDS: Final = frozenset({"needed", "required"})


def _may_be_needed(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may hold "needed" or "required" as _NEEDED_AFTER_RE reads them.

    Case-blind, that pattern reads no letter of them in a character other than an ASCII one,
    but for "İ" (an "i" to it, "i̇" lower-cased): a window with one may.

    >>> _may_be_needed("the $4bn REQUIRED", 8, 17), _may_be_needed("the $4bn for food", 8, 17)
    (True, False)
    """
    window = text[lo:hi]
    low = window.lower()
    return "needed" in low or "required" in low or "\u0130" in window


_NEGATED_RE: Final = lazy_compile(
    r"\b(?:not|never|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?\Z", regex.IGNORECASE
)
_WHOLE_BEFORE_RE: Final = lazy_compile(
    r"\b(?:of|out\s+of)\s+(?:a|the)\s+total\s+(?:of\s+)?\Z", regex.IGNORECASE
)
_WHOLE_LAST: Final = frozenset({"total", "of"})  # the words a _WHOLE_BEFORE_RE match ends with
_THE_BEFORE_RE: Final = lazy_compile(r"\b(?:the|of)\s+\Z", regex.IGNORECASE)
#: The nouns of _NOUN_AFTER_RE, singular and plural.
_NOUNS: Final = frozenset(NOUNS_AFTER_FIGURE) | {n + "s" for n in NOUNS_AFTER_FIGURE}


def _noun_after(text: str, end: int, hi: int, near: NearWords | None) -> Status | None:
    """The status of a noun the figure modifies: "a $2.8 billion appeal" is requested."""
    hi = min(hi, end + 60)
    if near is not None and not near.may_hold(_NOUNS, end, hi):
        return None
    m = _NOUN_AFTER_RE.match(text, end, hi)
    if m is None:
        return None
    if any(w.lower() not in NOUN_MODIFIERS for w in m.group("mods").split()):
        return None
    return NOUNS_AFTER_FIGURE[m.group("noun").lower()]


def status_index(text: str, words: Words | None = None) -> CueIndex:
    """The status cues of a document, for ``resolve_status(..., index=...)``."""
    return CueIndex(_STATUS_RE, text, proper_names=False, words=words)


def _with_modal(cue: Cue, cues: list[Cue], modals: list[Cue]) -> Status | None:
    """The cue's status, or that of a modal right before it ("will transfer" is planned).

    None for a base verb with no modal before it. Nouns keep their own status: "going to be
    a request for $1 billion" is a request. ``modals`` are the cues of ``cues`` that are
    modals, in order.
    """
    status = STATUS_CUES.get(cue.key)
    if status is Status.OTHER or cue.key in NOUN_CUES:
        return status  # "set to be eliminated" is a cut, whatever the modal
    if cue.key in MODALS:
        for verb in cues:
            near = verb.start >= cue.end and verb.start - cue.end <= _MODAL_REACH
            if near and STATUS_CUES.get(verb.key) is Status.OTHER:
                return Status.OTHER  # "are set to be eliminated"
    for other in modals:
        if other.end <= cue.start and cue.start - other.end <= _MODAL_REACH:
            if other.key in _WILL and status in (Status.REQUESTED, Status.PLANNED):
                continue  # "Ukraine will need $3bn" stays a request, "will consider" a plan
            status = STATUS_CUES[other.key]
            if other.key in _WILL and cue.key in PLANNED_AFTER_WILL:
                status = Status.PLANNED  # "the total will reach $10 billion"
    return status


# "cut from about $8bn to some $4bn": a qualifier of more or about may stand before the figure
_QUALIFIER = (
    "(?:"
    + "|".join(
        regex.escape(q).replace("\\ ", r"\s+")
        for q, kind in sorted(QUALIFIERS.items(), key=lambda x: -len(x[0]))
        if kind in (Qualifier.ABOUT, Qualifier.MORE_THAN) and q[0].isalpha()
    )
    + r")\s+"
)
_FROM_BEFORE: Final = lazy_compile(rf"\bfrom\s+(?:{_QUALIFIER})?$", regex.IGNORECASE)
_TO_BEFORE: Final = lazy_compile(rf"\bto\s+(?:{_QUALIFIER})?$", regex.IGNORECASE)
#: The last word of each qualifier of _QUALIFIER ("more than": "than").
_QUALIFIER_LAST: Final = frozenset(
    regex.findall(r"[\p{L}\p{N}]+", q.lower())[-1]
    for q, kind in QUALIFIERS.items()
    if kind in (Qualifier.ABOUT, Qualifier.MORE_THAN) and q[0].isalpha()
)
_FROM_LAST: Final = _QUALIFIER_LAST | {"from"}  # the words a _FROM_BEFORE match ends with
_TO_LAST: Final = _QUALIFIER_LAST | {"to"}  # the words a _TO_BEFORE match ends with
_TO_AFTER: Final = lazy_compile(
    rf"(?:[^.!?]|\.(?=\d)){{0,80}}?\bto\s+(?:{_QUALIFIER})?(?=[{CURRENCY_SIGNS}\d]|[A-Z]{{2,3}}\$?\s?\d)",
    regex.IGNORECASE,
)


def is_change_target(
    text: str, start: int, sentence_start: int, near: NearWords | None = None
) -> bool:
    """Whether the figure is the new level of a change ("cut from €8bn to €4bn": €4bn).

    >>> t = "Berlin plans to cut aid from €8bn to €4bn."
    >>> is_change_target(t, 37, 0), is_change_target(t, 29, 0)
    (True, False)
    """
    lo = max(sentence_start, start - 120)
    if near is not None and not near.may_end_with(start, lo, _TO_LAST):
        return False
    before = text[lo:start]
    return "from" in before and _TO_BEFORE.search(before) is not None


def is_change_origin(
    text: str, start: int, end: int, sentence_end: int, near: NearWords | None = None
) -> bool:
    """Whether the figure is the starting level of a change ("cut from €8bn to €4bn").

    The starting level is what stands now, so it takes no planned or requested status.

    >>> t = "Berlin plans to cut aid from €8bn to €4bn."
    >>> is_change_origin(t, 29, 33, len(t)), is_change_origin(t, 37, 41, len(t))
    (True, False)
    """
    lo = max(0, start - 30)
    if near is not None and not near.may_end_with(start, lo, _FROM_LAST):
        return False
    if _FROM_BEFORE.search(text, lo, start) is None:
        return False
    return _TO_AFTER.match(text, end, sentence_end) is not None


def resolve_statuses(
    text: str,
    located: Sequence[Located],
    keep: Sequence[bool],
    words: Words,
    past: Sequence[bool] | None = None,
) -> list[Status | None]:
    """Status of each kept figure (None for the others), in text order.

    ``past`` tells, per figure, whether its period ended before the article was published
    (see :func:`is_past`).

    The origin of a change ("cut aid from €8bn to €4bn": the €8bn) is what was pledged; a
    conversion in brackets shares its head's role ("from €8bn (£7bn) to €4bn"), where the
    head is the kept figure before it.
    """
    index = StatusCues(_STATUS_RE, text, words)  # status_index's cues, made as clauses ask
    near = NearWords(text, words)
    out: list[Status | None] = []
    origin_before = False
    if past is None:
        past = [False] * len(located)
    for loc, kept, before in zip(located, keep, past, strict=True):
        if not kept:
            out.append(None)
            continue
        m = loc.mention
        origin = is_change_origin(text, m.start, m.end, loc.sentence[1], near) or (
            m.parenthetical and origin_before
        )
        origin_before = origin
        out.append(
            Status.PLEDGED
            if origin and not before
            else resolve_status(
                text,
                m.start,
                m.end,
                loc.clause,
                loc.sentence,
                change_target=is_change_target(text, m.start, loc.sentence[0], near),
                index=index,
                past=before,
                near=near,
            )
        )
    return out


def is_past(period_end: date | None, published: date | None) -> bool:
    """Whether a figure's period ended before the article was published.

    >>> is_past(date(2023, 12, 31), date(2024, 5, 1)), is_past(None, date(2024, 5, 1))
    (True, False)
    """
    return period_end is not None and published is not None and period_end < published
