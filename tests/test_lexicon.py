"""Every word list exists once: no module outside ``lexicon/`` holds a copy of a lexicon table.

A copy is a literal collection (set, tuple, list or dict keys written out in the source)
of five strings or more sharing at least four entries, and three quarters of the smaller
of the two, with a lexicon table, compared without case. Tables built from the lexicon
(``{*MONTH_NAMES}``) are not literals of those words, so they pass.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from aidclaims import extract
from aidclaims.lexicon import currencies, numbers, places, titles, words

PACKAGE = Path(__file__).resolve().parent.parent / "aidclaims"

CODES = frozenset(currencies.CURRENCY_BEFORE.values()) | frozenset(
    currencies.CURRENCY_AFTER.values()
)

#: The lexicon tables, by name.
LEXICON: dict[str, Iterable[str]] = {
    "words.MONTHS": words.MONTHS,
    "words.WEEKDAYS": words.WEEKDAYS,
    "words.AUXILIARIES": words.AUXILIARIES,
    "words.MODAL_VERBS": words.MODAL_VERBS,
    "words.AID_NOUNS": words.AID_NOUNS,
    "words.QUALIFIERS": words.QUALIFIERS,
    "titles.TITLES": titles.TITLES,
    "titles.ROLE_WORDS": titles.ROLE_WORDS,
    "currencies.CURRENCY_NAMES": currencies.CURRENCY_NAMES,
    "places.COUNTRIES (names)": [n for c in places.COUNTRIES for n in (c.name, *c.aliases)],
    "places.COUNTRIES (seats)": [m for c in places.COUNTRIES for m in c.metonyms],
    "places.COUNTRIES (demonyms)": [d for c in places.COUNTRIES for d in c.demonyms],
    "places.REGIONS": places.REGIONS,
    "places.BLOCS": places.BLOCS,
    "places.INSTITUTIONS": places.INSTITUTIONS,
    "numbers.NUMBER_WORDS": numbers.NUMBER_WORDS,
    "numbers.SCALES": numbers.SCALES,
    # currency marks and words; ISO codes are left out, as tables keyed by code are uses, not copies
    "currencies.CURRENCY_BEFORE": [k for k in currencies.CURRENCY_BEFORE if k.upper() not in CODES],
    "currencies.CURRENCY_AFTER": [k for k in currencies.CURRENCY_AFTER if k.upper() not in CODES],
}


def _literals(tree: ast.AST) -> Iterator[tuple[int, frozenset[str]]]:
    """(line, strings) of every literal collection of at least five string constants.

    A shorter literal is a pick from a table ("help", "bailout", "pledge", "allocation"),
    not a copy of it.
    """
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            elts: list[ast.expr | None] = list(node.elts)
        elif isinstance(node, ast.Dict):
            elts = list(node.keys)
        else:
            continue
        strings = frozenset(
            e.value.lower()
            for e in elts
            if isinstance(e, ast.Constant) and isinstance(e.value, str)
        )
        if len(strings) >= 5:
            yield node.lineno, strings


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "lexicon" not in p.parts)


def _copies(table: frozenset[str]) -> list[str]:
    found = []
    for path in _modules():
        for line, strings in _literals(ast.parse(path.read_text(encoding="utf-8"))):
            common = strings & table
            if len(common) >= 4 and len(common) >= 0.75 * min(len(strings), len(table)):
                found.append(f"{path.relative_to(PACKAGE)}:{line} ({len(common)} entries)")
    return found


@pytest.mark.parametrize("name", sorted(LEXICON))
def test_no_second_copy_of_a_lexicon_table(name: str) -> None:
    assert _copies(frozenset(w.lower() for w in LEXICON[name])) == []


def test_the_copy_finder_finds_a_copy(tmp_path: Path) -> None:
    # the check must be able to fail: a module spelling out the weekdays is caught
    source = "DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday')\n"
    [(_, strings)] = list(_literals(ast.parse(source)))
    table = frozenset(w.lower() for w in words.WEEKDAYS)
    assert len(strings & table) == 5


def test_lexicon_tables_are_not_empty() -> None:
    assert all(len(list(table)) >= 4 for table in LEXICON.values())


# --- one gazetteer for parties and speakers: the contradictions it settles ---------------


def test_sofia_is_a_first_name_not_a_capital() -> None:
    assert "sofia" not in places.PLACE_NAMES_FOLDED
    [claim] = extract("Sofia Lindqvist said the fund would pay $5 million to Kenya.")
    assert claim.speaker == "Sofia Lindqvist"


def test_gaza_is_a_region_not_a_country() -> None:
    assert "Gaza" in places.REGIONS
    assert all("Gaza" not in (c.name, *c.aliases) for c in places.COUNTRIES)
    assert {"gaza", "the gaza strip"} <= places.PLACE_NAMES_FOLDED  # never a speaker alone


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        pytest.param("Korea pledged $300 million to Kenya.", "South Korea", id="korea"),
        pytest.param("Jerusalem pledged $5 million to Kenya.", "Israel", id="jerusalem"),
        pytest.param("Delhi pledged $5 million to Nepal.", "India", id="delhi"),
    ],
)
def test_speakers_places_name_parties_too(text: str, donor: str) -> None:
    # these names were only in the speakers' gazetteer before the merge
    assert [c.donor for c in extract(text)] == [donor]


def test_a_place_alone_is_no_speaker() -> None:
    text = "The United States said it had pledged $5 million to Kenya."
    assert [c.speaker for c in extract(text)] == [None]


# --- one class of currency signs for every pattern that must not split a figure ------------


@pytest.mark.parametrize("sign", list("$€£¥₹₴₽₩＄"))
def test_every_sign_reaches_every_pattern(sign: str) -> None:
    assert sign in currencies.CURRENCY_SIGNS.replace("\\", "")
    # a year glued to a sign is a figure, never a period: "₴2024"
    from aidclaims.periods import find_periods

    assert find_periods(f"It costs {sign}2024 in all.") == ()


def test_currency_names_come_from_the_currency_table() -> None:
    assert {"kroner", "dollars", "hryvnia", "real", "pence"} <= currencies.CURRENCY_NAMES
    assert not {"try", "all", "usd"} & currencies.CURRENCY_NAMES  # ISO codes are words too


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param("Oslo will cut aid from $8bn to some $4bn.", "pledged", id="from-some"),
        pytest.param("Oslo will cut aid from $8bn to an estimated $4bn.", "pledged", id="from-est"),
    ],
)
def test_qualifiers_are_one_table_for_money_and_status(text: str, status: str) -> None:
    # the change origin is what stands now, whatever qualifier the target carries
    claims = extract(text, include_non_aid=True)
    assert claims[0].status.value == status
    assert claims[1].qualifier.value == "about"
