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
        # the sign first, then the country: Australian and New Zealand papers ("$US500
        # million ($NZ714 million)", "$A50 million"), older Canadian copy ("$C100 million")
        "$US": "USD",
        "$NZ": "NZD",
        "$A": "AUD",
        "$AU": "AUD",
        "$AUS": "AUD",
        "$C": "CAD",
        "$CAN": "CAD",
        "Cdn$": "CAD",  # "Cdn$25 million"
        "FJ$": "FJD",  # "FJ$2 million" (Fiji)
        "SI$": "SBD",  # Solomon Islands
        "euro": "EUR",  # "euro 40 billion", "euro12.5 billion" (older wire copy)
        "Euro": "EUR",
        # single letters: only glued to a number that carries a scale ("Y3.1 billion",
        # "N5 billion", "R100 million", "P1.5 billion"); see money._table.GLUED_ONLY_MARKS
        "Y": "JPY",  # Kyodo and Japanese wire copy: "Y3.1 billion"
        "N": "NGN",  # Nigerian press: "N5 billion in relief"
        "₦": "NGN",
        "R": "ZAR",  # South African press: "R100 million"
        "P": "PHP",  # Philippine press: "P50 million in aid"
        "₱": "PHP",
        # local abbreviations
        "Tk": "BDT",  # Bangladeshi press: "Tk 500 crore"
        "Tk.": "BDT",
        "৳": "BDT",
        "Sh": "KES",  # East African press: "Sh2 billion"; UGX, TZS by country (AMBIGUOUS)
        "Sh.": "KES",  # "Sh.100 billion"
        "Shs": "KES",  # "Shs 30 billion" (Ugandan press); see AMBIGUOUS
        "Shs.": "KES",
        "Ksh": "KES",  # "Ksh 2 billion"
        "KSh": "KES",
        "Kshs": "KES",
        "KShs": "KES",
        "USh": "UGX",
        "UShs": "UGX",
        "TSh": "TZS",
        "TShs": "TZS",
        "kr": "NOK",  # Nordic press: "kr 500 million"; SEK, DKK by country (AMBIGUOUS)
        "kr.": "NOK",
        "QR": "QAR",  # Gulf press: "QR 500 million"
        "SR": "SAR",  # "SR 2 billion"
        "Dh": "AED",  # "Dh100 million"
        "Dhs": "AED",
        "E£": "EGP",
        "£E": "EGP",
        "LE": "EGP",  # Egyptian press: "LE 2 billion"
        "Rp": "IDR",  # "Rp 5 trillion"
        "RM": "MYR",  # "RM50 million"
        "Nu.": "BTN",  # Bhutanese ngultrum: "Nu. 500 million"
        "NIS": "ILS",  # Israeli press: "NIS 2 billion" (new Israeli shekels)
        "KD": "KWD",  # Gulf press: "KD 10 million" (Kuwaiti dinars)
        "BD": "BHD",  # "BD 5 million" (Bahraini dinars)
        "JD": "JOD",  # Jordanian press: "JD 20 million"
        "RO": "OMR",  # Omani press: "RO 1 million"
        "TL": "TRY",  # Turkish press: "TL 3 billion"
        "Br": "ETB",  # Ethiopian birr: "Br 10 billion"
        "GH₵": "GHS",  # Ghanaian cedi: "GH₵500 million"
        "GH¢": "GHS",
        "₵": "GHS",
        "Kč": "CZK",  # "Kč 1 billion"
        "₫": "VND",
        "฿": "THB",
        "₸": "KZT",
        "₾": "GEL",
        "Rs": "INR",  # "Rs 2,288 crore"; PKR, LKR, NPR by country (AMBIGUOUS)
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
        # ISO codes of aid donors and recipients, as wire copy writes them ("LKR 2 billion",
        # "UGX 30 billion"). Codes that are also capitalised English words stay out: ALL,
        # TOP, CUP, PEN, SOS, AMD, BAM, GEL, and COP ("COP29" is a climate conference).
        "LKR": "LKR",
        "NPR": "NPR",
        "AFN": "AFN",
        "MMK": "MMK",
        "KHR": "KHR",
        "LAK": "LAK",
        "MNT": "MNT",
        "BTN": "BTN",
        "MVR": "MVR",
        "KZT": "KZT",
        "UZS": "UZS",
        "KGS": "KGS",
        "TJS": "TJS",
        "AZN": "AZN",
        "BYN": "BYN",
        "MDL": "MDL",
        "RSD": "RSD",
        "HRK": "HRK",
        "JOD": "JOD",
        "IQD": "IQD",
        "LBP": "LBP",
        "IRR": "IRR",
        "SYP": "SYP",
        "YER": "YER",
        "OMR": "OMR",
        "BHD": "BHD",
        "MAD": "MAD",
        "TND": "TND",
        "DZD": "DZD",
        "LYD": "LYD",
        "SDG": "SDG",
        "SSP": "SSP",
        "ETB": "ETB",
        "UGX": "UGX",
        "TZS": "TZS",
        "RWF": "RWF",
        "BIF": "BIF",
        "CDF": "CDF",
        "MZN": "MZN",
        "MWK": "MWK",
        "ZMW": "ZMW",
        "ZWL": "ZWL",
        "GHS": "GHS",
        "XOF": "XOF",
        "XAF": "XAF",
        "SLL": "SLL",
        "LRD": "LRD",
        "HTG": "HTG",
        "CLP": "CLP",
        "FJD": "FJD",
        "PGK": "PGK",
        "VUV": "VUV",
        "WST": "WST",
        "SBD": "SBD",
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
        "us dollar": "USD",  # adjectival, Xinhua style: "a 400 million U.S. dollar loan"
        "u.s. dollar": "USD",
        "canadian dollar": "CAD",
        "australian dollar": "AUD",
        "american dollars": "USD",
        "canadian dollars": "CAD",
        "australian dollars": "AUD",
        "new zealand dollars": "NZD",
        "hong kong dollars": "HKD",
        "singapore dollars": "SGD",
        "taiwan dollars": "TWD",
        "new taiwan dollars": "TWD",
        "nz dollars": "NZD",  # "68 million NZ dollars"
        "fiji dollars": "FJD",
        "fijian dollars": "FJD",
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
        "sri lankan rupees": "LKR",
        "nepali rupees": "NPR",
        "nepalese rupees": "NPR",
        "afghanis": "AFN",
        "kyat": "MMK",
        "riel": "KHR",
        "tenge": "KZT",
        "ngultrum": "BTN",
        "rufiyaa": "MVR",
        # Pacific: "30 million vatu" (Vanuatu), "kina" (Papua New Guinea), "tala" (Samoa)
        "vatu": "VUV",
        "kina": "PGK",
        "tala": "WST",
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
        # Reuters and AP write the Nordic and Czech currencies as crowns
        "crowns": "NOK",  # "1.5 billion crowns": Nordic, settled by country (AMBIGUOUS)
        "norwegian crowns": "NOK",
        "danish crowns": "DKK",
        "swedish crowns": "SEK",
        "czech crowns": "CZK",
        "icelandic crowns": "ISK",
        "zloty": "PLN",
        "zł": "PLN",  # Polish press: "100 mln zł"
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
        "shillings": "KES",  # see AMBIGUOUS
        "kenyan shillings": "KES",
        "ugandan shillings": "UGX",
        "tanzanian shillings": "TZS",
        "birr": "ETB",
        "cedis": "GHS",
        "cfa francs": "XOF",  # West African; XAF by country (AMBIGUOUS)
        "dinars": "KWD",  # Kuwaiti Fund loans; others by country (AMBIGUOUS)
        "kuwaiti dinars": "KWD",
        "jordanian dinars": "JOD",
        "iraqi dinars": "IQD",
        "lebanese pounds": "LBP",
        "syrian pounds": "SYP",
        "sudanese pounds": "SDG",
        "omani rials": "OMR",
        "iranian rials": "IRR",
        "yemeni rials": "YER",
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
        "cedi",
        "cents",
        "dinar",
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
    }
)

#: Every one-word currency name, lower-case: "Danish kroner", "US dollars" and "Swiss
#: francs" name a currency, not a party. The words of CURRENCY_AFTER (ISO codes left out,
#: as "try" and "all" are words) and OTHER_CURRENCY_NAMES.
CURRENCY_NAMES: Final[frozenset[str]] = OTHER_CURRENCY_NAMES | frozenset(
    k.lower()
    for k in CURRENCY_AFTER
    if k.isalpha()
    and k.isascii()
    and k.upper() not in {*CURRENCY_BEFORE.values(), *CURRENCY_AFTER.values()}
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
#: euros are left out: international bodies and many countries count in them. Also the
#: country whose currency settles an ambiguous mark ("Pakistan ... Rs 10 billion" is PKR).
CURRENCY_COUNTRY: Final[Mapping[str, str]] = MappingProxyType(
    {
        "INR": "India",
        "PKR": "Pakistan",
        "LKR": "Sri Lanka",
        "NPR": "Nepal",
        "BDT": "Bangladesh",
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
        "EGP": "Egypt",
        "KES": "Kenya",
        "UGX": "Uganda",
        "TZS": "Tanzania",
        "NGN": "Nigeria",
        "ZAR": "South Africa",
        "PHP": "Philippines",
        "JOD": "Jordan",
        "IQD": "Iraq",
        "MAD": "Morocco",
        "XAF": "Cameroon",
    }
)


class Alternative(NamedTuple):
    """A reading of an ambiguous mark and the words in a document that select it."""

    iso: str
    cues: tuple[str, ...]


_DANISH = Alternative("DKK", ("Danish", "Denmark", "Copenhagen", "DKK"))
_NORWEGIAN = Alternative("NOK", ("Norwegian", "Norway", "Oslo", "NOK"))
_SWEDISH = Alternative("SEK", ("Swedish", "Sweden", "Stockholm", "SEK"))

#: Ambiguous marks: the figure's own donor (then recipient) settles it when its country's
#: currency is one of the readings; else the reading whose cues occur most often in the
#: document; else the mark's default. "Denmark will transfer 9.4 billion kroner" → DKK.
AMBIGUOUS: Final[Mapping[str, tuple[Alternative, ...]]] = MappingProxyType(
    {
        "kroner": (_DANISH, _NORWEGIAN),
        "krone": (_NORWEGIAN, _DANISH),
        "kr": (_NORWEGIAN, _SWEDISH, _DANISH),  # "kr 500 million"
        "rupees": (
            # crore and lakh are Indian English above all: "Rs 2,288 crore in the Union Budget"
            Alternative(
                "INR", ("India", "Indian", "Delhi", "INR", "crore", "lakh", "Union Budget")
            ),
            Alternative("PKR", ("Pakistan", "Islamabad", "PKR")),
            Alternative("LKR", ("Sri Lanka", "Colombo", "LKR")),
            Alternative("NPR", ("Nepal", "Kathmandu", "NPR")),
        ),
        # "Sh2 billion" in Nairobi, "Shs 30 billion" in Kampala, "Sh500 million" in Dar es Salaam
        "shillings": (
            Alternative("KES", ("Kenya", "Nairobi", "KES")),
            Alternative("UGX", ("Uganda", "Kampala", "UGX")),
            Alternative("TZS", ("Tanzania", "Dodoma", "Dar es Salaam", "TZS")),
            Alternative("SOS", ("Somalia", "Mogadishu")),
        ),
        "dinars": (
            Alternative("KWD", ("Kuwait", "KWD")),
            Alternative("JOD", ("Jordan", "Amman", "JOD")),
            Alternative("IQD", ("Iraq", "Baghdad", "IQD")),
            Alternative("BHD", ("Bahrain", "Manama", "BHD")),
            Alternative("TND", ("Tunisia", "Tunis", "TND")),
            Alternative("DZD", ("Algeria", "Algiers", "DZD")),
            Alternative("LYD", ("Libya", "Tripoli", "LYD")),
            Alternative("RSD", ("Serbia", "Belgrade", "RSD")),
        ),
        "cfa francs": (
            Alternative("XOF", ("Senegal", "Mali", "Niger", "Burkina", "Ivory Coast", "Benin")),
            Alternative("XAF", ("Cameroon", "Chad", "Gabon", "Congo", "Central African")),
        ),
        # "¥500 million" is yen, unless the document counts in yuan ("China ... yuan")
        "yen sign": (
            Alternative("JPY", ("Japan", "Tokyo", "yen", "JPY")),
            Alternative("CNY", ("China", "Beijing", "yuan", "renminbi", "RMB", "CNY")),
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
        "kr": "kr",
        "kr.": "kr",
        "crowns": "kr",
        "rupees": "rupees",
        "rupee": "rupees",
        "Rs": "rupees",
        "Rs.": "rupees",
        "shillings": "shillings",
        "Sh": "shillings",
        "Sh.": "shillings",
        "Shs": "shillings",
        "Shs.": "shillings",
        "dinars": "dinars",
        "cfa francs": "cfa francs",
        "¥": "yen sign",
        "￥": "yen sign",
        "pesos": "pesos",
        "riyals": "riyals",
        "dirhams": "dirhams",
        "pounds": "pounds",
        "pound": "pounds",
    }
)


class DollarHome(NamedTuple):
    """A country whose press writes its own dollar as a bare ``$``.

    ``country`` is the gazetteer's canonical name; ``domains`` end the addresses of its
    outlets; ``datelines`` are the cities its stories are filed from ("OTTAWA —").
    """

    iso: str
    country: str
    domains: tuple[str, ...]
    datelines: tuple[str, ...]


#: Countries whose papers write a bare ``$`` for their own dollar ("Ottawa pledges
#: $25-million", "Australia will provide $21.5 million", "$US500 million ($642 million)").
#: Hong Kong, Singapore and Taiwan outlets mark their dollars (HK$, S$, NT$), so their bare
#: ``$`` stays USD. Sources: the style guides of the Canadian Press, AAP and the NZ Herald.
DOLLAR_HOMES: Final[tuple[DollarHome, ...]] = (
    DollarHome(
        "CAD",
        "Canada",
        (".ca",),
        (
            "OTTAWA",
            "TORONTO",
            "MONTREAL",
            "VANCOUVER",
            "CALGARY",
            "EDMONTON",
            "WINNIPEG",
            "HALIFAX",
        ),
    ),
    DollarHome(
        "AUD",
        "Australia",
        (".au",),
        ("CANBERRA", "SYDNEY", "MELBOURNE", "BRISBANE", "PERTH", "ADELAIDE", "HOBART", "DARWIN"),
    ),
    DollarHome("NZD", "New Zealand", (".nz",), ("WELLINGTON", "AUCKLAND", "CHRISTCHURCH")),
)

#: News agencies whose dateline says where a story was filed, not whose paper printed it:
#: "OTTAWA (Reuters) -" is a wire story that marks Canadian money "C$".
FOREIGN_WIRES: Final[frozenset[str]] = frozenset(
    {"reuters", "ap", "afp", "bloomberg", "dpa", "xinhua", "anadolu", "tass", "efe", "ani", "pti"}
)


#: Currency marks that count only glued to a number with a scale after it: single letters
#: are initials and labels too ("Y3.1 billion" is yen, "Y3" a label; "R100 million" is rand,
#: "R 100" a grade). See CURRENCY_BEFORE.
GLUED_ONLY_MARKS: Final[frozenset[str]] = frozenset({"Y", "N", "R", "P", "LE", "SR", "Dh"})

#: Currency words after a figure that already has a sign before it, which are also English
#: words: "the $5 million won by the charity" is not Korean won.
WORD_MARKS_NOT_AFTER_SIGN: Final[frozenset[str]] = frozenset({"won", "rand", "real", "lei"})

#: A word after a signed figure that names a dollar agrees with the sign and never overrides
#: it ("C$5 million dollars" stays CAD); any other currency word wins: "$12 billion euros".
DOLLAR_WORDS: Final[frozenset[str]] = frozenset({"dollars", "dollar"})
