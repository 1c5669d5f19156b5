"""The document's memory: who it has named so far, to resolve "Eklund", "he", "the minister".

People named (most recent last), with their roles, and the fullest name of each
organisation head. A sentence naming a title or an organisation head is read for the
names it mentions only when the memory is next asked about people or organisations:
mentions after the last question change no answer.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Final

from aidclaims.lexicon.titles import TITLES
from aidclaims.speakers._table import LEADING_NOISE, ORG_HEADS
from aidclaims.speakers.cues import Cue
from aidclaims.speakers.patterns import HINT_RUNS, HINT_WORDS, MENTION_HINT_RE, MENTIONS
from aidclaims.speakers.scan import word_matches
from aidclaims.speakers.subjects import (
    DETERMINERS,
    How,
    SubjectReader,
    fold,
    role_tokens,
    strip_possessive,
)
from aidclaims.speakers.twin import plain_text
from aidclaims.text.sentences import Sentence

# Words a subject's reading drops from its start (subjects._strip_leading).
_LEADING: Final[frozenset[str]] = DETERMINERS | LEADING_NOISE


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who says a sentence.

    Attributes:
        name: the person as named in full in the article ("Lars Eklund"), or the
            organisation when no person is named ("Pentagon", "Finnish government").
        role: the person's role when the article gives one ("NATO Secretary General").
    """

    name: str
    role: str | None = None


def _has_hint(text: str, s: Sentence, runs: Collection[str]) -> bool:
    """Whether ``MENTION_HINT_RE`` matches in sentence ``s``, whose word runs are ``runs``.

    A one-word hint among the runs is a match, unless the first run may be the tail of a
    word that begins before the sentence (the pattern looks behind the sentence's start).
    """
    if HINT_RUNS.isdisjoint(runs):
        return False
    if not HINT_WORDS.isdisjoint(runs) and (s.start == 0 or text[s.start - 1].isspace()):
        return True
    # a match starts with one of the hints' first runs, a whole run of the sentence
    hints = word_matches(MENTION_HINT_RE, text, s.start, s.end, HINT_RUNS.intersection(runs))
    return next(hints, None) is not None


def _may_name(mention: str, words: list[str]) -> bool:
    """Whether a mention (split into ``words``) may name a person or an organisation head.

    A person's name holds a capital; an ASCII mention in lower case names one only through
    an organisation head ("the defence ministry"), and "foreign aid" names nobody.
    """
    if not (mention.isascii() and mention.islower()):
        return True
    return any(fold(w) in ORG_HEADS for w in words)


@dataclass(slots=True)
class Memory:
    """What the document ``text`` has said so far.

    People named (most recent last), the last person who spoke, and the fullest name seen
    for each organisation head. The names a sentence mentions are read only when the
    memory is next asked about people or organisations (``pending``, in order): mentions
    after the last question change no answer, and are never read.
    """

    text: str
    persons: list[Speaker] = field(default_factory=list)
    last_person: Speaker | None = None
    orgs: dict[str, str] = field(default_factory=dict)
    pending: list[Sentence] = field(default_factory=list)
    read: SubjectReader = field(default_factory=SubjectReader)  # the document's subject phrases
    plain: bool = field(init=False)  # the text is plain throughout (twin.plain_text)
    words: dict[str, list[str]] = field(default_factory=dict)  # a person's name, folded, split

    def __post_init__(self) -> None:
        self.plain = plain_text(self.text)

    def remember(self, speaker: Speaker) -> Speaker:
        """Record a person as the most recent, keeping a role seen earlier."""
        old = None
        for p in self.persons:
            if p.name == speaker.name:
                old = p
                break
        if old is not None:
            self.persons.remove(old)
            if speaker.role is None and old.role is not None:
                speaker = Speaker(speaker.name, old.role)
        self.persons.append(speaker)
        return speaker

    def full_name(self, name: str, role: str | None) -> Speaker:
        """Resolve "Eklund" / "Maria Lopez" / "Li" to the full name seen earlier, if any."""
        self._read_pending()
        return self._full_name(name, role)

    def _full_name(self, name: str, role: str | None) -> Speaker:
        tokens = name.casefold().split()
        n = len(tokens)
        for p in reversed(self.persons):
            known = self.words.get(p.name)
            if known is None:
                known = self.words[p.name] = p.name.casefold().split()
            if n == 1:  # "Eklund": one of the words
                if tokens[0] in known:
                    return Speaker(p.name, role or p.role)
            elif any(known[i : i + n] == tokens for i in range(len(known) - n + 1)):
                return Speaker(p.name, role or p.role)
        return Speaker(name, role)

    def with_role(self, role: str) -> Speaker | None:
        """The last person whose role matches ("the Secretary General"), else the last person."""
        self._read_pending()
        wanted = role_tokens(role)
        titles = {t for t in wanted if t in TITLES}
        for need in (wanted, titles):
            for p in reversed(self.persons):
                if need and p.role is not None and need <= role_tokens(p.role):
                    return p
        return self.last_person

    def org(self, name: str) -> str:
        """Resolve a bare head ("government") to the fullest name seen ("Finnish government")."""
        self._read_pending()
        return self.orgs.get(name.casefold(), name)

    def note_mentions(self, s: Sentence, runs: Collection[str]) -> None:
        """Note sentence ``s`` (word ``runs``) for its titled names and qualified organisations.

        Only a sentence naming a title or an organisation head is read for them, when the
        memory is next asked (:meth:`_read_pending`).
        """
        if _has_hint(self.text, s, runs):
            self.pending.append(s)

    def _read_pending(self) -> None:
        """Remember the names the noted sentences mention, in order."""
        for s in self.pending:
            self._read_mentions(s)
        self.pending.clear()

    def _read_mentions(self, s: Sentence) -> None:
        """Remember titled names and qualified organisations named in ``s``."""
        for mention in MENTIONS.findall(self.text, s.start, s.end, plain=self.plain):
            words = mention.split()
            if len(words) < 2 or (len(words) == 2 and words[0].casefold() in _LEADING):
                continue  # one word once "the" is dropped: neither a full name nor a qualified org
            words[-1] = strip_possessive(words[-1])  # "President Amara Okafor’s"
            if not _may_name(mention, words):
                continue
            subject = self.read.words(words, media=False)
            if subject is None:
                continue
            if subject.how is How.NAME and (subject.role or " " in subject.name):
                self.remember(self._full_name(subject.name, subject.role))
            elif subject.how is How.ORG and " " in subject.name:
                head = next((fold(w) for w in reversed(words) if fold(w) in ORG_HEADS), None)
                if head is not None:
                    self.orgs[head] = subject.name

    def resolve(self, cue: Cue) -> Speaker | None:
        """The speaker a cue names, given the document so far."""
        speaker: Speaker | None
        if cue.how is How.NAME:
            speaker = self.remember(self.full_name(cue.name, cue.role))
        elif cue.how is How.PRONOUN:
            speaker = self.last_person
        elif cue.how is How.ROLE:
            speaker = self.with_role(cue.role or "")
        elif cue.how is How.ORG:
            return Speaker(self.org(cue.name))
        elif cue.how is How.MEDIA:
            return Speaker(cue.name)
        else:
            return None
        if speaker is not None:
            self.last_person = speaker
        return speaker
