"""Donor and recipient names to canonical entities: can two claims name the same party?

Names come from the one gazetteer, :mod:`aidclaims.lexicon.places` (countries with their
aliases, demonyms and capitals, blocs, institutions). :data:`PLEDGE_ALIASES` adds the few
equivalences that matter for money but not for finding parties ("the European Commission"
gives EU money, "the Pentagon" US money); it should move to ``aidclaims/lexicon/`` once the
lexicon owner agrees (see the report on issue 11).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

import regex

from aidclaims.lexicon import places

#: Money-level equivalences not in the gazetteer: bodies that spend another entity's money.
PLEDGE_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        # EU institutions spend the EU budget: "the Commission will give €1bn"
        "European Commission": "European Union",
        "European Council": "European Union",
        "Council of the European Union": "European Union",
        "Council of the EU": "European Union",
        "European Parliament": "European Union",
        "EU Commission": "European Union",
        "the bloc": "European Union",  # "the bloc pledged to give up to €35bn"
        "EU": "European Union",
        # US departments spend US appropriations: "the Pentagon unveiled a $1bn package"
        "Pentagon": "United States",
        "State Department": "United States",
        "USAID": "United States",
        "Congress": "United States",
        "White House": "United States",
        "Biden administration": "United States",
        "Trump administration": "United States",
        "U.S": "United States",  # "the U.S" when a sentence splitter ate the last dot
        # Governments named by their cabinet: "Ottawa", "the Japanese government"
        "UK": "United Kingdom",
        "Britain": "United Kingdom",
        "Kiev": "Ukraine",  # older spelling of Kyiv
    }
)

_TOKEN = regex.compile(r"[\w.'-]+", regex.UNICODE)
#: Longest name, in tokens, looked up inside a phrase ("International Monetary Fund").
_MAX_TOKENS: Final = 6


def _names() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in places.COUNTRIES:
        for name in (country.name, *country.aliases, *country.demonyms, *country.metonyms):
            table[name] = country.name
    for mapping in (places.BLOCS, places.INSTITUTIONS):
        table.update(mapping)
    table.update(PLEDGE_ALIASES)
    return table


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
