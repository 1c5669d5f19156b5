"""Annotation's fast paths (tries, the last-letter gate) give what the plain patterns give."""

from __future__ import annotations

import importlib
from collections.abc import Iterable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.lexicon.words import QUALIFIERS
from aidclaims.money._table import DISTANT_RATES, POST_QUALIFIERS, PRE_RATES, RATES
from aidclaims.money.find import find_figures

annotate_module = importlib.import_module("aidclaims.money.annotate")

# each fast pattern, as regex compiles its template with the named lists left to it
_PLAIN = {
    "_PRE_QUALIFIER_RE": regex.compile(annotate_module.PRE_QUALIFIER, q=sorted(QUALIFIERS)),
    "_POST_QUALIFIER_RE": regex.compile(annotate_module.POST_QUALIFIER, q=sorted(POST_QUALIFIERS)),
    "_RATE_RE": regex.compile(annotate_module.RATE, r=sorted(RATES)),
    "_DISTANT_RATE_RE": regex.compile(annotate_module.DISTANT_RATE, r=sorted(DISTANT_RATES)),
    "_PRE_RATE_RE": regex.compile(annotate_module.PRE_RATE, r=sorted(PRE_RATES)),
}


_FOLDS_TO = {"s": "ſ", "k": "\u212a"}  # non-ASCII letters case folding reads as ASCII


def _word(words: Iterable[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(words)).flatmap(
        lambda w: st.sampled_from(
            [w, w.upper(), w.title(), w[:-1], w[:-1] + _FOLDS_TO.get(w[-1], w[-1])]
        )
    )


_PIECE = st.one_of(
    _word(QUALIFIERS),
    _word(POST_QUALIFIERS),
    _word(RATES),
    _word(PRE_RATES),
    _word(DISTANT_RATES),
    st.sampled_from(["$5 million", "€2bn", "10 billion euros", "£3m", " ", "  ", "\n", ", ", ". "]),
    st.sampled_from(["x", "aid", "(", "ſ", "\u212a", "İ", "\x1c", "\u00a0", "\u2028", "ago"]),
)


@settings(max_examples=500, derandomize=True)
@given(st.lists(_PIECE, min_size=1, max_size=12).map(" ".join))
def test_annotation_is_what_the_plain_patterns_give(text: str) -> None:
    figures = find_figures(text)
    fast = annotate_module.annotate(text, figures)
    with pytest.MonkeyPatch.context() as mp:
        for name, plain_pattern in _PLAIN.items():
            mp.setattr(annotate_module, name, plain_pattern)
        mp.setattr(annotate_module, "_may_end", lambda last, ends: True)
        plain = annotate_module.annotate(text, figures)
    assert fast == plain, text


def test_the_lists_read_without_case_are_lower_case() -> None:
    # a trie keeps each entry's case: inside "(?i:...)" that matches as the list does
    # only when no two entries differ by case alone, which lower-case entries guarantee
    for words in (QUALIFIERS, POST_QUALIFIERS, RATES, DISTANT_RATES, PRE_RATES):
        assert all(w == w.lower() for w in words)
