"""Issue 10, round 5: the shortcuts of the cue index, the aid filter and the aid type.

Each test holds a shortcut to the slow reading it replaced, on generated text.
"""

from __future__ import annotations

import random

from aidclaims import aid_type
from aidclaims.relevance import decide
from aidclaims.text.cues import CueIndex, CueTable, compile_cues, words_of

from ._cue_scan import word_by_word_found


def _tables() -> list[tuple[CueTable, bool]]:
    return [
        (decide._AID_RE, True),
        (decide._HARD_RE, True),
        (decide._SOFT_RE, True),
        (decide._GIVING_RE, True),
        (aid_type._AID_TYPE_RE, False),
    ]


def _text(table: CueTable, rng: random.Random) -> str:
    """Words of the table's phrases (some capitalised), joined by spaces, hyphens and stops."""
    phrases = [p for entries in table._by_first.values() for p, _ in entries]
    vocab = sorted({w for p in phrases for w in p.replace("-", " ").split()})
    pieces = []
    for _ in range(30):
        word = rng.choice(vocab) if rng.random() < 0.8 else "x"
        pieces.append(word.capitalize() if rng.random() < 0.2 else word)
        pieces.append(rng.choice([" ", " ", " ", "-", ", ", "  ", ". "]))
    return "".join(pieces)


def test_between_is_every_cue_wholly_inside_the_range() -> None:
    # between() drops at most the last cue that starts inside: fails if cues could overlap
    rng = random.Random(5)
    for table, proper_names in _tables():
        for _ in range(150):
            text = _text(table, rng)
            idx = CueIndex(table, text, proper_names=proper_names, words=words_of(text))
            for _ in range(10):
                lo = rng.randrange(len(text) + 1)
                hi = lo + rng.randrange(len(text) + 2 - lo)
                expected = [c for c in idx.all() if lo <= c.start and c.end <= hi]
                assert idx.between(lo, hi) == expected, (text, lo, hi)


def test_rules_two_and_three_with_and_without_their_cues() -> None:
    # rule 2 is asked only of a sentence with a non-aid word, rule 3's soft word only of a
    # span with one: each verdict below needs the cue (or its absence) read as before
    cases = [
        ("Kenya earned €1.3bn from sales of tea.", None),  # a source, not the money's kind
        ("Tea sales brought Kenya €1.3bn.", False),
        ("Kenya earned €1.3bn from tea.", None),
        ("The defence budget will rise by €1.3bn.", False),
        ("The budget gives €1.3bn to Kenya.", True),  # a recipient outweighs a soft word
        ("Tea worth €1.3bn went out.", None),
        ("Donors sent aid; €1.3bn came in.", True),
        ("The budget: €1.3bn, and aid besides.", False),
        ("Trade of €1.3bn with Kenya.", False),
    ]
    for text, verdict in cases:
        start = text.index("€")
        end = text.index("bn") + 2
        span = (0, len(text))
        got = decide.classify_aid(text, start, end, span, span, recipient_in_clause=False)
        assert got is verdict, text


def test_found_passes_over_a_first_word_no_second_word_follows() -> None:
    # "the" and "to" open longer phrases only: their places are tried only before one of
    # the phrases' second words; with none left, the one-word phrases are read in one list
    table = compile_cues(["the cost of", "to support", "to help", "aid", "loans", "cost"])
    texts = [
        "the aid to Kyiv, the loans to the city",  # no second word: one-word phrases only
        "the cost of aid, to support loans",
        "to the cost of the aid to help the",
        "The Cost-of aid to\nsupport to  help",  # a hyphen is no space, a line break is
        "aid",
        "to",
        "",
    ]
    for text in texts:
        words = words_of(text)
        for lo in range(len(text) + 1):
            for hi in (lo, lo + 4, lo + 12, len(text)):
                want = word_by_word_found(table, text, words, lo, hi)
                assert table.found(text, words, lo, hi) == want, (text, lo, hi)


def test_aid_types_are_read_from_a_plain_copy_of_the_table() -> None:
    assert dict(aid_type.AID_TYPE_CUES) == aid_type._TYPE_OF
    text = "The financial year's military aid, and financial aid."
    cues = aid_type.aid_type_index(text).all()
    assert [c.key for c in aid_type._typed(cues)] == ["military", "financial"]
    assert aid_type._typed([]) == []
