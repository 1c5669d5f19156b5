"""Attribution cues: what the rules find in a stretch of a sentence outside quotation marks.

Five rules, each a pattern (:mod:`aidclaims.speakers.patterns`) and a builder: "<subject>
said", ", said <subject>", "he said", "according to <subject>" and "was announced by
<subject>". A rule runs only on a stretch holding the words it needs. "<subject> said" is
the costly one, as its subject may start anywhere; it scans only where a subject can end
in one of the stretch's verbs (:mod:`aidclaims.speakers.scan`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from enum import IntEnum
from types import MappingProxyType
from typing import Final, NamedTuple

from aidclaims.speakers._table import MEDIA_VERBS
from aidclaims.speakers.patterns import (
    ACCORDING_RUNS,
    ACCORDING_TO_RE,
    BY_RUNS,
    INVERTED_RUNS,
    MENTION_RE,
    PASSIVE_RUNS,
    PRONOUN_RUNS,
    PRONOUN_VERB_RE,
    RULE_RUNS,
    SAYING_RUNS,
    SAYING_WORDS,
    VERB_RUNS,
)
from aidclaims.speakers.scan import _SUBJECT_CHARS as _SUBJECT_CHARS  # tests read it here
from aidclaims.speakers.scan import (
    passive_by_matches,
    subject_verb_matches,
    verb_subject_matches,
    word_matches,
)
from aidclaims.speakers.subjects import (
    How,
    ReadSubject,
    Subject,
    appositive_role,
    read_subject,
)
from aidclaims.text.lazy import lazy_compile

_PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "him", "her"})


# ---------------------------------------------------------------------------------------
# Cues: what one rule found in a sentence, before resolution
# ---------------------------------------------------------------------------------------


class Kind(IntEnum):
    """How strongly a cue names a source; the strongest cue of a sentence wins."""

    NOBODY = 0  # a document without author, "they said": explicitly nobody
    MEDIA = 1  # "Baltnews reports"
    ORG = 2  # "the Pentagon said"
    PERSON = 3  # a name, a pronoun or a role


_KIND_OF: Final[Mapping[How, Kind]] = MappingProxyType(
    {
        How.NAME: Kind.PERSON,
        How.PRONOUN: Kind.PERSON,
        How.ROLE: Kind.PERSON,
        How.ORG: Kind.ORG,
        How.MEDIA: Kind.MEDIA,
        How.NOBODY: Kind.NOBODY,
    }
)


class Cue(NamedTuple):
    """An attribution cue found at ``start``.

    ``how`` with ``name``/``role`` says who; ``back`` says it also attributes the previous
    sentence.
    """

    how: How
    start: int
    name: str = ""
    role: str | None = None
    back: bool = False

    @property
    def kind(self) -> Kind:
        """How strongly the cue names its source."""
        return _KIND_OF[self.how]


# ---------------------------------------------------------------------------------------
# Rules: each yields the cues it finds in text[a:b] (a stretch outside quotation marks)
# ---------------------------------------------------------------------------------------

# A rule unpacks its match's groups (``m.groups()``, in the pattern's order; a test holds
# each pattern to it): the regex module finds a group by name (``m["subj"]``) several times
# slower than by number, trying the name as a number first.


def _subject_said(
    text: str, a: int, b: int, runs: Collection[str], read: ReadSubject
) -> Iterator[Cue]:
    """Rule "<subject> said" (and "<subject>, <role>, said", "<subject> stated this")."""
    for m in subject_verb_matches(text, a, b, runs):
        subj, app, verb, this = m.groups()  # SUBJECT_VERB_RE's groups, in order
        subject = read(subj, media=verb in MEDIA_VERBS)
        if subject is None:
            continue
        if subject.how in (How.ORG, How.ROLE) and app:
            person = read(app, media=False)
            if person is not None and person.how is How.NAME:
                # "the head of the European Commission, Ursula von der Leyen, noted": the person
                role = subj.strip()
                yield Cue(How.NAME, m.start(), person.name, role, back=this is not None)
                continue
        role = subject.role or appositive_role(app)
        yield Cue(subject.how, m.start(), subject.name, role, back=this is not None)


def _said_subject(
    text: str, a: int, b: int, runs: Collection[str], read: ReadSubject
) -> Iterator[Cue]:
    """Rule ", said <subject>" after a comma or a closing quote."""
    for m in verb_subject_matches(text, a, b, runs):
        verb, subj, app = m.groups()  # VERB_SUBJECT_RE's groups, in order
        subject = read(subj, media=verb in MEDIA_VERBS)
        if subject is not None:
            role = subject.role or appositive_role(app)
            yield Cue(subject.how, m.start(), subject.name, role)


def _pronoun_said(
    text: str, a: int, b: int, runs: Collection[str], read: ReadSubject
) -> Iterator[Cue]:
    """Rule "he said": a person pronoun speaks; "they"/"it" name nobody."""
    for m in word_matches(PRONOUN_VERB_RE, text, a, b, PRONOUN_RUNS.intersection(runs)):
        pro, _, this = m.groups()  # PRONOUN_VERB_RE's groups, in order
        how = How.PRONOUN if pro.casefold() in _PERSON_PRONOUNS else How.NOBODY
        yield Cue(how, m.start(), back=this is not None)


def _according_to(
    text: str, a: int, b: int, runs: Collection[str], read: ReadSubject
) -> Iterator[Cue]:
    """Rule "according to <subject>"; a document without a named author is nobody."""
    for m in word_matches(ACCORDING_TO_RE, text, a, b, ACCORDING_RUNS.intersection(runs)):
        pro, subj, author = m.groups()  # ACCORDING_TO_RE's groups, in order
        if pro is not None:
            how = How.PRONOUN if pro != "them" else How.NOBODY
            yield Cue(how, m.start())
            continue
        subject = read(subj, media=False) if subj else None
        if author and (subject is None or subject.how is How.NOBODY):
            subject = read(author, media=False)  # "a report by Reuters"
        subject = subject or Subject(How.NOBODY)
        yield Cue(subject.how, m.start(), subject.name, subject.role)


def _passive_by(
    text: str, a: int, b: int, runs: Collection[str], read: ReadSubject
) -> Iterator[Cue]:
    """Rule "was announced by <subject>"; "This was ... by X" also covers the sentence before."""
    for m in passive_by_matches(text, a, b):
        this, verb, subj = m.groups()  # PASSIVE_BY_RE's groups, in order
        subject = read(subj, media=verb in MEDIA_VERBS)
        if subject is not None:
            back = this is not None
            yield Cue(subject.how, m.start(), subject.name, subject.role, back=back)


# "Paradis appeared to cite the obligation on Monday, saying the $15-million brings ..."
_SAYING_RE: Final = lazy_compile(
    r"[^,;:]{1,160}?,\s+(?:" + "|".join(sorted(SAYING_WORDS)) + r")\b(?!\s+(?:to|for)\b)"
)


def _subject_saying(
    text: str, a: int, b: int, runs: Collection[str], read: ReadSubject
) -> Iterator[Cue]:
    """Rule "<person> <verb> ..., saying": the sentence's opening subject, a person, spoke."""
    m = MENTION_RE.match(text, a, b)
    if m is None or _SAYING_RE.match(text, m.end(), b) is None:
        return
    subject = read(m.group(), media=False)
    if subject is not None and subject.how in (How.NAME, How.ROLE):
        yield Cue(subject.how, m.start(), subject.name, subject.role)


class _Rule(NamedTuple):
    """A rule and the word runs it needs: one from each set, else it cannot match."""

    find: Callable[[str, int, int, Collection[str], ReadSubject], Iterator[Cue]]
    needs: tuple[frozenset[str], ...]


_RULES: Final[tuple[_Rule, ...]] = (
    _Rule(_subject_said, (VERB_RUNS,)),
    _Rule(_said_subject, (INVERTED_RUNS,)),
    _Rule(_pronoun_said, (PRONOUN_RUNS, VERB_RUNS)),
    _Rule(_according_to, (ACCORDING_RUNS,)),
    _Rule(_passive_by, (PASSIVE_RUNS, BY_RUNS)),
    _Rule(_subject_saying, (SAYING_RUNS,)),
)


def find_cues(
    text: str, a: int, b: int, runs: Collection[str], read: ReadSubject = read_subject
) -> list[Cue]:
    """The cues the rules find in ``text[a:b]``, a stretch outside quotation marks.

    ``runs`` are the stretch's letter runs (``RUN_RE``): a rule runs only when they hold
    the words it needs. Cues come rule by rule, each rule's in text order. ``read`` reads
    their subjects (:func:`~aidclaims.speakers.subjects.read_subject`, or a document's
    :class:`~aidclaims.speakers.subjects.SubjectReader`).

    >>> t = "Aid will rise, Lena Varga said."
    >>> [(c.how.value, c.name) for c in find_cues(t, 0, len(t), ["Aid", "Lena", "Varga", "said"])]
    [('name', 'Lena Varga')]
    """
    present = RULE_RUNS.intersection(runs)
    cues: list[Cue] = []
    for find, needs in _RULES:
        for need in needs:
            if need.isdisjoint(present):
                break
        else:
            cues.extend(find(text, a, b, present, read))
    return cues
