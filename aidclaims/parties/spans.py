"""The spans parties are read from: gazetteer hits, party phrases and their cues, picks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from aidclaims.parties.near import After

PlaceKind = Literal["country", "bloc", "institution", "region", "group"]
Modifier = Literal["donor", "recipient", "neutral"]
DonorCue = Literal["request", "from", "by", "modifier", "subject"]
RecipientCue = Literal["request", "cue", "receiver"]


@dataclass(frozen=True, slots=True)
class Parties:
    """Who gives and who receives a figure; None when the text does not tell."""

    donor: str | None
    recipient: str | None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One gazetteer hit: ``text[start:end]`` names ``name`` (canonical) of ``kind``."""

    start: int
    end: int
    name: str
    kind: PlaceKind


@dataclass(frozen=True, slots=True)
class Entry:
    """What a gazetteer string names: canonical name, kind, and whether it may modify a noun."""

    name: str
    kind: PlaceKind
    adjectival: bool  # demonym, acronym, bloc or institution: may modify a noun


# The many small records of a reading (hits, spans, phrases, picks) are made several times per
# sentence and read field by field many more times: slots dataclasses, whose fields are read
# without the descriptor call a NamedTuple's cost, and not frozen, as a frozen dataclass is
# ~3x slower to make. Nothing writes to one once made.
@dataclass(slots=True)
class Hit:
    """One gazetteer hit in the text."""

    start: int
    end: int
    name: str
    kind: PlaceKind
    adjectival: bool


@dataclass(slots=True)
class Phrase:
    """A party phrase with the cues around it; ``end`` excludes a possessive 's."""

    start: int
    end: int
    name: str
    keys: frozenset[str]  # entities named, so that donor and recipient never coincide
    kind: PlaceKind
    possessive: bool
    modifier: Modifier | None
    donor_cue: DonorCue | None
    recipient_cue: RecipientCue | None
    subject_like: bool


@dataclass(slots=True)
class Span:
    """A party phrase before its cues are read."""

    start: int
    end: int
    name: str
    keys: frozenset[str]
    kind: PlaceKind
    possessive: bool
    adjectival: bool
    after: After  # following(text, end, hi): the words after it, read once for all cues


@dataclass(slots=True)
class SentenceReading:
    """A sentence (or clause) as parties reads it: its phrases and clause breaks."""

    start: int
    end: int
    phrases: tuple[Phrase, ...]
    breaks: tuple[tuple[int, int], ...]  # clause boundaries, as spans


@dataclass(slots=True)
class Pick:
    """A chosen party: its name (the names of a list, joined) and the entities it names."""

    name: str
    keys: frozenset[str]


# What a figure's party is: a phrase alone stands for itself (its name and keys), a list of
# phrases is a Pick made of them.
Chosen: TypeAlias = Pick | Phrase


# ---------------------------------------------------------------------------------------
# Named lists as tries.
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# The gazetteer as one entry table, and its scan.
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Names:
    """The gazetteer strings of ``text[lo:hi]`` (a sentence), as name_matches finds."""

    lo: int
    hi: int
    starts: list[int]
    found: list[tuple[int, str, Entry]]


@dataclass(slots=True)
class Memo:
    """What the reading of one document has found so far (never shared between documents)."""

    sentences: dict[tuple[int, int], SentenceReading]  # by (start, end)
    figures: tuple[tuple[int, int], ...]  # the document's money spans, in text order
    picks: dict[tuple[int, int, int, int], tuple[Chosen | None, Chosen | None]]
    # the names of each sentence scanned, by its start; their starts in order, to look up
    # the sentence that holds a clause by bisection (sentences do not overlap)
    sentence_names: dict[int, Names] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
