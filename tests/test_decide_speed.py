"""The word gates of the aid filter and the status change no answer (speed work, issue 10).

:class:`~aidclaims.relevance.near.NearWords` lets a pattern be skipped where the document's
words say it cannot match. Each check here runs the gated and the ungated answer on invented
word salads built from the patterns' own words, their capitals, plurals and look-alikes
(long s, Kelvin sign, dotted capital I, superscripts), separators and cut words, at every
figure position, and wants them equal.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Final

from aidclaims.relevance import decide
from aidclaims.relevance.near import NearWords
from aidclaims.status import (
    is_change_origin,
    is_change_target,
    resolve,
    resolve_status,
    status_index,
)
from aidclaims.text.cues import words_of

_PLAIN_WORDS: Final = (
    "aid aids Aid AID assistance aſſiſtance support package grant loans fund funding relief "
    "worth Worth of is was totalling totaling amounting to To valued at the tune more than "
    "about some ſome nearly over almost up approx c equivalent equal or for from From "
    "a total Total needed required appeal appeals Appeal plan pledges request new emergency "
    "humanitarian in which that UN estimates K \u212aaid \u0130s x nonaid foraid tons"
)
WORDS: Final = (
    *_PLAIN_WORDS.split(),
    # the patterns' phrases, whole, so that salads hold matches
    "aid worth",
    "assistance of",
    "package totalling",
    "loans amounting to",
    "support to the tune of",
    "grant valued at",
    "equivalent to",
    "equal to over",
    "or about",
    "or some more than",
    "of a total of",
    "out of the total",
    "cut from about",
    "from more than",
    "to approx.",
    "the UN estimates is needed",
    "repaid with",
    "financed out of",
    "backed by",
    "using",
)
SEPARATORS: Final = (" ", " ", " ", "  ", "\n", "-", ", ", ". ", " (", ") ", "", "\u00b2", "½ ")
FIGURE: Final = "$5 million"


def _salads(seed: int, count: int) -> Iterator[tuple[str, int, int]]:
    """(text, start, end) of the figure in ``count`` random word salads."""
    rng = random.Random(seed)
    for _ in range(count):
        before = [rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 16))]
        after = [rng.choice(SEPARATORS) + rng.choice(WORDS) for _ in range(rng.randint(0, 16))]
        head = "".join(before)
        text = head + FIGURE + "".join(after)
        yield text, len(head), len(head) + len(FIGURE)


def _edges(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The figure's own span, and spans cut out of words, to test the windows' edges."""
    yield start, end
    for shift in (-3, -1, 1, 2):
        s, e = start + shift, end + shift
        if 0 < s < e < len(text):
            yield s, e


def test_attached_aid_is_the_same_with_the_word_gate() -> None:
    for text, start, end in _salads(1, 3000):
        near = NearWords(text, words_of(text))
        for s, e in _edges(text, start, end):
            assert decide.is_attached_aid(text, s, e, near) == decide.is_attached_aid(text, s, e)


def test_conversion_gate_never_hides_a_match() -> None:
    for text, start, end in _salads(2, 3000):
        near = NearWords(text, words_of(text))
        for s, _ in _edges(text, start, end):
            lo = max(0, s - 40)
            if decide._CONVERSION_BEFORE.search(text, lo, s) is not None:
                assert near.may_end_with(s, lo, decide._CONVERSION_LAST), text


def test_status_is_the_same_with_the_word_gate() -> None:
    for text, start, end in _salads(3, 2000):
        words = words_of(text)
        near, index = NearWords(text, words), status_index(text, words)
        whole = (0, len(text))
        for s, e in _edges(text, start, end):
            assert is_change_target(text, s, 0, near) == is_change_target(text, s, 0)
            assert is_change_origin(text, s, e, len(text), near) == is_change_origin(
                text, s, e, len(text)
            )
            for target in (False, True):
                gated = resolve_status(
                    text, s, e, whole, whole, change_target=target, index=index, near=near
                )
                plain = resolve_status(text, s, e, whole, whole, change_target=target, index=index)
                assert gated == plain, text


def test_no_gate_hides_a_match_in_any_window() -> None:
    """Every gated pattern, tried on windows cut anywhere, matches only where its gate says maybe."""
    hold = (
        (decide._ATTACHED_AFTER, decide._ATTACHED_AFTER_NOUNS),
        (resolve._NOUN_AFTER_RE, resolve._NOUNS),
        (resolve._NEEDED_AFTER_RE, resolve._NEEDED_WORDS),
    )
    holds_before = (
        (decide._ATTACHED_BEFORE, decide._ATTACHED_BEFORE_NOUNS),
        (decide._SOURCE_RE, decide._SOURCE_WORDS),
    )
    end = (
        (decide._ATTACHED_BEFORE, decide._ATTACHED_BEFORE_LAST),
        (decide._CONVERSION_BEFORE, decide._CONVERSION_LAST),
        (resolve._WHOLE_BEFORE_RE, resolve._WHOLE_LAST),
        (resolve._FROM_BEFORE, resolve._FROM_LAST),
        (resolve._TO_BEFORE, resolve._TO_LAST),
    )
    rng = random.Random(4)
    for text, _, _ in _salads(4, 1500):
        near = NearWords(text, words_of(text))
        for _ in range(4):
            lo = rng.randrange(len(text))
            hi = rng.randrange(lo, len(text)) + 1
            for pattern, keys in hold:
                if pattern.match(text, lo, hi) is not None:
                    assert near.may_hold(keys, lo, hi), (pattern.pattern, text[lo:hi])
            for pattern, keys in holds_before:
                if pattern.search(text, lo, hi) is not None:
                    assert near.may_hold(keys, lo, hi), (pattern.pattern, text[lo:hi])
            for pattern, last in end:
                if pattern.search(text, lo, hi) is not None:
                    assert near.may_end_with(hi, lo, last), (pattern.pattern, text[lo:hi])
                if pattern.search(text[lo:hi]) is not None:  # a slice ends its words
                    assert near.may_end_with(hi, lo, last), (pattern.pattern, text[lo:hi])


def test_near_words_reads_cut_words_and_is_unsure_of_some_letters() -> None:
    text = "grant worth \u017fome $5 million appeal\u00b2 to T\u00fcrkiye tons"
    near = NearWords(text, words_of(text))
    start = text.index("$")
    end = text.index(" appeal")
    assert near.may_end_with(start, 0, {"some"})  # long s: a case-blind "some" matches it
    assert near.may_end_with(start - 3, 0, {"so"})  # the window cuts "ſome"
    assert not near.may_end_with(8, 0, {"grant"})  # "wo", cut out of "worth"
    assert near.may_end_with(8, 0, {"wo"})
    assert near.may_hold(frozenset({"appeal"}), end, len(text))
    assert near.may_hold(frozenset({"plan"}), end, len(text))  # "appeal²" is no plain word
    tons = text.index("tons")
    assert not near.may_hold(frozenset({"plan"}), tons - 12, tons + 2)  # "Türkiye" is plain
    assert near.may_hold(frozenset({"ton"}), tons - 12, tons + 3)  # "ton", cut out of "tons"
    assert not near.may_hold(frozenset({"tons"}), tons - 12, tons + 3)
    assert near.may_hold(frozenset({"ki"}), tons - 5, tons - 3)  # "ki", cut out of "Türkiye"
