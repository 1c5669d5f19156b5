"""Period tables: count words, ordinals, units, relative words, prepositions and vetoes.

Sources: English news usage in aid reporting ("the first quarter of 2025", "over the next
three years", "FY2025-26") and the time grammars of Duckling and Recognizers-Text. Keys are
lower case except MONTHS, whose capital tells a month from "may" the verb and "march".
Month names live in :mod:`aidclaims.lexicon.words`; the grammar is in ``grammar``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from aidclaims.lexicon.numbers import NUMBER_WORDS as _ALL_NUMBER_WORDS

#: Counts of units: "over the next four years", "the first three months of 2025": the
#: number words one to twelve of ``numbers.NUMBER_WORDS``.
NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {w: n for w, n in _ALL_NUMBER_WORDS.items() if n <= 12 and w not in ("a", "an", "dozen")}
)

#: Ordinals of quarters and halves ("the fourth quarter"); -1 is the last one.
ORDINALS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "final": -1,
        "last": -1,  # "the last quarter of 2024"; alone, "last quarter" is the previous one
    }
)

#: Parts of a year, in months: "the second half of the year", "the fourth quarter".
YEAR_PARTS: Final[Mapping[str, int]] = MappingProxyType(
    {
        "quarter": 3,
        "half": 6,
    }
)

#: Units of a duration as (months, days): "the past four months", "the next two weeks".
UNITS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        "year": (12, 0),
        "quarter": (3, 0),
        "month": (1, 0),
        "week": (0, 7),
        "day": (0, 1),
    }
)

#: Relative words and their offset from the publication date's year, quarter, month or week.
RELATIVE: Final[Mapping[str, int]] = MappingProxyType(
    {
        "this": 0,
        "current": 0,
        "present": 0,
        "last": -1,
        "previous": -1,
        "past": -1,
        "preceding": -1,
        "next": 1,
        "coming": 1,
        "upcoming": 1,
    }
)

#: Relative words that count back or forward from the publication date itself, not from the
#: start of a calendar unit: "over the past year" is the 12 months before publication.
ROLLING: Final[frozenset[str]] = frozenset(
    {
        "past",
        "preceding",
        "coming",
        "upcoming",
    }
)

#: Relative words that roll only after "the": "in the last year" vs "last year" (calendar).
ROLLING_AFTER_THE: Final[frozenset[str]] = frozenset(
    {
        "last",
        "next",
    }
)

#: Prepositions kept in a period's text: "in 2024", "throughout 2024", "for 2025".
PREPOSITIONS: Final[tuple[str, ...]] = (
    "in",
    "during",
    "throughout",
    "for",
    "across",
    "within",
)

#: Words opening an open-ended period: "by 2027", "until the end of 2026", "through 2026".
UNTIL_WORDS: Final[tuple[str, ...]] = (
    "by",
    "until",
    "till",
    "through",
    "thru",
    "up until",
    "no later than",
)

#: Words giving the start of a duration: "from July 1st, over a period of three years".
ANCHOR_WORDS: Final[tuple[str, ...]] = (
    "from",
    "starting",
    "starting from",
    "starting on",
    "starting in",
    "beginning",
    "beginning on",
    "beginning in",
    "effective",
    "as of",
    "effect on",  # "the facility took effect on March 1st ... over a period of two years"
    "effect from",
    "force on",  # "the loan entered into force on 1 January"
    "force from",
)

#: A bare year after one of these is a number, not a time ("No. 2024", "some 2024 troops").
YEAR_VETO_BEFORE: Final[frozenset[str]] = frozenset(
    {
        # references
        "no.",
        "nos.",
        "no",
        "number",
        "resolution",
        "page",
        "p.",
        "pp.",
        "article",
        "art.",
        "section",
        "flight",
        "route",
        "room",
        "tel",
        "tel.",
        "phone",
        "fax",
        # quantities: "nearly 2025 people"
        "about",
        "around",
        "approximately",
        "nearly",
        "almost",
        "some",
        "over",
        "than",
        "least",
        "roughly",
        # rupees before a figure: "Rs 2024 crore"
        "rs",
        "rs.",
    }
)

#: A bare year before one of these is a count or an amount ("2024 troops", "2025 million").
YEAR_VETO_AFTER: Final[frozenset[str]] = frozenset(
    {
        # scales and percentages
        "million",
        "billion",
        "trillion",
        "thousand",
        "crore",
        "lakh",
        "bn",
        "mn",
        "m",
        "k",
        "percent",
        "%",
        # counted things
        "people",
        "persons",
        "troops",
        "soldiers",
        "civilians",
        "refugees",
        "children",
        "families",
        "households",
        "tanks",
        "vehicles",
        "shells",
        "rounds",
        "missiles",
        "drones",
        "units",
        "homes",
        "tonnes",
        "tons",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "hectares",
        # events the year names, not the money's period: "schools damaged by the 2023
        # earthquake", "since the 2022 invasion" (an anchor, read by "since"), "the 2024 election"
        "earthquake",
        "earthquakes",
        "quake",
        "floods",
        "flood",
        "flooding",
        "tsunami",
        "cyclone",
        "hurricane",
        "typhoon",
        "storm",
        "drought",
        "wildfires",
        "famine",
        "pandemic",
        "outbreak",
        "war",
        "invasion",
        "coup",
        "uprising",
        "revolution",
        "election",
        "elections",
        "olympics",
        # currencies after a figure: "2025 euros"
        "dollars",
        "euros",
        "pounds",
        "yen",
        "hryvnias",
        "rupees",
        "kroner",
    }
)
