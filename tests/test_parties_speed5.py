"""Issue 10, fifth round: shortcuts in parties checked against the pattern they stand for.

Each test draws text from the words a shortcut looks for, look-alikes, and the characters
where it and the pattern could part (a word character right before the window, letters
that case folding reads as ASCII, spaces beyond ASCII).
"""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.parties import phrases, scan, select
from aidclaims.parties._patterns import _AID_VERB_FORMS, _AID_VERB_RE
from aidclaims.parties.spans import Phrase, Span

_ODD = ["\u212a", "ſ", "İ", "\u00a0", "\t", "\n", "\x1c", "é", "’", "“", "_", "2"]
_AID_VERB_PIECES = [
    *sorted(_AID_VERB_FORMS)[::7],
    "hand over",
    "set aside",
    "topped up",
    "Pledged",
    "PLEDGES",
    "pledgedx",
    "xpledged",
    "over",
    "up",
    "aside",
    "hand",
    "set",
    "aid",
    "the",
    "Canada",
    " ",
    "  ",
    ", ",
    ".",
    "-",
    "$5",
]


def test_one_word_forms_are_plain_lowercase_runs() -> None:
    assert select._ONE_WORD_AID_VERBS
    for form in select._ONE_WORD_AID_VERBS:
        assert form.isascii()
        assert form.isalpha()
        assert form == form.lower()
    for form in _AID_VERB_FORMS - select._ONE_WORD_AID_VERBS:
        assert form.split()[-1] in select._TWO_WORD_AID_VERB_TAILS


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_AID_VERB_PIECES + _ODD), max_size=14),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_aid_verb_in_equals_the_pattern(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    want = _AID_VERB_RE.search(text, lo, hi) is not None
    assert select.aid_verb_in(text, lo, hi) == want


def test_aid_verb_in_written_cases() -> None:
    t = "Canada pledged aid; Japan repledged; they set aside $5m"
    assert select.aid_verb_in(t, 0, len(t))
    assert not select.aid_verb_in(t, 7 + 1, 14)  # 'ledged': cut at lo, no match
    assert select.aid_verb_in(t, 7, 14)
    assert not select.aid_verb_in(t, 20, 35)  # 'repledged' is no form
    assert select.aid_verb_in(t, 41, len(t))  # 'set aside', left to the pattern


def test_the_records_unpacked_by_position_keep_their_field_order() -> None:
    """Spans and phrases are made by position."""
    assert tuple(f.name for f in dataclasses.fields(Span)) == (
        "start",
        "end",
        "name",
        "keys",
        "kind",
        "possessive",
        "adjectival",
        "after",
    )
    assert tuple(f.name for f in dataclasses.fields(Phrase)) == (
        "start",
        "end",
        "name",
        "keys",
        "kind",
        "possessive",
        "modifier",
        "donor_cue",
        "recipient_cue",
        "subject_like",
    )


def test_needles_and_those_that_hold_them_are_the_nesting() -> None:
    """name_matches walks the needles alone and looks up those that hold one when found."""
    assert tuple(needle for needle, _ in scan._LOWER_NEEDLES) == scan._NEEDLES
    assert dict(scan._HELD) == dict(scan._LOWER_NEEDLES)


_GOV_PIECES = [
    "government of",
    "Government  of the",
    "people of",
    "PEOPLE OF THE",
    "of",
    "the",
    "off",
    "thee",
    "Japan",
    "x",
    " ",
    "  ",
    ",",
    ".",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GOV_PIECES + _ODD), max_size=10), st.data())
def test_government_of_equals_the_pattern(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    bounds = [sum(len(p) for p in pieces[:k]) for k in range(len(pieces) + 1)]
    start = data.draw(st.sampled_from(bounds) | st.integers(0, len(text)))  # mostly a piece's
    lo = data.draw(st.integers(0, start))
    m = phrases._GOV_OF_RE.search(text, max(lo, start - 30), start)
    got = phrases._government_of(text, lo, start)
    assert (got.span() if got else None) == (m.span() if m else None)


def test_government_of_written_cases() -> None:
    for t in ("the Government of Japan", "people of the Japan", "PEOPLE OF THE Japan"):
        m = phrases._government_of(t, 0, len(t) - 5)
        assert m is not None
        assert m.end() == len(t) - 5
    for t in ("aid to Japan", "government off Japan", "people of a Japan"):
        assert phrases._government_of(t, 0, len(t) - 5) is None


def test_not_of_the_ends_hold_no_f_e_or_space() -> None:
    for ch in phrases._NOT_OF_THE_ENDS:
        assert ch.isascii()
        assert not ch.isspace()
        assert ch.lower() not in "fe"
