"""Issue 10: cheap tests before two patterns of the period choice (periods/choose.py).

``_may_refer_back`` rules out the anaphora pattern from the word a sentence opens with;
``_may_compare`` rules out the comparison and part patterns for a whole sentence from the
words it holds. Each test checks that the gate never says no where its pattern matches, on
written and generated text, and fails when a word or needle is taken out of the gate.
"""

from __future__ import annotations

import sys
from datetime import date
from itertools import product

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.money import find_money
from aidclaims.periods import assign_periods
from aidclaims.periods.choose import (
    _ANAPHORA_RE,
    _COMPARED_RE,
    _PART_RE,
    _is_list,
    _may_compare,
    _may_refer_back,
    _Peers,
)
from aidclaims.text.clauses import Located, locate
from aidclaims.text.sentences import find_sentences

_OPENERS = ("The", "This", "That", "These", "Those", "Such", "It", "Its", "There", "Thus")
_NOUNS = ("sum", "money", "package", "total", "aid", "includes", "would", "will", "means")
_LEADS = ("", " ", '"', "“", "‘", "'", "\u00a0", "\u2003", "\n ", '" ', "(")
_OTHERS = ("Italy", "Sudan", "the", "this", "THE", "Ukraine", "In", "Tha", "Suc", "2024", "ſuch")


def _texts() -> list[str]:
    out = []
    for lead, first, mid, noun in product(
        _LEADS, (*_OPENERS, *_OTHERS), ("", "new ", "whole "), _NOUNS
    ):
        out.append(f"{lead}{first} {mid}{noun} of $5 million, officials said.")
        out.append(f"{lead}{first}\t{noun}")
    return out


def test_every_space_the_anaphora_pattern_reads_is_a_python_space() -> None:
    space = regex.compile(r"\s")
    missed = [c for c in map(chr, range(sys.maxunicode + 1)) if space.match(c) and not c.isspace()]
    assert missed == []


def test_refer_back_gate_admits_every_match() -> None:
    matched = 0
    for text in _texts():
        for lo in range(min(4, len(text))):
            if _ANAPHORA_RE.match(text, lo, len(text)) is not None:
                matched += 1
                assert _may_refer_back(text, lo, len(text)), (text, lo)
    assert matched > 500  # every word of the pattern opens some of the texts
    assert not _may_refer_back("Italy pledged", 0, 13)
    assert not _may_refer_back("The", 2, 2)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"TSIthisaeouc \"'“‘\n.ſ", "The ", "It ", "Such "])))
def test_refer_back_gate_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    if _ANAPHORA_RE.match(text, 0, len(text)) is not None:
        assert _may_refer_back(text, 0, len(text))


_COMPARISONS = (
    "down from",
    "up  from",
    "compared with",
    "compared to",
    "than",
    "versus",
    "vs.",
    "vs",
    "including",
    "of which",
    "among them",
    "comprising",
    "comprises",
)


def test_compare_gate_admits_every_comparison() -> None:
    for phrase, case in product(_COMPARISONS, (str.lower, str.upper, str.title)):
        text = f"$5 million this year, {case(phrase)} $4 million in 2024."
        found = _COMPARED_RE.search(text) or _PART_RE.search(text)
        assert found is not None, text
        assert _may_compare(text, 0, len(text)), text
    assert not _may_compare("$5 million in 2024, a rise on 2023.", 0, 34)
    assert _may_compare("$5 million in 2024, veſus 2023.", 0, 31)  # beyond ASCII: the patterns


_WORDS = st.sampled_from(
    [*_COMPARISONS, "then", "thanks", "form", "front", "amount", "witch", "comp", "up", "vs"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(alphabet="aeimnorstvwxFTV ,.", max_size=6))))
def test_compare_gate_on_generated_text(words: list[str]) -> None:
    text = " ".join(words)
    if _COMPARED_RE.search(text) or _PART_RE.search(text):
        assert _may_compare(text, 0, len(text))


# ---- rule 1's list test, asked only when a sentence has as many periods as figures ----

_LISTS = (
    "In 2023 and 2024, NOK 2.5 billion and NOK 7 billion were allocated.",
    "In 2023 and 2024, NOK 2.5 billion was allocated, and NOK 7 billion was lent.",
    "For 2025, 2026 and 2027, $1 billion, $2 billion and $3 billion were set aside.",
    "The fund got $5 million in 2024 and $6 million in 2025.",
    "In 2022 it gave $4 million; $9 million followed.",
)


def _located(text: str) -> list[Located]:
    return locate(text, find_money(text), find_sentences(text))


def test_lazy_list_test_equals_the_list_test() -> None:
    for text in _LISTS:
        located = _located(text)
        view = _Peers(text, located)
        spans = [(loc.mention.start, loc.mention.end) for loc in located]
        assert view.is_listed(text) == (len(spans) > 1 and _is_list(text, spans)), text
    assert _Peers(_LISTS[0], _located(_LISTS[0])).is_listed(_LISTS[0])
    assert not _Peers(_LISTS[1], _located(_LISTS[1])).is_listed(_LISTS[1])


def test_listed_periods_pair_with_listed_figures() -> None:
    published = date(2025, 6, 1)
    got = [
        [None if p is None else p.text for p in assign_periods(t, _located(t), published)]
        for t in _LISTS
    ]
    assert got[0] == ["In 2023", "2024"]  # rule 1: in order
    assert got[1] == ["2024", "2024"]  # no list of figures: the nearest
    assert got[2] == ["For 2025", "2026", "2027"]
    assert got[3] == ["in 2024", "in 2025"]
