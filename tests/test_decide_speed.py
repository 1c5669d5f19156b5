"""The word gates of the aid filter and the status, and the aid type's nearest cue, change no answer.

Speed work of issue 10.

:class:`~aidclaims.text.near.NearWords` lets a pattern be skipped where the document's
words say it cannot match. Each check here runs the gated and the ungated answer on invented
word salads built from the patterns' own words, their capitals, plurals and look-alikes
(long s, Kelvin sign, dotted capital I, superscripts), separators and cut words, at every
figure position, and wants them equal.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Final

from aidclaims import aid_type
from aidclaims.model import AidType
from aidclaims.relevance import decide
from aidclaims.status import (
    is_change_origin,
    is_change_target,
    resolve,
    resolve_status,
    status_index,
)
from aidclaims.text.cues import nearest, words_of
from aidclaims.text.near import NearWords

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


_TYPE_PLAIN: Final = (
    "military humanitarian loans loan reconstruction civilian development aid to for the "
    "Military Humanitarian financial year relief security arms climate various in"
)
TYPE_WORDS: Final = _TYPE_PLAIN.split()
TYPE_JOINS: Final = (" ", " ", " ", " and ", ", ", " or ", " & ", ". ")


def _typed_salads(seed: int, count: int) -> Iterator[tuple[str, int, int, tuple[int, int]]]:
    """(text, start, end, clause) of a figure in ``count`` salads of aid-type words."""
    rng = random.Random(seed)

    def salad() -> str:
        return "".join(rng.choice(TYPE_WORDS) + rng.choice(TYPE_JOINS) for _ in range(9))[
            : rng.randint(0, 90)
        ]

    for _ in range(count):
        head, tail = salad(), salad()
        text = f"{head} {FIGURE} {tail}"
        start = len(head) + 1
        end = start + len(FIGURE)
        yield text, start, end, (rng.randint(0, start), rng.randint(end, len(text)))


def test_aid_type_takes_the_nearest_cue_on_each_side() -> None:
    """The clause's first cue after the figure, else its last before, is what nearest() gives."""
    for text, start, end, clause in _typed_salads(5, 3000):
        index = aid_type.aid_type_index(text)
        cues = [c for c in index.between(*clause) if c.key in aid_type.AID_TYPE_CUES]
        after = nearest([c for c in cues if c.start >= end], start, end)
        before = nearest([c for c in cues if c.end <= start], start, end)
        cue = after or before
        expected = None if cue is None else aid_type._mixed_or(text, cue, cues)
        if expected is None:
            whole = [c for c in index.all() if c.key in aid_type.AID_TYPE_CUES]
            near_cue = nearest(whole, start, end)
            expected = None if near_cue is None else aid_type._mixed_or(text, near_cue, whole)
        got = aid_type.resolve_aid_type(text, start, end, clause, (0, len(text)), AidType.GENERAL)
        assert got is (AidType.GENERAL if expected is None else expected), text
