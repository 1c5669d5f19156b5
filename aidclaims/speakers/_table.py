"""Word tables for :mod:`aidclaims.speakers`: cue verbs, titles, organisation heads, vetoes.

Sources: attribution phrasings in English-language wire and ministry news (Reuters/AP
style "X said", Ukrainian and Scandinavian agencies' "This was stated by X", "according to
him"), the UN member-state list for the country veto, and common English news titles.
All words are lower case; the matcher compares case-folded tokens.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from aidclaims.lexicon.titles import TITLES
from aidclaims.lexicon.words import MONTH_NAMES, WEEKDAYS


class VerbForms(NamedTuple):
    """The forms of one speech verb that follow a subject ("Eklund said", "Eklund says")."""

    past: str
    present: str | None  # None where the -s form is mostly a noun: "Treasury notes"
    participle: str | None = None  # only where it differs from past: "has written"


# Speech and attribution verbs. "X said", "X has once again stressed", "X expects that".
# Base forms ("say", "argue") are left out: their subjects are groups ("officials say",
# "Democrats say"), never one speaker.
SPEECH_VERBS: Final[tuple[VerbForms, ...]] = (
    # say, tell, state
    VerbForms("said", "says"),
    VerbForms("told", "tells"),  # "Whitfield told Fox", "she told reporters"
    VerbForms("stated", None),  # "states" is mostly a noun: "Gulf states pledge $2bn"
    VerbForms("declared", "declares"),
    VerbForms("announced", "announces"),
    VerbForms("added", "adds"),
    VerbForms("wrote", "writes", "written"),
    VerbForms("tweeted", "tweets"),
    VerbForms("posted", None),
    # emphasis
    VerbForms("stressed", "stresses"),
    VerbForms("emphasized", "emphasizes"),
    VerbForms("emphasised", "emphasises"),
    VerbForms("underlined", "underlines"),
    VerbForms("underscored", "underscores"),
    VerbForms("highlighted", "highlights"),
    VerbForms("pointed out", "points out"),
    VerbForms("noted", None),
    VerbForms("reiterated", "reiterates"),
    VerbForms("reaffirmed", "reaffirms"),
    VerbForms("insisted", "insists"),
    VerbForms("warned", "warns"),
    # confirmation and explanation
    VerbForms("acknowledged", "acknowledges"),
    VerbForms("confirmed", "confirms"),
    VerbForms("admitted", "admits"),
    VerbForms("argued", "argues"),
    VerbForms("explained", "explains"),
    VerbForms("clarified", "clarifies"),
    VerbForms("asserted", "asserts"),
    VerbForms("claimed", None),
    VerbForms("mentioned", "mentions"),
    VerbForms("cited", "cites"),  # "Yellen cited the approval of another $4.5 billion"
    VerbForms("recalled", "recalls"),
    VerbForms("remarked", None),
    VerbForms("commented", None),
    VerbForms("replied", "replies"),
    VerbForms("revealed", "reveals"),
    VerbForms("disclosed", "discloses"),
    VerbForms("assured", "assures"),
    VerbForms("concluded", "concludes"),
    # requests and expectations
    VerbForms("urged", "urges"),  # "Zelenskyy urged allies to send $5bn"
    VerbForms("called for", "calls for"),
    VerbForms("asked", "asks"),
    VerbForms("expected", "expects"),  # "Eklund expects that by the end of the year ..."
    VerbForms("believed", "believes"),
    VerbForms("predicted", "predicts"),
    VerbForms("estimated", None),
    # media: "Baltnews reports", "the Baltnews news portal reports"
    VerbForms("reported", "reports"),
)

# Verbs whose subject is a news outlet, not a source: ranked below people and organisations.
MEDIA_VERBS: Final[frozenset[str]] = frozenset(
    {
        "reported",
        "reports",
        "cited",  # "as cited by Balt.ua"
    }
)

# Verbs that also come before their subject after a comma or closing quote:
# ", said NATO Secretary General Lars Eklund", "," said Ambassador Okafor", ", reports Baltnews".
INVERTED_VERBS: Final[tuple[str, ...]] = (
    "said",
    "says",
    "added",
    "adds",
    "stated",
    "states",
    "wrote",
    "writes",
    "noted",
    "explained",
    "stressed",
    "emphasized",
    "emphasised",
    "warned",
    "insisted",
    "declared",
    "concluded",
    "announced",
    "reported",
    "reports",
)

# Passive attribution: "This was announced by Prime Minister X", "as reported by Balt24".
PASSIVE_VERBS: Final[tuple[str, ...]] = (
    "announced",
    "stated",
    "said",
    "confirmed",
    "reported",
    "noted",
    "emphasized",
    "emphasised",
    "declared",
    "disclosed",
    "revealed",
    "cited",  # "as cited by Balt.ua"
    "quoted",
    "written",
)

# Words allowed between a subject and its verb: "Eklund has once again stressed".
ADVERBS: Final[tuple[str, ...]] = (
    "has",
    "have",
    "had",
    "also",
    "again",
    "once",
    "repeatedly",
    "previously",
    "earlier",
    "later",
    "then",
    "further",
    "firmly",
    "publicly",
    "clearly",
    "recently",
    "reportedly",
    "already",
    "explicitly",
    "openly",
    "separately",
    "subsequently",
    "similarly",
    "likewise",
    "additionally",
    "personally",
    "herself",
    "himself",
)

# Time words that may stand between a subject and its verb: "Foreign Affairs Minister John
# Baird on Thursday announced", "Wong yesterday said". Not subject words.
TIME_ADVERBS: Final[tuple[str, ...]] = ("on", "yesterday", "today", *WEEKDAYS)

# Words after "said this" / "stated this" that show "this" points back to the previous
# sentence ("X stated this in response to ...") rather than opening a clause
# ("X said this is critical") or a time ("X said this week").
BACK_REFERENCE_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "when",
        "while",
        "to",
        "as",
        "via",
        "through",
        "with",
        "following",
        "ahead",
        "yesterday",
        "today",
        "earlier",
        "speaking",
        "adding",
        "citing",
    }
)

# Lower-case titles a subject phrase may hold without a capital: "the minister said",
# "Kremlin spokesman Dmitry Peskov said". "general" and "major" are left out ("in general").
LOWER_TITLES: Final[frozenset[str]] = TITLES - {"general", "major", "chair", "speaker"}


# Heads of organisation names: "the Finnish government", "the State Department",
# "the Kowalski administration", "the World Bank". Bigrams are written with one space.
ORG_HEADS: Final[frozenset[str]] = frozenset(
    {
        "government",
        "ministry",
        "administration",
        "department",
        "agency",
        "embassy",
        "bank",
        "fund",
        "commission",
        "council",
        "office",
        "cabinet",
        "parliament",
        "presidency",
        "secretariat",
        "institute",
        "organisation",
        "organization",
        "committee",
        "foundation",
        "mission",
        "delegation",
        "command",
        "headquarters",
        # names that are heads by themselves
        "pentagon",
        "kremlin",
        "white house",
        "downing street",
        "élysée",
        "elysee",
    }
)

# Generic media heads stripped from an outlet's name: "the Baltnews news portal" → Baltnews.
MEDIA_HEADS: Final[frozenset[str]] = frozenset(
    {
        "news portal",
        "news agency",
        "news site",
        "news outlet",
        "news website",
        "newspaper",
        "daily",
        "outlet",
        "broadcaster",
        "portal",
        "channel",
        "tv channel",
        "magazine",
        "publication",
        "media",
    }
)

# Documents: with a named author ("a State Department memo", "the Finnish government's
# website") the author speaks; without one ("the draft budget", "internal documents") nobody.
DOCUMENT_HEADS: Final[frozenset[str]] = frozenset(
    {
        "memo",
        "memorandum",
        "report",
        "reports",
        "document",
        "documents",
        "draft",
        "draft budget",
        "budget",
        "statement",
        "press release",
        "release",
        "text",
        "article",
        "letter",
        "proposal",
        "study",
        "survey",
        "analysis",
        "data",
        "figures",
        "estimates",
        "website",
        "site",
        "filing",
        "plan",
        "paper",
        "decree",
        "resolution",
        "communique",
        "communiqué",
        "note",
        "bill",
    }
)

# Lower-case words that join the parts of a name or role: "Ursula von der Leyen",
# "Secretary of State", "Ministry of Defence".
CONNECTORS: Final[frozenset[str]] = frozenset(
    {
        "of",
        "for",
        "and",
        "to",
        "the",
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "del",
        "della",
        "la",
        "le",
        "dos",
        "das",
        "ter",
        "ten",
        "bin",
        "ibn",
        "ben",
        "al",
        "el",
    }
)

# Connectors that start a role's tail: "Minister of ...", "Representative for ...".
ROLE_TAIL_STARTS: Final[frozenset[str]] = frozenset({"of", "for", "to"})

# Capitalised words at the start of a subject phrase that are not part of it:
# "On Monday Eklund said", "Meanwhile Varga said".
LEADING_NOISE: Final[frozenset[str]] = frozenset(
    {
        "in",
        "on",
        "at",
        "by",
        "but",
        "and",
        "also",
        "meanwhile",
        "however",
        "then",
        "later",
        "earlier",
        "yesterday",
        "today",
        "separately",
        "speaking",
        "when",
        "while",
        "after",
        "before",
        "as",
        "since",
        "so",
        "still",
        "now",
    }
) | frozenset(w.lower() for w in (*WEEKDAYS, *MONTH_NAMES))

# Subjects that look like names but never are: pronouns, determiners, groups.
NOT_NAMES: Final[frozenset[str]] = frozenset(
    {
        # pronouns and determiners
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "there",
        "who",
        "which",
        "some",
        "many",
        "others",
        "both",
        "all",
        "each",
        "everyone",
        "nobody",
        "one",
        # groups: "Officials said", "Democrats argued"
        "officials",
        "lawmakers",
        "analysts",
        "experts",
        "sources",
        "critics",
        "diplomats",
        "observers",
        "authorities",
        "residents",
        "witnesses",
        "democrats",
        "republicans",
        "conservatives",
        "liberals",
        "allies",
        "members",
        "leaders",
        "ministers",
        "people",
        "reports",
        "europeans",
        "americans",
        "ukrainians",
        "russians",
        "israelis",
        "palestinians",
        "africans",
        "chinese",
        "germans",
        "french",
        "british",
    }
)

# Words for an alliance that name no speaker alone ("the alliance said", "the West says"),
# besides the places of lexicon.places.
GROUP_WORDS: Final[frozenset[str]] = frozenset({"alliance", "west", "the west"})
