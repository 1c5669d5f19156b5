"""Issue 10: the linear rewrites find what the quadratic code found, and bound the work.

Timings live in benchmarks/bench_linearity.py; these tests check the rewrites' results: the
sentence boundary pattern that no longer backtracks on runs of full stops, the cutting of
overlong sentences, the bracket counting of party breaks, and that the figures of one
sentence share its span.
"""

from __future__ import annotations

import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.money import find_money
from aidclaims.text import sentences as sentences_module
from aidclaims.text.clauses import _PARTY_BREAK_RE, locate, party_breaks
from aidclaims.text.cues import (
    LEAN_WORDS_CHARS,
    _starts_sentence,
    compile_cues,
    words_of,
)
from aidclaims.text.sentences import MAX_SENTENCE_CHARS, find_sentences

from ._cue_scan import word_by_word_found

# the pattern before issue 10: "[.!?…]+" retried from every position of a run of stops
_OLD_BOUNDARY_RE = regex.compile(
    rf"""
      (?P<br>[\n\r\v\f\x85\u2028\u2029]+)
    | (?P<stop>[.!?…]+)
      (?P<close>[”"’'»)\]]{{0,3}})
      (?P<gap>[^\S\n\r\v\f\x85\u2028\u2029]+)
      (?=[\p{{Lu}}\p{{Nd}}“"‘'«(\[{CURRENCY_SIGNS}])
    """,
    regex.VERBOSE,
)

# short texts built from what decides a boundary: stops, closing quotes, spaces, capitals
_PIECES = st.sampled_from(
    [
        ".",
        "..",
        "!",
        "?",
        "…",
        "”",
        '"',
        ")",
        " ",
        "  ",
        "\n",
        "A",
        "The",
        "x",
        "1",
        "$5",
        "Mr",
        "U.S",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=300, derandomize=True)
@given(_TEXTS)
def test_boundary_pattern_splits_as_the_backtracking_one_did(text: str) -> None:
    new = find_sentences(text)
    old_pattern = sentences_module._BOUNDARY_RE
    try:
        sentences_module._BOUNDARY_RE = _OLD_BOUNDARY_RE
        old = find_sentences(text)
    finally:
        sentences_module._BOUNDARY_RE = old_pattern
    assert new == old


def test_run_of_stops_after_a_figure_is_one_sentence() -> None:
    text = "$5 million" + "." * 5000 + " Then aid came."
    found = [text[s.start : s.end] for s in find_sentences(text)]
    assert found[-1] == "Then aid came."
    assert "".join(found[:-1]).startswith("$5 million.")


_LONG_UNITS = st.sampled_from(
    ["aid ", "went to Sudan, ", "and $5 million; ", "x", "€2,000m", "$1-", " ", "(", ")"]
)


@settings(max_examples=60, derandomize=True)
@given(st.lists(_LONG_UNITS, min_size=200, max_size=900).map("".join))
def test_overlong_sentences_are_cut_into_bounded_pieces(text: str) -> None:
    found = find_sentences(text)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in found)
    # nothing is lost: every letter or digit lies in a piece, and pieces do not overlap
    covered = {i for s in found for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(text) if ch.isalnum())
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_cut_falls_after_a_clause_mark_when_there_is_one() -> None:
    text = ("donors gave more aid to the region " * 20 + "; ") * 3
    found = find_sentences(text)
    assert len(found) > 1
    assert text[found[0].start : found[0].end].endswith(";")


def test_text_without_spaces_is_cut_too() -> None:
    text = "Donors$5bn€2,000m.pledgedUS$3-4billion;" * 200
    found = find_sentences(text)
    assert max(s.end - s.start for s in found) <= MAX_SENTENCE_CHARS
    assert len(found) >= len(text) // MAX_SENTENCE_CHARS


def _old_party_breaks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    # before issue 10: both counts from ``lo`` for every break
    return [
        (m.start(), m.end())
        for m in _PARTY_BREAK_RE.finditer(text, lo, hi)
        if text.count("(", lo, m.start()) <= text.count(")", lo, m.start())
    ]


@settings(max_examples=200, derandomize=True)
@given(
    st.lists(
        st.sampled_from(["Norway gave $2bn", "; ", " while ", "(", ")", ", he said", " x "]),
        max_size=30,
    ).map("".join)
)
def test_party_breaks_count_brackets_as_before(text: str) -> None:
    assert party_breaks(text, 0, len(text)) == _old_party_breaks(text, 0, len(text))


def test_figures_of_one_long_sentence_share_their_piece() -> None:
    text = "Donors pledged " + ", ".join(f"${i} million" for i in range(1, 400)) + " to Sudan."
    mentions = find_money(text)
    located = locate(text, mentions, find_sentences(text))
    spans = {loc.sentence for loc in located}
    # one span per piece, not one window per figure
    assert len(spans) <= len(text) // (MAX_SENTENCE_CHARS // 2) + 1
    assert all(
        lo <= loc.mention.start and loc.mention.end <= hi
        for loc in located
        for lo, hi in [loc.sentence]
    )


_CUE_TABLE = compile_cues(["aid", "military aid", "aid package", "pledged", "pledged to", "to"])


@settings(max_examples=200, derandomize=True)
@given(
    st.lists(
        st.sampled_from(
            ["aid", "Aid", "military", "package", "pledged", "to", "x", " ", "  ", "-", "\n"]
        ),
        max_size=40,
    ).map(" ".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_cue_scan_from_the_word_index_finds_what_the_word_loop_found(
    text: str, lo: int, width: int
) -> None:
    words = words_of(text)
    for a, b in ((0, len(text)), (lo, lo + width)):
        assert list(_CUE_TABLE.scan(text, words, a, b)) == word_by_word_found(
            _CUE_TABLE, text, words, a, b
        )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([" ", "\t", "“", '"', "‘", "'", "(", ".", "!", ":", "\n", "a", "B"])
    ).map("".join),
    st.integers(0, 30),
)
def test_starts_sentence_reads_back_only_past_blanks_and_openers(before: str, lo: int) -> None:
    text = before + "Aid"
    pos = len(before)
    lo = min(lo, pos)
    stripped = text[lo:pos].rstrip(" \t“\"‘'(")  # the old test copied text[lo:pos]
    assert _starts_sentence(text, pos, lo) == (not stripped or stripped[-1] in ".!?:\n")


def test_lean_words_of_large_texts_equal_the_plain_ones() -> None:
    text = "New aid-funded plan, new AID for Ukraine; 12 trucks. " * 5000
    assert len(text) > LEAN_WORDS_CHARS
    lean = words_of(text)
    expected = [
        (m.start(), m.end(), m.group().lower()) for m in regex.finditer(r"[\p{L}\p{N}]+", text)
    ]
    assert list(zip(lean.starts, lean.ends, lean.words, strict=True)) == expected
    assert list(lean.index["aid"]) == [k for k, (_, _, w) in enumerate(expected) if w == "aid"]
    small = words_of(text[: text.index(" ", 1000)])
    assert list(small.starts) == list(lean.starts[: len(small.starts)])
    assert small.words == lean.words[: len(small.words)]
