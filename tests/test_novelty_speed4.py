"""Issue 10, round 4: the novelty shortcuts give what the plain searches give.

``first_heading`` tries the heading pattern only at lines whose first character past spaces
and tabs opens a marker; each figure's cue windows are slices of its sentence folded once.
"""

from __future__ import annotations

import re
import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims import _novelty_cues as C
from aidclaims import _novelty_dates as D
from aidclaims import _novelty_table as T
from aidclaims.novelty import Figure, _value_key


def _searched(text: str) -> int | None:
    m = C.HEADING.pattern.search(text)
    return None if m is None else m.end()


def test_every_marker_opens_with_a_plain_letter() -> None:
    for cue in T.BACKGROUND_MARKERS:
        assert cue.pattern[0].isascii(), cue.pattern
        assert cue.pattern[0].isalpha(), cue.pattern


def test_no_other_character_opens_a_marker() -> None:
    # every character the case-blind pattern takes for a marker's first letter is an opener
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    firsts = "".join(sorted({cue.pattern[0] for cue in T.BACKGROUND_MARKERS}))
    found = set(regex.findall(f"(?i)[{firsts}]", everything))
    assert found <= C.HEADING_OPENERS
    assert found == C.HEADING_OPENERS


_PIECES = st.sampled_from(
    [
        "Background",
        "BACKGROUND",
        "bAckground",
        "Recall",
        "recall that",
        "Reminder",
        "As a reminder",
        "as\na\treminder",
        "For reference",
        "for\nreference",
        "Aid",
        "Fund",
        " ",
        "\t",
        "\n",
        "\r",
        "\u2028",
        ":",
        ".",
        ",",
        "x",
        "$5m",
        "ſ",
        "\u212a",
        "Aſ a reminder",
        "aS A Reminder",
        "BAckground",
        "Reuters",
        "Former",
        "“Recall”",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_first_heading_is_the_patterns_first_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert C.first_heading(text) == _searched(text)


def test_first_heading_on_written_lines() -> None:
    texts = [
        "Background:",
        "Aid rose.\n  Background:\nIn 2022 ...",
        "Aid rose.\n\t As a reminder.\n",
        "Aid rose. Background:\nIn 2022",  # not at a line's start
        "Aid rose.\nBackground: in 2022 Japan gave",  # more on the line
        "\n\n   \nFOR   REFERENCE \t:\t\nmore\nRecall\n",
        "aid\nbags of aid\nfunds\nrecall",
        "Aid.\nAſ a reminder:\nmore",
        "Aid.\n\t\u212aeep\nbackground.",
        "",
    ]
    for text in texts:
        assert C.first_heading(text) == _searched(text), text


def test_no_other_character_spells_a_conversion_word() -> None:
    # the case-blind gap pattern reads the letters of "or", "equivalent", "i.e." only in
    # ASCII letters and "İ", which may_convert looks for
    everything = "".join(
        chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
    )
    assert set(regex.findall("(?i)[orequivalnt]", everything)) == {"\u0130"}


_GAP_PIECES = st.sampled_from(
    [
        " ",
        "(",
        "[",
        ",",
        ";",
        "or",
        "OR",
        "Or",
        "equivalent",
        "EQUIVALENT",
        "to",
        "i.e.",
        "\u0130.e.",
        "I.E.",
        "about",
        "some",
        "the",
        "of",
        "and",
        "aid",
        "~",
        "c.",
        "approx.",
        "\n",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=8))
def test_may_convert_admits_every_conversion_gap(pieces: list[str]) -> None:
    for gap in ("".join(pieces), " ".join(pieces)):
        if C.CONVERSION_GAP_RE.fullmatch(gap):
            assert C.may_convert(gap), gap


def test_may_convert_on_written_gaps() -> None:
    gaps = [
        " (",
        " [about ",
        ", or ",
        " OR roughly ",
        ", equivalent to ",
        " EQUIVALENT TO some ",
        ", i.e. ",
        " \u0130.E. ",
        " (approx. ",
        " and ",
        ", ",
        " to ",
    ]
    for gap in gaps:
        assert C.may_convert(gap) >= bool(C.CONVERSION_GAP_RE.fullmatch(gap)), gap
    assert sum(bool(C.CONVERSION_GAP_RE.fullmatch(g)) for g in gaps) >= 9


def test_a_past_giving_verb_is_found_between_any_two_characters() -> None:
    # the pattern reads the character before a verb; _holds_past_giving_verb adds one at the
    # start: every ASCII character and a few others on either side, against the word test
    around = [chr(c) for c in range(32, 127)] + ["", "\n", "é", "ſ", "\u0130", "Σ"]
    for verb in sorted(T.PAST_GIVING_VERBS):
        for before in around:
            for after in ("", " ", "z", "A", "é", "s"):
                sentence = f"{before}{verb}{after}"
                words = re.findall(r"[a-z]+", sentence.lower())
                expected = bool(T.PAST_GIVING_VERBS.intersection(words))
                assert D._holds_past_giving_verb(sentence) == expected, sentence


_STOP_PIECES = st.sampled_from(["Aid", " ", ".", "!", "?", "…", "\n", "é", "5.2"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_STOP_PIECES, max_size=10))
def test_lead_end_is_past_the_first_stop(pieces: list[str]) -> None:
    text = "".join(pieces)
    m = regex.search(r"[.!?]", text)
    assert C.lead_end(text) == (m.end() if m else len(text))


def _parsed_key(value: float | None) -> tuple[str, float] | None:
    """The value key as it was: the three-digit text parsed back to a float."""
    if value is None or value <= 0:
        return None
    return "USD", float(f"{value:.3g}")


_VALUES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 5, 5.0, 61e9, 6.1e10, 61.0e9 + 1, 999.5, 1000.0, 1e-320]),
    st.integers(1, 10**6).map(lambda n: n * 1e6),
)


@settings(max_examples=600, deadline=None)
@given(_VALUES, _VALUES)
def test_value_keys_group_as_the_parsed_keys(a: float, b: float) -> None:
    ka, kb = (_value_key(Figure(0, 1, 0, 1, v, currency="USD")) for v in (a, b))
    pa, pb = _parsed_key(a), _parsed_key(b)
    assert (ka is None) == (pa is None or pa[1] != pa[1])  # no key for NaN: it equals nothing
    if ka is not None and kb is not None:
        assert (ka == kb) == (pa == pb), (a, b)
