"""Every word list exists once: no module outside ``lexicon/`` holds a copy of a lexicon table.

A copy is a literal collection (set, tuple, list or dict keys written out in the source)
sharing at least four entries, and three quarters of the smaller of the two, with a
lexicon table, compared without case. Tables built from the lexicon (``{*MONTH_NAMES}``)
are not literals of those words, so they pass.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from aidclaims.lexicon import currencies, numbers, words

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
    "numbers.NUMBER_WORDS": numbers.NUMBER_WORDS,
    "numbers.SCALES": numbers.SCALES,
    # currency marks and words; ISO codes are left out, as tables keyed by code are uses, not copies
    "currencies.CURRENCY_BEFORE": [k for k in currencies.CURRENCY_BEFORE if k.upper() not in CODES],
    "currencies.CURRENCY_AFTER": [k for k in currencies.CURRENCY_AFTER if k.upper() not in CODES],
}


def _literals(tree: ast.AST) -> Iterator[tuple[int, frozenset[str]]]:
    """(line, strings) of every literal collection of at least four string constants."""
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
        if len(strings) >= 4:
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
