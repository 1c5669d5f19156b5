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
from aidclaims.status import is_change_origin, is_change_target, resolve_status, status_index
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
)
SEPARATORS: Final = (" ", " ", " ", "  ", "\n", "-", ", ", ". ", " (", ") ", "", "\u00b2", "½ ")
FIGURE: Final = "$5 million"


def _salads(seed: int, count: int) -> Iterator[tuple[str, int, int]]:
    """(text, start, end) of the figure in ``count`` random word salads."""
    rng = random.Random(seed)
    for _ in range(count):
        before = [rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(rng.randint(0, 9))]
        after = [rng.choice(SEPARATORS) + rng.choice(WORDS) for _ in range(rng.randint(0, 9))]
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
        near = NearWords(words_of(text))
        for s, e in _edges(text, start, end):
            assert decide.is_attached_aid(text, s, e, near) == decide.is_attached_aid(text, s, e)


def test_conversion_gate_never_hides_a_match() -> None:
    for text, start, end in _salads(2, 3000):
        near = NearWords(words_of(text))
        for s, _ in _edges(text, start, end):
            lo = max(0, s - 40)
            if decide._CONVERSION_BEFORE.search(text, lo, s) is not None:
                assert near.may_end_with(s, lo, decide._CONVERSION_LAST), text


def test_status_is_the_same_with_the_word_gate() -> None:
    for text, start, end in _salads(3, 2000):
        words = words_of(text)
        near, index = NearWords(words), status_index(text, words)
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


def test_near_words_is_unsure_at_cut_words_and_outside_ascii() -> None:
    text = "grant worth \u017fome $5 million appeal\u00b2 tons"
    near = NearWords(words_of(text))
    start = text.index("$")
    end = text.index(" appeal")
    assert near.may_end_with(start, 0, {"some"})  # long s: a case-blind "some" matches it
    assert near.may_end_with(start - 2, 0, {"none"})  # the window cuts "ſome"
    assert near.may_hold(frozenset({"appeal"}), end, len(text))
    assert near.may_hold(frozenset({"plan"}), end, len(text))  # "appeal²" is no ASCII word
    assert not near.may_hold(frozenset({"plan"}), len(text) - 5, len(text))
    assert near.may_hold(frozenset({"plan"}), len(text) - 3, len(text))  # "tons" is cut
