"""Closed-class words: months, weekdays, auxiliaries and modal verbs, each kept once.

Every stage that needs one of these lists reads it from here (parties' subject gaps,
speakers' leading noise, periods' month grammar, money's words after a bare figure), so a
spelling added here reaches them all. Sources: English grammar; the month abbreviations
are those of news style guides ("Sept. 2024", "Jan 5").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from aidclaims.model import Qualifier

#: Month names and abbreviations, capitalised: the capital tells a month from "may" the
#: verb and "march" the noun ("in May", not "allies may").
MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "January": 1,
        "Jan": 1,
        "February": 2,
        "Feb": 2,
        "March": 3,
        "Mar": 3,
        "April": 4,
        "Apr": 4,
        "May": 5,
        "June": 6,
        "Jun": 6,
        "July": 7,
        "Jul": 7,
        "August": 8,
        "Aug": 8,
        "September": 9,
        "Sept": 9,  # "Sept. 2024"
        "Sep": 9,
        "October": 10,
        "Oct": 10,
        "November": 11,
        "Nov": 11,
        "December": 12,
        "Dec": 12,
    }
)

#: The twelve full month names, in calendar order (the first spelling of each month above).
MONTH_NAMES: Final[tuple[str, ...]] = tuple(
    next(name for name, number in MONTHS.items() if number == month) for month in range(1, 13)
)

#: Days of the week ("Canada on Monday announced").
WEEKDAYS: Final[tuple[str, ...]] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

#: Forms of "be", "have" and "do" used as auxiliaries ("has pledged", "was approved").
AUXILIARIES: Final[tuple[str, ...]] = (
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
)

#: Modal verbs ("allies must allocate", "Japan will provide").
MODAL_VERBS: Final[tuple[str, ...]] = (
    "will",
    "would",
    "shall",
    "should",
    "must",
    "can",
    "could",
    "may",
    "might",
)

#: Nouns of aid, read by parties ("Japan's $200 million package", "German military aid")
#: and relevance ("$9 billion in humanitarian aid", "a $50 million grant"); each reader
#: adds the words only it needs.
AID_NOUNS: Final[tuple[str, ...]] = (
    "aid",
    "assistance",
    "support",
    "package",
    "packages",
    "grant",
    "grants",
    "loan",
    "loans",
    "funding",
    "financing",
    "donation",
    "donations",
    "contribution",
    "contributions",
    "pledge",
    "pledges",
    "relief",
    "allocation",
    "allocations",
    "facility",
    "fund",
    "funds",
    "tranche",
    "tranches",
    "help",
    "bailout",
)

#: Words just before a figure that qualify it, lower-case ("over €20 billion"): read by money
#: (the qualifier), status ("cut to about $4bn") and relevance ("aid worth some $5bn").
QUALIFIERS: Final[Mapping[str, Qualifier]] = MappingProxyType(
    {
        # at least
        "at least": Qualifier.AT_LEAST,
        "a minimum of": Qualifier.AT_LEAST,
        "minimum of": Qualifier.AT_LEAST,
        "no less than": Qualifier.AT_LEAST,
        "not less than": Qualifier.AT_LEAST,
        "no fewer than": Qualifier.AT_LEAST,
        # more than
        "over": Qualifier.MORE_THAN,
        "more than": Qualifier.MORE_THAN,
        "above": Qualifier.MORE_THAN,
        "upwards of": Qualifier.MORE_THAN,
        "upward of": Qualifier.MORE_THAN,
        "in excess of": Qualifier.MORE_THAN,
        "exceeding": Qualifier.MORE_THAN,  # "aid exceeding $2 billion"
        "exceeded": Qualifier.MORE_THAN,  # "the total amount of aid ... exceeded $6 billion"
        "exceeds": Qualifier.MORE_THAN,
        "surpassed": Qualifier.MORE_THAN,
        "topped": Qualifier.MORE_THAN,
        "nearly reaching": Qualifier.ABOUT,  # "humanitarian aid, nearly reaching $1.1 billion"
        "almost reaching": Qualifier.ABOUT,
        "north of": Qualifier.MORE_THAN,
        # up to
        "up to": Qualifier.UP_TO,
        "as much as": Qualifier.UP_TO,
        "as many as": Qualifier.UP_TO,
        "a maximum of": Qualifier.UP_TO,
        "maximum of": Qualifier.UP_TO,
        "no more than": Qualifier.UP_TO,
        "not more than": Qualifier.UP_TO,
        "at most": Qualifier.UP_TO,
        # less than
        "under": Qualifier.LESS_THAN,
        "less than": Qualifier.LESS_THAN,
        "below": Qualifier.LESS_THAN,
        "fewer than": Qualifier.LESS_THAN,
        # about
        "about": Qualifier.ABOUT,
        "around": Qualifier.ABOUT,
        "roughly": Qualifier.ABOUT,
        "approximately": Qualifier.ABOUT,
        "approx.": Qualifier.ABOUT,
        "approx": Qualifier.ABOUT,
        "nearly": Qualifier.ABOUT,
        "almost": Qualifier.ABOUT,
        "some": Qualifier.ABOUT,  # "some $5 billion"
        "close to": Qualifier.ABOUT,
        "an estimated": Qualifier.ABOUT,
        "estimated": Qualifier.ABOUT,
        "circa": Qualifier.ABOUT,
        "c.": Qualifier.ABOUT,
        "~": Qualifier.ABOUT,
    }
)
