"""Numerals: digits with separators, number words, and scale words.

Everything is exact (``Decimal``); conversion to ``float`` happens only in ``Claim``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Final

from aidclaims.text.lazy import lazy_compile

#: Scale words and their short forms, lower-case. Sources: wire-service style guides
#: (AP, Reuters: "$5bn", "$65 bln", "€21bn"), Indian press ("Rs 2,288 crore", "Rs 5 lakh").
SCALES: Final[Mapping[str, int]] = MappingProxyType(
    {
        # thousand
        "thousand": 10**3,
        "k": 10**3,  # "$500k": only right after a currency mark, see money.py
        # million
        "million": 10**6,
        "millions": 10**6,
        "mn": 10**6,  # "$30mn"
        "mln": 10**6,  # "EUR 40 mln"
        "mio": 10**6,  # "EUR 5 mio" (German style)
        "mil": 10**6,  # Malaysian and Philippine press: "RM5 mil", "P50 mil"
        "m": 10**6,  # "£75m": only right after a currency mark
        # billion
        "billion": 10**9,
        "billions": 10**9,
        "bn": 10**9,  # "€21bn"
        "bln": 10**9,  # "$65 bln"
        "b": 10**9,  # "$5b": only right after a currency mark
        "bil": 10**9,  # "RM1.2 bil"
        # trillion
        "trillion": 10**12,
        "tn": 10**12,  # "$1.2tn"
        "trn": 10**12,  # "$1 trn"
        "tln": 10**12,  # Yonhap and TASS copy: "1.2 tln won"
        "trln": 10**12,  # "5 trln rubles"
        # South Asian
        "lakh": 10**5,  # "Rs 5 lakh"
        "lakhs": 10**5,
        "lac": 10**5,  # "Rs 3 lac"
        "crore": 10**7,  # "Rs 2,000 crore"
        "crores": 10**7,
        "cr": 10**7,  # "Rs 500 cr"
    }
)

#: Short scale forms that are ambiguous with units (5 m = metres) unless glued to a currency.
SHORT_SCALES: Final[frozenset[str]] = frozenset({"k", "m", "b", "cr", "mil", "bil"})

#: Number words, lower-case. "a"/"an" count as one ("a billion euros").
NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,  # "a hundred million dollars"
        "dozen": 12,  # "a dozen billion" is rare, but harmless
    }
)

#: Fractions that stand before "a" or after "and a": "half a billion", "two and a half billion".
FRACTIONS: Final[Mapping[str, Decimal]] = MappingProxyType(
    {
        "half": Decimal("0.5"),
        "quarter": Decimal("0.25"),
        "third": Decimal(1) / Decimal(3),  # "a third of a billion"
    }
)

#: Every word a number phrase can hold ("two and a half", "half a", "a quarter of a").
NUMBER_VOCABULARY: Final[frozenset[str]] = frozenset(
    {*NUMBER_WORDS, *FRACTIONS, "a", "an", "and", "of"}
)

#: Digits as money is written: "1,500,000.75", Indian "2,28,000", plain "1500.5", and a
#: decimal comma as in translated news ("EUR 1,5 billion"): one or two digits after a single
#: comma. \d also takes full-width digits. money.py uses the same fragment.
NUMERAL: Final = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"  # 1,500,000.75
    r"|\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)"  # 2,28,000 (lakh grouping)
    r"|\d{1,3},\d{1,2}(?![\d,])"  # 1,5 (decimal comma)
    r"|\d+(?:\.\d+)?(?!\d)"  # 1500.5
)
_DIGITS_RE: Final = lazy_compile(rf"(?:{NUMERAL})$")
_DECIMAL_COMMA_RE: Final = lazy_compile(r"\d{1,3},\d{1,2}$")
_WORD_SPLIT_RE: Final = lazy_compile(r"[\s\-]+")


def parse_number(text: str) -> Decimal | None:
    """Parse a numeral written with digits, ``,`` as thousands separator and ``.`` as decimal point.

    >>> parse_number("1,500.75")
    Decimal('1500.75')
    >>> parse_number("2,28,000")
    Decimal('228000')
    >>> parse_number("1.5")
    Decimal('1.5')
    >>> parse_number("1,5")
    Decimal('1.5')
    >>> parse_number("1,5000") is None
    True
    """
    if text.isascii():  # "1500", "3.5": what the last numeral form reads alone, without a pattern
        head, dot, tail = text.partition(".")
        if head.isdigit() and (not dot or tail.isdigit()):
            return Decimal(text)
    if not _DIGITS_RE.match(text):
        return None
    if _DECIMAL_COMMA_RE.match(text):
        return Decimal(text.replace(",", "."))
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None


def parse_number_words(text: str) -> Decimal | None:
    """Parse number words: "one", "twenty-five", "half a", "two and a half", "a hundred".

    >>> parse_number_words("two and a half")
    Decimal('2.5')
    >>> parse_number_words("half a")
    Decimal('0.5')
    >>> parse_number_words("twenty-five")
    Decimal('25')
    >>> parse_number_words("a")
    Decimal('1')
    >>> parse_number_words("many") is None
    True
    """
    words = [w for w in _WORD_SPLIT_RE.split(text.lower()) if w]
    # "a quarter of a billion": the article and "of" add nothing
    words = [
        w
        for k, w in enumerate(words)
        if not (w == "of" or (k == 0 and w in ("a", "an") and len(words) > 2))
    ]
    if len(words) == 2 and words[0] in FRACTIONS and words[1] in ("a", "an"):
        return FRACTIONS[words[0]]  # "half a billion", "a quarter of a billion"
    total = Decimal(0)
    current = Decimal(0)
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and" and i + 2 < len(words) and words[i + 1] in ("a", "an"):
            fraction = FRACTIONS.get(words[i + 2])
            if fraction is None:
                return None
            current += fraction  # "two and a half"
            i += 3
            continue
        n = NUMBER_WORDS.get(w)
        if n is None:
            return None
        if n == 100:
            current = (current or Decimal(1)) * 100
        else:
            current += n
        i += 1
    total += current
    return total if words else None
