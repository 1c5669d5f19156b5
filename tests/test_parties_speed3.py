"""Issue 10, third round: cheap tests that rule a pattern or a search out in parties.

Each shortcut is checked against the step it stands for, on generated text drawn from the
words the step looks for, look-alikes, and the characters where a cheap test and the
pattern could part (spaces beyond ASCII, letters that case folding reads as ASCII).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.lexicon.currencies import CURRENCY_NAMES
from aidclaims.lexicon.numbers import SCALES
from aidclaims.lexicon.titles import ROLE_WORDS
from aidclaims.parties import cues, phrases, scan, select
from aidclaims.parties.near import following, word_before
from aidclaims.parties.spans import Entry

_ODD = ["K", "ſ", "İ", "\u00a0", "\t", "\n", "\x1c", "é", "’", "“"]


def _flat_needles() -> list[str]:
    return [n for needle, held in scan._LOWER_NEEDLES for n in (needle, *held)]


def test_every_needle_is_kept_and_held_needles_hold_theirs() -> None:
    entries = [s for s in scan.ENTRIES if not s[0].isupper()]
    assert sorted(_flat_needles()) == sorted(scan._needles(entries))
    for needle, held in scan._LOWER_NEEDLES:
        assert all(needle in outer for outer in held)
    assert any(held for _, held in scan._LOWER_NEEDLES)  # the nesting is used


def _plain_name_matches(text: str, lo: int, hi: int) -> list[tuple[int, str, Entry]]:
    """name_matches with every needle searched for (the code before the nesting)."""
    span = text[lo:hi]
    starts = [
        (m.start(), w)
        for m in scan._CAPITAL_WORD_RE.finditer(text, lo, hi)
        if (w := m.group()) in scan._BY_LETTERS
    ]
    for needle in _flat_needles():
        i = text.find(needle, lo, hi) if needle in span else -1
        while i >= 0:
            if scan._NAME_START_RE.match(text, i) is not None:
                starts.append((i, ""))
            i = text.find(needle, i + 1, hi)
    out: list[tuple[int, str, Entry]] = []
    pos = lo
    for i, word in sorted(set(starts)):
        if i < pos:
            continue
        if not word:
            letters = scan._LETTERS_RE.match(text, i, hi)
            word = letters.group() if letters is not None else ""
        for s, e in scan._BY_LETTERS.get(word, ()):
            end = i + len(s)
            if end <= hi and text.startswith(s, i) and scan._ends_name(text, end, hi):
                out.append((i, s, e))
                pos = end
                break
    return out


_NAME_PIECES = st.sampled_from(
    [
        *_flat_needles(),
        "flood",
        "quake",
        "donorship",
        "xvictims",
        "Kenya",
        "the",
        "Gaza",
        " ",
        ", ",
        "-",
        "#",
        "$",
        *_ODD,
    ]
)
_NAME_TEXTS = st.lists(_NAME_PIECES, max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NAME_TEXTS, st.data())
def test_name_matches_finds_what_every_needle_finds(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    assert scan.name_matches(text, lo, hi) == _plain_name_matches(text, lo, hi)


def test_name_matches_finds_nested_needles() -> None:
    t = "Aid for flood victims and earthquake victims, donors said; quake victims wait."
    found = [s for _, s, _ in scan.name_matches(t, 0, len(t))]
    assert found == _plain_name_matches_names(t)
    assert "flood victims" in found
    assert "donors" in found


def _plain_name_matches_names(t: str) -> list[str]:
    return [s for _, s, _ in _plain_name_matches(t, 0, len(t))]


_CURRENCY_PIECES = st.sampled_from(
    [
        *sorted(CURRENCY_NAMES),
        *(n.upper() for n in sorted(CURRENCY_NAMES)),
        *(n.title() for n in sorted(CURRENCY_NAMES)),
        "aid",
        "Kr",
        "ſhekels",
        "Danish",
        " ",
        "  ",
        ",",
        "s",
        *_ODD,
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_CURRENCY_PIECES, max_size=6).map("".join), st.data())
def test_currency_gate_admits_every_currency_after(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, hi))
    if scan._CURRENCY_AFTER_RE.match(text, end, hi):
        assert scan._currency_may_follow(text, end, hi)


def test_currency_gate_on_every_name() -> None:
    for name in CURRENCY_NAMES:
        for written in (name, name.upper(), name.title()):
            for space in (" ", "  ", "\u00a0", "\n"):
                t = "Danish" + space + written + " more"
                if scan._CURRENCY_AFTER_RE.match(t, 6, len(t)):
                    assert scan._currency_may_follow(t, 6, len(t)), t
    assert not scan._currency_may_follow("Danish aid", 6, 10)
    assert not scan._currency_may_follow("Danish, and", 6, 11)
    assert scan._currency_may_follow("Danish Kroner", 6, 13)


_GAPS = st.lists(
    st.sampled_from([" ", "(", "[", "or ", "about ", "roughly", "some", "x", ")", *_ODD]),
    max_size=5,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_GAPS)
def test_conversion_test_is_the_pattern(gap: str) -> None:
    text = "$5m" + gap + "$7m"
    end, start = 3, 3 + len(gap)
    expected = select._CONVERSION_GAP.fullmatch(text, end, start) is not None
    assert select._is_conversion(text, end, start) == expected


_BEFORE_PIECES = st.sampled_from(
    [*SCALES, *(s.upper() for s in SCALES), "2", "40", "aid", "x", "bnx", "the", *_ODD, " ", ","]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_BEFORE_PIECES, max_size=8).map("".join), st.data())
def test_after_figure_closing_admits_every_match(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, start))
    near = data.draw(st.integers(lo, start))
    if phrases._AFTER_FIGURE_RE.search(text, near, start):
        assert phrases._AFTER_FIGURE_CLOSE.admits(word_before(text, lo, start), near)


def test_after_figure_closing_on_scales() -> None:
    for scale in SCALES:
        t = f"a $40 {scale} Ukraine"
        start = t.index("Ukraine")
        assert phrases._AFTER_FIGURE_RE.search(t, 0, start)
        assert phrases._AFTER_FIGURE_CLOSE.admits(word_before(t, 0, start), 0)
    t = "help for Ukraine"
    assert not phrases._AFTER_FIGURE_CLOSE.admits(word_before(t, 0, 9), 0)


_PREP_PIECES = st.sampled_from(
    ["aid", "to", "for", "from", "the", "Aid's", "well-", "x_y", "2024", " ", "  ", "'", "-", *_ODD]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_PREP_PIECES, max_size=10).map("".join), st.data())
def test_word_before_a_preposition_is_what_the_pattern_reads(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, start))
    before = word_before(text, lo, start)
    for at in {before.start, before.prior_start}:
        w = cues._WORD_BEFORE_RE.search(text, max(lo, at - 30), at)
        expected = w.group(1).lower() if w is not None else ""
        assert cues._word_before_prep(text, lo, at, before) == expected


def test_word_before_a_preposition_cases() -> None:
    for t, word in (
        ("sent aid to Sudan", "aid"),
        ("Kenya's to Sudan", "kenya's"),
        ("(to Sudan", ""),
    ):
        before = word_before(t, 0, t.index("Sudan"))
        assert cues._word_before_prep(t, 0, before.start, before) == word


_ROLES = sorted(ROLE_WORDS)[::3]
_TITLE_PIECES = st.sampled_from(
    [
        *_ROLES,
        *(r.title() for r in _ROLES),
        *phrases._PERSON_TITLES[::4],
        *(t.upper() for t in phrases._PERSON_TITLES[::9]),
        "Olaf",
        "Scholz",
        "of",
        "aid",
        "to",
        "'s",
        "’s",
        " ",
        " ",
        "  ",
        ".",
        "-",
        ",",
        *_ODD,
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TITLE_PIECES, max_size=10).map("".join), st.data())
def test_titled_person_chain_admits_every_match(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, hi))
    if phrases._TITLED_PERSON_RE.match(text, end, hi):
        assert phrases._TITLED_PERSON_CHAIN.admits(following(text, end, hi))


def test_titled_person_chain_cases() -> None:
    for t, name in (
        ("German Chancellor Olaf Scholz said", "German"),
        ("Japan's Prime Minister Fumio Kishida", "Japan"),
        ("the European Commission President Ursula von der Leyen", "European Commission"),
        ("U.S. Deputy Secretary of State Kurt Campbell", "U.S."),
        ("Canada's Minister of International Development Ahmed Hussen", "Canada"),
        ("German foreign aid chief Svenja Schulze", "German"),
    ):
        end = t.index(name) + len(name)
        assert phrases._TITLED_PERSON_RE.match(t, end, len(t)), t
        assert phrases._TITLED_PERSON_CHAIN.admits(following(t, end, len(t))), t
    t = "German humanitarian aid to Sudan"
    assert not phrases._TITLED_PERSON_CHAIN.admits(following(t, 6, len(t)))


def test_titled_person_chain_on_every_role_and_title() -> None:
    for role in sorted(ROLE_WORDS):
        for title in phrases._PERSON_TITLES:
            t = f"German {role.title()} {title} Olaf Scholz"
            if phrases._TITLED_PERSON_RE.match(t, 6, len(t)):
                assert phrases._TITLED_PERSON_CHAIN.admits(following(t, 6, len(t))), t


_GOV_WORDS = ["Government", "government", "GOVERNMENT", "people", "Peoples", "govern", "of"]
_GOV_PIECES = st.sampled_from([*_GOV_WORDS, "the", "Of", "x", " ", "  ", ",", *_ODD])


@settings(max_examples=800, deadline=None)
@given(st.lists(_GOV_PIECES, max_size=8).map("".join), st.data())
def test_government_of_is_the_pattern_search(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, start))
    m = phrases._GOV_OF_RE.search(text, max(lo, start - 30), start)
    got = phrases._government_of(text, lo, start)
    assert (got.span() if got else None) == (m.span() if m else None)


def test_government_of_cases() -> None:
    for t in ("aid from the Government of Japan", "the people of the Sudan", "PEOPLE OF Gaza"):
        start = t.rindex(" ") + 1
        assert phrases._government_of(t, 0, start) is not None, t
    assert phrases._government_of("the ministers of Japan", 0, 17) is None
