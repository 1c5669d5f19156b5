"""Subject phrases: who "NATO Secretary General Lars Eklund said" or "the government said" names.

A speaker rule (:mod:`aidclaims.speakers.cues`) finds the phrase before or after its verb;
this module reads it from its words: role words and a person's name, an organisation, a
news outlet, or a document without author ("the draft budget": nobody).
"""

from __future__ import annotations

from enum import Enum
from itertools import pairwise
from typing import Final, NamedTuple, Protocol

from aidclaims.lexicon.places import PLACE_NAMES_FOLDED
from aidclaims.lexicon.titles import ROLE_WORDS, TITLES
from aidclaims.speakers._table import (
    CONNECTORS,
    DOCUMENT_HEADS,
    GROUP_WORDS,
    LEADING_NOISE,
    MEDIA_HEADS,
    NOT_NAMES,
    ORG_HEADS,
    ROLE_TAIL_STARTS,
)
from aidclaims.text.lazy import lazy_compile

# ---------------------------------------------------------------------------------------
# Derived word sets
# ---------------------------------------------------------------------------------------

DETERMINERS: Final[frozenset[str]] = frozenset({"the", "a", "an"})
_AUTHOR_LINKS: Final[frozenset[str]] = frozenset({"of", "from", "by"})  # "memo from the embassy"
_NAME_PARTICLES: Final[frozenset[str]] = CONNECTORS - {"of", "for", "and", "to", "the"}
_NOT_NAME_WORDS: Final[frozenset[str]] = CONNECTORS | ORG_HEADS | TITLES  # never in a name
# Hyphenated name prefixes: "al-Masri", "bin-Salem".
NAME_PREFIXES: Final[tuple[str, ...]] = ("al", "el", "ad", "as", "an", "bin", "ibn", "ben")
_NOT_ALONE: Final[frozenset[str]] = PLACE_NAMES_FOLDED | GROUP_WORDS  # "Germany said" names no one
# Titles whose holder speaks for an organisation: "a Pentagon spokesman said" → Pentagon.
_SPOKES_TITLES: Final[frozenset[str]] = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Titles that are also surnames: "John Major said" is a person, "the Major said" a role.
_SURNAME_TITLES: Final[frozenset[str]] = frozenset({"major", "general", "prince", "chief"})
# Words before such a title that make it a title after all: "the NATO Secretary General".
_NOT_BEFORE_SURNAME: Final[frozenset[str]] = TITLES | ROLE_WORDS | ORG_HEADS | _NOT_ALONE
# Words that extend a role after "of"/"for"/"to": "Minister of Foreign Affairs of Ukraine".
_ROLE_TAIL: Final[frozenset[str]] = ROLE_WORDS | CONNECTORS | ORG_HEADS
_POSSESSIVE_S: Final = ("'s", "’s")  # "Okafor’s"
_POSSESSIVE_ENDS: Final = (*_POSSESSIVE_S, "'", "’")  # "ministers'"
_HYPHEN_PARTICLE_RE: Final = lazy_compile(r"(?:\L<prefix>)-\p{Lu}", prefix=NAME_PREFIXES)
# The first words of two-word organisation heads ("foreign ministry"): a phrase without one
# holds no such head.
_PAIR_HEAD_FIRSTS: Final[frozenset[str]] = frozenset(
    h.partition(" ")[0] for h in ORG_HEADS if h.count(" ") == 1
)


class How(Enum):
    """How a phrase names its speaker, and so how the document's memory resolves it."""

    NAME = "name"  # "Eklund said": name as written, resolved to the full name
    PRONOUN = "pronoun"  # "he said": the last person who spoke
    ROLE = "role"  # "the minister said": the last person with that role
    ORG = "org"  # "the government said": organisation, resolved to its full name
    MEDIA = "media"  # "the Baltnews news portal reports": the outlet as written
    NOBODY = "nobody"  # "according to internal documents"


class Subject(NamedTuple):
    """A parsed subject phrase: ``how`` plus the name and role it gives."""

    how: How
    name: str = ""
    role: str | None = None


# ---------------------------------------------------------------------------------------
# Reading a subject phrase
# ---------------------------------------------------------------------------------------


def read_subject(phrase: str, *, media: bool) -> Subject | None:
    """Parse a subject phrase into a name, a role, an organisation or a document.

    >>> read_subject("NATO Secretary General Lars Eklund", media=False)
    Subject(how=<How.NAME: 'name'>, name='Lars Eklund', role='NATO Secretary General')
    >>> read_subject("the Baltnews news portal", media=True)
    Subject(how=<How.MEDIA: 'media'>, name='Baltnews', role=None)
    >>> read_subject("Germany", media=False) is None
    True
    """
    return read_words(phrase.split(), media=media)


_UNREAD: Final = Subject(How.NOBODY, "not read")  # a reading's stand-in before it is made


class ReadSubject(Protocol):
    """Reads a subject phrase: :func:`read_subject`, or a :class:`SubjectReader`."""

    def __call__(self, phrase: str, *, media: bool) -> Subject | None:
        """The subject ``phrase`` names (see :func:`read_subject`)."""


class SubjectReader:
    """:func:`read_subject` for one document: a phrase it reads again is read once.

    >>> read = SubjectReader()
    >>> read("Minister Ana Silva", media=False) is read("Minister  Ana Silva", media=False)
    True
    """

    __slots__ = ("_read",)

    def __init__(self) -> None:
        self._read: dict[tuple[tuple[str, ...], bool], Subject | None] = {}

    def __call__(self, phrase: str, *, media: bool) -> Subject | None:
        """:func:`read_subject`, of a phrase read before or not."""
        return self.words(phrase.split(), media=media)

    def words(self, words: list[str], *, media: bool) -> Subject | None:
        """:func:`read_words`, of a phrase read before or not."""
        key = (tuple(words), media)
        subject = self._read.get(key, _UNREAD)
        if subject is _UNREAD:
            subject = self._read[key] = read_words(words, media=media)
        return subject


#: Articles that introduce someone new: "a senior official said" names nobody we can resolve.
_INDEFINITE: Final[frozenset[str]] = frozenset({"a", "an", "one"})


def read_words(words: list[str], *, media: bool) -> Subject | None:
    """:func:`read_subject` of a phrase split into ``words``."""
    indefinite = bool(words) and words[0].casefold() in _INDEFINITE
    words, det = _strip_leading(words)
    if not words:
        return None
    folded = [
        strip_possessive(f) if f.endswith(_POSSESSIVE_ENDS) else f for f in map(str.casefold, words)
    ]  # fold
    words, folded, doc, media_head = _strip_document(words, folded)
    media = media or media_head
    if not words:
        return Subject(How.NOBODY) if doc or media_head else None
    role_words, name_words = _split_role(words, folded)
    if name_words and (role_words or not det) and _is_person_name(name_words):
        name = " ".join(name_words)
        if media:
            return Subject(How.MEDIA, name)
        return Subject(How.NAME, name, " ".join(role_words) or None)
    if role_words and not name_words:
        spokes = [i for i, f in enumerate(folded) if f in _SPOKES_TITLES]
        org = _org_name(words[: spokes[0]], folded[: spokes[0]], loose=True) if spokes else None
        if org is not None:
            return Subject(How.ORG, org)  # "a Pentagon spokesman said"
        if indefinite:
            return Subject(How.NOBODY)  # "a senior official said": anonymous
        return Subject(How.ROLE, role=" ".join(words))
    org = _org_name(words, folded, loose=det or doc or media)
    if org is not None:
        return Subject(How.MEDIA if media else How.ORG, org)
    return Subject(How.NOBODY) if doc else None


def _strip_leading(words: list[str]) -> tuple[list[str], bool]:
    """Drop leading determiners and scene-setting words; say whether a determiner was seen."""
    det = False
    while words:
        first = words[0].casefold()
        if first in DETERMINERS:
            det = True
        elif first not in LEADING_NOISE:
            break
        words = words[1:]
    return words, det


def _strip_document(words: list[str], folded: list[str]) -> tuple[list[str], list[str], bool, bool]:
    """Split off a document or media head (lower case in the text).

    Returns the remaining words and their folded forms, and whether a document or a media
    head was removed: "press release of the US embassy" → US embassy; "State Department
    memo" → State Department; "Baltnews news portal" → Baltnews.
    """
    linked = not _AUTHOR_LINKS.isdisjoint(folded)
    if not linked and not (words[-1][:1].islower() or words[-1].islower()):
        return words, folded, False, False  # heads are lower case: "memo", "news portal"
    if linked:
        for i in range(len(words)):
            n = _head_len(words, folded, i, DOCUMENT_HEADS)
            if n and i + n < len(words) and folded[i + n] in _AUTHOR_LINKS:
                rest, _ = _strip_leading(words[i + n + 1 :])
                return rest, folded[len(words) - len(rest) :], True, False
    for table, doc in ((DOCUMENT_HEADS, True), (MEDIA_HEADS, False)):
        for n in (2, 1):
            if len(words) >= n and _head_len(words, folded, len(words) - n, table) == n:
                return words[:-n], folded[:-n], doc, not doc
    return words, folded, False, False


def _head_len(words: list[str], folded: list[str], i: int, table: frozenset[str]) -> int:
    """Length (2, 1 or 0) of a lower-case table entry starting at ``words[i]``."""
    if not words[i][:1].islower():
        return 0
    if i + 1 < len(words) and words[i + 1].islower() and f"{folded[i]} {folded[i + 1]}" in table:
        return 2
    return 1 if folded[i] in table else 0


def _split_role(words: list[str], folded: list[str]) -> tuple[list[str], list[str]]:
    """Split "NATO Secretary General Lars Eklund" into role words and name words."""
    titles = [i for i, f in enumerate(folded) if f in TITLES or ("-" in f and _is_hyphen_title(f))]
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
        and not prev.endswith(_POSSESSIVE_ENDS)
        and fprev not in _NOT_BEFORE_SURNAME
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
        if not (w[:1].isupper() or ("-" in w and _HYPHEN_PARTICLE_RE.match(w))):
            return False
        if f in _NOT_NAME_WORDS or w.endswith(_POSSESSIVE_ENDS):
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
    name = " ".join([*words[:-1], strip_possessive(words[-1])])
    if name.casefold() in _NOT_ALONE or folded[0] in NOT_NAMES or _is_coordinated(words, folded):
        return None
    if not ORG_HEADS.isdisjoint(folded) or (
        not _PAIR_HEAD_FIRSTS.isdisjoint(folded)
        and any(f"{a} {b}" in ORG_HEADS for a, b in pairwise(folded))
    ):
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
    if "and" not in folded:
        return False
    for k, f in enumerate(folded):
        if f != "and":
            continue
        after = folded[k + 1 :]
        if not after or after[0] in DETERMINERS:
            return True
        if any(h in ORG_HEADS for h in folded[:k]) and (
            any(h in ORG_HEADS for h in after) or _is_acronym(words[k + 1])
        ):
            return True
    return False


def appositive_role(app: str | None) -> str | None:
    """The role in an appositive: ", the NATO chief," → "NATO chief"; else None."""
    if not app:
        return None
    words, _ = _strip_leading(app.strip().rstrip(".").split())
    if not words:
        return None
    first = fold(words[0])
    if not (words[0][:1].isupper() or first in TITLES or first in ROLE_WORDS):
        return None  # ", adding that the minister ..."
    if any(fold(w) in TITLES or _is_hyphen_title(fold(w)) for w in words):
        return " ".join(words)
    return None


def role_tokens(role: str) -> set[str]:
    """The words of a role that identify it, folded: "the Secretary-General" → secretary, general.

    >>> sorted(role_tokens("Minister of the Interior's"))
    ['interior', 'minister']
    """
    return {
        fold(t).rstrip(".")
        for t in role.replace("-", " ").split()
        if t.casefold() not in DETERMINERS and t.casefold() not in CONNECTORS
    }


def fold(word: str) -> str:
    """Case-fold a word and drop a possessive ending.

    >>> [fold(w) for w in ["Minister’s", "Ministers'", "US"]]
    ['minister', 'ministers', 'us']
    """
    return strip_possessive(word.casefold())


def strip_possessive(word: str) -> str:
    """Drop a possessive ending: "Okafor’s" → "Okafor", "ministers'" → "ministers".

    >>> [strip_possessive(w) for w in ["Okafor’s", "ministers'", "x's'", "Okafor"]]
    ['Okafor', 'ministers', "x's", 'Okafor']
    """
    if not word.endswith(_POSSESSIVE_ENDS):
        return word
    return word[:-2] if word.endswith(_POSSESSIVE_S) else word[:-1]


def _is_acronym(word: str) -> bool:
    """True for "IMF", "U.S.": two or more letters, all upper case."""
    if word.isascii():  # its letters are all upper case when it is (and it has one)
        return word.isupper() and sum(c.isalpha() for c in word) >= 2
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
