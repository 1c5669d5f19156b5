"""Issue 10: the speakers' shortcuts give what the plain reading gives.

The memory reads a sentence's mentions only when next asked (eagerly reading each sentence
gives the same speakers), letter runs of ASCII text come from the stdlib ``re``, and a
document's subject phrases are read once.
"""

from __future__ import annotations

from collections.abc import Collection

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.speakers import memory, read
from aidclaims.speakers.patterns import RUN_RE, letter_runs
from aidclaims.speakers.subjects import SubjectReader, read_subject
from aidclaims.text.sentences import Sentence, find_sentences

_PIECES = st.sampled_from(
    [
        "Defence Minister Ana Silva",
        "Silva",
        "the minister",
        "Prime Minister Ola Berg",
        "Berg",
        "Lena Varga",
        "the Finnish government",
        "the government",
        "a spokesman",
        "he",
        "she",
        "they",
        "said",
        "added",
        "told reporters",
        "according to",
        "This was announced by",
        "aid rose",
        "Norway pledged $5 million",
        "“We will help,”",
        "“More will come.”",
        ",",
        " – ",
        "on Monday",
        "Ukraine’s",
        "Kyiv",
    ]
)
_ENDS = st.sampled_from([". ", ".\n", "! ", "? ", ".” ", ". "])


class _EagerMemory(memory.Memory):
    """The memory as it was: every noted sentence's mentions read at once."""

    def note_mentions(self, s: Sentence, runs: Collection[str]) -> None:
        super().note_mentions(s, runs)
        self._read_pending()


@pytest.mark.sources_only
@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_PIECES, min_size=1, max_size=8), _ENDS), max_size=8))
def test_mentions_read_when_asked_give_the_eager_speakers(
    parts: list[tuple[list[str], str]],
) -> None:
    text = "".join(" ".join(words) + end for words, end in parts)
    sentences = find_sentences(text)
    lazy = read.find_speakers(text, sentences)
    eager_reader = read._Reader(text)
    eager_reader.memory = _EagerMemory(text)
    assert eager_reader.read(sentences) == lazy


_TEXT = st.text(alphabet=st.sampled_from("aZ é’'-.,ßſΣ1 \n\u0301ǅ"), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_letter_runs_are_the_pattern_runs(text: str, a: int, b: int) -> None:
    assert letter_runs(text, a, b) == RUN_RE.findall(text, a, b)


def test_a_document_reads_a_subject_phrase_once() -> None:
    read_once = SubjectReader()
    for phrase in ["NATO Secretary General Lars Eklund", "the Pentagon", "Germany", "he"]:
        first = read_once(phrase, media=False)
        assert first == read_subject(phrase, media=False)
        assert read_once(phrase.replace(" ", "  "), media=False) is first
        assert read_once.words(phrase.split(), media=True) == read_subject(phrase, media=True)
