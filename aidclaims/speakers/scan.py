"""Where "<subject> said" and ", said <subject>" can match in a stretch of a sentence.

Scanning a stretch for "<subject> said" is the costly part of reading a sentence: its
subject may start at any word. But a match ends in a verb, and before the verb come only
subject words, connectors and adverbs, apart from one appositive between commas (", the
NATO chief,"). So the scan starts where a subject can start that ends before one of the
stretch's verbs, and stops after the last such verb. ", said <subject>" is tried only at
the stretch's verbs.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Final, NamedTuple

import regex

from aidclaims.speakers._table import (
    ADVERBS,
    BACK_REFERENCE_FOLLOWERS,
    CONNECTORS,
    PASSIVE_VERBS,
    TIME_ADVERBS,
)
from aidclaims.speakers.patterns import (
    APPOSITIVE_MAX,
    INVERTED_RUNS,
    PASSIVE_BY_RE,
    SUBJECT_VERB_RE,
    SUBJECT_VOCAB,
    VERB_RUNS,
    VERB_SUBJECT_RE,
    VERBS,
)
from aidclaims.speakers.subjects import DETERMINERS, NAME_PREFIXES
from aidclaims.text.ascii import ASCII_LETTERS, ascii_letters_end
from aidclaims.text.lazy import lazy_compile

# The characters of a subject, its separators and adverbs (tokens, connectors, determiners,
# the named lists; a test holds the lists to it): anything else before a verb is a barrier
# no subject crosses. Both patterns are searched backwards from a verb.
_SUBJECT_CHARS: Final = r"\p{L}\p{M}\p{Nd}'’.\-\s"
_NOT_SUBJECT_CHAR_RE: Final = lazy_compile(rf"(?r)[^{_SUBJECT_CHARS}]")
# _SUBJECT_CHARS among ASCII characters (regex's \s leaves out the separators \x1c-\x1f).
_ASCII_SUBJECT_CHARS: Final = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.-\t\n\x0b\x0c\r "
)
# What an appositive excludes besides the commas around it.
_APPOSITIVE_MARKS: Final[frozenset[str]] = frozenset(';:“”"()')
_WORD_BACKWARDS_RE: Final = lazy_compile(r"(?r)\S+")
_NOT_LETTER_RE: Final = lazy_compile(r"\P{L}")
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
        if v < pos or not _after_comma_or_quote(text, v):
            continue
        m = VERB_SUBJECT_RE.match(text, v, b)
        if m is not None:
            pos = m.end()
            yield m


def _after_comma_or_quote(text: str, v: int) -> bool:
    r"""Whether a comma or a closing quote may end up to three spaces before ``v``.

    Only there does VERB_SUBJECT_RE's look-behind (``(?<=[,”"]\s{0,3})``) let a match start.
    """
    before = text[max(v - 4, 0) : v]
    return "," in before or "”" in before or '"' in before


# How far before its "by" a "was announced by" match can start: "That has been" (up to three
# spaces a gap), two adverbs, the verb and the spaces before "by".
_PASSIVE_REACH: Final = (
    len("That") + 3 + len("has") + 3 + len("been") + 3
    + 2 * (max(map(len, ADVERBS)) + 3)
    + max(map(len, PASSIVE_VERBS)) + 3
)  # fmt: skip


def passive_by_matches(text: str, a: int, b: int) -> Iterator[regex.Match[str]]:
    """``PASSIVE_BY_RE.finditer(text, a, b)``, scanning only near a "by" after a passive verb.

    Every match holds a passive verb, one to three spaces and "by", and starts at most
    ``_PASSIVE_REACH`` characters before that "by": a stretch without such a "by" holds no
    match, and the scan starts that far before the first one and ends past the last.

    >>> t = "Aid rose by 5%. This was announced by Lena Varga."
    >>> [m.group() for m in passive_by_matches(t, 0, len(t))]
    ['This was announced by Lena Varga']
    """
    bys = _passive_bys(text, a, b)
    if not bys:
        return
    for m in PASSIVE_BY_RE.finditer(text, max(a, bys[0] - _PASSIVE_REACH), b):
        yield m
        if m.end() > bys[-1]:
            return  # a further match would need a "by" after the last one


def _passive_bys(text: str, a: int, b: int) -> list[int]:
    r"""Where "by" comes in ``text[a:b]`` after a passive verb and one to three spaces.

    Spaces are read by ``str.isspace``, which holds every space of the pattern's ``\s``.

    >>> _passive_bys("grew by 5%, as reported  by Balt24", 0, 34)
    [25]
    """
    found: list[int] = []
    i = text.find("by", a, b)
    while i >= 0:
        j = i
        while j > a and i - j < 3 and text[j - 1].isspace():
            j -= 1
        if j < i and text.endswith(PASSIVE_VERBS, a, j):
            found.append(i)
        i = text.find("by", i + 1, b)
    return found


def word_matches(
    pattern: regex.Pattern[str], text: str, a: int, b: int, words: Collection[str]
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, a, b)`` for a pattern whose matches start with one of ``words``.

    Each match must start with one of ``words`` as a whole letter run (the pattern looks
    behind for no letter): the pattern is tried only where one of them is and no ASCII
    letter comes before, past the end of the last match, which finds what ``finditer``
    finds.

    >>> from aidclaims.speakers.patterns import PRONOUN_VERB_RE
    >>> t = "Then he said so, and she added more."
    >>> [m.group() for m in word_matches(PRONOUN_VERB_RE, t, 0, len(t), ["he", "she"])]
    ['he said', 'she added']
    """
    pos = a
    for p in _occurrences(text, a, b, words):
        if p < pos or (p > 0 and text[p - 1] in ASCII_LETTERS):
            continue
        m = pattern.match(text, p, b)
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
        end = _letters_end(text, last + _AFTER_VERB, b)
    return _Window(first, last, end)


def _letters_end(text: str, x: int, b: int) -> int:
    r"""Where the first non-letter (``\P{L}``) in ``text[x:b]`` is; ``b`` if none.

    ASCII letters are skipped here; from the first character that is not one, an ASCII
    one is the answer and a non-ASCII one is left to the pattern.

    >>> _letters_end("said so on Monday", 2, 17), _letters_end("in Kyïv now", 4, 11)
    (4, 7)
    """
    x = ascii_letters_end(text, x, b)
    if x == b or text[x].isascii():
        return x
    stop = _NOT_LETTER_RE.search(text, x, b)
    return b if stop is None else stop.start()


def _occurrences(text: str, a: int, b: int, words: Collection[str]) -> list[int]:
    """Where ``words`` occur in ``text[a:b]``, in order, also inside longer words.

    >>> _occurrences("he said, she says", 0, 17, ["said", "says", "he"])
    [0, 3, 10, 13]
    """
    if len(words) == 1:  # found in order, once each
        (w,) = words
        at: list[int] = []
        i = text.find(w, a, b)
        while i >= 0:
            at.append(i)
            i = text.find(w, i + 1, b)
        return at
    found: set[int] = set()
    for w in words:
        i = text.find(w, a, b)
        while i >= 0:
            found.add(i)
            i = text.find(w, i + 1, b)
    return sorted(found)


# A subject's acronym in brackets right before its verb (SUBJECT_VERB_RE reads it too).
_ACRONYM_RE: Final = lazy_compile(r"\s\(\p{Lu}[\p{Lu}\p{Nd}&.-]{1,10}\)\Z")
_ACRONYM_MAX: Final = len(" (") + 11 + len(")")  # its longest: a space, brackets, 11 characters


def _before_acronym(text: str, a: int, close: int) -> int:
    """Where an acronym in brackets whose ")" is at ``close`` starts; else ``close + 1``."""
    if close < a or text[close] != ")":
        return close + 1
    acronym = _ACRONYM_RE.search(text, max(a, close + 1 - _ACRONYM_MAX), close + 1)
    return close + 1 if acronym is None else acronym.start()


def _subject_start(text: str, a: int, v: int) -> int | None:
    """The earliest start of a "<subject> said" match with its verb at ``v``; None if none.

    Without an appositive the subject lies after the last non-subject character before the
    verb. With one, that character is the closing comma, only adverbs follow it, and the
    subject ends at the opening comma.
    """
    close = _last_barrier(text, a, v)
    if close >= a and text[close] == ")" and _only_adverbs(text, close + 1, v):
        acronym = _before_acronym(text, a, close)
        if acronym <= close:  # "the Ministry of External Affairs (MEA) has said": before it
            v = acronym
            close = _last_barrier(text, a, v)
    start = _subject_bound(text, close + 1, v)
    if close < a or text[close] != ",":
        return start
    # ", <appositive>," holds up to 3 spaces and APPOSITIVE_MAX characters, no quote mark:
    # its opening comma is the last comma before ``close`` with no other mark after it
    opening = text.rfind(",", max(a, close - 4 - APPOSITIVE_MAX), close)
    if (
        opening < 0
        or not _APPOSITIVE_MARKS.isdisjoint(text[opening + 1 : close])
        or not _only_adverbs(text, close + 1, v)
    ):
        return start
    acronym = _before_acronym(text, a, opening - 1)  # "the Ministry (MEA), its agency, said"
    before = _subject_bound(text, _last_barrier(text, a, acronym) + 1, acronym)
    if before is None or start is None:
        return start if before is None else before
    return min(start, before)


def _last_barrier(text: str, a: int, v: int) -> int:
    """Where the last character in ``text[a:v]`` that no subject holds is; ``a - 1`` if none.

    >>> _last_barrier("Aid rose; Lena Varga said", 0, 21), _last_barrier("Lena Varga said", 0, 11)
    (8, -1)
    """
    before = text[a:v]
    if before.isascii():
        return a + len(before.rstrip(_ASCII_SUBJECT_CHARS)) - 1
    m = _NOT_SUBJECT_CHAR_RE.search(text, a, v)
    return a - 1 if m is None else m.start()


def _subject_bound(text: str, x: int, y: int) -> int | None:
    r"""Where a subject in ``text[x:y]`` that ends at ``y`` (maybe with adverbs) can start.

    That is after the last word in the stretch that no subject holds; None when the word
    just before ``y`` is such a word, or when there is no word. The stretch holds only
    subject characters; an ASCII one is split into its words by ``str.split`` (its spaces
    are the pattern's: the separators \x1c-\x1f are no subject characters).
    """
    stretch = text[x:y]
    if not stretch.isascii():
        bound = None
        for m in _WORD_BACKWARDS_RE.finditer(text, x, y):
            if not _may_be_in_subject(m.group()):
                return None if bound is None else m.end()
            bound = x
        return bound
    bound = None
    end = len(stretch)
    for word in reversed(stretch.split()):
        start = stretch.rfind(word, 0, end)  # only spaces lie between it and ``end``
        if not _may_be_in_subject(word):
            return None if bound is None else x + start + len(word)
        bound = x
        end = start
    return bound


def _only_adverbs(text: str, x: int, y: int) -> bool:
    """Whether every word in ``text[x:y]`` (subject characters only) is an adverb ("has")."""
    stretch = text[x:y]
    if stretch.isascii():
        return all(w in _ADVERB_WORDS for w in stretch.split())
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
