"""Issue 10, second round: the quicker ways parties reads the words around a phrase.

Each is checked against the pattern it stands for, on texts drawn from the characters
where the two could part: ASCII word characters and spaces, the separators that
``str.isspace`` counts and ``\\s`` does not, punctuation, and letters and spaces beyond
ASCII (which send the reading back to the pattern).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.parties import _patterns as p
from aidclaims.parties import cues, scan
from aidclaims.parties.near import (
    After,
    Before,
    Closing,
    first_word,
    following,
    pattern_word_before,
    word_after,
    word_before,
)

_ALPHABET = "aZk9_ \t\n\x0b\x1c\x1f,.'’-(é\u00a0\u0301"
_PIECES = st.sampled_from(["to", "the", "Kenya", "  ", " ", "\n", "2024", "x_y", ",", "é"])
_TEXTS = st.lists(st.one_of(st.text(_ALPHABET, max_size=3), _PIECES), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_word_before_reads_what_the_pattern_reads(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    assert word_before(text, lo, pos) == pattern_word_before(text, lo, pos)


_FOLLOWING_RE = regex.compile(r"\s*\w+(?:\s+\w+){0,7}")
_MARKS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~‘’“”–—…")


def _pattern_following(text: str, pos: int, hi: int) -> After:
    """following as the ``regex`` pattern alone reads it (the code before the ASCII path)."""
    mark = text[pos : pos + 1] if pos < hi else ""
    if mark in _MARKS:
        return After((), mark, pos)
    m = _FOLLOWING_RE.match(text, pos, hi)
    if m is None:
        end = first_at = pos
        words: tuple[str, ...] = ()
    else:
        end = m.end()
        found = m.group()
        first_at = end - len(found.lstrip())
        words = tuple(w.lower() if w.isascii() else "" for w in found.split())
        if len(words) == 8:
            return After(words, "", first_at)
    stop = text[end : end + 1] if end < hi else ""
    if stop.isspace():
        stop = text[end : min(hi, end + 12)].lstrip()[:1]
    return After(words, stop, first_at)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_following_reads_what_the_pattern_reads(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(0, hi))
    assert following(text, pos, hi) == _pattern_following(text, pos, hi)


_CAPITALS = st.lists(
    st.one_of(st.text("aBZé$@#_9 .-\n", max_size=3), st.sampled_from(["Kenya", "UN", "x", "$A"])),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_CAPITALS, st.data())
def test_capital_words_are_the_same_in_both_engines(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    found = [(m.start(), m.group()) for m in scan._CAPITAL_WORD_RE.finditer(text, lo, hi)]
    if text[lo:hi].isascii() and text[lo - 1 : lo].isascii():  # where name_matches uses the twin
        twin = scan._ASCII_CAPITAL_WORD_RE.finditer(text, lo, hi)
        assert [(m.start(), m.group()) for m in twin] == found


_WORD_AFTER_RE = regex.compile(r"\s*(\w*)")


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_word_after_reads_what_the_pattern_reads(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(0, len(text)))  # past hi too
    mark = text[pos : pos + 1] if pos < hi else ""
    if mark in _MARKS:
        assert word_after(text, pos, hi) == mark
        return
    m = _WORD_AFTER_RE.match(text, pos, hi)
    word = m.group(1) if m is not None else ""
    if word:
        expected = word.lower() if word.isascii() and word.isalpha() else None
    else:
        end = m.end() if m is not None else pos
        expected = text[end] if m is not None and end < hi else ""
    assert word_after(text, pos, hi) == expected


_GAPS = st.lists(
    st.sampled_from([" ", ",", "and", "or", "the", "other", "\n", "\x1c", "\u00a0", "x"]),
    max_size=6,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_GAPS)
def test_a_list_separator_is_the_same_in_both_engines(gap: str) -> None:
    text = "Kenya" + gap + "Chad"
    a, b = 5, 5 + len(gap)
    if text[a:b].isascii():  # where _joins asks the twin
        found = p._ASCII_LIST_SEP_RE.fullmatch(text, a, b) is not None
        assert found == (p._LIST_SEP_RE.fullmatch(text, a, b) is not None)


_CLOSINGS = [
    p._LEFT_PREP_CLOSE,
    p._LEFT_REQUEST_OBJECT_CLOSE,
    p._LEFT_OBJECT_VERB_CLOSE,
    p._OBJECT_LEFT_CLOSE,
]
_CLOSING_WORDS = sorted({w for c in _CLOSINGS for w in c.words | c.dets | c.det_tails})
_WORD_KEYS = st.one_of(st.none(), st.just(""), st.just("kenya"), st.sampled_from(_CLOSING_WORDS))


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(_CLOSINGS),
    _WORD_KEYS,
    _WORD_KEYS,
    st.integers(0, 12),
    st.integers(0, 12),
    st.integers(0, 12),
)
def test_a_closing_verdict_is_surely_then_admits(
    closing: Closing, word: str | None, prior: str | None, start: int, prior_start: int, lo: int
) -> None:
    before = Before(word, start, prior, prior_start)
    expected = True if closing.surely(before, lo) else None if closing.admits(before, lo) else False
    assert closing.verdict(before, lo) is expected


_RIGHT = [
    p._PASSIVE_REQUEST_CHAIN,
    p._PASSIVE_RECEIVE_CHAIN,
    p._REQUESTER_CHAIN,
    p._RECEIVE_CHAIN,
    p._SUBJECT_CHAIN,
]
_CHAIN_WORDS = sorted({w for c in _RIGHT for w in c.words | (c.skip or frozenset())})
_AFTER_WORDS = st.one_of(st.sampled_from(_CHAIN_WORDS), st.sampled_from(["", "2024", "kenya"]))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_AFTER_WORDS, max_size=8),
    st.sampled_from(["", ",", '"', "“", "'", ".", "(", "-"]),
)
def test_chains_read_together_admit_what_each_admits(words: list[str], stop: str) -> None:
    after = After(tuple(words), stop, 0)
    admitted = cues._RIGHT_CHAINS.admitted(after)
    assert [bool(admitted & 1 << i) for i in range(len(_RIGHT))] == [
        c.admits(after) for c in _RIGHT
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_the_first_word_of_following_is_word_after(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(0, hi))
    assert first_word(text, pos, hi, following(text, pos, hi)) == word_after(text, pos, hi)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.just(""), st.sampled_from(["kenya", "and", "that", "said", "billion"])),
    _WORD_KEYS,
    st.integers(0, 200),
    st.integers(0, 200),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_left_cue_skips_only_words_its_closings_refuse(
    word: str, prior: str | None, start: int, prior_start: int, lo: int, pos: int
) -> None:
    if word in cues._LEFT_WORDS or start < max(lo, pos - 60):
        return  # left_cue reads on
    before = Before(word, start, prior, prior_start)
    for closing in (
        p._LEFT_PREP_CLOSE,
        cues._AID_IN_CLOSE,
        cues._DEPOSIT_WITH_CLOSE,
        p._LEFT_REQUEST_OBJECT_CLOSE,
        p._LEFT_OBJECT_VERB_CLOSE,
    ):
        for near in (lo, max(lo, pos - 60), max(lo, pos - 80)):
            assert closing.verdict(before, near) is False
