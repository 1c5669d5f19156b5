"""Settle each figure's currency from its own parties and the document: which dollar, which rupee.

A bare ``$`` is the dollar of the country the money is about (SPEC.md): a Canadian government
announcement in a Canadian paper is CAD ("Ottawa pledged $25-million"), an Australian one AUD;
``$US500 million`` and ``US$`` are USD wherever they appear. Evidence, strongest first:

1. A conversion in brackets after an explicitly marked figure is another currency:
   "$US500 million ($642 million)" in a Sydney paper is AUD; "C$500 million ($365 million)"
   in a wire story is USD.
2. The figure's donor: a dollar country's own money is in its dollar ("Canada will provide
   $50 million"), the United States' in USD whatever the paper.
3. The document's home (:func:`document_home`: its address, ``.ca``, ``.com.au``, ``.co.nz``,
   or its dateline, "OTTAWA —") for figures of the home government, of "the government", or
   of nobody named; for other donors only when the paper writes USD explicitly elsewhere
   (then, by its own convention, its bare ``$`` is local: "Japan pledges $642 million").
4. Otherwise USD.

Other ambiguous marks (``Rs``, ``Sh``, ``kr``, "kroner", "dinars", ``¥``) take the currency of
the figure's donor's country, then its recipient's, when that is one of their readings, and
else the reading the document's words point to (:func:`aidclaims.money.currency.resolve_currency`).

Every decision carries its basis: ``symbol``, ``code`` or ``word`` when the mark says it,
``context`` when the document settled it, ``default`` when nothing did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

import regex

from aidclaims.lexicon.currencies import (
    AMBIGUITY_KEY,
    AMBIGUOUS,
    CURRENCY_BEFORE,
    CURRENCY_COUNTRY,
    DOLLAR_HOMES,
    FOREIGN_WIRES,
    Alternative,
)
from aidclaims.money.currency import parse_currency, resolve_currency
from aidclaims.money.find import MoneyMention
from aidclaims.parties import countries_of
from aidclaims.text.lazy import lazy_compile

#: The bare dollar signs, ASCII and full-width.
BARE_DOLLARS: Final[frozenset[str]] = frozenset({"$", "＄"})

#: Words in a donor's name that make it the government of the document's own country:
#: "the federal government will send $20 million", "Cabinet approved $5 million".
GOVERNMENT_WORDS: Final[frozenset[str]] = frozenset(
    {"government", "federal", "cabinet", "ministry", "minister", "treasury", "department"}
)

_HOME_BY_COUNTRY: Final = {h.country: h.iso for h in DOLLAR_HOMES}
_DATELINE_RE: Final = lazy_compile(
    r"""(?m)^[\s\W]{0,3}
    (?P<city>[A-Z][A-Z.' -]{2,30}?)              # OTTAWA, ST. JOHN'S
    (?:,[ ][A-Z][\w.]*\.?(?:[ ]\d{1,2})?)?       # , Ont. / , Jan. 5
    [ ]*(?:\((?P<wire>[^()\n]{1,40})\))?         # (Reuters), (The Canadian Press)
    [ ]*(?:[—–]|--?|:)[ ]""",
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Settled:
    """A figure's ISO code and how it was decided.

    ``basis`` is ``symbol``, ``code``, ``word``, ``context`` or ``default``; both are None
    when the document names no currency at all.
    """

    code: str | None
    basis: str | None


def document_home(text: str, url: str | None = None) -> str | None:
    """The dollar a document's own bare ``$`` means: from its address, else its dateline.

    >>> document_home("Aid rises", "https://www.theglobeandmail.com/x")
    >>> document_home("Aid rises", "https://www.cbc.ca/news/1.234")
    'CAD'
    >>> document_home("CANBERRA — Australia will send $5 million.")
    'AUD'
    >>> document_home("OTTAWA (Reuters) - Canada will send C$5 million.")
    """
    if url:
        host = urlsplit(url.strip()).hostname or ""
        for home in DOLLAR_HOMES:
            if any(host.endswith(domain) for domain in home.domains):
                return home.iso
    for m in _DATELINE_RE.finditer(text, 0, min(len(text), 600)):
        wire = (m.group("wire") or "").strip().lower()
        city = m.group("city").strip()
        for home in DOLLAR_HOMES:
            if city in home.datelines and wire not in FOREIGN_WIRES:
                return home.iso
    return None


def _is_government(name: str | None) -> bool:
    return name is not None and bool(GOVERNMENT_WORDS & set(name.lower().split()))


def _basis(mark: str) -> str:
    if mark.isalpha() and mark.isupper() and len(mark) == 3:
        return "code"
    return "symbol" if mark in CURRENCY_BEFORE else "word"


def settle_currencies(
    text: str,
    mentions: Sequence[MoneyMention],
    donors: Sequence[str | None],
    recipients: Sequence[str | None],
    home: str | None,
    clause_donors: Sequence[str | None] | None = None,
) -> list[Settled]:
    """The currency of each figure, in text order (see the module's rules).

    ``donors`` and ``recipients`` are each figure's parties after widening to the sentence
    and document; ``clause_donors`` the donors its own clause names, which alone settle a
    national mark ("Rs"): a document's default donor is too weak a witness for it.

    A bare figure ("4 billion") takes the settled code of the nearest marked figure before
    it, else after it.
    """
    explicit_usd = any(
        m.currency_mark is not None
        and m.currency_mark not in BARE_DOLLARS
        and parse_currency(m.currency_mark) == "USD"
        for m in mentions
    )
    out: list[Settled | None] = []
    read: dict[str, str | None] = {}  # mark -> the reading the document's words point to
    for i, m in enumerate(mentions):
        mark = m.currency_mark
        if mark is None:
            out.append(None)
        elif mark in BARE_DOLLARS:
            prev = mentions[i - 1] if i else None
            bracketed = prev is not None and m.parenthetical and prev.currency_mark is not None
            before = out[i - 1] if bracketed else None
            prev_code = before.code if before is not None else None
            out.append(_dollar(prev_code, countries_of(donors[i]), donors[i], home, explicit_usd))
        elif _ambiguous_key(mark) is not None:
            own = donors[i] if clause_donors is None else clause_donors[i]
            out.append(_national(mark, text, own, recipients[i], read))
        else:
            out.append(Settled(parse_currency(mark), _basis(mark)))
    return _inherit(out)


def _dollar(
    converted_from: str | None,
    donor_countries: frozenset[str],
    donor: str | None,
    home: str | None,
    explicit_usd: bool,
) -> Settled:
    if converted_from is not None:
        # a conversion is into another currency: the paper's own, else the US dollar
        if home is not None and home != converted_from:
            return Settled(home, "context")
        if converted_from != "USD":
            return Settled("USD", "context")
        return Settled(home or "USD", "context" if home else "default")
    if len(donor_countries) == 1:
        (country,) = donor_countries
        if country == "United States":
            return Settled("USD", "context")
        if country in _HOME_BY_COUNTRY:
            return Settled(_HOME_BY_COUNTRY[country], "context")
    if donor_countries or (donor is not None and not _is_government(donor)):
        # another country, several, or an institution: the paper converts only when it
        # marks US dollars itself ("$US500 million ($642 million)")
        if home is not None and explicit_usd:
            return Settled(home, "context")
        return Settled("USD", "default")
    if home is not None:
        return Settled(home, "context")
    return Settled("USD", "default")


def _ambiguous_key(mark: str) -> str | None:
    return AMBIGUITY_KEY.get(mark) or AMBIGUITY_KEY.get(mark.lower())


def _national(
    mark: str, text: str, donor: str | None, recipient: str | None, read: dict[str, str | None]
) -> Settled:
    """Donor's country, then the document's words, then the recipient's country, then default.

    "Nepal's government announced Rs 5 billion" is NPR; "India's budget gives Rs 800 crore
    to Nepal" INR (the document speaks of India); "Uganda received Shs 30 billion" UGX.
    ``read`` keeps, per mark, what the document's words say (None: no cue), so that the
    text is searched once per mark, not once per figure.
    """
    key = _ambiguous_key(mark)
    assert key is not None
    alternatives = AMBIGUOUS[key]
    own = _reading_of(alternatives, donor)
    if own is not None:
        return Settled(own, "context")
    if mark not in read:
        cued = any(cue in text for alt in alternatives for cue in alt.cues)
        read[mark] = resolve_currency(mark, text) if cued else None
    if read[mark] is not None:
        return Settled(read[mark], "context")
    own = _reading_of(alternatives, recipient)
    if own is not None:
        return Settled(own, "context")
    return Settled(parse_currency(mark), "default")


def _reading_of(alternatives: Sequence[Alternative], party: str | None) -> str | None:
    """The one reading that is the national currency of the party's one country."""
    countries = countries_of(party)
    codes = {alt.iso for alt in alternatives if CURRENCY_COUNTRY.get(alt.iso) in countries}
    return codes.pop() if len(codes) == 1 else None


def _inherit(settled: list[Settled | None]) -> list[Settled]:
    codes: list[Settled | None] = list(settled)
    last: Settled | None = None
    for i, s in enumerate(codes):
        if s is None:
            codes[i] = None if last is None else Settled(last.code, "context")
        else:
            last = s
    following: Settled | None = None
    for i in range(len(codes) - 1, -1, -1):
        if codes[i] is None:
            codes[i] = None if following is None else Settled(following.code, "context")
        elif settled[i] is not None:
            following = codes[i]
    return [Settled(None, None) if s is None else s for s in codes]
