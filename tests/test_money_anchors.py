"""The money finder's anchors: digit runs and scale words, found fast, as a regex finds them."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.money.find import _SCALE_WORDS, scale_word_starts

# the case-blind scale-word search the fast one stands for
_SLOW = regex.compile(r"(?i:\L<w>)", regex.VERSION1, w=_SCALE_WORDS)

_PIECES = st.sampled_from(
    [
        "billion", "BILLIONS", "Million", "millions", "thousand", "THOUSAND", "trillion", "trln",
        "lakh", "Lakhs", "crore", "CRORES", "bn", "mln", " ", "\u00a0", "5", "two ", "İ", "ſ",
        "\u212a", "ß", "ﬁ", "é", "mil", "lion", "tri", "thou", "sand", "$", "€", ".", "\n",
    ]
)  # fmt: skip


@settings(max_examples=300, derandomize=True)
@given(st.lists(_PIECES, max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_scale_word_starts_are_the_case_blind_search(
    parts: list[str], cut_lo: int, cut_hi: int
) -> None:
    text = "".join(parts)
    lo, end = min(cut_lo, len(text)), max(min(len(text), len(text) - cut_hi), 0)
    lo = min(lo, end)
    slow = [m.start() for m in _SLOW.finditer(text, lo, end, overlapped=True)]
    assert scale_word_starts(text, lo, end) == slow


def test_letters_that_fold_to_latin_take_the_slow_way() -> None:
    # "thouſand" and "MİLLION" are scale words to case folding, not to str.lower()
    assert scale_word_starts("5 thouſand", 0, 10) == [2]
    assert scale_word_starts("5 MİLLION", 0, 9) == [2]
    assert scale_word_starts("5 \u212aILO, 5 lakh", 0, 15) == [10]


def test_long_texts_are_read_in_pieces_without_losing_a_word_at_a_seam() -> None:
    # str.lower() is given 64k pieces: a scale word across a seam, or at the end, is found
    base = " ".join(["aid"] * 45_000) + " 5 Lakh"
    for seam in (65_536, 131_072):
        for shift in range(-9, 2):
            at = seam + shift
            text = base[:at] + "Trillion" + base[at + 8 :]
            for lo, end in ((0, len(text)), (7, len(text) - 3), (at + 1, len(text))):
                slow = [m.start() for m in _SLOW.finditer(text, lo, end, overlapped=True)]
                assert scale_word_starts(text, lo, end) == slow
            assert at in scale_word_starts(text, 0, len(text))
