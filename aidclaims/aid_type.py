"""Aid type of a claim: military, financial, humanitarian, development, reconstruction, general.

Cues after the figure in its clause come first ("$9 billion in humanitarian aid"), then cues
before it, then the nearest in its sentence, then the document's most frequent type. Two
different types joined in one phrase ("military and civilian support") make it general.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

from aidclaims.model import AidType
from aidclaims.text.clauses import Located
from aidclaims.text.cues import Cue, CueIndex, Words, compile_cues, nearest

#: Cue words, lower-case. Sources: SPEC.md's aid types, OECD DAC sector names.
AID_TYPE_CUES: Final[Mapping[str, AidType]] = MappingProxyType(
    {
        # military
        **dict.fromkeys(
            (
                "military",
                "defense",
                "defence",
                "security",
                "weapons",
                "weapon",
                "arms",
                "air defense",
                "air defence",
                "ammunition",
                "munitions",
                "artillery",
                "shells",
                "missiles",
                "missile",
                "interceptors",
                "tanks",
                "drones",
                "armed forces",
                "fighter jets",
                "military equipment",
                "iron dome",
                "lethal",
            ),
            AidType.MILITARY,
        ),
        # financial
        **dict.fromkeys(
            (
                "financial",
                "budget support",
                "budgetary support",  # "USD 100 million in budgetary support to the Maldives"
                "budgetary",
                "state budget",  # "to support the state budget of Ukraine"
                "budget expenditures",  # "to finance priority budget expenditures"
                "loan",
                "loans",
                "macro-financial",
                "financing",
                "credit",
                "credits",
                "credit facilities",
                "deposit",
                "deposited",
                "balance of payments",
                "deferred payment",
                "guarantee",
                "guarantees",
                "debt relief",
                "liquidity",
            ),
            AidType.FINANCIAL,
        ),
        # humanitarian
        **dict.fromkeys(
            (
                "humanitarian",
                "food aid",
                "emergency food",
                "relief",
                "refugees",
                "refugee",
                "lifesaving",
                "life-saving",
                "shelter",
                "disaster",
                "famine",
                "displaced",
                "emergency relief",
                "medical supplies",
                "hurricane",
                "earthquake",
                "flood",
            ),
            AidType.HUMANITARIAN,
        ),
        # development
        **dict.fromkeys(
            (
                "development",
                "developmental",
                "infrastructure projects",
                "capacity building",
                # long-term goals: "€500 million a year in climate finance", "to fight
                # malaria", "for schools and clinics"
                "climate finance",
                "climate",
                "adaptation",
                "education",
                "schools",
                "vaccines",
                "vaccination",
                "malaria",
                "poverty",
                "agriculture",
                "sanitation",
            ),
            AidType.DEVELOPMENT,
        ),
        # reconstruction
        **dict.fromkeys(
            ("reconstruction", "rebuild", "rebuilding", "recovery", "restoration"),
            AidType.RECONSTRUCTION,
        ),
        # general: aid of no one kind ("civilian support", "various types of assistance")
        **dict.fromkeys(
            ("civilian", "non-military", "various", "overall", "foreign aid", "all kinds"),
            AidType.GENERAL,
        ),
    }
)

#: Phrases that hold a cue word but name no aid: matched so that the word inside them is
#: not read ("for the 2025/26 financial year" is no financial aid).
NOT_AID_TYPE: Final[frozenset[str]] = frozenset(
    {"financial year", "financial years", "financial statement", "financial times"}
)

_AID_TYPE_RE: Final = compile_cues([*AID_TYPE_CUES, *NOT_AID_TYPE])
#: AID_TYPE_CUES as a plain dict: read once a cue, faster than through its read-only view.
_TYPE_OF: Final[dict[str, AidType]] = dict(AID_TYPE_CUES)
_JOINED = (" and ", ", ", " & ", " or ")


def resolve_aid_type(
    text: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    default: AidType,
    *,
    index: CueIndex | None = None,
) -> AidType:
    """Aid type of the figure at ``[start, end)``; ``default`` is the document's type.

    >>> t = "It gave $9 billion in humanitarian aid."
    >>> resolve_aid_type(t, 8, 18, (0, len(t)), (0, len(t)), AidType.GENERAL).value
    'humanitarian'
    """
    spans = _TypedSpans(aid_type_index(text) if index is None else index)
    found = _type_near(text, start, end, clause, sentence, spans)
    return default if found is None else found


def _type_near(
    text: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    spans: _TypedSpans,
) -> AidType | None:
    """The type the cues of the figure's clause, then of its sentence, give; None with none.

    In the clause, the first cue after the figure wins, else the last one before it (the
    nearest of each side: a span's cues are in text order and do not overlap).
    """
    clause_cues = spans.typed(clause)
    before: Cue | None = None
    for c in clause_cues:
        if c.start >= end:
            return _mixed_or(text, c, clause_cues)
        if c.end <= start:
            before = c
    if before is not None:
        return _mixed_or(text, before, clause_cues)
    sentence_cues = spans.typed(sentence)
    cue = nearest(sentence_cues, start, end)
    if cue is not None:
        return _mixed_or(text, cue, sentence_cues)
    return None


class _TypedSpans:
    """The typed cues of each clause and sentence asked for, read from the index once a span.

    The figures of one sentence share its span and often their clause.
    """

    __slots__ = ("_index", "_memo")

    def __init__(self, index: CueIndex) -> None:
        self._index = index
        self._memo: dict[tuple[int, int], list[Cue]] = {}

    def typed(self, span: tuple[int, int]) -> list[Cue]:
        found = self._memo.get(span)
        if found is None:
            found = self._memo[span] = _typed(self._index.between(*span))
        return found


def _typed(cues: list[Cue]) -> list[Cue]:
    """The cues that name a type (not the phrases of ``NOT_AID_TYPE``)."""
    if not cues:
        return cues
    return [c for c in cues if c.key in _TYPE_OF]


def aid_type_index(text: str, words: Words | None = None) -> CueIndex:
    """The aid-type cues of a document (proper names excluded)."""
    return CueIndex(_AID_TYPE_RE, text, proper_names=False, words=words)


def document_aid_type(text: str, *, index: CueIndex | None = None) -> AidType:
    """The document's most frequent specific aid type.

    General when it names none, when words of mixed aid ("civilian", "foreign aid") make up
    a third of its cues or more, or when no type has a majority.
    """
    if index is None:
        index = aid_type_index(text)
    counts = Counter(_TYPE_OF[c.key] for c in _typed(index.all()))
    mixed = counts.pop(AidType.GENERAL, 0)
    if not counts:
        return AidType.GENERAL
    kind, top = counts.most_common(1)[0]
    total = sum(counts.values())
    if mixed * 3 >= mixed + total or top * 2 <= total:
        return AidType.GENERAL
    return kind


def _mixed_or(text: str, cue: Cue, cues: list[Cue]) -> AidType:
    """General when another type is joined to the cue ("military and civilian support")."""
    kind = _TYPE_OF[cue.key]
    for other in cues:
        if other is cue or _TYPE_OF[other.key] is kind:
            continue
        gap = text[cue.end : other.start] if other.start >= cue.end else text[other.end : cue.start]
        if gap in _JOINED:
            return AidType.GENERAL
    return kind


def resolve_aid_types(text: str, located: Sequence[Located], words: Words) -> list[AidType]:
    """Aid type of each located figure, in text order; the document's type by default.

    The document's type is counted only when a figure has no cue of its own.
    """
    index = aid_type_index(text, words)
    spans = _TypedSpans(index)
    default: AidType | None = None
    out: list[AidType] = []
    for loc in located:
        m = loc.mention
        kind = _type_near(text, m.start, m.end, loc.clause, loc.sentence, spans)
        if kind is None:
            if default is None:
                default = document_aid_type(text, index=index)
            kind = default
        out.append(kind)
    return out
