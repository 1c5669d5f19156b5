"""Issue 10: the speakers' ASCII twins find what their ``regex`` patterns find.

A twin (:mod:`aidclaims.speakers.twin`) runs on the stdlib ``re`` where a stretch is plain;
on generated text, with any bounds, each twin must give the pattern's matches, group for
group, and the plain test must turn away every stretch where the classes could differ.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.speakers import patterns, read, scan
from aidclaims.speakers._table import INVERTED_VERBS, PASSIVE_VERBS
from aidclaims.speakers.patterns import MENTION, MENTION_RE, RUN_RE, SUBJECT_VERB_RE
from aidclaims.speakers.twin import Twin, ascii_pattern
from aidclaims.text.sentences import find_sentences

_WORDS = st.sampled_from(
    [
        "Minister",
        "minister",
        "Ana",
        "Silva",
        "the",
        "The",
        "of",
        "von der",
        "Sen.",
        "U.S.",
        "F.",
        "al-Masri",
        "Balt.ua",
        "ministry’s",
        "government's",
        "said",
        "has also said",
        "told",
        "pointed out",
        "this",
        "on Monday",
        "(MEA)",
        "Bjørnstad",
        "Kyïv",
        "Élysée",
        "élysée",
        "2024",
        "٣",
        "a\u0301",
    ]
)
_GLUE = st.sampled_from(
    [" ", "  ", ", ", ",", ". ", "\n", "\xa0", "\x1c", "“", "” ", '"', "; ", "-", "’"]
)
# The "<subject> said" pattern holds the mention pattern and more: groups, an appositive
# set with quote marks, lookaheads at the stretch's end.
SUBJECT_VERB = Twin(SUBJECT_VERB_RE, lambda: SUBJECT_VERB_RE.pattern)
_TEXT = st.lists(st.tuples(_WORDS, _GLUE), max_size=14).map(
    lambda parts: "".join(w + g for w, g in parts)
)


def _found(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(len(m.groups()) + 1)) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 8), st.integers(0, 8))
def test_twins_find_what_the_patterns_find(text: str, cut_a: int, cut_b: int) -> None:
    a, b = min(cut_a, len(text)), max(min(cut_a, len(text)), len(text) - cut_b)
    assert MENTION.findall(text, a, b) == MENTION_RE.findall(text, a, b)
    assert _found(SUBJECT_VERB.finditer(text, a, b)) == _found(SUBJECT_VERB_RE.finditer(text, a, b))
    if Twin.plain(text, a, b):  # the twin itself, not the fallback
        assert MENTION.ascii.findall(text, a, b) == MENTION_RE.findall(text, a, b)
        assert _found(SUBJECT_VERB.ascii.finditer(text, a, b)) == _found(
            SUBJECT_VERB_RE.finditer(text, a, b)
        )
    m, n = MENTION.match(text, a, b), MENTION_RE.match(text, a, b)
    assert (m and m.span()) == (n and n.span())


@pytest.mark.parametrize("char", ["é", "Ø", "\u0301", "٣", "\xa0", "\u2009"])
def test_a_stretch_with_a_unicode_class_member_is_not_plain(char: str) -> None:
    assert not Twin.plain(f"Aid to {char} rose", 0, 15)
    assert not Twin.plain(f"{char}Aid to rose", 1, 12)  # what a lookbehind sees


@pytest.mark.parametrize("char", ["’", "“", "€", "–", "\x1c", "½"])
def test_a_stretch_with_other_characters_is_plain(char: str) -> None:
    assert Twin.plain(f"Aid to {char} rose", 0, 15)


def test_every_ascii_character_is_in_the_same_classes_in_both_engines() -> None:
    for name, spelled in [("L", "A-Za-z"), ("Lu", "A-Z"), ("Ll", "a-z"), ("M", ""), ("Nd", "0-9")]:
        for i in range(128):
            c = chr(i)
            ours = bool(spelled) and re.fullmatch(f"[{spelled}]", c) is not None
            assert ours == (regex.fullmatch(rf"\p{{{name}}}", c) is not None), (name, c)
    for i in range(128):
        twin = re.fullmatch(ascii_pattern(r"\s"), chr(i), re.VERBOSE) is not None
        assert twin == (regex.fullmatch(r"\s", chr(i)) is not None), repr(chr(i))


@pytest.mark.parametrize("pattern", [r"\w", r"\b", r"\P{L}", r"\d", r"\p{M}", r"[\p{M}]", "[[a]]"])
def test_no_twin_for_what_it_cannot_spell(pattern: str) -> None:
    with pytest.raises(ValueError, match=r"twin|set"):
        ascii_pattern(pattern)


_PIECES = st.sampled_from(
    [
        "Defence Minister Ana Silva",
        "Silva",
        "Élysée spokesman Luc Héroux",
        "the Élysée",
        "Kyïv",
        "Bjørnstad",
        "the government",
        "he",
        "said",
        "told reporters",
        "aid rose",
        "Norway pledged $5 million",
        "“We will help,”",
        " – ",
        "long-term",
        "on Monday",
    ]
)
_ENDS = st.sampled_from([". ", ".\n", "! ", ".” "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_PIECES, min_size=1, max_size=7), _ENDS), max_size=7))
def test_a_plain_document_reads_as_one_tested_stretch_by_stretch(
    parts: list[tuple[list[str], str]],
) -> None:
    # the whole-text plain test is a shortcut: stretch-by-stretch tests give the same speakers
    text = "".join(" ".join(words) + end for words, end in parts)
    sentences = find_sentences(text)
    reference = read._Reader(text)
    reference.memory.plain = False
    assert reference.read(sentences) == read.find_speakers(text, sentences)


def test_the_prefilter_runs_are_the_pattern_runs() -> None:
    # patterns reads its tables' first runs with str.isalpha, so importing compiles no RUN_RE
    hints, verbs = patterns._MENTION_HINTS, patterns.VERBS
    assert {m.group() for m in map(RUN_RE.match, hints) if m} == patterns.HINT_RUNS
    assert {h for h in hints if RUN_RE.fullmatch(h)} == patterns.HINT_WORDS
    assert {m.group() for m in map(RUN_RE.match, verbs) if m} == patterns.VERB_RUNS
    for words, runs in [
        (INVERTED_VERBS, patterns.INVERTED_RUNS),
        (PASSIVE_VERBS, patterns.PASSIVE_RUNS),
        (patterns.SAYING_WORDS, patterns.SAYING_RUNS),
    ]:
        assert runs == {m.group() for m in map(RUN_RE.match, words) if m}


def _bound_by_pattern(text: str, x: int, y: int) -> int | None:
    """scan._subject_bound as it was: the words read backwards by ``(?r)\\S+``."""
    bound = None
    for m in scan._WORD_BACKWARDS_RE.finditer(text, x, y):
        if not scan._may_be_in_subject(m.group()):
            return None if bound is None else m.end()
        bound = x
    return bound


_SCAN_WORDS = st.sampled_from(
    ["Ana", "minister", "of", "pledged", "has", "also", "al-Masri", "x’s", "U.S.", "é"]
)
_SCAN_GLUE = st.sampled_from([" ", " ", "  ", "\n", "\t", "\x1c", ", ", "\xa0", "’"])
_SCAN_TEXT = st.lists(st.tuples(_SCAN_WORDS, _SCAN_GLUE), max_size=10).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=400, deadline=None)
@given(_SCAN_TEXT, st.integers(0, 80))
def test_subject_bounds_split_as_the_pattern_reads(text: str, cut: int) -> None:
    # scan reads a stretch of subject characters before a verb; an ASCII one with str.split
    y = min(cut, len(text))
    barrier = scan._NOT_SUBJECT_CHAR_RE.search(text, 0, y)
    x = 0 if barrier is None else barrier.start() + 1
    assert scan._subject_bound(text, x, y) == _bound_by_pattern(text, x, y)
    adverbs = [
        m.group() in scan._ADVERB_WORDS for m in scan._WORD_BACKWARDS_RE.finditer(text, x, y)
    ]
    assert scan._only_adverbs(text, x, y) == all(adverbs)
