"""Money tables: qualifiers, rates, words after a bare figure, and the range/change rule's words.

Lower-case phrases, matched case-blind on word boundaries. Sources: news usage (examples
beside each entry); qualifier names follow the record contract (``eval/SPEC.md``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from aidclaims.lexicon.words import MODAL_VERBS
from aidclaims.model import Qualifier, Rate

#: Words just after a figure that qualify it ("$5 billion or more").
POST_QUALIFIERS: Final[Mapping[str, Qualifier]] = MappingProxyType(
    {
        "or more": Qualifier.AT_LEAST,
        "and more": Qualifier.AT_LEAST,
        "at least": Qualifier.AT_LEAST,  # "$5 billion at least"
        "or above": Qualifier.AT_LEAST,
        "and above": Qualifier.AT_LEAST,
        "plus": Qualifier.MORE_THAN,  # "$5 billion plus"
        "-plus": Qualifier.MORE_THAN,  # "a $5 billion-plus package"
        "or less": Qualifier.UP_TO,
        "at most": Qualifier.UP_TO,
        "or so": Qualifier.ABOUT,
    }
)

#: Rates written after a figure ("1 billion dollars every month"), lower-case.
RATES: Final[Mapping[str, Rate]] = MappingProxyType(
    {
        # per day
        "a day": Rate.PER_DAY,
        "per day": Rate.PER_DAY,
        "each day": Rate.PER_DAY,
        "every day": Rate.PER_DAY,
        "daily": Rate.PER_DAY,
        # per week
        "a week": Rate.PER_WEEK,
        "per week": Rate.PER_WEEK,
        "each week": Rate.PER_WEEK,
        "every week": Rate.PER_WEEK,
        "weekly": Rate.PER_WEEK,
        # per month
        "a month": Rate.PER_MONTH,
        "per month": Rate.PER_MONTH,
        "each month": Rate.PER_MONTH,
        "every month": Rate.PER_MONTH,
        "monthly": Rate.PER_MONTH,
        "per-month": Rate.PER_MONTH,
        # per quarter
        "a quarter": Rate.PER_QUARTER,
        "per quarter": Rate.PER_QUARTER,
        "each quarter": Rate.PER_QUARTER,
        "every quarter": Rate.PER_QUARTER,
        "quarterly": Rate.PER_QUARTER,
        # per year
        "a year": Rate.PER_YEAR,
        "per year": Rate.PER_YEAR,
        "each year": Rate.PER_YEAR,
        "every year": Rate.PER_YEAR,
        "per annum": Rate.PER_YEAR,
        "a-year": Rate.PER_YEAR,  # "a $3.8 billion-a-year package"
        "annually": Rate.PER_YEAR,
        "yearly": Rate.PER_YEAR,
        "per-year": Rate.PER_YEAR,
    }
)

#: Rates written before a figure ("an annual $3.8 billion", "a monthly $1 billion").
PRE_RATES: Final[Mapping[str, Rate]] = MappingProxyType(
    {
        "annual": Rate.PER_YEAR,
        "yearly": Rate.PER_YEAR,
        "monthly": Rate.PER_MONTH,
        "weekly": Rate.PER_WEEK,
        "daily": Rate.PER_DAY,
        "quarterly": Rate.PER_QUARTER,
    }
)

#: Rate words that may stand a few words after the figure, not only right after it:
#: "the $3.8 billion Israel receives annually from America".
DISTANT_RATES: Final[frozenset[str]] = frozenset(
    {"annually", "per year", "every year", "each year", "per month", "every month", "each month"}
)

#: Words after a bare scaled figure that make it a count, not money: "2 million rounds".
#: A bare figure ("4 billion") is money only when followed by punctuation, the end, or one
#: of ALLOWED_AFTER_BARE.
ALLOWED_AFTER_BARE: Final[frozenset[str]] = frozenset(
    {
        # --- rates and modals: "4 billion a month", "4 billion will go to ..."
        *(w.split()[0] for w in RATES),
        *(m for m in MODAL_VERBS if m != "shall"),
        "per",
        "each",
        "every",
        "annually",
        "monthly",
        "yearly",
        # --- prepositions: "4 billion over four months", "6 billion for air defence"
        "over",
        "in",
        "for",
        "to",
        "from",
        "by",
        "on",
        "at",
        "with",
        "into",
        "toward",
        "towards",
        "as",
        "of",
        "since",
        "until",
        "through",
        "throughout",
        "during",
        "within",
        "under",
        "after",
        "before",
        # --- conjunctions, pronouns, determiners: "4 billion and it will ..."
        "and",
        "or",
        "but",
        "so",
        "which",
        "that",
        "this",
        "these",
        "when",
        "if",
        "while",
        "it",
        "they",
        "he",
        "she",
        "we",
        "the",
        "its",
        "their",
        # --- auxiliaries: "6 billion was approved", "5 billion has been spent"
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        # --- amounts and totals: "5 billion more", "4 billion so far", "2 billion in total"
        "worth",
        "more",
        "less",
        "plus",
        "already",
        "so far",
        "last",
        "next",
        "alone",
        "altogether",
        "total",
        "overall",
        "in total",
        "now",
        # --- participles of giving: "4 billion pledged by the allies", "5 billion set aside"
        "pledged",
        "promised",
        "committed",
        "allocated",
        "provided",
        "earmarked",
        "approved",
        "announced",
        "delivered",
        "disbursed",
        "spent",
        "set",
        "going",
    }
)

#: Words right before "X to Y" that make it a change of level, two figures, not a range:
#: "cut from 16 to 9 billion kroner", "raised by $1bn to $3bn".
CHANGE_WORDS: Final[frozenset[str]] = frozenset({"from", "by"})

#: Words before "from X to Y" that make it a range after all ("ranging from $1bn to $2bn").
RANGE_FROM_CUES: Final[frozenset[str]] = frozenset(
    {"ranging", "range", "varying", "vary", "anywhere"}
)


#: Endings of a capitalised word after a bare figure that make the figure a count of people:
#: "2 million Ukrainians", "1.5 million Lebanese", "3 million Pensioners", "2 million Unionists".
#: Any other capitalised word is the start of a name or sentence: "4 billion Ukraine needs".
DEMONYM_SUFFIXES: Final[tuple[str, ...]] = ("ans", "ese", "ers", "ists")


#: After "of", a bare figure stays money only before one of these: "4 billion of which",
#: "2 billion of it", "1 billion of the aid"; "six million of the most vulnerable" counts people.
MONEY_AFTER_OF: Final[frozenset[str]] = frozenset(
    {"which", "it", "that", "this", "these", "those", "them", "its", "their", "his", "her"}
)

#: After "have"/"has"/"are"..., a bare figure is a count of people before one of these:
#: "five million have fled the country", "2 million are displaced"; money otherwise ("13.8
#: billion are intended for weapons", "5 billion have been pledged").
PEOPLE_PREDICATES: Final[frozenset[str]] = frozenset(
    {
        "fled",
        "died",
        "displaced",
        "killed",
        "injured",
        "wounded",
        "affected",
        "living",
        "homeless",
        "hungry",
        "starving",
        "facing",
        "returned",
        "left",
        "crossed",
        "arrived",
        "registered",
        "sought",
        "lost",
        "suffered",
        "uprooted",
        "trapped",
        "missing",
        "stranded",
        "sheltering",
        "receiving",
        "forced",
    }
)
