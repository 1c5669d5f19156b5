"""Attribution cues: what the rules find in a stretch of a sentence outside quotation marks.

Five rules, each a pattern (:mod:`aidclaims.speakers.patterns`) and a builder: "<subject>
said", ", said <subject>", "he said", "according to <subject>" and "was announced by
<subject>". A rule runs only on a stretch holding the words it needs. "<subject> said" is
the costly one, as its subject may start anywhere; it scans only where a subject can end
in one of the stretch's verbs.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import IntEnum
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from aidclaims.speakers._table import (
    ADVERBS,
    BACK_REFERENCE_FOLLOWERS,
    CONNECTORS,
    MEDIA_VERBS,
    TIME_ADVERBS,
)
from aidclaims.speakers.patterns import (
    ACCORDING_RUNS,
    ACCORDING_TO_RE,
    APPOSITIVE_MAX,
    BY_RUNS,
    INVERTED_RUNS,
    MENTION_RE,
    PASSIVE_BY_RE,
    PASSIVE_RUNS,
    PRONOUN_RUNS,
    PRONOUN_VERB_RE,
    RULE_RUNS,
    SAYING_RUNS,
    SAYING_WORDS,
    SUBJECT_VERB_RE,
    SUBJECT_VOCAB,
    VERB_RUNS,
    VERB_SUBJECT_RE,
    VERBS,
)
from aidclaims.speakers.subjects import (
    DETERMINERS,
    NAME_PREFIXES,
    How,
    Subject,
    appositive_role,
    read_subject,
)

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


@dataclass(frozen=True, slots=True)
class Cue:
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


def _subject_said(text: str, a: int, b: int, runs: Collection[str]) -> Iterator[Cue]:
    """Rule "<subject> said" (and "<subject>, <role>, said", "<subject> stated this")."""
    for m in subject_verb_matches(text, a, b, runs):
        media = m["verb"] in MEDIA_VERBS
        subject = read_subject(m["subj"], media=media)
        person = read_subject(m["app"], media=False) if m["app"] else None
        named = person is not None and person.how is How.NAME
        if subject is not None and subject.how in (How.ORG, How.ROLE) and named:
            # "the head of the European Commission, Ursula von der Leyen, noted": the person
            assert person is not None
            role = m["subj"].strip()
            yield Cue(How.NAME, m.start(), person.name, role, back=m["this"] is not None)
            continue
        if subject is not None:
            role = subject.role or appositive_role(m["app"])
            yield Cue(subject.how, m.start(), subject.name, role, back=m["this"] is not None)


def _said_subject(text: str, a: int, b: int, runs: Collection[str]) -> Iterator[Cue]:
    """Rule ", said <subject>" after a comma or a closing quote."""
    for m in verb_subject_matches(text, a, b, runs):
        subject = read_subject(m["subj"], media=m["verb"] in MEDIA_VERBS)
        if subject is not None:
            role = subject.role or appositive_role(m["app"])
            yield Cue(subject.how, m.start(), subject.name, role)


def _pronoun_said(text: str, a: int, b: int, runs: Collection[str]) -> Iterator[Cue]:
    """Rule "he said": a person pronoun speaks; "they"/"it" name nobody."""
    for m in PRONOUN_VERB_RE.finditer(text, a, b):
        how = How.PRONOUN if m["pro"].casefold() in _PERSON_PRONOUNS else How.NOBODY
        yield Cue(how, m.start(), back=m["this"] is not None)


def _according_to(text: str, a: int, b: int, runs: Collection[str]) -> Iterator[Cue]:
    """Rule "according to <subject>"; a document without a named author is nobody."""
    for m in ACCORDING_TO_RE.finditer(text, a, b):
        if m["pro"] is not None:
            how = How.PRONOUN if m["pro"] != "them" else How.NOBODY
            yield Cue(how, m.start())
            continue
        subject = read_subject(m["subj"], media=False) if m["subj"] else None
        if m["author"] and (subject is None or subject.how is How.NOBODY):
            subject = read_subject(m["author"], media=False)  # "a report by Reuters"
        subject = subject or Subject(How.NOBODY)
        yield Cue(subject.how, m.start(), subject.name, subject.role)


def _passive_by(text: str, a: int, b: int, runs: Collection[str]) -> Iterator[Cue]:
    """Rule "was announced by <subject>"; "This was ... by X" also covers the sentence before."""
    for m in PASSIVE_BY_RE.finditer(text, a, b):
        subject = read_subject(m["subj"], media=m["verb"] in MEDIA_VERBS)
        if subject is not None:
            back = m["back"] is not None
            yield Cue(subject.how, m.start(), subject.name, subject.role, back=back)


# "Paradis appeared to cite the obligation on Monday, saying the $15-million brings ..."
_SAYING_RE: Final = regex.compile(
    r"[^,;:]{1,160}?,\s+(?:" + "|".join(sorted(SAYING_WORDS)) + r")\b(?!\s+(?:to|for)\b)"
)


def _subject_saying(text: str, a: int, b: int, runs: Collection[str]) -> Iterator[Cue]:
    """Rule "<person> <verb> ..., saying": the sentence's opening subject, a person, spoke."""
    m = MENTION_RE.match(text, a, b)
    if m is None or _SAYING_RE.match(text, m.end(), b) is None:
        return
    subject = read_subject(m.group(), media=False)
    if subject is not None and subject.how in (How.NAME, How.ROLE):
        yield Cue(subject.how, m.start(), subject.name, subject.role)


class _Rule(NamedTuple):
    """A rule and the word runs it needs: one from each set, else it cannot match."""

    find: Callable[[str, int, int, Collection[str]], Iterator[Cue]]
    needs: tuple[frozenset[str], ...]


_RULES: Final[tuple[_Rule, ...]] = (
    _Rule(_subject_said, (VERB_RUNS,)),
    _Rule(_said_subject, (INVERTED_RUNS,)),
    _Rule(_pronoun_said, (PRONOUN_RUNS, VERB_RUNS)),
    _Rule(_according_to, (ACCORDING_RUNS,)),
    _Rule(_passive_by, (PASSIVE_RUNS, BY_RUNS)),
    _Rule(_subject_saying, (SAYING_RUNS,)),
)


def find_cues(text: str, a: int, b: int, runs: Collection[str]) -> list[Cue]:
    """The cues the rules find in ``text[a:b]``, a stretch outside quotation marks.

    ``runs`` are the stretch's letter runs (``RUN_RE``): a rule runs only when they hold
    the words it needs. Cues come rule by rule, each rule's in text order.

    >>> t = "Aid will rise, Lena Varga said."
    >>> [(c.how.value, c.name) for c in find_cues(t, 0, len(t), ["Aid", "Lena", "Varga", "said"])]
    [('name', 'Lena Varga')]
    """
    present = RULE_RUNS.intersection(runs)
    return [
        cue
        for rule in _RULES
        if not any(need.isdisjoint(present) for need in rule.needs)
        for cue in rule.find(text, a, b, present)
    ]


# ---------------------------------------------------------------------------------------
# Where "<subject> said" and ", said <subject>" can match
# ---------------------------------------------------------------------------------------
#
# Scanning a stretch for "<subject> said" is the costly part of reading a sentence: its
# subject may start at any word. But a match ends in a verb, and before the verb come only
# subject words, connectors and adverbs, apart from one appositive between commas (",
# the NATO chief,"). So the scan starts where a subject can start that ends before one of
# the stretch's verbs, and stops after the last such verb.

# The characters of a subject, its separators and adverbs (tokens, connectors, determiners,
# the named lists; a test holds the lists to it): anything else before a verb is a barrier
# no subject crosses. Both patterns are searched backwards from a verb.
_SUBJECT_CHARS: Final = r"\p{L}\p{M}\p{Nd}'’.\-\s"
_NOT_SUBJECT_CHAR_RE: Final = regex.compile(rf"(?r)[^{_SUBJECT_CHARS}]")
_APPOSITIVE_BARRIER_RE: Final = regex.compile(r'(?r)[,;:“”"()]')  # what an appositive excludes
_WORD_BACKWARDS_RE: Final = regex.compile(r"(?r)\S+")
_NOT_LETTER_RE: Final = regex.compile(r"\P{L}")
# How far past its verb's start a "<subject> said" match reads: the verb, " this" (up to
# three spaces) and the lookahead after it, at most three spaces, a follower word and the
# character after that ("said this on Monday"), plus one to spare.
_AFTER_VERB: Final = (
    max(map(len, VERBS)) + 3 + len("this") + 3 + max(map(len, BACK_REFERENCE_FOLLOWERS)) + 2
)
_ADVERB_WORDS: Final[frozenset[str]] = frozenset(ADVERBS) | frozenset(TIME_ADVERBS)
# Lower-case words a subject, its connectors, determiners and adverbs are made of.
_SUBJECT_WORDS: Final[frozenset[str]] = frozenset(
    DETERMINERS
    | CONNECTORS
    | frozenset(ADVERBS)
    | frozenset(TIME_ADVERBS)
    | {piece for w in SUBJECT_VOCAB for piece in w.split()}
)


def subject_verb_matches(
    text: str, a: int, b: int, runs: Collection[str]
) -> Iterator[regex.Match[str]]:
    """``SUBJECT_VERB_RE.finditer(text, a, b)``, scanning only where a match can be.

    ``runs`` holds (at least) the verbs among the stretch's letter runs (``RUN_RE``).

    >>> t = "The fund grew; Lena Varga, the EU envoy, has said this on Monday."
    >>> [m.group() for m in subject_verb_matches(t, 0, len(t), {"said"})]
    ['Lena Varga, the EU envoy, has said this']
    """
    window = _verb_window(text, a, b, runs)
    if window is None:
        return
    for m in SUBJECT_VERB_RE.finditer(text, window.first, window.end):
        yield m
        if m.end() > window.last:
            return  # a further match would need a verb after the last one


def verb_subject_matches(
    text: str, a: int, b: int, runs: Collection[str]
) -> Iterator[regex.Match[str]]:
    """``VERB_SUBJECT_RE.finditer(text, a, b)``, trying only where one of its verbs is.

    A match starts at its verb, so trying each verb of ``runs`` in turn, past the end of
    the last match, finds what ``finditer`` finds.

    >>> t = "Aid will rise, said Ana Silva, the minister."
    >>> [m.group() for m in verb_subject_matches(t, 0, len(t), {"said"})]
    ['said Ana Silva, the minister']
    """
    pos = a
    for v in _occurrences(text, a, b, INVERTED_RUNS.intersection(runs)):
        m = VERB_SUBJECT_RE.match(text, v, b) if v >= pos else None
        if m is not None:
            pos = m.end()
            yield m


class _Window(NamedTuple):
    """Where to scan a stretch for "<subject> said": every match starts in ``first..last``."""

    first: int  # no match starts before
    last: int  # the last verb that may end a match; no match starts after it
    end: int  # where to stop reading: the stretch's end, or a non-letter past what matches read


def _verb_window(text: str, a: int, b: int, runs: Collection[str]) -> _Window | None:
    """Where "<subject> said" matches in ``text[a:b]`` (word ``runs``) can be; None if nowhere.

    A match ends in a verb, and before the verb come only the words of a subject and
    adverbs, except inside one appositive (", the NATO chief,"). Verbs are looked up as
    substrings, which can only find more of them and so widen the window.

    >>> t = "Aid rose; Lena Varga, the EU envoy, said so."
    >>> w = _verb_window(t, 0, len(t), {"said"})
    >>> t[w.first : w.last], t[w.end :]
    (' Lena Varga, the EU envoy, ', '')
    >>> _verb_window("Aid rose, said", 0, 14, {"said"}) is None
    True
    """
    first, last = b, -1
    for v in _occurrences(text, a, b, VERB_RUNS.intersection(runs)):
        start = _subject_start(text, a, v)
        if start is not None:
            first, last = min(first, start), v
    if last < 0:
        return None
    end = b
    if last + _AFTER_VERB < b:
        # No match reads _AFTER_VERB past its verb, and a verb the scan finds at its end,
        # before a non-letter, is one in the whole stretch too: the same matches.
        stop = _NOT_LETTER_RE.search(text, last + _AFTER_VERB, b)
        end = b if stop is None else stop.start()
    return _Window(first, last, end)


def _occurrences(text: str, a: int, b: int, words: Iterable[str]) -> list[int]:
    """Where ``words`` occur in ``text[a:b]``, in order, also inside longer words.

    >>> _occurrences("he said, she says", 0, 17, ["said", "says", "he"])
    [0, 3, 10, 13]
    """
    found: set[int] = set()
    for w in words:
        i = text.find(w, a, b)
        while i >= 0:
            found.add(i)
            i = text.find(w, i + 1, b)
    return sorted(found)


# A subject's acronym in brackets right before its verb (SUBJECT_VERB_RE reads it too).
_ACRONYM_BEFORE_RE: Final = regex.compile(r"\s\(\p{Lu}[\p{Lu}\p{Nd}&.-]{1,10}\)\s{1,3}\Z")


def _subject_start(text: str, a: int, v: int) -> int | None:
    """The earliest start of a "<subject> said" match with its verb at ``v``; None if none.

    Without an appositive the subject lies after the last non-subject character before the
    verb. With one, that character is the closing comma, only adverbs follow it, and the
    subject ends at the opening comma.
    """
    acronym = _ACRONYM_BEFORE_RE.search(text, max(a, v - 20), v)
    if acronym is not None:
        v = acronym.start()  # "the Ministry of External Affairs (MEA) said"
    m = _NOT_SUBJECT_CHAR_RE.search(text, a, v)
    start = _subject_bound(text, a if m is None else m.start() + 1, v)
    if m is None or text[m.start()] != ",":
        return start
    close = m.start()
    # ", <appositive>," holds up to 3 spaces and APPOSITIVE_MAX characters, no quote mark
    barrier = _APPOSITIVE_BARRIER_RE.search(text, max(a, close - 4 - APPOSITIVE_MAX), close)
    if barrier is None or text[barrier.start()] != "," or not _only_adverbs(text, close + 1, v):
        return start
    opening = barrier.start()
    m = _NOT_SUBJECT_CHAR_RE.search(text, a, opening)
    before = _subject_bound(text, a if m is None else m.start() + 1, opening)
    if before is None or start is None:
        return start if before is None else before
    return min(start, before)


def _subject_bound(text: str, x: int, y: int) -> int | None:
    """Where a subject in ``text[x:y]`` that ends at ``y`` (maybe with adverbs) can start.

    That is after the last word in the stretch that no subject holds; None when the word
    just before ``y`` is such a word, or when there is no word.
    """
    bound = None
    for m in _WORD_BACKWARDS_RE.finditer(text, x, y):
        if not _may_be_in_subject(m.group()):
            return None if bound is None else m.end()
        bound = x
    return bound


def _only_adverbs(text: str, x: int, y: int) -> bool:
    """Whether every word in ``text[x:y]`` is an adverb ("has", "also")."""
    return all(m.group() in _ADVERB_WORDS for m in _WORD_BACKWARDS_RE.finditer(text, x, y))


def _may_be_in_subject(word: str) -> bool:
    """Whether ``word`` (between spaces) may be a word of a subject, a connector or an adverb.

    Any word not starting in lower case may be a capitalised word.

    >>> [_may_be_in_subject(w) for w in ["Eklund", "minister's", "al-Masri", "of", "pledged"]]
    [True, True, True, True, False]
    """
    if not word[0].islower() or word in _SUBJECT_WORDS:
        return True
    if word.endswith(("'s", "’s")) and word[:-2] in _SUBJECT_WORDS:
        return True
    head, dash, _ = word.partition("-")
    return bool(dash) and head in NAME_PREFIXES
