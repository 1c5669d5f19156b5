"""The shared text layer's fast paths give what the plain ways gave (issue 10)."""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from aidclaims.text import cues as cues_module
from aidclaims.text.clauses import (
    _CLAUSE_BOUNDARY_RE,
    _SUBORDINATE_OPENERS,
    _SUBORDINATE_RE,
    _boundary_pattern,
)
from aidclaims.text.cues import LEAN_WORDS_CHARS, Words, words_of
from aidclaims.text.sentences import _BULLET_RE, find_sentences

_CODE_POINTS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _plain_words_of(text: str) -> Words:
    """words_of as it was: one regex match per word, each lower-cased on its own."""
    matches = list(regex.finditer(r"[\p{L}\p{N}]+", text))
    words = [m.group().lower() for m in matches]
    index: dict[str, list[int]] = {}
    for k, w in enumerate(words):
        index.setdefault(w, []).append(k)
    return Words([m.start() for m in matches], [m.end() for m in matches], words, index)


def test_every_isalnum_character_is_a_letter_or_digit_to_the_word_pattern() -> None:
    # the stdlib split may miss a letter (the check on its gaps catches that), never add one
    word = set(regex.findall(r"[\p{L}\p{N}]", _CODE_POINTS))
    alnum = set(re.findall(r"[^\W_]", _CODE_POINTS))
    assert alnum <= word


def test_lower_casing_a_character_keeps_it_in_or_out_of_the_words() -> None:
    word = regex.compile(r"[\p{L}\p{N}]")
    changed = [
        c
        for c in _CODE_POINTS
        if len(c.lower()) == 1
        and c.lower() != c
        and bool(word.match(c)) != bool(word.match(c.lower()))
    ]
    assert changed == []


_TRICKY = [
    "Aid",
    "aid",
    "ΟΔΟΣ",
    "Σ'Α",
    "İstanbul",
    "ǅemal",
    "snake_case",
    "x²",
    "½",
    "Ⅻ",
    "straße",
    "e\u0301",
    "\u0558",
    "Київ",
    "ağış",
    "ʼ",
    "αβγ",
    "中文",
    "Ǆ",
    "×",
    "\u0301",
    "\U0001e030",
    "٣",
    "$5",
    "-",
    "’",
    "“",
    " ",
    "\n",
    "\u00a0",
]


_COMPILED = cues_module.__file__.endswith((".so", ".pyd"))


@settings(max_examples=400, derandomize=True)
@given(st.lists(st.sampled_from(_TRICKY), max_size=30).map("".join))
def test_words_of_reads_the_words_the_word_pattern_reads(text: str) -> None:
    # the compiled build's one known divergence is pinned by the test below, not shrunk to here
    assume(not (_COMPILED and "Σ" in text))
    assert words_of(text) == _plain_words_of(text)


@pytest.mark.xfail(
    _COMPILED,
    reason="compiled build: mypyc's str.lower (Python < 3.13) has no final-sigma rule, "
    "so 'ΟΔΟΣ' lowers to 'οδοσ', not 'οδος' (a known divergence, README)",
    strict=True,
)
@pytest.mark.parametrize(
    ("text", "word"), [("ΟΔΟΣ", "οδος"), ("Aid ΟΔΟΣ aid", "οδος"), ("ΣΑΣ.", "σας")]
)
def test_a_final_capital_sigma_lowers_to_the_final_form(text: str, word: str) -> None:
    assert word in words_of(text).words
    assert words_of(text) == _plain_words_of(text)


def test_words_of_on_plain_and_large_text() -> None:
    text = "Norway gave NOK 5bn in aid; “Aid” came – 2,000 tonnes.\n" * 40
    assert words_of(text) == _plain_words_of(text)
    big = text * (LEAN_WORDS_CHARS // len(text) + 1)
    lean = words_of(big)
    assert list(lean.starts) == _plain_words_of(big).starts


def test_a_list_marker_never_opens_with_a_letter() -> None:
    # find_sentences tries its list-marker pattern only where a line opens without a letter
    opener = regex.compile(r"[-–—•*·▪◦‣►(\d]")
    assert not [c for c in _CODE_POINTS if c.isalpha() and opener.match(c)]
    assert _BULLET_RE.pattern.startswith(r"(?:[-–—•*·▪◦‣►]|\d{1,2}[.)]|\(\d{1,2}\))")


def test_sentences_of_lines_with_and_without_list_markers() -> None:
    text = "- Aid rose.\n2) Loans fell.\n(3) Grants came.\nÉlan grew. 4. More\n• “Quoted” here\n***"
    got = [text[s.start : s.end] for s in find_sentences(text)]
    assert got == [
        "Aid rose.",
        "Loans fell.",
        "Grants came.",
        "Élan grew.",
        "4.",
        "More",
        "“Quoted” here",
    ]


_CLAUSE_PIECES = [",", ";", ":", "–", "—", " – ", " ", "\u00a0", "\n", "\x1c", "(", ")", "$5m", "x"]
_CLAUSE_PIECES += ["and", "But", "but", "yet", "though", "even", "whereas", "while", "Although"]


@settings(max_examples=500, derandomize=True)
@given(
    st.lists(
        st.sampled_from(_CLAUSE_PIECES),
        max_size=25,
    ).map("".join)
)
def test_a_sentence_ruled_out_for_clause_cuts_holds_no_boundary(span: str) -> None:
    spans = [m.span() for m in _CLAUSE_BOUNDARY_RE.finditer(span)]
    pattern = _boundary_pattern(span)
    assert spans == ([] if pattern is None else [m.span() for m in pattern.finditer(span)])
    if not span.startswith(_SUBORDINATE_OPENERS):
        assert _SUBORDINATE_RE.match(span) is None
