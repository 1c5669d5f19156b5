"""Patterns of :mod:`aidclaims.speakers`, and the word runs a stretch needs for a match.

The subject of a cue ("NATO Secretary General Lars Eklund") is up to twelve words: capitalised
words, abbreviated titles and lower-case table words, joined by spaces and connectors. Each
rule (:mod:`aidclaims.speakers.cues`) puts it before or after its verb; the memory of
:mod:`aidclaims.speakers` reads every subject-like phrase of a sentence naming a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon.titles import ROLE_WORDS, TITLES
from aidclaims.speakers._table import (
    ADVERBS,
    BACK_REFERENCE_FOLLOWERS,
    CONNECTORS,
    DOCUMENT_HEADS,
    INVERTED_VERBS,
    LOWER_TITLES,
    MEDIA_HEADS,
    ORG_HEADS,
    PASSIVE_VERBS,
    SPEECH_VERBS,
    TIME_ADVERBS,
)
from aidclaims.speakers.subjects import NAME_PREFIXES
from aidclaims.speakers.twin import LeadTwin, Twin
from aidclaims.text.lazy import lazy_compile, lazy_lists
from aidclaims.text.trie import trie

# ---------------------------------------------------------------------------------------
# Derived word sets
# ---------------------------------------------------------------------------------------

VERBS: Final[frozenset[str]] = frozenset(
    form for v in SPEECH_VERBS for form in (v.past, v.present, v.participle) if form is not None
)
SUBJECT_VOCAB: Final[frozenset[str]] = (
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
      | (?:\L<prefix>)-\p{Lu}[\p{L}\p{M}'’-]{0,30}             # al-Masri
      | \p{Lu}[\p{L}\p{M}\p{Nd}'’-]{0,30}(?:\.\p{Ll}{2,3}(?![\p{L}]))?  # Bjørnstad, Balt24, Balt.ua
      | \L<vocab>(?![\p{L}\p{M}])(?:['’]s)?              # minister, government's
    )
"""
# A subject: optional determiner, then up to 12 words joined by spaces and connectors. It
# starts with a letter (every word of the lists does; a test holds them to it), which the
# lookahead asks first, and "the <word>" or "<word>" are two branches, in the order an
# optional determiner tries them: both engines try a branch for less than an optional group.
_SUBJECT: Final = rf"""
    (?<![\p{{L}}\p{{M}}\p{{Nd}}'’.-])
    (?=\p{{L}})
    (?:(?:[Tt]he|[Aa]n?)\s{{1,3}}{_TOKEN}|{_TOKEN})
    (?:\s{{1,3}}(?:\L<conn>\s{{1,3}}){{0,2}}{_TOKEN}){{0,11}}
"""
# "... this on Monday": "this" points back to the previous sentence.
_THIS_BACK: Final = r"""
    (?P<this>\s{1,3}this(?=\s{0,3}[,.;:!?]|\s{0,3}$|\s{1,3}\L<followers>(?![\p{L}])))?
"""
_ADVERBS: Final = r"(?:(?:\L<adv>|\L<time>)\s{1,3}){0,3}"  # "has also", "on Thursday"
APPOSITIVE_MAX: Final = 100  # characters between the commas of ", the NATO chief,"

# The named word lists patterns use as ``\L<name>``.
_LISTS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "abbr": _ABBREVIATED_TITLES,
        "vocab": tuple(SUBJECT_VOCAB),
        "conn": tuple(CONNECTORS),
        "adv": ADVERBS,
        "time": TIME_ADVERBS,
        "verbs": tuple(VERBS),
        "inverted": INVERTED_VERBS,
        "passive": PASSIVE_VERBS,
        "followers": tuple(BACK_REFERENCE_FOLLOWERS),
        "prefix": NAME_PREFIXES,
    }
)


def _compile(pattern: str) -> regex.Pattern[str]:
    r"""A VERBOSE pattern, each named word list (``\L<verbs>``) in it as a trie.

    Compiled on first use (:mod:`aidclaims.text.lazy`): most texts need only a few rules.
    """
    return lazy_lists(pattern, regex.VERBOSE, **_LISTS)


MENTION_RE: Final = _compile(_SUBJECT)
# MENTION_RE, and its ASCII twin where that reads the same (:mod:`aidclaims.speakers.twin`)
MENTION: Final = Twin(MENTION_RE, lambda: MENTION_RE.pattern)  # its lists spelled out as tries
# MENTION's findall, its twin reading the character the look-behind sees (twin.lead_read): every
# mention ends in a letter, a digit, "'", "’", "." or "-", which the look-behind excludes
MENTIONS: Final = LeadTwin(MENTION_RE, lambda: MENTION_RE.pattern)
# Only sentences naming a title or an organisation head hold a mention worth remembering.
_MENTION_HINTS: Final[frozenset[str]] = frozenset(
    c for w in TITLES | ORG_HEADS for c in (w, w.title(), w.upper())
)
MENTION_HINT_RE: Final = lazy_compile(rf"(?<![\p{{L}}]){trie(_MENTION_HINTS)}(?![\p{{L}}])")

# Rule "<subject> said": "NATO Secretary General Lars Eklund said", "Eklund has once again
# stressed", "Eklund, the NATO chief, said", "the Pentagon said", "X stated this on Monday".
SUBJECT_VERB_RE: Final = _compile(
    rf"""
    (?P<subj>{_SUBJECT})
    (?:\s{{1,3}}\(\p{{Lu}}[\p{{Lu}}\p{{Nd}}&.-]{{1,10}}\))?  # its acronym: "the Ministry (MEA)"
    (?:,\s{{1,3}}(?P<app>[^,;:“”"()]{{1,{APPOSITIVE_MAX}}}?),)?  # appositive: ", the NATO chief,"
    \s{{1,3}}{_ADVERBS}
    (?P<verb>\L<verbs>)(?![\p{{L}}])
    {_THIS_BACK}
    """
)
# Rule ", said <subject>": "..., said NATO Secretary General Lars Eklund", "," said Ambassador
# Okafor", ", reports Baltnews", "," said Rafael Ortiz, Adviser at the Ministry of Finance".
VERB_SUBJECT_RE: Final = _compile(
    rf"""
    (?<=[,”"]\s{{0,3}})
    (?P<verb>\L<inverted>)\s{{1,3}}
    (?P<subj>{_SUBJECT})
    (?:,\s{{1,3}}(?P<app>[^,;:.“”"()]{{1,100}}))?
    """
)
# Rule "he said": "he stressed that", "She added", "they said" (nobody: a group).
PRONOUN_VERB_RE: Final = _compile(
    rf"""
    (?<![\p{{L}}])(?P<pro>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s{{1,3}}{_ADVERBS}
    (?P<verb>\L<verbs>)(?![\p{{L}}])
    {_THIS_BACK}
    """
)
# Rule "according to <subject>": "according to Eklund", "according to him", "according to a
# State Department memo", "according to a report by Reuters", "according to estimates".
ACCORDING_TO_RE: Final = _compile(
    rf"""
    (?<![\p{{L}}])[Aa]ccording\s{{1,3}}to\s{{1,3}}
    (?:(?P<pro>him|her|them)(?![\p{{L}}])
      |(?P<subj>{_SUBJECT})(?:\s{{1,3}}(?:from|by|of)\s{{1,3}}(?P<author>{_SUBJECT}))?
    )?
    """
)
# Rule "was announced by <subject>": "This was announced by Prime Minister X" (also the
# previous sentence), "as reported by Balt24", "as cited by Balt.ua".
PASSIVE_BY_RE: Final = _compile(
    rf"""
    (?<![\p{{L}}])
    (?:(?P<back>[Tt]his|[Tt]hat|[Ii]t)\s{{1,3}}(?:was|has\s{{1,3}}been|had\s{{1,3}}been)
      |was|were|been|as)
    \s{{1,3}}(?:\L<adv>\s{{1,3}}){{0,2}}
    (?P<verb>\L<passive>)\s{{1,3}}by\s{{1,3}}
    (?P<subj>{_SUBJECT})
    """
)


# ---------------------------------------------------------------------------------------
# Prefilters: the word runs a stretch must hold before a pattern can match in it
# ---------------------------------------------------------------------------------------

# A run of letters, as the patterns' (?<![\p{L}]) and (?![\p{L}]) bound a word. Found with
# the same ``pos``/``endpos`` as a pattern, a word it matches shows up here as the word's
# first run: "pointed" of "pointed out", "Sen" of "Sen.", "Secretary" of "Secretary-General".
RUN_RE: Final = lazy_compile(r"\p{L}+")
_ASCII_RUN_RE: Final = re.compile(r"[A-Za-z]+")  # RUN_RE on ASCII text, where it is faster
# Every ASCII character that is not a letter, to a space: an ASCII stretch's letter runs are
# then its words.
_NOT_LETTER_TO_SPACE: Final = str.maketrans(
    {chr(i): " " for i in range(128) if not ("A" <= chr(i) <= "Z" or "a" <= chr(i) <= "z")}
)


def letter_runs(text: str, a: int, b: int, *, plain: bool = False) -> list[str]:
    """``RUN_RE.findall(text, a, b)``: the letter runs of ``text[a:b]``.

    ``plain``: the caller knows ``text`` is plain throughout (:func:`~.twin.plain_text`).
    An ASCII stretch is split where it is not a letter, which is quicker than either pattern.

    >>> letter_runs("Aid: €5m for Kyiv’s schools", 0, 27)
    ['Aid', 'm', 'for', 'Kyiv', 's', 'schools']
    """
    stretch = text[a:b]
    if stretch.isascii():
        return stretch.translate(_NOT_LETTER_TO_SPACE).split()
    if plain or Twin.plain(text, a, b):  # the only letters are A-Z and a-z
        return _ASCII_RUN_RE.findall(text, a, b)
    return RUN_RE.findall(text, a, b)


# Every byte that is not an ASCII letter, to a space: a plain text encoded with one byte per
# character ("?" for each non-ASCII one, never a letter there) is then its letter runs.
_NOT_LETTER_TO_SPACE_BYTES: Final = bytes(
    c if (65 <= c <= 90 or 97 <= c <= 122) else 32 for c in range(256)
)


class LetterRuns:
    """:func:`letter_runs` of one document's stretches, its text read once.

    A plain text (:func:`~.twin.plain_text`) is spelled once with every character that is
    not an ASCII letter as a space; a stretch's runs are then the words of that spelling.

    >>> runs = LetterRuns("Aid: €5m for Kyiv’s schools", plain=True)
    >>> runs(0, 27), runs(6, 16)
    (['Aid', 'm', 'for', 'Kyiv', 's', 'schools'], ['m', 'for', 'Kyi'])
    """

    __slots__ = ("_spaced", "_text")

    def __init__(self, text: str, *, plain: bool) -> None:
        self._text = text
        self._spaced: str | None = None
        if plain:  # its only letters are A-Z and a-z
            spaced = text.encode("ascii", "replace").translate(_NOT_LETTER_TO_SPACE_BYTES)
            self._spaced = spaced.decode("ascii")

    def __call__(self, a: int, b: int) -> list[str]:
        """``letter_runs(text, a, b)``."""
        if self._spaced is None:
            return letter_runs(self._text, a, b)
        return self._spaced[a:b].split()


def _first_runs(words: Iterable[str]) -> frozenset[str]:
    """The first letter run of each word: a stretch without any of them cannot match one.

    Read without ``RUN_RE``, which importing the package would then compile: the letters a
    word starts with, by ``str.isalpha`` (a test holds these sets to ``RUN_RE``).

    >>> sorted(_first_runs(["pointed out", "Sen.", "said"]))
    ['Sen', 'pointed', 'said']
    """
    runs: set[str] = set()
    for w in words:
        n = 0
        while n < len(w) and w[n].isalpha():
            n += 1
        if n == 0:  # a prefilter that misses a word would silently drop cues
            raise ValueError(f"a prefiltered word must start with a letter: {w!r}")
        runs.add(w[:n])
    return frozenset(runs)


HINT_RUNS: Final = _first_runs(_MENTION_HINTS)
HINT_WORDS: Final = frozenset(h for h in _MENTION_HINTS if h.isalpha())  # no "Sen."
VERB_RUNS: Final = _first_runs(VERBS)
INVERTED_RUNS: Final = _first_runs(INVERTED_VERBS)
PASSIVE_RUNS: Final = _first_runs(PASSIVE_VERBS)
# The literal words of PRONOUN_VERB_RE, ACCORDING_TO_RE and PASSIVE_BY_RE.
PRONOUN_RUNS: Final = _first_runs(["He", "he", "She", "she", "They", "they", "It", "it"])
ACCORDING_RUNS: Final = _first_runs(["According", "according"])
BY_RUNS: Final = _first_runs(["by"])
#: Participles that report what a sentence's opening subject said ("X met donors in Oslo,
#: adding that Norway would send $50 million"): cues.py's "<subject> ..., saying" rule.
SAYING_WORDS: Final[frozenset[str]] = frozenset(
    {"saying", "adding", "noting", "stressing", "insisting", "warning", "explaining"}
)
SAYING_RUNS: Final = _first_runs(SAYING_WORDS)
# Every rule needs one of these: a sentence without any holds no cue.
CUE_RUNS: Final = VERB_RUNS | INVERTED_RUNS | PASSIVE_RUNS | ACCORDING_RUNS | SAYING_RUNS
RULE_RUNS: Final = CUE_RUNS | PRONOUN_RUNS | BY_RUNS  # all the runs rules look for
#: Every run a sentence's reading looks for (rules and mention hints): the runs of a sentence
#: that are not among these change nothing.
SOUGHT_RUNS: Final = RULE_RUNS | HINT_RUNS | HINT_WORDS
