"""Donor and recipient names to canonical entities: can two claims name the same party?

Every name comes from the one gazetteer, :mod:`aidclaims.lexicon.places`: countries with their
aliases, demonyms and seats of government ("the U.S.", "Washington", "Congress"), blocs
("the EU", "Brussels"), institutions. An institution that spends a government's or a bloc's
money counts as that government or bloc (``INSTITUTION_COUNTRY``: "the Pentagon" is the United
States; ``INSTITUTION_BLOC``: "the European Commission" is the European Union), because a
pledge is the same money whichever of them announces it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon import places

#: Descriptions (not names) that stand for one donor in aid reporting; everything else is in
#: the gazetteer.
PLEDGE_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "the bloc": "European Union",  # "the bloc pledged to give up to €35bn"
        "Biden administration": "United States",
        "Trump administration": "United States",
    }
)


def _spender(entity: str) -> str:
    """The government or bloc whose money an institution spends, else the entity itself."""
    return places.INSTITUTION_COUNTRY.get(entity) or places.INSTITUTION_BLOC.get(entity) or entity


def _names() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in places.COUNTRIES:
        for name in (country.name, *country.aliases, *country.demonyms, *country.metonyms):
            table[name] = country.name
    for mapping in (places.BLOCS, places.INSTITUTIONS):
        table.update({name: _spender(entity) for name, entity in mapping.items()})
    table.update(PLEDGE_ALIASES)
    return table


_TOKEN = regex.compile(r"[\w.'-]+", regex.UNICODE)
#: Longest name, in tokens, looked up inside a phrase ("International Monetary Fund").
_MAX_TOKENS: Final = 6


_NAMES: Final[Mapping[str, str]] = MappingProxyType(_names())
# Short names in capitals ("US", "EU", "UN") match only as written; longer ones in any case.
_EXACT: Final[Mapping[str, str]] = MappingProxyType(
    {k: v for k, v in _NAMES.items() if len(k) <= 4 and k.upper() == k}
)
_FOLDED: Final[Mapping[str, str]] = MappingProxyType(
    {k.casefold(): v for k, v in _NAMES.items() if k not in _EXACT}
)


@lru_cache(maxsize=65536)
def entities(name: str | None) -> frozenset[str]:
    """The canonical entities a donor or recipient phrase names; empty when unknown or generic.

    >>> sorted(entities("the U.S.")), sorted(entities("Washington"))
    (['United States'], ['United States'])
    >>> sorted(entities("NATO member states")), sorted(entities("Brussels"))
    (['NATO'], ['European Union'])
    >>> sorted(entities("allies")), sorted(entities(None))
    ([], [])
    >>> sorted(entities("the Pentagon")), sorted(entities("the European Commission"))
    (['United States'], ['European Union'])
    >>> sorted(entities("the U.S")), sorted(entities("JICA"))
    (['United States'], ['Japan'])
    """
    if not name:
        return frozenset()
    tokens = [
        t.rstrip(".") if t.endswith(".") and t.count(".") == 1 else t for t in _TOKEN.findall(name)
    ]
    found: set[str] = set()
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_TOKENS, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + n])
            hit = _EXACT.get(phrase) or _FOLDED.get(phrase.casefold())
            if hit is None and "." in phrase and not phrase.endswith("."):
                hit = _EXACT.get(phrase + ".")  # "the U.S" when a sentence ate the last dot
            if hit is None and n == 1 and phrase.endswith("'s"):
                hit = _EXACT.get(phrase[:-2]) or _FOLDED.get(phrase[:-2].casefold())
            if hit is not None:
                found.add(hit)
                i += n
                break
        else:
            i += 1
    if not found:
        key = " ".join(t.casefold() for t in tokens if t.casefold() != "the")
        if key and key not in _GENERIC:
            found.add(key)
    return frozenset(found)


_GENERIC: Final[frozenset[str]] = frozenset(k.casefold() for k in places.GENERIC_DONORS) | {
    "countries",
    "nations",
    "governments",
    "government",
    "lenders",
}


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two entity sets can name the same party: either unknown, or they share one.

    >>> compatible(entities("the United States"), entities("Washington"))
    True
    >>> compatible(entities("the EU"), entities("Japan")), compatible(entities("EU"), frozenset())
    (False, True)
    """
    return not a or not b or not a.isdisjoint(b)
