"""The text layer's round-4 shortcuts give what the plain ways gave (issue 10)."""

from __future__ import annotations

import random
import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.text import sentences as sentences_module
from aidclaims.text.cues import CueTable, compile_cues, words_of
from aidclaims.text.sentences import Sentence, find_sentences

from ._cue_scan import word_by_word_found

_CODE_POINTS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _plain_find_sentences(text: str) -> tuple[Sentence, ...]:
    """find_sentences as it was: the boundary pattern's finditer over the whole text."""
    out: list[Sentence] = []
    pos = 0
    line_start = True
    for m in sentences_module._BOUNDARY_RE.finditer(text):
        if m.lastgroup == "br":
            sentences_module._append(text, pos, m.start(), line_start, out)
            line_start = True
        elif sentences_module._ends_here(text, m):
            sentences_module._append(text, pos, m.start("gap"), line_start, out)
            line_start = False
        else:
            continue
        pos = m.end()
    sentences_module._append(text, pos, len(text), line_start, out)
    return tuple(out)


def test_every_space_of_a_gap_is_a_space_to_str_isspace() -> None:
    # _may_stop_at asks str.isspace where the pattern's gap asks [^\S<line breaks>]
    gap = regex.compile(rf"[^\S{sentences_module._LINE_BREAKS}]")
    spaces = [c for c in _CODE_POINTS if gap.match(c)]
    assert len(spaces) > 10
    assert all(c.isspace() and c not in sentences_module._LINE_BREAKS for c in spaces)


def test_every_opening_of_the_boundary_pattern_is_a_candidate() -> None:
    # a character that is neither a line break nor a stop opens no boundary
    boundary = sentences_module._BOUNDARY_RE
    openers = {c for c in _CODE_POINTS if boundary.match(c + ". A") or boundary.match(c + " A")}
    assert openers == set(sentences_module._OPENERS)


# what decides a boundary: stops, closers, spaces (some only str.isspace reads as space),
# line breaks of every kind, capitals, digits, opening quotes, abbreviations and initials
_PIECES = st.sampled_from(
    [
        ".",
        "..",
        "!",
        "?",
        "…",
        "?!",
        "”",
        '"',
        "’",
        "'",
        "»",
        ")",
        "]",
        "))",
        " ",
        "  ",
        "\t",
        "\xa0",
        "\u2003",
        "\x1c",
        "\x1f",
        "\n",
        "\r\n",
        "\v",
        "\f",
        "\x85",
        "\u2028",
        "\u2029",
        "A",
        "The",
        "It",
        "x",
        "aid",
        "1",
        "12",
        "$5",
        "€",
        "“",
        "(",
        "[",
        "- ",
        "• ",
        "Mr",
        "U.S",
        "J",
        "etc",
        "Inc",
    ]
)


@settings(max_examples=1500, derandomize=True)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_sentences_are_those_of_the_boundary_pattern_scan(text: str) -> None:
    assert find_sentences(text) == _plain_find_sentences(text)


def test_sentences_of_written_text() -> None:
    texts = [
        "Aid rose. Mr. J. R. Smith paid $1.5 billion.\n- More to come",
        '"We will pay. It is right," he said. Aid "came today." The end.',
        "Shells, drones, etc. The U.S. It said.\u2028Next… “Quote.”\xa0Then $5m.... 2 more",
        "A run?!)) Then\x1c A gap only str.isspace reads. End.\x85Last line.\r\nx.  Y",
        "1. Item one\n2) Item two\n(3) Item three. U.S. Army aid. Inc. It rose!",
        "Three closers (“it is.”’) Then four (“so.”’)) Then none. End",
    ]
    for text in texts:
        assert find_sentences(text) == _plain_find_sentences(text), text


# first words that open one phrase, several, longer ones only, or longer ones and their own
_TABLE = compile_cues(
    [
        "aid",
        "military aid",
        "military-aid package",
        "aid package",
        "pledged",
        "pledged to give",
        "pledged to",
        "to",
        "grant",
        "in kind",
        "in-kind aid",
        "loan guarantee",
        "loan guarantees for",
    ]
)
_TABLE_WORDS = ["aid", "Aid", "military", "package", "pledged", "to", "give", "grant"]
_TABLE_WORDS += ["in", "kind", "loan", "guarantee", "guarantees", "for", "x", "Kind"]


@settings(max_examples=1500, derandomize=True)
@given(
    st.lists(st.sampled_from([*_TABLE_WORDS, " ", "  ", "-", "\n", ", "]), max_size=40).map(
        " ".join
    ),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_found_equals_the_word_loop(text: str, lo: int, width: int) -> None:
    words = words_of(text)
    for a, b in ((0, len(text)), (lo, lo + width)):
        assert _TABLE.found(text, words, a, b) == word_by_word_found(_TABLE, text, words, a, b)


def _project_tables() -> list[CueTable]:
    from aidclaims import aid_type
    from aidclaims.relevance import decide
    from aidclaims.status import resolve

    return [
        decide._AID_RE,
        decide._HARD_RE,
        decide._SOFT_RE,
        decide._GIVING_RE,
        aid_type._AID_TYPE_RE,
        resolve._STATUS_RE,
    ]


def test_found_equals_the_word_loop_on_every_project_table() -> None:
    rng = random.Random(4)
    for table in _project_tables():
        phrases = [p for entries in table._by_first.values() for p, _ in entries]
        vocab = sorted({w for p in phrases for w in p.replace("-", " ").split()})
        for _ in range(300):
            pieces = [rng.choice(vocab) if rng.random() < 0.8 else "x" for _ in range(25)]
            seps = [rng.choice([" ", " ", " ", "-", ", ", "  "]) for _ in pieces]
            text = "".join(p + s for p, s in zip(pieces, seps, strict=True))
            words = words_of(text)
            assert table.found(text, words, 0, len(text)) == word_by_word_found(
                table, text, words, 0, len(text)
            )


def test_the_boundary_groups_by_number_are_those_by_name() -> None:
    index = sentences_module._BOUNDARY_RE.groupindex
    assert index["stop"] == sentences_module._STOP
    assert index["close"] == sentences_module._CLOSE
    assert index["gap"] == sentences_module._GAP
