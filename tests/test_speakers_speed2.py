"""Issue 10, second round: the speakers' document-wide shortcuts give what the plain reading gives."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.speakers import memory, patterns, read, scan
from aidclaims.speakers.patterns import RUN_RE, LetterRuns
from aidclaims.speakers.twin import plain_text
from aidclaims.text.sentences import Sentence

_TEXT = st.text(alphabet=st.sampled_from("aZq é’'-.,€–ß1 \n\t\u0301😀"), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_a_documents_letter_runs_are_the_pattern_runs(text: str, a: int, b: int) -> None:
    runs = LetterRuns(text, plain=plain_text(text))
    assert runs(a, b) == RUN_RE.findall(text, a, b)
    assert LetterRuns(text, plain=False)(a, b) == RUN_RE.findall(text, a, b)


def _in_order(pattern: regex.Pattern[str]) -> list[str]:
    """A pattern's group names by group number."""
    return sorted(pattern.groupindex, key=pattern.groupindex.__getitem__)


def test_the_rules_unpack_their_patterns_groups_in_order() -> None:
    # cues.py unpacks m.groups() of each rule pattern; read.py reads the dash source's group 1
    assert _in_order(patterns.SUBJECT_VERB_RE) == ["subj", "app", "verb", "this"]
    assert _in_order(patterns.VERB_SUBJECT_RE) == ["verb", "subj", "app"]
    assert _in_order(patterns.PRONOUN_VERB_RE) == ["pro", "verb", "this"]
    assert _in_order(patterns.ACCORDING_TO_RE) == ["pro", "subj", "author"]
    assert _in_order(patterns.PASSIVE_BY_RE) == ["back", "verb", "subj"]
    for pattern in [
        patterns.SUBJECT_VERB_RE,
        patterns.VERB_SUBJECT_RE,
        patterns.PRONOUN_VERB_RE,
        patterns.ACCORDING_TO_RE,
        patterns.PASSIVE_BY_RE,
    ]:
        assert pattern.groups == len(pattern.groupindex)  # no unnamed group in between
        assert sorted(pattern.groupindex.values()) == list(range(1, pattern.groups + 1))
    assert read._DASH_SOURCE_RE.groupindex == {"name": 1}


_PIECES = st.sampled_from(
    [
        "he",
        "He",
        "the",
        "she",
        "They",
        "it",
        "its",
        "with",
        "also",
        "according to",
        "According  to",
        "said",
        "added",
        "reports",
        ",",
        '"',
        "”",
        "“",
        "Minister",
        "minister",
        "Sen.",
        "Prime Minister",
        "government",
        "Ana Silva",
        "Kyïv",
        "é",
        "ʼ",
        "-",
        " ",
        "  ",
        "\n",
        "\x1c",
        "\u00a0",
        "5",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.integers(0, 4), st.integers(0, 4))
def test_matches_tried_at_words_are_the_patterns_matches(
    pieces: list[str], cut_a: int, cut_b: int
) -> None:
    text = " ".join(pieces) if cut_a % 2 else "".join(pieces)
    a, b = min(cut_a, len(text)), max(min(cut_a, len(text)), len(text) - cut_b)
    runs = set(RUN_RE.findall(text, a, b))

    def spans(found: Iterable[regex.Match[str]]) -> list[tuple[int, int]]:
        return [m.span() for m in found]

    for pattern, words in [
        (patterns.PRONOUN_VERB_RE, patterns.PRONOUN_RUNS),
        (patterns.ACCORDING_TO_RE, patterns.ACCORDING_RUNS),
        (patterns.MENTION_HINT_RE, patterns.HINT_RUNS),
    ]:
        tried = scan.word_matches(pattern, text, a, b, words.intersection(runs))
        assert spans(tried) == spans(pattern.finditer(text, a, b))
    inverted = scan.verb_subject_matches(text, a, b, runs)
    assert spans(inverted) == spans(patterns.VERB_SUBJECT_RE.finditer(text, a, b))
    s = Sentence(a, b)
    found = memory._has_hint(text, s, patterns.SOUGHT_RUNS.intersection(runs))
    assert found == (patterns.MENTION_HINT_RE.search(text, a, b) is not None)
