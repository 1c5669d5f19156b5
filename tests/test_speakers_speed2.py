"""Issue 10, second round: the speakers' document-wide shortcuts give what the plain reading gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.speakers.patterns import RUN_RE, LetterRuns
from aidclaims.speakers.twin import plain_text

_TEXT = st.text(alphabet=st.sampled_from("aZq é’'-.,€–ß1 \n\t\u0301😀"), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_a_documents_letter_runs_are_the_pattern_runs(text: str, a: int, b: int) -> None:
    runs = LetterRuns(text, plain=plain_text(text))
    assert runs(a, b) == RUN_RE.findall(text, a, b)
    assert LetterRuns(text, plain=False)(a, b) == RUN_RE.findall(text, a, b)
