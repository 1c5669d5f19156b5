"""Issue 10, fifth round: each speakers shortcut gives what the step it stands for gives.

Every test sets the shortcut beside the plain step it replaces (a pattern search, the
earlier formulation) on generated and written text, so a shortcut that turned away a
match or read a character otherwise fails here.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.speakers import patterns, scan, scope, twin
from aidclaims.speakers._table import ADVERBS, PASSIVE_VERBS
from aidclaims.speakers.patterns import PASSIVE_BY_RE, RUN_RE, SUBJECT_VERB_RE
from aidclaims.text.trie import trie


def _groups(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


# --- plain_text: the characters outside ASCII, read from the UTF-8 bytes ---------------------


def _plain_as_before(text: str) -> bool:
    others = re.sub(r"[\x00-\x7f]+", "", text)
    return text.isascii() or not any(twin._in_a_class(c) for c in set(others))


_ANY_CHARS = st.text(
    alphabet=st.one_of(
        st.sampled_from("aZ 5.,\n\x1c\x7f\x80\xa0\xad’“”–€é\u0301\u2003\u3000١\ud800\udfff"),
        st.characters(),  # every plane, surrogates included
    ),
    max_size=40,
)


@settings(max_examples=800, deadline=None)
@given(_ANY_CHARS)
def test_plain_text_reads_the_characters_outside_ascii_as_before(text: str) -> None:
    assert twin.plain_text(text) == _plain_as_before(text)


def test_plain_text_on_written_text() -> None:
    for text, plain in [
        ("Aid rose.", True),
        ("“Aid”, she said – €5m.", True),
        ("Aid to Kyïv.", False),
        ("Aid\u00a0rose", False),  # a space outside ASCII
        ("lone \ud800 surrogate “", True),  # no letter, mark, digit or space
        ("٣ aid", False),  # a digit outside ASCII
    ]:
        assert twin.plain_text(text) is plain, text
        assert _plain_as_before(text) is plain, text


# --- passive_by_matches: "was announced by" is scanned only near a "by" --------------------

_PASSIVE_PIECES = st.sampled_from(
    [
        "This",
        "That",
        "It",
        "it",
        "was",
        "were",
        "been",
        "has",
        "had",
        "as",
        "announced",
        "said",
        "reported",
        "cited",
        "reportedly",
        "also",
        "by",
        "bypass",
        "xsaid",
        "Lena Varga",
        "the ministry",
        "Balt.ua",
        ",",
        ".",
        " ",
        "  ",
        "   ",
        "    ",
        "\x1c",
        "\u2003",
        "\n",
        "aid",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PASSIVE_PIECES, max_size=24), st.integers(0, 10), st.integers(0, 10))
def test_passive_by_matches_are_the_patterns(pieces: list[str], cut_a: int, cut_b: int) -> None:
    text = " ".join(pieces)
    a, b = min(cut_a, len(text)), max(len(text) - cut_b, 0)
    a = min(a, b)
    assert _groups(scan.passive_by_matches(text, a, b)) == _groups(
        PASSIVE_BY_RE.finditer(text, a, b)
    )


def test_the_longest_passive_cue_is_within_reach() -> None:
    # the longest way from a match's start to its "by": any shorter reach misses its start
    adverb = max(ADVERBS, key=len)
    verb = max(PASSIVE_VERBS, key=len)
    cue = f"That   has   been   {adverb}   {adverb}   {verb}   by   Lena Varga"
    text = f"Aid rose by 5% in 2024 as donors gave more money. {cue}."
    found = _groups(scan.passive_by_matches(text, 0, len(text)))
    assert found == _groups(PASSIVE_BY_RE.finditer(text, 0, len(text)))
    assert [text[s:e] for (s, e), _ in found] == [cue]
    by = text.rindex(" by ") + 1
    assert by - text.index(cue) == scan._PASSIVE_REACH


def test_passive_by_matches_on_written_text() -> None:
    for text in [
        "This was announced by Prime Minister Lena Varga.",
        "Aid rose by 5%, as reported by Balt24, and as cited by Balt.ua.",
        "The plan, as reported  by\u2003the ministry, grew by half.",
        "It was said by nobody.",
        "Sales were bypassed by the ministry.",
        "Aid, which was announced\x1cby Varga, rose.",
        "Aid was announced    by Varga.",  # four spaces: no match
        "Aid was announced\u2003by Varga, as reported\n by Balt24.",  # spaces outside ASCII
    ]:
        for a in range(0, len(text), 7):
            assert _groups(scan.passive_by_matches(text, a, len(text))) == _groups(
                PASSIVE_BY_RE.finditer(text, a, len(text))
            ), (text, a)


def test_the_passive_spaces_are_spaces_to_isspace() -> None:
    # _passive_bys steps back over str.isspace characters: every \s of the pattern is one
    space = regex.compile(r"\s")
    assert all(chr(c).isspace() for c in range(0x110000) if space.match(chr(c)))


# --- _SUBJECT: a letter first, and "the <word>" | "<word>" instead of an optional "the" -------

_NEW_HEAD = r"""
    (?=\p{{L}})
    (?:(?:[Tt]he|[Aa]n?)\s{{1,3}}{token}|{token})
"""
_OLD_HEAD = r"""
    (?:(?:[Tt]he|[Aa]n?)\s{{1,3}})?
    {token}
"""


def _spell(template: str) -> str:
    lists = patterns._LISTS
    return regex.sub(r"\\L<(\w+)>", lambda m: trie(sorted(set(lists[m[1]]))), template)


def _as_before(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The pattern with the subject's head as it was before (an optional determiner)."""
    token = _spell(patterns._TOKEN)
    new, old = _NEW_HEAD.format(token=token), _OLD_HEAD.format(token=token)
    source = pattern.pattern
    assert new in source
    return regex.compile(source.replace(new, old), regex.VERBOSE)


_SUBJECT_PATTERNS = [
    patterns.MENTION_RE,
    patterns.SUBJECT_VERB_RE,
    patterns.VERB_SUBJECT_RE,
    patterns.ACCORDING_TO_RE,
    patterns.PASSIVE_BY_RE,
]
_SUBJECT_PIECES = st.sampled_from(
    [
        "The",
        "the",
        "A",
        "a",
        "An",
        "an",
        "Lena",
        "Varga",
        "U.S.",
        "Sen.",
        "J.",
        "al-Masri",
        "Balt.ua",
        "minister",
        "government's",
        "of",
        "and",
        "von",
        "der",
        "Élysée",
        "élysée",
        "Kyïv",
        "said",
        "stated",
        "according to",
        "was announced by",
        "as reported by",
        "this",
        "on Monday",
        "has",
        ",",
        ", the NATO chief,",
        "“",
        "”",
        "(MEA)",
        "5",
        " ",
        "  ",
        "\n",
        "’s",
        "-",
        ".",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_SUBJECT_PIECES, max_size=16), st.sampled_from(["", " ", "x"]))
def test_the_subject_head_matches_as_the_optional_determiner(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    for pattern in _SUBJECT_PATTERNS:
        before = _as_before(pattern)
        assert _groups(pattern.finditer(text)) == _groups(before.finditer(text))
        for p in range(len(text)):
            new, old = pattern.match(text, p), before.match(text, p)
            assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


def test_every_subject_word_starts_with_a_letter() -> None:
    # the lookahead (?=\p{L}) asks for what every branch of a subject's first word starts with
    letter = regex.compile(r"\p{L}")
    for name in ("abbr", "vocab", "prefix"):
        assert all(letter.match(w) for w in patterns._LISTS[name]), name
    mention = patterns.MENTION.ascii
    assert mention.pattern.count("(?=[A-Za-z])") == 1  # the twin spells it for ASCII


def test_subject_patterns_on_written_text() -> None:
    for text in [
        "The NATO Secretary General Lars Eklund said on Monday.",
        "An official said, according to the ministry.",
        "Aid rose, said Ana Silva, the minister.",
        "This was announced by the President of Ukraine.",
        "the the Minister said",
        "A. B. Cole said",
        "The Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll said",  # "The" and twelve words
        "An Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm said",
    ]:
        for pattern in _SUBJECT_PATTERNS:
            assert _groups(pattern.finditer(text)) == _groups(_as_before(pattern).finditer(text))


# --- MENTIONS: the twin reads the character its look-behind sees ---------------------------

_MENTION_TEXT = st.lists(_SUBJECT_PIECES, max_size=18).map(" ".join) | st.lists(
    _SUBJECT_PIECES, max_size=18
).map("".join)


@settings(max_examples=800, deadline=None)
@given(_MENTION_TEXT, st.integers(0, 12), st.integers(0, 12))
def test_mentions_are_what_findall_finds(text: str, cut_a: int, cut_b: int) -> None:
    a = min(cut_a, len(text))
    b = max(a, len(text) - cut_b)
    expected = patterns.MENTION_RE.findall(text, a, b)
    assert patterns.MENTIONS.findall(text, a, b) == expected
    if twin.Twin.plain(text, a, b):  # the twin itself, not the fallback
        assert patterns.MENTIONS.findall(text, a, b, plain=True) == expected
    # what the reading relies on: a mention ends in a character the look-behind excludes
    for m in patterns.MENTION_RE.finditer(text, a, b):
        assert m.end() > m.start()
        assert patterns.MENTION_RE.match(text, m.end(), b) is None


def test_mentions_on_written_text() -> None:
    text = "Lena Varga met the Minister of Defence. Sen. Cole and al-Masri, U.S. envoy, said so."
    for a in range(len(text)):
        for b in (a, a + 1, len(text) - 1, len(text)):
            b = min(max(a, b), len(text))
            expected = patterns.MENTION_RE.findall(text, a, b)
            assert patterns.MENTIONS.findall(text, a, b, plain=True) == expected, (a, b)


def test_lead_read_refuses_what_it_cannot_read() -> None:
    for source in [r"[A-Z]\w", r"(?<=[a-z])x", r"(?<![a ])x", r"(?<![[:a:]])x"]:
        with pytest.raises(ValueError, match="no one-character look-behind"):
            twin.lead_read(source)
    grouped = twin.LeadTwin(regex.compile(r"(?<![a-z])(x)"), lambda: r"(?<![a-z])(x)")
    with pytest.raises(ValueError, match="a group of its own"):
        grouped.findall("x", 0, 1, plain=True)


# --- the verb window reads a subject's acronym before adverbs or an appositive -------------


def test_the_window_finds_a_subject_before_its_acronym() -> None:
    # "(MEA) has said" and "(MEA), its agency, said": the acronym's ")" is the last barrier
    # before the verb, so the subject is read from before the acronym (hypothesis found the
    # first: the window began at "has" and missed the match)
    for text in [
        "Lena Varga (MEA) has said ,",
        "the Ministry of External Affairs (MEA) said",
        "the Ministry (MEA) has also said so",
        "the Ministry (MEA), its agency, has said",
        "Aid (MEA) grew, the Ministry (MEA) said",
        "Aid grew (by half) has said",
        "Aid (a) said",
        ", (acting) on Monday said",  # no acronym: "Monday said" stays in the window
    ]:
        runs = RUN_RE.findall(text)
        expected = _groups(SUBJECT_VERB_RE.finditer(text))
        assert _groups(scan.subject_verb_matches(text, 0, len(text), runs)) == expected, text


# --- has_own_subject: an ASCII clause without a giving verb is not matched ---------------------


def test_the_giving_verbs_are_the_patterns() -> None:
    source = scope._OWN_SUBJECT_RE.pattern
    verbs = source[source.rindex("(?:") + 3 : source.rindex(")")].split("|")
    assert sorted(verbs) == sorted(scope._GIVING_VERBS)


_CLAUSE_PIECES = st.sampled_from(
    [
        "while",
        "but",
        "the",
        "Britain",
        "BRITAIN",
        "has",
        "also",
        "pledged",
        "PLEDGED",
        "Sent",
        "ſent",
        "gave",
        "gavel",
        "€5m",
        ",",
        ";",
        " ",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_CLAUSE_PIECES, max_size=10), st.integers(0, 4))
def test_has_own_subject_is_the_patterns(pieces: list[str], lead: int) -> None:
    text = "Aid rose" + " ".join(pieces)
    clause = (min(lead + 3, len(text)), len(text))
    expected = clause[0] != 0 and (
        scope._OWN_SUBJECT_RE.match(text, clause[0], clause[1]) is not None
    )
    assert scope.has_own_subject(text, clause, (0, len(text))) == expected
