"""Speakers: attribute each sentence to the person or organisation who says it.

One pass over the sentences. Each sentence is read outside its quotation marks for
attribution cues (named rules below); the cue's subject is parsed from its words (title,
name, organisation head, document head) and resolved against what the document has said
so far: "Eklund" → "Lars Eklund", "he" → the last person who spoke, "the Secretary General"
→ the last person with that role, "the government" → "Finnish government". Quotations that
span several sentences take the attribution at their end (or start); "This was announced
by X" also attributes the sentence before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from itertools import pairwise
from typing import Final

import regex

from aidclaims._speakers_table import (
    ADVERBS,
    BACK_REFERENCE_FOLLOWERS,
    BLOCS,
    CAPITALS,
    CONNECTORS,
    COUNTRIES,
    DOCUMENT_HEADS,
    INVERTED_VERBS,
    LEADING_NOISE,
    LOWER_TITLES,
    MEDIA_HEADS,
    MEDIA_VERBS,
    NOT_NAMES,
    ORG_HEADS,
    PASSIVE_VERBS,
    ROLE_TAIL_STARTS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLES,
)
from aidclaims.sentences import Sentence

# ---------------------------------------------------------------------------------------
# Derived word sets
# ---------------------------------------------------------------------------------------

_VERBS: Final[frozenset[str]] = frozenset(
    form for v in SPEECH_VERBS for form in (v.past, v.present, v.participle) if form is not None
)
_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "a", "an"})
_NAME_PARTICLES: Final[frozenset[str]] = CONNECTORS - {"of", "for", "and", "to", "the"}
_NOT_ALONE: Final[frozenset[str]] = COUNTRIES | BLOCS | CAPITALS  # "Germany said" names no one
# Titles whose holder speaks for an organisation: "a Pentagon spokesman said" → Pentagon.
_SPOKES_TITLES: Final[frozenset[str]] = frozenset({"spokesperson", "spokesman", "spokeswoman"})
_PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "him", "her"})
# Titles that are also surnames: "John Major said" is a person, "the Major said" a role.
_SURNAME_TITLES: Final[frozenset[str]] = frozenset({"major", "general", "prince", "chief"})
# Words that extend a role after "of"/"for"/"to": "Minister of Foreign Affairs of Ukraine".
_ROLE_TAIL: Final[frozenset[str]] = ROLE_WORDS | CONNECTORS | ORG_HEADS
_CUE_WORDS: Final[frozenset[str]] = _VERBS | frozenset(PASSIVE_VERBS) | {"according", "According"}
_SUBJECT_VOCAB: Final[frozenset[str]] = (
    LOWER_TITLES | ROLE_WORDS | ORG_HEADS | MEDIA_HEADS | DOCUMENT_HEADS
)
_ABBREVIATED_TITLES: Final[tuple[str, ...]] = tuple(
    sorted(t.capitalize() for t in TITLES if t.endswith("."))
)

# ---------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------

# One word of a subject: a capitalised word, an abbreviated title, or a lower-case table word.
_TOKEN: Final = r"""
    (?:\L<abbr>                                          # Sen. Gen. Dr.
      | \p{Lu}\.(?:\p{Lu}\.)+                            # U.S.
      | \p{Lu}\.(?=\s)                                   # initial: John F. Kennedy
      | (?:al|el|ad|as|an|bin|ibn|ben)-\p{Lu}[\p{L}\p{M}'’-]{0,30}   # al-Masri
      | \p{Lu}[\p{L}\p{M}\p{Nd}'’-]{0,30}(?:\.\p{Ll}{2,3}(?![\p{L}]))?  # Bjørnstad, Balt24, Balt.ua
      | \L<vocab>(?![\p{L}\p{M}])(?:['’]s)?              # minister, government's
    )
"""
# A subject: optional determiner, then up to 12 words joined by spaces and connectors.
_SUBJECT: Final = rf"""
    (?<![\p{{L}}\p{{M}}\p{{Nd}}'’.-])
    (?:(?:[Tt]he|[Aa]n?)\s{{1,3}})?
    {_TOKEN}
    (?:\s{{1,3}}(?:\L<conn>\s{{1,3}}){{0,2}}{_TOKEN}){{0,11}}
"""
# "... this on Monday": "this" points back to the previous sentence.
_THIS_BACK: Final = r"""
    (?P<this>\s{1,3}this(?=\s{0,3}[,.;:!?]|\s{0,3}$|\s{1,3}\L<followers>(?![\p{L}])))?
"""
_ADVERBS: Final = r"(?:\L<adv>\s{1,3}){0,3}"


def _compile(pattern: str) -> regex.Pattern[str]:
    r"""Compile a VERBOSE pattern with the named word lists (``\L<verbs>``) it may use."""
    return regex.compile(
        pattern,
        regex.VERBOSE,
        ignore_unused=True,
        abbr=_ABBREVIATED_TITLES,
        vocab=tuple(_SUBJECT_VOCAB),
        conn=tuple(CONNECTORS),
        adv=ADVERBS,
        verbs=tuple(_VERBS),
        inverted=INVERTED_VERBS,
        passive=PASSIVE_VERBS,
        followers=tuple(BACK_REFERENCE_FOLLOWERS),
    )


_CUE_WORD_RE: Final = regex.compile(
    r"(?<![\p{L}])\L<cue>(?![\p{L}])", cue=tuple(_CUE_WORDS) + tuple(INVERTED_VERBS)
)
_QUOTE_RE: Final = regex.compile(r'["“”„«»]')
_MENTION_RE: Final = _compile(_SUBJECT)
# Only sentences naming a title or an organisation head hold a mention worth remembering.
_MENTION_HINT_RE: Final = regex.compile(
    r"(?<![\p{L}])\L<hint>(?![\p{L}])",
    hint=tuple({c for w in TITLES | ORG_HEADS for c in (w, w.title(), w.upper())}),
)

# Rule "<subject> said": "NATO Secretary General Lars Eklund said", "Eklund has once again
# stressed", "Eklund, the NATO chief, said", "the Pentagon said", "X stated this on Monday".
_SUBJECT_VERB_RE: Final = _compile(
    rf"""
    (?P<subj>{_SUBJECT})
    (?:,\s{{1,3}}(?P<app>[^,;:“”"()]{{1,100}}?),)?     # appositive: ", the NATO chief,"
    \s{{1,3}}{_ADVERBS}
    (?P<verb>\L<verbs>)(?![\p{{L}}])
    {_THIS_BACK}
    """
)
# Rule ", said <subject>": "..., said NATO Secretary General Lars Eklund", "," said Ambassador
# Okafor", ", reports Baltnews", "," said Rafael Ortiz, Adviser at the Ministry of Finance".
_VERB_SUBJECT_RE: Final = _compile(
    rf"""
    (?<=[,”"]\s{{0,3}})
    (?P<verb>\L<inverted>)\s{{1,3}}
    (?P<subj>{_SUBJECT})
    (?:,\s{{1,3}}(?P<app>[^,;:.“”"()]{{1,100}}))?
    """
)
# Rule "he said": "he stressed that", "She added", "they said" (nobody: a group).
_PRONOUN_VERB_RE: Final = _compile(
    rf"""
    (?<![\p{{L}}])(?P<pro>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s{{1,3}}{_ADVERBS}
    (?P<verb>\L<verbs>)(?![\p{{L}}])
    {_THIS_BACK}
    """
)
# Rule "according to <subject>": "according to Eklund", "according to him", "according to a
# State Department memo", "according to a report by Reuters", "according to estimates".
_ACCORDING_TO_RE: Final = _compile(
    rf"""
    (?<![\p{{L}}])[Aa]ccording\s{{1,3}}to\s{{1,3}}
    (?:(?P<pro>him|her|them)(?![\p{{L}}])
      |(?P<subj>{_SUBJECT})(?:\s{{1,3}}(?:from|by|of)\s{{1,3}}(?P<author>{_SUBJECT}))?
    )?
    """
)
# Rule "was announced by <subject>": "This was announced by Prime Minister X" (also the
# previous sentence), "as reported by Balt24", "as cited by Balt.ua".
_PASSIVE_BY_RE: Final = _compile(
    rf"""
    (?<![\p{{L}}])
    (?:(?P<back>[Tt]his|[Tt]hat|[Ii]t)\s{{1,3}}(?:was|has\s{{1,3}}been|had\s{{1,3}}been)
      |was|were|been|as)
    \s{{1,3}}(?:\L<adv>\s{{1,3}}){{0,2}}
    (?P<verb>\L<passive>)\s{{1,3}}by\s{{1,3}}
    (?P<subj>{_SUBJECT})
    """
)
# "This sum is needed ..., said X": an anaphor opening the sentence points back too.
_ANAPHOR_RE: Final = regex.compile(
    r"""(?:This|These|Such)(?![\p{L}])
        (?!\s+(?:year|week|month|morning|afternoon|evening|time|spring|summer|autumn|fall
              |winter|quarter|weekend)(?![\p{L}]))""",
    regex.VERBOSE,
)
_POSSESSIVE_RE: Final = regex.compile(r"['’]s?$")
_HYPHEN_PARTICLE_RE: Final = regex.compile(r"(?:al|el|ad|as|an|bin|ibn|ben)-\p{Lu}")
_TERMINAL_QUOTE_RE: Final = regex.compile(r'[.!?]["”»]?\s*$')


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------


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


def find_speakers(text: str, sentences: Sequence[Sentence]) -> tuple[Speaker | None, ...]:
    r"""Attribute each sentence of ``text`` to its speaker.

    Args:
        text: the document text.
        sentences: its sentences, in order (from :func:`aidclaims.sentences.find_sentences`).

    Returns:
        One entry per sentence, in the same order: the speaker, or None when the sentence
        is in the article's own voice.

    >>> from aidclaims.sentences import find_sentences
    >>> t = "Aid rose.\nDefence Minister Ana Silva said it was vital.\nSilva added more."
    >>> [s.name if s else None for s in find_speakers(t, find_sentences(t))]
    [None, 'Ana Silva', 'Ana Silva']
    """
    return _Reader(text).read(sentences)


# ---------------------------------------------------------------------------------------
# Cues: what one rule found in a sentence, before resolution
# ---------------------------------------------------------------------------------------


class _Kind(IntEnum):
    """How strongly a cue names a source; the strongest cue of a sentence wins."""

    NOBODY = 0  # a document without author, "they said": explicitly nobody
    MEDIA = 1  # "Baltnews reports"
    ORG = 2  # "the Pentagon said"
    PERSON = 3  # a name, a pronoun or a role


class _How(Enum):
    NAME = "name"  # "Eklund said": name as written, resolved to the full name
    PRONOUN = "pronoun"  # "he said": the last person who spoke
    ROLE = "role"  # "the minister said": the last person with that role
    ORG = "org"  # "the government said": organisation, resolved to its full name
    MEDIA = "media"  # "the Baltnews news portal reports": the outlet as written
    NOBODY = "nobody"  # "according to internal documents"


_KIND_OF: Final = {
    _How.NAME: _Kind.PERSON,
    _How.PRONOUN: _Kind.PERSON,
    _How.ROLE: _Kind.PERSON,
    _How.ORG: _Kind.ORG,
    _How.MEDIA: _Kind.MEDIA,
    _How.NOBODY: _Kind.NOBODY,
}


@dataclass(frozen=True, slots=True)
class _Cue:
    """An attribution cue found at ``start``.

    ``how`` with ``name``/``role`` says who; ``back`` says it also attributes the previous
    sentence.
    """

    how: _How
    start: int
    name: str = ""
    role: str | None = None
    back: bool = False

    @property
    def kind(self) -> _Kind:
        return _KIND_OF[self.how]


@dataclass(frozen=True, slots=True)
class _Subject:
    """A parsed subject phrase: ``how`` plus the name and role it gives."""

    how: _How
    name: str = ""
    role: str | None = None


# ---------------------------------------------------------------------------------------
# Rules: each yields the cues it finds in text[a:b] (a stretch outside quotation marks)
# ---------------------------------------------------------------------------------------


def _subject_said(text: str, a: int, b: int) -> Iterator[_Cue]:
    """Rule "<subject> said" (and "<subject>, <role>, said", "<subject> stated this")."""
    for m in _SUBJECT_VERB_RE.finditer(text, a, b):
        media = m["verb"] in MEDIA_VERBS
        subject = _read_subject(m["subj"], media=media)
        if subject is not None:
            role = subject.role or _appositive_role(m["app"])
            yield _Cue(subject.how, m.start(), subject.name, role, back=m["this"] is not None)


def _said_subject(text: str, a: int, b: int) -> Iterator[_Cue]:
    """Rule ", said <subject>" after a comma or a closing quote."""
    for m in _VERB_SUBJECT_RE.finditer(text, a, b):
        subject = _read_subject(m["subj"], media=m["verb"] in MEDIA_VERBS)
        if subject is not None:
            role = subject.role or _appositive_role(m["app"])
            yield _Cue(subject.how, m.start(), subject.name, role)


def _pronoun_said(text: str, a: int, b: int) -> Iterator[_Cue]:
    """Rule "he said": a person pronoun speaks; "they"/"it" name nobody."""
    for m in _PRONOUN_VERB_RE.finditer(text, a, b):
        how = _How.PRONOUN if m["pro"].casefold() in _PERSON_PRONOUNS else _How.NOBODY
        yield _Cue(how, m.start(), back=m["this"] is not None)


def _according_to(text: str, a: int, b: int) -> Iterator[_Cue]:
    """Rule "according to <subject>"; a document without a named author is nobody."""
    for m in _ACCORDING_TO_RE.finditer(text, a, b):
        if m["pro"] is not None:
            how = _How.PRONOUN if m["pro"] != "them" else _How.NOBODY
            yield _Cue(how, m.start())
            continue
        subject = _read_subject(m["subj"], media=False) if m["subj"] else None
        if m["author"] and (subject is None or subject.how is _How.NOBODY):
            subject = _read_subject(m["author"], media=False)  # "a report by Reuters"
        subject = subject or _Subject(_How.NOBODY)
        yield _Cue(subject.how, m.start(), subject.name, subject.role)


def _passive_by(text: str, a: int, b: int) -> Iterator[_Cue]:
    """Rule "was announced by <subject>"; "This was ... by X" also covers the sentence before."""
    for m in _PASSIVE_BY_RE.finditer(text, a, b):
        subject = _read_subject(m["subj"], media=m["verb"] in MEDIA_VERBS)
        if subject is not None:
            back = m["back"] is not None
            yield _Cue(subject.how, m.start(), subject.name, subject.role, back=back)


_RULES: Final = (_subject_said, _said_subject, _pronoun_said, _according_to, _passive_by)


# ---------------------------------------------------------------------------------------
# Reading a subject phrase
# ---------------------------------------------------------------------------------------


def _read_subject(phrase: str, *, media: bool) -> _Subject | None:
    """Parse a subject phrase into a name, a role, an organisation or a document.

    >>> _read_subject("NATO Secretary General Lars Eklund", media=False)
    _Subject(how=<_How.NAME: 'name'>, name='Lars Eklund', role='NATO Secretary General')
    >>> _read_subject("the Baltnews news portal", media=True)
    _Subject(how=<_How.MEDIA: 'media'>, name='Baltnews', role=None)
    >>> _read_subject("Germany", media=False) is None
    True
    """
    words, det = _strip_leading(phrase.split())
    if not words:
        return None
    words, doc, media_head = _strip_document(words)
    media = media or media_head
    if not words:
        return _Subject(_How.NOBODY) if doc or media_head else None
    folded = [_fold(w) for w in words]
    role_words, name_words = _split_role(words, folded)
    if name_words and (role_words or not det) and _is_person_name(name_words):
        name = " ".join(name_words)
        if media:
            return _Subject(_How.MEDIA, name)
        return _Subject(_How.NAME, name, " ".join(role_words) or None)
    if role_words and not name_words:
        spokes = [i for i, f in enumerate(folded) if f in _SPOKES_TITLES]
        org = _org_name(words[: spokes[0]], folded[: spokes[0]], loose=True) if spokes else None
        if org is not None:
            return _Subject(_How.ORG, org)  # "a Pentagon spokesman said"
        return _Subject(_How.ROLE, role=" ".join(words))
    org = _org_name(words, folded, loose=det or doc or media)
    if org is not None:
        return _Subject(_How.MEDIA if media else _How.ORG, org)
    return _Subject(_How.NOBODY) if doc else None


def _strip_leading(words: list[str]) -> tuple[list[str], bool]:
    """Drop leading determiners and scene-setting words; say whether a determiner was seen."""
    det = False
    while words:
        first = words[0].casefold()
        if first in _DETERMINERS:
            det = True
        elif first not in LEADING_NOISE:
            break
        words = words[1:]
    return words, det


def _strip_document(words: list[str]) -> tuple[list[str], bool, bool]:
    """Split off a document or media head (lower case in the text).

    Returns the remaining words and whether a document or a media head was removed:
    "press release of the US embassy" → US embassy; "State Department memo" → State
    Department; "Baltnews news portal" → Baltnews.
    """
    folded = [_fold(w) for w in words]
    for i in range(len(words)):
        n = _head_len(words, folded, i, DOCUMENT_HEADS)
        if n and i + n < len(words) and folded[i + n] in {"of", "from", "by"}:
            rest, _ = _strip_leading(words[i + n + 1 :])
            return rest, True, False
    for table, doc in ((DOCUMENT_HEADS, True), (MEDIA_HEADS, False)):
        for n in (2, 1):
            if len(words) >= n and _head_len(words, folded, len(words) - n, table) == n:
                return words[:-n], doc, not doc
    return words, False, False


def _head_len(words: list[str], folded: list[str], i: int, table: frozenset[str]) -> int:
    """Length (2, 1 or 0) of a lower-case table entry starting at ``words[i]``."""
    if not words[i][:1].islower():
        return 0
    if i + 1 < len(words) and words[i + 1].islower() and f"{folded[i]} {folded[i + 1]}" in table:
        return 2
    return 1 if folded[i] in table else 0


def _split_role(words: list[str], folded: list[str]) -> tuple[list[str], list[str]]:
    """Split "NATO Secretary General Lars Eklund" into role words and name words."""
    titles = [i for i, f in enumerate(folded) if f in TITLES or _is_hyphen_title(f)]
    if titles and titles[-1] == len(words) - 1 and _is_surname_title(words, folded):
        titles.pop()  # "John Major said"
    if not titles:
        return [], words
    j = titles[-1] + 1
    if j < len(words) and folded[j] in ROLE_TAIL_STARTS:
        while j < len(words) and _continues_role(words, folded, j):
            j += 1
    return words[:j], words[j:]


def _continues_role(words: list[str], folded: list[str], j: int) -> bool:
    """Whether ``words[j]`` still belongs to a role's tail ("... for Foreign Affairs").

    A place counts only right after a connector: "Minister of Foreign Affairs of Ukraine",
    but "... Security Policy Sofia Lindqvist" (Sofia the name, not the city).
    """
    f = folded[j]
    if f in _ROLE_TAIL or _is_acronym(words[j]):
        return True
    return f in _NOT_ALONE and folded[j - 1] in CONNECTORS


def _is_hyphen_title(f: str) -> bool:
    # "Secretary-General", "Vice-President"
    return "-" in f and f.rsplit("-", 1)[1] in TITLES


def _is_surname_title(words: list[str], folded: list[str]) -> bool:
    """True when the last word is a title that is here a surname: "John Major"."""
    if folded[-1] not in _SURNAME_TITLES or len(words) < 2:
        return False
    prev, fprev = words[-2], folded[-2]
    return (
        prev[:1].isupper()
        and not _is_acronym(prev)
        and _POSSESSIVE_RE.search(prev) is None
        and fprev not in TITLES | ROLE_WORDS | ORG_HEADS | _NOT_ALONE
    )


def _is_person_name(words: list[str]) -> bool:
    """True for "Lars Eklund", "Ursula von der Heyden", "Bjørnstad"; False for "Germany", "He"."""
    if not 1 <= len(words) <= 5:
        return False
    folded = [w.casefold() for w in words]
    if folded[0] in _NAME_PARTICLES or folded[-1] in _NAME_PARTICLES:
        return False
    for w, f in zip(words, folded, strict=True):
        if f in _NAME_PARTICLES:
            continue
        if not (w[:1].isupper() or _HYPHEN_PARTICLE_RE.match(w)):
            return False
        if f in CONNECTORS or f in ORG_HEADS or f in TITLES or _POSSESSIVE_RE.search(w):
            return False
    if folded[0] in NOT_NAMES or " ".join(folded) in _NOT_ALONE:
        return False
    return not (len(words) == 1 and _is_acronym(words[0]))


def _org_name(words: list[str], folded: list[str], *, loose: bool) -> str | None:
    """The organisation a phrase names, or None.

    A phrase with an organisation head ("Kowalski administration", "Ministry of Defence") is
    one; so is an acronym ("IMF") or, after "the" or before a document or media head, a
    capitalised name ("the Guardian", "Baltnews"). Countries and blocs alone are not.
    """
    if not words:
        return None
    name = " ".join([*words[:-1], _POSSESSIVE_RE.sub("", words[-1])])
    if name.casefold() in _NOT_ALONE or folded[0] in NOT_NAMES or _is_coordinated(words, folded):
        return None
    pairs = {f"{a} {b}" for a, b in pairwise(folded)}
    if any(f in ORG_HEADS for f in folded) or pairs & ORG_HEADS:
        return name
    if len(words) == 1 and _is_acronym(words[0]):
        return name
    if loose and all(w[:1].isupper() or w in CONNECTORS for w in words):
        return name
    return None


def _is_coordinated(words: list[str], folded: list[str]) -> bool:
    """True for two subjects joined by "and": "the government and the Sweden Democrats".

    "Ministry of Foreign Affairs and Trade" is one organisation and stays whole.
    """
    for k, f in enumerate(folded):
        if f != "and":
            continue
        after = folded[k + 1 :]
        if not after or after[0] in _DETERMINERS:
            return True
        if any(h in ORG_HEADS for h in folded[:k]) and (
            any(h in ORG_HEADS for h in after) or _is_acronym(words[k + 1])
        ):
            return True
    return False


def _appositive_role(app: str | None) -> str | None:
    """The role in an appositive: ", the NATO chief," → "NATO chief"; else None."""
    if not app:
        return None
    words, _ = _strip_leading(app.strip().rstrip(".").split())
    if not words:
        return None
    first = _fold(words[0])
    if not (words[0][:1].isupper() or first in TITLES or first in ROLE_WORDS):
        return None  # ", adding that the minister ..."
    if any(_fold(w) in TITLES or _is_hyphen_title(_fold(w)) for w in words):
        return " ".join(words)
    return None


def _fold(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word.casefold())


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------------------------------
# Quotation marks
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Quotes:
    """A sentence's quotation marks: the stretches outside quotes and the quote depth."""

    outside: tuple[tuple[int, int], ...]
    has_quote: bool
    opens_first: bool  # the sentence begins with an opening quote
    depth_after: int


def _read_quotes(text: str, s: Sentence, depth: int) -> _Quotes:
    """Walk the quote marks of sentence ``s``, entered at quote ``depth``."""
    outside: list[tuple[int, int]] = []
    seg: int | None = s.start if depth == 0 else None
    has_quote = depth > 0
    opens_first = False
    for m in _QUOTE_RE.finditer(text, s.start, s.end):
        q = m.start()
        has_quote = True
        if _is_opening(text, q, s, depth):
            if seg is not None:
                outside.append((seg, q))
                seg = None
            opens_first = opens_first or q == s.start
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                seg = q + 1
    if seg is not None:
        outside.append((seg, s.end))
    return _Quotes(tuple(outside), has_quote, opens_first, depth)


def _is_opening(text: str, q: int, s: Sentence, depth: int) -> bool:
    """Whether the quote mark at ``q`` opens a quotation (by its neighbours, then its glyph).

    A mark before a space closes; one after a space or at the sentence start opens
    (”Congress ... is an opening quote typed the wrong way round).
    """
    after = text[q + 1] if q + 1 < s.end else " "
    before = text[q - 1] if q > s.start else " "
    if after.isspace():
        return False
    if before.isspace() or before in "([{—–-/":
        return True
    if text[q] in "“„«":
        return True
    if text[q] in "”»":
        return False
    return depth == 0


# ---------------------------------------------------------------------------------------
# Document memory and the pass over the sentences
# ---------------------------------------------------------------------------------------


def _role_tokens(role: str) -> set[str]:
    return {
        _fold(t).rstrip(".")
        for t in role.replace("-", " ").split()
        if t.casefold() not in _DETERMINERS and t.casefold() not in CONNECTORS
    }


@dataclass(slots=True)
class _Memory:
    """What the document has said so far.

    People named (most recent last), the last person who spoke, and the fullest name seen
    for each organisation head.
    """

    persons: list[Speaker] = field(default_factory=list)
    last_person: Speaker | None = None
    orgs: dict[str, str] = field(default_factory=dict)

    def remember(self, speaker: Speaker) -> Speaker:
        """Record a person as the most recent, keeping a role seen earlier."""
        old = next((p for p in self.persons if p.name == speaker.name), None)
        if old is not None:
            self.persons.remove(old)
            if speaker.role is None and old.role is not None:
                speaker = Speaker(speaker.name, old.role)
        self.persons.append(speaker)
        return speaker

    def full_name(self, name: str, role: str | None) -> Speaker:
        """Resolve "Eklund" / "Maria Lopez" / "Li" to the full name seen earlier, if any."""
        tokens = name.casefold().split()
        n = len(tokens)
        for p in reversed(self.persons):
            known = p.name.casefold().split()
            if any(known[i : i + n] == tokens for i in range(len(known) - n + 1)):
                return Speaker(p.name, role or p.role)
        return Speaker(name, role)

    def with_role(self, role: str) -> Speaker | None:
        """The last person whose role matches ("the Secretary General"), else the last person."""
        wanted = _role_tokens(role)
        titles = {t for t in wanted if t in TITLES}
        for need in (wanted, titles):
            for p in reversed(self.persons):
                if need and p.role is not None and need <= _role_tokens(p.role):
                    return p
        return self.last_person

    def org(self, name: str) -> str:
        """Resolve a bare head ("government") to the fullest name seen ("Finnish government")."""
        return self.orgs.get(name.casefold(), name)

    def note_mentions(self, text: str, s: Sentence) -> None:
        """Remember titled names and qualified organisations named in ``s``."""
        if _MENTION_HINT_RE.search(text, s.start, s.end) is None:
            return
        for m in _MENTION_RE.finditer(text, s.start, s.end):
            words = m.group().split()
            if len(words) < 2:
                continue
            words[-1] = _POSSESSIVE_RE.sub("", words[-1])  # "President Amara Okafor’s"
            subject = _read_subject(" ".join(words), media=False)
            if subject is None:
                continue
            if subject.how is _How.NAME and (subject.role or " " in subject.name):
                self.remember(self.full_name(subject.name, subject.role))
            elif subject.how is _How.ORG and " " in subject.name:
                head = next((_fold(w) for w in reversed(words) if _fold(w) in ORG_HEADS), None)
                if head is not None:
                    self.orgs[head] = subject.name

    def resolve(self, cue: _Cue) -> Speaker | None:
        """The speaker a cue names, given the document so far."""
        speaker: Speaker | None
        if cue.how is _How.NAME:
            speaker = self.remember(self.full_name(cue.name, cue.role))
        elif cue.how is _How.PRONOUN:
            speaker = self.last_person
        elif cue.how is _How.ROLE:
            speaker = self.with_role(cue.role or "")
        elif cue.how is _How.ORG:
            return Speaker(self.org(cue.name))
        elif cue.how is _How.MEDIA:
            return Speaker(cue.name)
        else:
            return None
        if speaker is not None:
            self.last_person = speaker
        return speaker


@dataclass(slots=True)
class _Run:
    """A quotation spanning several sentences: its members and the opener's attribution."""

    members: list[int]
    opener: Speaker | None
    opener_kind: _Kind


@dataclass(slots=True)
class _Reader:
    """One pass over a document's sentences."""

    text: str
    memory: _Memory = field(default_factory=_Memory)
    out: list[Speaker | None] = field(default_factory=list)
    kinds: list[_Kind] = field(default_factory=list)  # how strongly each sentence was attributed

    def read(self, sentences: Sequence[Sentence]) -> tuple[Speaker | None, ...]:
        text = self.text
        run: _Run | None = None
        depth = 0
        prev_end = 0
        quoted_speaker: Speaker | None = None  # of the previous sentence, if it quoted
        for i, s in enumerate(sentences):
            new_par = i == 0 or "\n" in text[prev_end : s.start]
            prev_end = s.end
            quotes = _read_quotes(text, s, 0 if new_par else depth)
            if new_par and run is not None and not quotes.opens_first:
                self._close(run, None, _Kind.NOBODY)  # the quote was not carried on
                run = None
            depth = quotes.depth_after
            self.memory.note_mentions(text, s)
            cue, speaker = self._attribute(quotes, s)
            kind = cue.kind if cue is not None else _Kind.NOBODY
            continues = (
                cue is None
                and quotes.opens_first
                and (not new_par or _TERMINAL_QUOTE_RE.search(text, s.start, s.end))
            )
            if continues and quoted_speaker is not None:
                # "“A,” he said. “B.”": an unattributed quote after a quote goes on with it
                speaker, kind = quoted_speaker, _Kind.PERSON
            self.out.append(speaker)
            self.kinds.append(kind if speaker is not None else _Kind.NOBODY)
            back = cue is not None and speaker is not None and self._points_back(cue, s, new_par)
            if back and self.out[i - 1] is None:
                self.out[i - 1], self.kinds[i - 1] = speaker, kind
            if run is not None:
                run.members.append(i)
                if depth == 0:
                    self._close(run, speaker, kind)
                    run = None
            elif depth > 0:
                run = _Run([i], speaker, kind)
            quoted_speaker = self.out[i] if quotes.has_quote else None
        if run is not None:
            self._close(run, None, _Kind.NOBODY)
        return tuple(self.out)

    def _attribute(self, quotes: _Quotes, s: Sentence) -> tuple[_Cue | None, Speaker | None]:
        """The best cue outside the quotes of ``s`` and the speaker it resolves to."""
        text = self.text
        if _CUE_WORD_RE.search(text, s.start, s.end) is None:
            return None, None
        cues = [c for a, b in quotes.outside for rule in _RULES for c in rule(text, a, b)]
        cues.sort(key=lambda c: (-c.kind, c.start))
        for cue in cues:
            speaker = self.memory.resolve(cue)
            if speaker is not None or cue.how is _How.NOBODY:
                return cue, speaker
        return None, None

    def _points_back(self, cue: _Cue, s: Sentence, new_par: bool) -> bool:
        """Whether the cue also attributes the previous sentence ("This was announced by")."""
        if not self.out[:-1]:
            return False
        if cue.back:
            return True
        return (
            not new_par
            and cue.kind >= _Kind.ORG
            and _ANAPHOR_RE.match(self.text, s.start, s.end) is not None
        )

    def _close(self, run: _Run, closer: Speaker | None, closer_kind: _Kind) -> None:
        """Give a finished quotation its attribution: the closer's, else a stronger opener's.

        "“A. B,” as reported by Balt24" after "Eklund said: “...": the quote stays Eklund's.
        """
        speaker, kind = closer, closer_kind
        if closer is None or (run.opener is not None and run.opener_kind > closer_kind):
            speaker, kind = run.opener, run.opener_kind
        if speaker is None:
            return
        for i in run.members:
            if self.out[i] is None or self.kinds[i] < kind:
                self.out[i], self.kinds[i] = speaker, kind
