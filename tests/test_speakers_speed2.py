"""Issue 10, second round: the speakers' document-wide shortcuts give what the plain reading gives."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.speakers import patterns, read
from aidclaims.speakers.patterns import RUN_RE, LetterRuns
from aidclaims.speakers.twin import plain_text

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
