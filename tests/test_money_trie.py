"""The money pattern with its named lists spelled out as tries matches as the lists do."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims.money.find import _MONEY_FLAGS, _MONEY_RE, _MONEY_TEMPLATE, MONEY_GROUPS, MONEY_LISTS

# the pattern as written, its lists left to ``regex``
_LISTS = regex.compile(_MONEY_TEMPLATE, _MONEY_FLAGS, **MONEY_LISTS)


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.title(), word[:-1], word + "s"])


def _any_of(name: str) -> st.SearchStrategy[str]:
    return st.sampled_from(MONEY_LISTS[name]).flatmap(_cased)


_ODD = st.sampled_from(["İ", "ſ", "\u212a", "ß", "ﬁ", "é", "ł", "Ł", "x", ".", ",", "("])
_SPACE = st.sampled_from(["", " ", "\u00a0", "-", "  "])
_NUMBER = st.sampled_from(["5", "12", "1.5", "2,000", "3-4", "2 to 3", "7 and 8", "0"])
# a figure in pieces: mark, number, scale, currency word, each maybe left out or misspelt
_FIGURE = st.tuples(
    st.one_of(st.just(""), _any_of("cur_before"), _any_of("numw"), _ODD),
    _SPACE,
    st.one_of(_NUMBER, _any_of("numw")),
    _SPACE,
    st.one_of(st.just(""), _any_of("scales"), _any_of("scale_words"), _ODD),
    _SPACE,
    st.one_of(st.just(""), _any_of("cur_after"), _any_of("iso"), _ODD),
    st.sampled_from(["", " ", ".", "s", "x", "\n"]),
).map("".join)


@settings(max_examples=1500, derandomize=True)
@given(st.lists(_FIGURE, min_size=1, max_size=3).map(" ".join))
def test_the_tries_match_what_the_lists_match(text: str) -> None:
    for at in range(len(text)):
        a, b = _LISTS.match(text, at), _MONEY_RE.match(text, at)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, at)


def test_the_lists_read_without_case_are_lower_case() -> None:
    # a trie keeps each entry's case; inside "(?i:...)" it matches as the list does only
    # when no two entries differ by case alone, which lower-case entries guarantee
    for name in ("cur_after", "scales", "long_scales", "scale_words", "numw"):
        assert MONEY_LISTS[name] == [w.lower() for w in MONEY_LISTS[name]], name


def test_the_groups_are_numbered_as_the_finder_reads_them() -> None:
    # _build_atoms unpacks m.groups() in this order
    assert tuple(sorted(_MONEY_RE.groupindex, key=_MONEY_RE.groupindex.__getitem__)) == (
        MONEY_GROUPS
    )
    assert list(_MONEY_RE.groupindex.values()) == list(range(1, len(MONEY_GROUPS) + 1))
