"""Currencies of money mentions: marks as written to ISO 4217 codes, settled per document.

Find first, resolve later: :mod:`aidclaims.money.find` keeps the mark as written (``$``,
``kroner``, or None for a bare figure); here an ambiguous mark is settled from the words of
the document, and a bare figure inherits the code of its neighbours.
"""

from __future__ import annotations

from collections.abc import Sequence

from aidclaims.lexicon.currencies import AMBIGUITY_KEY, AMBIGUOUS, CURRENCY_AFTER, CURRENCY_BEFORE


def parse_currency(mark: str) -> str | None:
    """The ISO code a mark stands for by default, or None.

    >>> parse_currency("US$"), parse_currency("Euros"), parse_currency("SEK")
    ('USD', 'EUR', 'SEK')
    """
    return CURRENCY_BEFORE.get(mark) or CURRENCY_AFTER.get(mark.lower())


def is_ambiguous(mark: str) -> bool:
    """Whether the mark's ISO code depends on the document ("kroner", "rupees")."""
    key = mark if mark in AMBIGUITY_KEY else mark.lower()
    return key in AMBIGUITY_KEY


def resolve_currency(mark: str, document: str) -> str | None:
    """The ISO code of ``mark`` in ``document``, settling ambiguous marks from cue words.

    >>> resolve_currency("kroner", "Norway will give 5 billion kroner.")
    'NOK'
    >>> resolve_currency("kroner", "The fund has 5 billion kroner.")
    'DKK'
    """
    return _resolve(mark, document, {})


def _resolve(mark: str, document: str, seen: dict[str, int]) -> str | None:
    """``resolve_currency`` with the document's cue counts kept in ``seen`` (cue -> count).

    Each cue is counted once per document whatever the number of marks that read it ("Rs",
    "rupees" and "Rupees" share India's cues): a count is a pass over the whole text.
    """
    key = AMBIGUITY_KEY.get(mark) or AMBIGUITY_KEY.get(mark.lower())
    if key is not None:
        # The reading whose cues occur most often wins; ties go to the table's order.
        counts = [sum(_count(document, cue, seen) for cue in alt.cues) for alt in AMBIGUOUS[key]]
        best = max(counts)
        if best:
            return AMBIGUOUS[key][counts.index(best)].iso
    return parse_currency(mark)


def _count(document: str, cue: str, seen: dict[str, int]) -> int:
    if cue not in seen:
        seen[cue] = document.count(cue)
    return seen[cue]


def resolve_marks(marks: Sequence[str | None], document: str) -> list[str | None]:
    """ISO codes for a document's marks in text order; a bare figure (None) inherits.

    A bare figure ("4 billion") takes the code of the nearest figure before it, else of the
    nearest one after it; it stays None when the document has no currency at all.

    >>> resolve_marks(["$", None, "euros", None], "...")
    ['USD', 'USD', 'EUR', 'EUR']
    >>> resolve_marks([None, "£"], "...")
    ['GBP', 'GBP']
    """
    cache: dict[str, str | None] = {}
    seen: dict[str, int] = {}
    codes: list[str | None] = []
    for mark in marks:
        if mark is not None and mark not in cache:
            cache[mark] = _resolve(mark, document, seen)
        codes.append(None if mark is None else cache[mark])
    last: str | None = None
    for i, code in enumerate(codes):
        if code is None:
            codes[i] = last
        else:
            last = code
    following: str | None = None
    for i in range(len(codes) - 1, -1, -1):
        if codes[i] is None:
            codes[i] = following
        else:
            following = codes[i]
    return codes
