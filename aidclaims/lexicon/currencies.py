"""Currency marks: symbols, ISO codes and names, mapped to ISO 4217 codes.

Sources: ISO 4217; the symbol lists of price-parser's ``_currencies.py`` and Duckling's
``Currency`` HashMap (learned from, not copied). A mark that names more than one currency
("kroner": Danish or Norwegian) is kept ambiguous here and settled from the document by
:func:`aidclaims.money.currency.resolve_currency`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

#: Marks written BEFORE the number, matched case-sensitively: "$60 billion", "NOK 27 billion".
CURRENCY_BEFORE: Final[Mapping[str, str]] = MappingProxyType(
    {
        # symbols
        "$": "USD",  # "$" alone is USD (SPEC.md)
        "US$": "USD",
        "U.S.$": "USD",
        "USD$": "USD",
        "€": "EUR",
        "£": "GBP",
        "¥": "JPY",  # "¥1 trillion"; CNY is written "yuan" or "CN¥"
        "JP¥": "JPY",
        "CN¥": "CNY",
        "RMB": "CNY",  # "RMB 5 billion"
        "＄": "USD",  # full-width forms, as East Asian sites write them
        "￡": "GBP",
        "￥": "JPY",
        "₴": "UAH",
        "₹": "INR",
        "Rs": "INR",  # "Rs 2,288 crore"; PKR in Pakistani articles, see AMBIGUOUS
        "Rs.": "INR",
        "INR": "INR",
        "₽": "RUB",
        "₩": "KRW",
        "₺": "TRY",
        "₪": "ILS",
        "zł": "PLN",
        "R$": "BRL",
        "C$": "CAD",
        "CA$": "CAD",
        "Can$": "CAD",
        "A$": "AUD",
        "AU$": "AUD",
        "NZ$": "NZD",
        "HK$": "HKD",
        "S$": "SGD",
        "NT$": "TWD",
        "Fr.": "CHF",
        "SFr": "CHF",
        # ISO codes (upper-case only: "ALL" and "CAD" are words in lower case)
        "USD": "USD",
        "EUR": "EUR",
        "GBP": "GBP",
        "JPY": "JPY",
        "CNY": "CNY",
        "UAH": "UAH",
        "CAD": "CAD",
        "AUD": "AUD",
        "NZD": "NZD",
        "HKD": "HKD",
        "SGD": "SGD",
        "CHF": "CHF",
        "SEK": "SEK",
        "NOK": "NOK",
        "DKK": "DKK",
        "ISK": "ISK",
        "PLN": "PLN",
        "CZK": "CZK",
        "HUF": "HUF",
        "RON": "RON",
        "BGN": "BGN",
        "RUB": "RUB",
        "TRY": "TRY",
        "ILS": "ILS",
        "SAR": "SAR",
        "AED": "AED",
        "QAR": "QAR",
        "KWD": "KWD",
        "EGP": "EGP",
        "PKR": "PKR",
        "BDT": "BDT",
        "KRW": "KRW",
        "TWD": "TWD",
        "ZAR": "ZAR",
        "NGN": "NGN",
        "KES": "KES",
        "BRL": "BRL",
        "MXN": "MXN",
        "ARS": "ARS",
        "IDR": "IDR",
        "PHP": "PHP",
        "MYR": "MYR",
        "THB": "THB",
        "VND": "VND",
        "XDR": "XDR",  # IMF special drawing rights: "XDR 1.2 billion"
        "SDR": "XDR",
    }
)

#: Marks written AFTER the number, matched case-insensitively: "20 billion euros".
CURRENCY_AFTER: Final[Mapping[str, str]] = MappingProxyType(
    {
        # dollars
        "dollars": "USD",
        "dollar": "USD",  # "a 735 million dollar weapons bill"
        "us dollars": "USD",
        "u.s. dollars": "USD",
        "american dollars": "USD",
        "canadian dollars": "CAD",
        "australian dollars": "AUD",
        "new zealand dollars": "NZD",
        "hong kong dollars": "HKD",
        "singapore dollars": "SGD",
        "taiwan dollars": "TWD",
        "new taiwan dollars": "TWD",
        # euro, pound
        "euros": "EUR",
        "euro": "EUR",
        "pounds": "GBP",
        "pound": "GBP",
        "pounds sterling": "GBP",
        "sterling": "GBP",
        "british pounds": "GBP",
        "egyptian pounds": "EGP",
        # Asia
        "yen": "JPY",
        "japanese yen": "JPY",
        "yuan": "CNY",
        "chinese yuan": "CNY",
        "renminbi": "CNY",
        "rupees": "INR",  # PKR in Pakistani articles, see AMBIGUOUS
        "rupee": "INR",
        "indian rupees": "INR",
        "pakistani rupees": "PKR",
        "won": "KRW",  # "5 trillion won"; only after a number
        "ringgit": "MYR",
        "baht": "THB",
        "taka": "BDT",
        "rupiah": "IDR",
        "pesos": "MXN",  # see AMBIGUOUS
        "philippine pesos": "PHP",
        "mexican pesos": "MXN",
        # Europe
        "hryvnias": "UAH",
        "hryvnia": "UAH",
        "hryvnas": "UAH",
        "francs": "CHF",
        "swiss francs": "CHF",
        "kroner": "DKK",  # Danish or Norwegian: see AMBIGUOUS
        "krone": "NOK",
        "danish kroner": "DKK",
        "danish krone": "DKK",
        "norwegian kroner": "NOK",
        "norwegian krone": "NOK",
        "kronor": "SEK",
        "krona": "SEK",
        "swedish kronor": "SEK",
        "swedish krona": "SEK",
        "icelandic kronur": "ISK",
        "zloty": "PLN",
        "zlotys": "PLN",
        "korunas": "CZK",
        "forints": "HUF",
        "forint": "HUF",
        "lei": "RON",
        "roubles": "RUB",
        "rubles": "RUB",
        "lira": "TRY",
        "liras": "TRY",
        "turkish lira": "TRY",
        "shekels": "ILS",
        # Middle East, Africa, Americas
        "riyals": "SAR",  # see AMBIGUOUS
        "saudi riyals": "SAR",
        "qatari riyals": "QAR",
        "dirhams": "AED",  # see AMBIGUOUS
        "uae dirhams": "AED",
        "moroccan dirhams": "MAD",
        "rand": "ZAR",
        "naira": "NGN",
        "shillings": "KES",
        "reais": "BRL",
        # ISO codes after the number: "500 million EUR" (upper-case check in money.py)
        **{
            code.lower(): iso
            for code, iso in CURRENCY_BEFORE.items()
            if code.isalpha() and code.isupper()
        },
    }
)


#: Currency names that are no money mark here (rare, or words too: "real", "dong", "lev"),
#: yet name a currency after a demonym: "Brazilian real", "Vietnamese dong", "US cents".
OTHER_CURRENCY_NAMES: Final[frozenset[str]] = frozenset(
    {
        "birr",
        "cedi",
        "cedis",
        "cents",
        "dinar",
        "dinars",
        "dirham",
        "dong",
        "dram",
        "franc",
        "kwacha",
        "lari",
        "leu",
        "lev",
        "leva",
        "lire",
        "manat",
        "pence",
        "peso",
        "real",
        "rial",
        "rials",
        "riyal",
        "rouble",
        "ruble",
        "shekel",
        "shilling",
        "som",
        "tenge",
    }
)

#: Every one-word currency name, lower-case: "Danish kroner", "US dollars" and "Swiss
#: francs" name a currency, not a party. The words of CURRENCY_AFTER (ISO codes left out,
#: as "try" and "all" are words) and OTHER_CURRENCY_NAMES.
CURRENCY_NAMES: Final[frozenset[str]] = OTHER_CURRENCY_NAMES | frozenset(
    k.lower()
    for k in CURRENCY_AFTER
    if k.isalpha() and k.upper() not in {*CURRENCY_BEFORE.values(), *CURRENCY_AFTER.values()}
)


#: Every one-character currency sign, escaped for a regex character class: "[...{CURRENCY_SIGNS}]".
#: Derived from CURRENCY_BEFORE, so that a new sign (₴, ₽) reaches every pattern at once.
CURRENCY_SIGNS: Final[str] = "".join(
    "\\" + k if k in "$^-]\\" else k
    for k in sorted(CURRENCY_BEFORE)
    if len(k) == 1 and not k.isalnum()
)


#: National currencies used by one country's budget: a figure in rupees with no donor named
#: is India's money ("Bhutan was allocated Rs 2,288 crore in the Union Budget"). Dollars and
#: euros are left out: international bodies and many countries count in them.
CURRENCY_COUNTRY: Final[Mapping[str, str]] = MappingProxyType(
    {
        "INR": "India",
        "NOK": "Norway",
        "SEK": "Sweden",
        "DKK": "Denmark",
        "ISK": "Iceland",
        "GBP": "United Kingdom",
        "JPY": "Japan",
        "CNY": "China",
        "KRW": "South Korea",
        "AUD": "Australia",
        "NZD": "New Zealand",
        "CAD": "Canada",
        "CHF": "Switzerland",
        "PLN": "Poland",
        "CZK": "Czech Republic",
        "HUF": "Hungary",
        "SAR": "Saudi Arabia",
        "AED": "United Arab Emirates",
        "QAR": "Qatar",
        "KWD": "Kuwait",
        "TRY": "Turkey",
    }
)


class Alternative(NamedTuple):
    """A reading of an ambiguous mark and the words in a document that select it."""

    iso: str
    cues: tuple[str, ...]


#: Ambiguous marks: the alternative whose cues occur most often in the document wins, else
#: the mark's default. "Denmark will transfer 9.4 billion kroner" → DKK; "Norway ... kroner" → NOK.
AMBIGUOUS: Final[Mapping[str, tuple[Alternative, ...]]] = MappingProxyType(
    {
        "kroner": (
            Alternative("DKK", ("Danish", "Denmark", "Copenhagen", "DKK")),
            Alternative("NOK", ("Norwegian", "Norway", "Oslo", "NOK")),
        ),
        "krone": (
            Alternative("NOK", ("Norwegian", "Norway", "Oslo", "NOK")),
            Alternative("DKK", ("Danish", "Denmark", "Copenhagen", "DKK")),
        ),
        "rupees": (
            Alternative("INR", ("India", "Delhi", "INR", "crore", "lakh")),
            Alternative("PKR", ("Pakistan", "Islamabad", "PKR")),
            Alternative("LKR", ("Sri Lanka", "Colombo", "LKR")),
            Alternative("NPR", ("Nepali rupees", "NPR")),
        ),
        "pesos": (
            Alternative("PHP", ("Philippine", "Manila", "PHP")),
            Alternative("ARS", ("Argentin", "Buenos Aires", "ARS")),
            Alternative("COP", ("Colombia", "Bogota", "COP")),
            Alternative("MXN", ("Mexic", "MXN")),
        ),
        "riyals": (
            Alternative("QAR", ("Qatar", "Doha", "QAR")),
            Alternative("SAR", ("Saudi", "Riyadh", "SAR")),
        ),
        "dirhams": (
            Alternative("MAD", ("Morocc", "Rabat", "MAD")),
            Alternative("AED", ("Emirat", "UAE", "Abu Dhabi", "Dubai", "AED")),
        ),
        "pounds": (
            Alternative("EGP", ("Egyptian pound", "EGP")),
            Alternative("GBP", ("British", "Britain", "UK", "London", "GBP")),
        ),
    }
)

#: Marks that share a reading of AMBIGUOUS: "rupee" reads like "rupees", "Rs" like "rupees".
AMBIGUITY_KEY: Final[Mapping[str, str]] = MappingProxyType(
    {
        "kroner": "kroner",
        "krone": "krone",
        "rupees": "rupees",
        "rupee": "rupees",
        "Rs": "rupees",
        "Rs.": "rupees",
        "pesos": "pesos",
        "riyals": "riyals",
        "dirhams": "dirhams",
        "pounds": "pounds",
        "pound": "pounds",
    }
)
