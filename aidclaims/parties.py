"""Donors and recipients of a money figure, read from the clause around it.

The sentence is scanned once for gazetteer hits (countries, demonyms, capitals, blocs,
institutions, regions, population groups; see ``_parties_table.py``). Hits grow into
party phrases ("NATO allies", "the Swiss government", "civilians in Gaza"), each phrase
gets the cues around it ("to X", "from X", "X pledged", "X will receive", "X's
package"), and each figure takes the best-placed phrase of its own clause.

``DocumentParties`` answers find_document_parties and find_parties for one document
while scanning the document once and reading each sentence once; the two functions
stay for single questions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

import regex

from aidclaims._parties_table import (
    AID_NOUNS,
    AID_VERBS,
    AMBIGUOUS_NAMES,
    AUX_WORDS,
    BLOC_HEADS,
    BLOCS,
    COLLAPSE_HEADS,
    COUNTRIES,
    CURRENCY_WORDS,
    DETERMINERS,
    FROM_VETO,
    FUNCTION_WORDS,
    GENERIC_DONORS,
    GROUP_HEADS,
    GROUPS,
    INSTITUTIONS,
    NEED_NOUNS,
    OBJECT_LEFT_WORDS,
    OWN_NOUNS,
    PASSIVE_BY_PARTICIPLES,
    PASSIVE_RECEIVE,
    POSSESSIVE_NEED_NOUNS,
    RECEIVE_VERBS,
    RECIPIENT_OBJECT_VERBS,
    REGION_ADJECTIVES,
    REGIONS,
    REQUEST_NOUNS,
    REQUEST_OBJECT_VERBS,
    REQUEST_VERBS,
    TO_FOR_VETO,
)
from aidclaims.text.sentences import Sentence, find_sentences
from aidclaims.text.trie import compile_lists

PlaceKind = Literal["country", "bloc", "institution", "region", "group"]
_Modifier = Literal["donor", "recipient", "neutral"]
_DonorCue = Literal["request", "from", "by", "modifier", "subject"]
_RecipientCue = Literal["request", "cue", "receiver"]


@dataclass(frozen=True, slots=True)
class Parties:
    """Who gives and who receives a figure; None when the text does not tell."""

    donor: str | None
    recipient: str | None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One gazetteer hit: ``text[start:end]`` names ``name`` (canonical) of ``kind``."""

    start: int
    end: int
    name: str
    kind: PlaceKind


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    kind: PlaceKind
    adjectival: bool  # demonym, acronym, bloc or institution: may modify a noun


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    name: str
    kind: PlaceKind
    adjectival: bool


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A party phrase with the cues around it; ``end`` excludes a possessive 's."""

    start: int
    end: int
    name: str
    keys: frozenset[str]  # entities named, so that donor and recipient never coincide
    kind: PlaceKind
    possessive: bool
    modifier: _Modifier | None
    donor_cue: _DonorCue | None
    recipient_cue: _RecipientCue | None
    subject_like: bool


@dataclass(frozen=True, slots=True)
class _Span:
    """A party phrase before its cues are read."""

    start: int
    end: int
    name: str
    keys: frozenset[str]
    kind: PlaceKind
    possessive: bool
    adjectival: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    phrases: tuple[_Phrase, ...]
    breaks: tuple[tuple[int, int], ...]  # clause boundaries, as spans


@dataclass(frozen=True, slots=True)
class _Pick:
    name: str
    keys: frozenset[str]


# ---------------------------------------------------------------------------------------
# Named lists as tries.
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# The gazetteer as one entry table, and its scan.
# ---------------------------------------------------------------------------------------


def _is_acronym(s: str) -> bool:
    return not any(ch.islower() for ch in s)


def _build_entries() -> Mapping[str, _Entry]:
    """Flatten the tables into surface string → entry; the first table to name a string wins."""
    out: dict[str, _Entry] = {}
    for c in COUNTRIES:
        out.setdefault(c.name, _Entry(c.name, "country", False))
        for alias in c.aliases:
            out.setdefault(alias, _Entry(c.name, "country", _is_acronym(alias)))
        for dem in c.demonyms:
            out.setdefault(dem, _Entry(c.name, "country", True))
            if dem.endswith(("an", "i")):  # "the Israelis", "Ukrainians"
                out.setdefault(dem + "s", _Entry(c.name, "country", False))
        for met in c.metonyms:
            out.setdefault(met, _Entry(c.name, "country", False))
    for s, name in REGIONS.items():
        out.setdefault(s, _Entry(name, "region", False))
    for s, name in REGION_ADJECTIVES.items():
        out.setdefault(s, _Entry(name, "region", True))
    for s, name in BLOCS.items():
        out.setdefault(s, _Entry(name, "bloc", True))
    for s, name in INSTITUTIONS.items():
        out.setdefault(s, _Entry(name, "institution", True))
    for s, name in GENERIC_DONORS.items():
        out.setdefault(s, _Entry(name, "bloc", False))
        out.setdefault(s[0].upper() + s[1:], _Entry(name, "bloc", False))  # "Allies must"
    for s, name in GROUPS.items():
        out.setdefault(s, _Entry(name, "group", False))
        out.setdefault(s[0].upper() + s[1:], _Entry(name, "group", False))
    return MappingProxyType(out)


_ENTRIES: Final = _build_entries()


_LETTERS_RE: Final = regex.compile(r"\p{L}+")


def _index_by_letters(entries: Iterable[str]) -> Mapping[str, tuple[tuple[str, _Entry], ...]]:
    """Surface strings by the letters they start with ("U" for "U.S."), longest first."""
    out: dict[str, list[tuple[str, _Entry]]] = {}
    for s in sorted(entries, key=len, reverse=True):
        letters = _LETTERS_RE.match(s)
        if letters is None:
            raise ValueError(f"a gazetteer string must start with a letter: {s!r}")
        out.setdefault(letters.group(), []).append((s, _ENTRIES[s]))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _needles(strings: Iterable[str]) -> tuple[str, ...]:
    """What to look for to find each string: strings that share a long first word, that word.

    >>> _needles(["donor nations", "donor countries", "the West", "the Maldives", "allies"])
    ('donor', 'the West', 'the Maldives', 'allies')
    """
    groups: dict[str, list[str]] = {}
    for s in strings:
        groups.setdefault(s.split()[0], []).append(s)
    out: list[str] = []
    for word, group in groups.items():
        out.extend([word] if len(group) > 1 and len(word) >= 5 else group)  # not "the"
    return tuple(out)


# The scan finds what ``(?<![\w$@#])\L<entries>(?![\w$])`` finds: proper names are
# case-sensitive ("US" is never "us"), "US$" and "A$" are currencies, and at each start
# the longest entry that ends there on a word boundary wins. A named list of ~1,000
# strings costs the regex engine ~4 µs at every capital, so the scan collects candidate
# starts instead (capitalised words, and the few lower-case entries by str.find) and
# looks each one up by its leading letters: an entry that matches starts with exactly
# the letters the text has there, as a letter after it would be no word boundary.
_BY_LETTERS: Final = _index_by_letters(_ENTRIES)
_LOWER_NEEDLES: Final = _needles(s for s in _ENTRIES if not s[0].isupper())  # "allies"
_CAPITAL_WORD_RE: Final = regex.compile(r"(?<![\w$@#])\p{Lu}\p{L}*")
_NAME_START_RE: Final = regex.compile(r"(?<![\w$@#])")  # matched at a position: zero-width
_NAME_END_RE: Final = regex.compile(r"(?![\w$])")
_NAME_ENDERS: Final = frozenset(" \n,.;:!?()'’\"”-")  # never [\w$]: no need to ask _NAME_END_RE
_NAME_LAST_CHARS: Final = frozenset(s[-1] for s in _ENTRIES)

_AID_VERB_FORMS: Final = frozenset(form for row in AID_VERBS for form in row)

# Words that can follow a party that heads its own phrase ("US pledged", "EU to").
_KNOWN_WORDS: Final = (
    FUNCTION_WORDS
    | AUX_WORDS
    | _AID_VERB_FORMS
    | RECEIVE_VERBS
    | PASSIVE_RECEIVE
    | frozenset(v.split()[0] for v in REQUEST_VERBS | REQUEST_OBJECT_VERBS)
    | frozenset({"need", "needs", "needed", "said", "says", "told"})
)

_I: Final = regex.IGNORECASE
_V: Final = regex.VERBOSE
# Patterns that must end where a window ends (``\Z``) are matched right to left: a
# forward search tries every start in the window, a backward one only the window's end.
# Both find a match in the same windows; where the match is unique (one start can reach
# ``\Z``) it is the same span with the same groups.
_R: Final = regex.REVERSE

# "Danish kroner", "US dollars": a currency adjective, not a party.
_CURRENCY_AFTER_RE: Final = compile_lists(r"\s+\L<cur>(?!\w)", _I, cur=CURRENCY_WORDS)
_CAP_BEFORE_RE: Final = regex.compile(r"(\p{Lu}[\w'’.-]*)\s+\Z")
_CAP_AFTER_RE: Final = regex.compile(r"\s+(\p{Lu}[\w'’-]*)")

# Capitalised organisation heads: "the Ukraine Relief, Recovery, Reconstruction, and
# Reform Trust Fund (URTF)", "Japan Bank for International Cooperation".
_ORG_HEAD_RE: Final = regex.compile(r"(?<!\w)(?:Trust\s+Fund|Fund|Bank|Foundation|Agency)(?!\w)")
_ORG_BEFORE_RE: Final = regex.compile(
    r"(?:(?<![\w'’])\p{Lu}[\w'’.-]*(?:,\s+|\s+)(?:(?:and|of|for|the|&)\s+)?){1,10}\Z"
)
_ORG_AFTER_RE: Final = regex.compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,4})?"
    r"(?:\s+\(\p{Lu}[\p{Lu}\d&-]{1,9}\))?"
)

# ---------------------------------------------------------------------------------------
# Phrase building.
# ---------------------------------------------------------------------------------------

_DETS: Final = r"(?:(?:\L<dets>)\s+){0,2}"
_GOV_OF_RE: Final = regex.compile(
    r"(?<!\w)(?:government|people)\s+of\s+(?:the\s+)?\Z", _I | _R
)  # "the Government of Japan": unique, as "of" ends the only start that reaches \Z
# Heads after a party: "NATO allies", "the Swiss government", "Ukraine's partners".
_HEAD_RE: Final = compile_lists(
    r"(?P<poss>['’]s)?\s+(?P<head>\L<heads>)(?!\w)",
    _I,
    heads=BLOC_HEADS | COLLAPSE_HEADS | GROUP_HEADS,
)
# "civilians in Gaza", "refugees from Sudan".
_GROUP_PLACE_RE: Final = regex.compile(r"\s+(?:in|from|of|across|inside)\s+(?:the\s+)?")
_POSSESSIVE_RE: Final = regex.compile(r"['’]s?(?!\w)")
_LIST_SEP_RE: Final = regex.compile(
    r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?:(?:other|the|fellow)\s+)?\Z"
)

# ---------------------------------------------------------------------------------------
# Cues after a phrase (matched at its end).
# ---------------------------------------------------------------------------------------

_TOKEN: Final = r"[\w$€£¥₹.,%-]*[\w%]\s+"  # a word or a figure ("$200", "million")
_POSS_OWN_RE: Final = compile_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,1}}?\L<own>(?!\w)", _I, own=OWN_NOUNS
)  # "Brazil's GDP", "Finland's defence budget"
_POSS_REQUEST_RE: Final = compile_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,2}}?\L<req>(?!\w)", req=REQUEST_NOUNS
)  # "Ukraine's request to the EU"
_POSS_NEED_RE: Final = compile_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,2}}?\L<need>(?!\w)", need=POSSESSIVE_NEED_NOUNS
)  # "Ukraine's military needs"
_POSS_AID_RE: Final = compile_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,3}}?\L<aid>(?!\w)", aid=AID_NOUNS
)  # "Japan's $200 million package", "Norway's total contribution"
_POSS_FOR_RE: Final = compile_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{1,3}}?(?:for|to)\s+{_DETS}", dets=DETERMINERS
)  # "Berlin's budget for Kyiv"
_FUNDED_RE: Final = regex.compile(
    r"-(?:funded|financed|backed|sponsored|supported|led|organi[sz]ed)(?!\w)", _I
)  # "EU-funded"
_ADJ_OWN_RE: Final = compile_lists(r"\s+(?:[a-z][\w-]*\s+){0,1}?\L<own>(?!\w)", own=OWN_NOUNS)
_ADJ_NEED_RE: Final = compile_lists(r"\s+(?:[a-z][\w-]*\s+){0,2}?\L<need>(?!\w)", need=NEED_NOUNS)
_ADJ_AID_RE: Final = compile_lists(r"\s+(?:[a-z][\w-]*\s+){0,3}?\L<aid>(?!\w)", aid=AID_NOUNS)
_NAME_AID_RE: Final = compile_lists(r"\s+(?:[a-z][\w-]*\s+)?\L<aid>(?!\w)", aid=AID_NOUNS)
_NEXT_LOWER_RE: Final = regex.compile(r"\s+([a-z][\w-]*)")

_GAP: Final = r"(?:(?:\L<aux>|\d{4})\s+)"
_APPOSITION: Final = r"(?:,[^;()]{1,150}?,\s*)?"  # "The US, through USAID, is providing"
_BE: Final = r"(?:was|were|is|are|be|been|being)\s+"
_PASSIVE_REQUEST_RE: Final = compile_lists(
    rf"\s*{_GAP}{{0,4}}?{_BE}{_GAP}{{0,2}}?(?:asked|urged|called\s+on|requested|pressed)(?!\w)",
    _I,
    aux=AUX_WORDS,
)  # "allies were urged to"
_PASSIVE_RECEIVE_RE: Final = compile_lists(
    rf"\s*{_GAP}{{0,4}}?{_BE}{_GAP}{{0,3}}?\L<prec>(?!\w)", _I, aux=AUX_WORDS, prec=PASSIVE_RECEIVE
)  # "Bhutan was on Sunday allocated"
_REQUESTER_RE: Final = compile_lists(
    rf"""\s*{_GAP}{{0,4}}?
    (?:\L<reqv>
      |need(?:s|ed)?(?!\s+to\b)                                      # not "need to provide"
      |(?:made|makes|make|submitted|filed|lodged)\s+an?\s+(?:[a-z]+\s+)?(?:request|appeal|plea|bid)
    )(?!\w)""",
    _I | _V,
    aux=AUX_WORDS,
    reqv=REQUEST_VERBS,
)  # "Israel is asking for", "Haiti needs $5m", "Kenya made a request"
_RECEIVE_RE: Final = compile_lists(
    rf"\s*{_APPOSITION}{_GAP}{{0,6}}?\L<recv>(?!\w)", _I, aux=AUX_WORDS, recv=RECEIVE_VERBS
)  # "Haiti will receive"
_SUBJECT_RE: Final = compile_lists(
    rf"\s*[\"“”]?\s*{_APPOSITION}{_GAP}{{0,6}}?[\"“”]?\L<aidv>(?!\w)",
    _I,
    aux=AUX_WORDS,
    aidv=_AID_VERB_FORMS,
)  # "Canada pledged", "NATO allies have pledged", "the EU will provide"

# ---------------------------------------------------------------------------------------
# Cues before a phrase (matched against the text that ends at its start).
# ---------------------------------------------------------------------------------------

_LEFT_PREP: Final = rf"(?<!\w)(?P<prep>to|for|towards|toward|into|from|by)\s+{_DETS}\Z"
_LEFT_PREP_RE: Final = compile_lists(_LEFT_PREP, _I, dets=DETERMINERS)
_LEFT_PREP_BACK_RE: Final = compile_lists(
    _LEFT_PREP, _I | _R, dets=DETERMINERS
)  # tests for a match; the forward search then gives the exact one
_WORD_BEFORE_RE: Final = regex.compile(
    r"(?<![\w'’-])([\w'’-]+)\s+\Z", _R
)  # the last word: unique, as only it reaches \Z
# Tested for a match only.
_LEFT_REQUEST_OBJECT_RE: Final = compile_lists(
    rf"(?<!\w)\L<reqobj>\s+{_DETS}\Z", _I | _R, reqobj=REQUEST_OBJECT_VERBS, dets=DETERMINERS
)  # "Ukraine asked its allies"
_LEFT_OBJECT_VERB_RE: Final = compile_lists(
    rf"(?<!\w)\L<objv>\s+{_DETS}\Z", _I | _R, objv=RECIPIENT_OBJECT_VERBS, dets=DETERMINERS
)  # "to support Ukraine", "provide Moldova with"
_OBJECT_LEFT_RE: Final = compile_lists(
    rf"(?<!\w)(?:\L<objl>|\L<objv>)\s+{_DETS}\Z",
    _I | _R,
    objl=OBJECT_LEFT_WORDS,
    objv=RECIPIENT_OBJECT_VERBS,
    dets=DETERMINERS,
)
_REQUEST_NOUN_RE: Final = compile_lists(r"(?<!\w)\L<req>(?!\w)", _I, req=REQUEST_NOUNS)
_PASSIVE_BY_RE: Final = compile_lists(r"(?<!\w)\L<part>(?!\w)", _I, part=PASSIVE_BY_PARTICIPLES)
_AID_VERB_RE: Final = compile_lists(r"(?<!\w)\L<aidv>(?!\w)", _I, aidv=_AID_VERB_FORMS)
_AND_SUBJECT_RE: Final = compile_lists(rf",\s+and\s+{_DETS}\Z", _I, dets=DETERMINERS)

# ---------------------------------------------------------------------------------------
# Clauses and figures.
# ---------------------------------------------------------------------------------------

_BREAK_RE: Final = regex.compile(
    r"""
      ;                                                  # "... to Kenya; Japan gave ..."
    | ,\s*(?:while|whilst|whereas|but|although|though|yet)(?!\w)
    | (?<!\w)(?:while|whilst|whereas)(?!\w)              # "Denmark cut aid while Norway ..."
    | ,\s*(?:according\s+to|(?:he|she|they|officials)\s+said|said|says)(?!\w)
    | ,\s*and\s+(?=(?:it|they|he|she|we|which)\s)        # ", and it will ..."
    """,
    _I | _V,
)

# A rough money figure, only to bound a figure's "after" window and to let
# find_document_parties run the clause rules without the money stage. Case-sensitive
# with spelled-out capitals: twice as fast as IGNORECASE. A figure is what the
# alternation of these three patterns matches (see _figures); one by one, each finds
# its matches fast, where the alternation tries all of them at every position.
_SCALE: Final = r"(?:bn|bln|[Bb]illion|BILLION|[Mm]illion|MILLION|mln|mn|[Tt]rillion|tn|crore|lakh)"
_FIGURE_MARKED_RE: Final = regex.compile(
    rf"""
      (?:[$€£¥₹₴]|(?<![\w$])(?:US|A|C|NZ|HK|S|R)\$                 # "$5", "US$163"
         |(?<!\w)(?:USD|EUR|GBP|JPY|CNY|CHF|SEK|NOK|DKK|CAD|AUD|INR|UAH|PLN|Rs\.?)\s?)
      \d[\d.,]*(?:\s*(?:{_SCALE}|m)(?!\w))?
    """,
    _V,
)
_FIGURE_SCALED_RE: Final = regex.compile(
    rf"""
      (?<![\w.,])\d[\d.,]*\s*{_SCALE}(?!\w)                           # "9.4 billion kroner"
    """,
    _V,
)
_FIGURE_WORDS: Final = rf"""
      (?<!\w)(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en
               |[Tt]wenty|[Ff]ifty|[Hh]undred|[Ss]everal|[Tt]ens\s+of|[Hh]undreds\s+of
               |[Bb]illions\s+of|[Mm]illions\s+of)
      \s+{_SCALE}(?!\w)                                              # "one billion dollars"
"""
_FIGURE_WORDS_RE: Final = regex.compile(_FIGURE_WORDS, _V)
_FIGURE_WORDS_BACK_RE: Final = regex.compile(_FIGURE_WORDS, _V | _R)
# Each pattern in the alternation's order, with a backward twin that tests the window
# for a match first where matches are rare and the forward search slow.
_FIGURE_PATTERNS: Final[tuple[tuple[regex.Pattern[str], regex.Pattern[str] | None], ...]] = (
    (_FIGURE_MARKED_RE, None),
    (_FIGURE_SCALED_RE, None),
    (_FIGURE_WORDS_RE, _FIGURE_WORDS_BACK_RE),
)
_DIGIT_RE: Final = regex.compile(r"\d")  # no figure without a digit or "illion"

# A donor cue this close to the figure, with no comma between, belongs to its noun
# phrase ("a $50 million grant from Japan", "Japan's $200 million package").
_LOCAL_AFTER: Final = 60
_LOCAL_BEFORE: Final = 40
_WINDOW: Final = 80  # how far back a left cue is looked for


# ---------------------------------------------------------------------------------------
# Public API.
# ---------------------------------------------------------------------------------------


def find_place_mentions(text: str, lo: int = 0, hi: int | None = None) -> tuple[PlaceMention, ...]:
    """Every gazetteer hit in ``text[lo:hi]``, with its canonical name and kind.

    Currency adjectives ("Danish kroner") and names that are part of a person's or a
    title's name ("Michael Jordan", "Washington Post") are left out.

    >>> t = "Copenhagen will send 9 billion Danish kroner to Kyiv."
    >>> [(t[m.start:m.end], m.name, m.kind) for m in find_place_mentions(t)]
    [('Copenhagen', 'Denmark', 'country'), ('Kyiv', 'Ukraine', 'country')]
    """
    end = len(text) if hi is None else hi
    return tuple(PlaceMention(h.start, h.end, h.name, h.kind) for h in _scan(text, lo, end))


def find_parties(
    text: str, sent_start: int, sent_end: int, money_start: int, money_end: int
) -> Parties:
    """Donor and recipient of the figure ``text[money_start:money_end]``.

    Args:
        text: the whole document.
        sent_start: start of the sentence that holds the figure.
        sent_end: end of that sentence (exclusive).
        money_start: start of the money expression.
        money_end: end of the money expression (exclusive).

    Returns:
        The parties found in the figure's clause (or the sentence's main subject for
        the donor); a field is None when the clause names no such party.

    >>> t = "Canada pledged C$500 million to Ukraine."
    >>> find_parties(t, 0, len(t), 15, 28)
    Parties(donor='Canada', recipient='Ukraine')
    """
    sent = _analyse(text, sent_start, sent_end, _scan(text, sent_start, sent_end))
    return _parties(text, sent, money_start, money_end)


def find_document_parties(text: str) -> Parties:
    """Document-level defaults: the most prominent donor and recipient.

    The recipient is the one the clause rules find most often for the document's
    figures (ties go to the first seen), else the country or region most often after
    "to"/"for"; the donor likewise, falling back on subjects of giving verbs.

    >>> find_document_parties("Japan pledged $5m to Kenya. Kenya thanked Tokyo.")
    Parties(donor='Japan', recipient='Kenya')
    """
    return _document_parties(text, find_sentences(text), _new_memo(text))


class DocumentParties:
    """The parties of one document's figures, reading each sentence once.

    ``defaults`` is what find_document_parties returns and ``find`` what find_parties
    returns, for the same arguments; a sentence (or clause) asked about again, or
    already read for the defaults, is not read again. Build one per document.

    Args:
        text: the whole document.
        sentences: ``find_sentences(text)``, when the caller already has it.

    >>> t = "Japan pledged $5m to Kenya. Kenya thanked Tokyo."
    >>> doc = DocumentParties(t)
    >>> doc.defaults
    Parties(donor='Japan', recipient='Kenya')
    >>> doc.find(0, 27, 14, 17)
    Parties(donor='Japan', recipient='Kenya')
    """

    __slots__ = ("_defaults", "_memo", "_text")

    def __init__(self, text: str, sentences: Sequence[Sentence] | None = None) -> None:
        """Read the document's sentences for its default parties."""
        self._text = text
        self._memo = _new_memo(text)
        found = find_sentences(text) if sentences is None else sentences
        self._defaults = _document_parties(text, found, self._memo)

    @property
    def defaults(self) -> Parties:
        """The most prominent donor and recipient, as find_document_parties gives them."""
        return self._defaults

    def find(self, sent_start: int, sent_end: int, money_start: int, money_end: int) -> Parties:
        """Donor and recipient of a figure, as find_parties gives them (same arguments)."""
        text, memo = self._text, self._memo
        sent = memo.sentences.get((sent_start, sent_end))
        if sent is None:
            hits = _scan(text, sent_start, sent_end, memo.names)
            sent = _analyse(text, sent_start, sent_end, hits)
            memo.sentences[sent_start, sent_end] = sent
        donor, recipient = _kept_select(text, sent, money_start, money_end, memo)
        return Parties(
            donor.name if donor is not None else None,
            recipient.name if recipient is not None else None,
        )


@dataclass(frozen=True, slots=True)
class _Names:
    """The gazetteer strings of a whole document, as _name_matches finds them."""

    starts: list[int]
    found: list[tuple[int, str, _Entry]]


@dataclass(frozen=True, slots=True)
class _Memo:
    """What the reading of one document has found so far (never shared between documents)."""

    names: _Names
    sentences: dict[tuple[int, int], _Sentence]  # by (start, end)
    figures: dict[tuple[int, int], list[tuple[int, int]]]  # by sentence (start, end)
    next_figure: dict[tuple[int, int], tuple[int, int] | None]  # by (from, to)
    picks: dict[tuple[int, int, int, int], tuple[_Pick | None, _Pick | None]]


def _new_memo(text: str) -> _Memo:
    found = _name_matches(text, 0, len(text))
    return _Memo(_Names([i for i, _, _ in found], found), {}, {}, {}, {})


def _parties(text: str, sent: _Sentence, money_start: int, money_end: int) -> Parties:
    donor, recipient = _select(text, sent, money_start, money_end)
    return Parties(
        donor.name if donor is not None else None,
        recipient.name if recipient is not None else None,
    )


def _document_parties(text: str, sentences: Sequence[Sentence], memo: _Memo) -> Parties:
    """find_document_parties over given sentences; what it reads goes in ``memo``.

    The sentences without a figure only count for the fallbacks, so they are read only
    when the figures leave a party open, or when a name they could count first stands
    for other entities (a list's name, "A and B") in the figures' sentences.
    """
    t = _tally(text, sentences, memo, fallback=False)
    recipient = _most_common(t.rec)
    if recipient:
        donor = _most_common(t.don, t.keys, t.keys[recipient])
        if donor and all(t.keys[n] == frozenset({n.lower()}) for n in (recipient, *t.don)):
            return Parties(donor, recipient)
    t = _tally(text, sentences, memo, fallback=True)
    recipient = _most_common(t.rec) or _most_common(t.rec_fallback)
    taken = t.keys[recipient] if recipient is not None else frozenset()
    donor = _most_common(t.don, t.keys, taken) or _most_common(t.don_fallback, t.keys, taken)
    return Parties(donor, recipient)


@dataclass(frozen=True, slots=True)
class _Tally:
    """How often each name is found as donor or recipient, and what it names."""

    rec: dict[str, int]
    don: dict[str, int]
    rec_fallback: dict[str, int]
    don_fallback: dict[str, int]
    keys: dict[str, frozenset[str]]  # by name, as first counted


def _tally(text: str, sentences: Sequence[Sentence], memo: _Memo, *, fallback: bool) -> _Tally:
    """Count the parties of the figures, and (``fallback``) those of the other sentences."""
    t = _Tally({}, {}, {}, {}, {})
    keys = t.keys
    for s in sentences:
        lo, hi = s.start, s.end
        hits = _scan(text, lo, hi, memo.names)
        if not hits:
            continue
        hint = _DIGIT_RE.search(text, lo, hi) is not None or text.find("illion", lo, hi) >= 0
        figures = _sentence_figures(text, lo, hi, memo) if hint else []
        if not figures:  # only the fallback counts: read just the two cues they need
            if fallback:
                for span in _build_spans(text, lo, hi, hits):
                    rec_cue, don_cue = _fallback_cues(text, lo, hi, span)
                    _count(t.rec_fallback, keys, span.name, span.keys, rec_cue)
                    _count(t.don_fallback, keys, span.name, span.keys, don_cue)
            continue
        sent = memo.sentences.get((lo, hi))
        if sent is None:
            sent = memo.sentences[lo, hi] = _analyse(text, lo, hi, hits)
        for fig_start, fig_end in figures:
            d, r = _kept_select(text, sent, fig_start, fig_end, memo)
            if d is not None:
                _count(t.don, keys, d.name, d.keys, True)
            if r is not None:
                _count(t.rec, keys, r.name, r.keys, True)
        for p in sent.phrases:
            rec_cue = p.recipient_cue == "cue" and p.kind in ("country", "region")
            _count(t.rec_fallback, keys, p.name, p.keys, rec_cue)
            _count(t.don_fallback, keys, p.name, p.keys, p.donor_cue == "subject")
    return t


# ---------------------------------------------------------------------------------------
# Scanning.
# ---------------------------------------------------------------------------------------


def _scan(text: str, lo: int, hi: int, names: _Names | None = None) -> list[_Hit]:
    """Gazetteer hits in ``text[lo:hi]``; ``names`` are the whole document's, if known."""
    found = _names_within(text, names, lo, hi) if names is not None else None
    if found is None:
        found = _name_matches(text, lo, hi)
    hits: list[_Hit] = []
    for start, s, e in found:
        end = start + len(s)
        if e.adjectival and _CURRENCY_AFTER_RE.match(text, end, hi):
            continue
        if s in AMBIGUOUS_NAMES and _touches_name(text, start, end, lo, hi):
            continue
        hits.append(_Hit(start, end, e.name, e.kind, e.adjectival))
    return hits


def _names_within(
    text: str, names: _Names, lo: int, hi: int
) -> list[tuple[int, str, _Entry]] | None:
    """The document's names that _name_matches would find in ``text[lo:hi]``, or None.

    They are the same unless a name crosses ``lo`` or ``hi`` (a scan from ``lo`` would
    start afresh, one up to ``hi`` would find a shorter name), or a word goes on at
    ``hi`` after a character that can end a name (one that ends there ends on a word
    boundary only in the shorter scan).
    """
    i = bisect_left(names.starts, lo)
    j = bisect_left(names.starts, hi, i)
    found = names.found
    if i > 0 and found[i - 1][0] + len(found[i - 1][1]) > lo:
        return None
    if j > i and found[j - 1][0] + len(found[j - 1][1]) > hi:
        return None
    if hi < len(text) and text[hi - 1] in _NAME_LAST_CHARS and not _ends_name(text, hi, len(text)):
        return None
    return found[i:j]


def _ends_name(text: str, end: int, hi: int) -> bool:
    r"""True when no word goes on at ``end`` in ``text[:hi]``: what ``(?![\w$])`` tests."""
    return end == hi or text[end] in _NAME_ENDERS or _NAME_END_RE.match(text, end, hi) is not None


def _name_matches(text: str, lo: int, hi: int) -> list[tuple[int, str, _Entry]]:
    """Gazetteer strings in ``text[lo:hi]``, left to right and never overlapping.

    >>> t = "Gaza Strip. Gaza Stripe, allies"
    >>> [(i, s) for i, s, _ in _name_matches(t, 0, len(t))]
    [(0, 'Gaza Strip'), (12, 'Gaza'), (25, 'allies')]
    """
    starts = [(m.start(), m.group()) for m in _CAPITAL_WORD_RE.finditer(text, lo, hi)]
    lower = False
    for needle in _LOWER_NEEDLES:
        i = text.find(needle, lo, hi)
        while i >= 0:
            if _NAME_START_RE.match(text, i) is not None:
                starts.append((i, ""))
                lower = True
            i = text.find(needle, i + 1, hi)
    if lower:
        starts = sorted(set(starts))
    out: list[tuple[int, str, _Entry]] = []
    pos = lo
    for i, word in starts:
        if i < pos:
            continue
        if not word:
            letters = _LETTERS_RE.match(text, i, hi)
            word = letters.group() if letters is not None else ""
        for s, e in _BY_LETTERS.get(word, ()):
            end = i + len(s)
            if end <= hi and text.startswith(s, i) and _ends_name(text, end, hi):
                out.append((i, s, e))
                pos = end
                break
    return out


def _touches_name(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when a capitalised non-function word sits right beside the hit ("Michael Jordan")."""
    before = _CAP_BEFORE_RE.search(text, max(lo, start - 30), start)
    after = _CAP_AFTER_RE.match(text, end, hi)
    return any(
        m is not None and m.group(1).lower() not in FUNCTION_WORDS and m.group(1) not in _ENTRIES
        for m in (before, after)
    )


def _org_hits(text: str, lo: int, hi: int, hits: list[_Hit]) -> list[_Hit]:
    """Add capitalised organisation names ("X Trust Fund"); they replace hits inside them."""
    orgs: list[_Hit] = []
    for h in _ORG_HEAD_RE.finditer(text, lo, hi):
        before = _ORG_BEFORE_RE.search(text, max(lo, h.start() - 160), h.start())
        if before is None:
            continue
        start = before.start()
        if text.startswith(("The ", "the "), start):
            start += 4
        if start >= h.start():
            continue
        after = _ORG_AFTER_RE.match(text, h.end(), hi)
        end = after.end() if after is not None else h.end()
        if any(x.start <= start and x.end >= h.end() for x in hits):
            continue  # "World Bank", "Asian Development Bank": the gazetteer knows it
        orgs.append(_Hit(start, end, _tidy(text[start:end]), "institution", True))
    if not orgs:
        return hits
    kept = [h for h in hits if not any(o.start <= h.start and h.end <= o.end for o in orgs)]
    return sorted(kept + orgs, key=lambda h: h.start)


# ---------------------------------------------------------------------------------------
# Sentence analysis: phrases and their cues.
# ---------------------------------------------------------------------------------------


def _analyse(text: str, lo: int, hi: int, hits: list[_Hit]) -> _Sentence:
    if _ORG_HEAD_RE.search(text, lo, hi):
        hits = _org_hits(text, lo, hi, hits)
    spans = _build_spans(text, lo, hi, hits)
    starts = frozenset(p.start for p in spans)
    phrases = tuple(_phrase(text, lo, hi, p, starts) for p in spans)
    return _Sentence(lo, hi, phrases, _breaks(text, lo, hi, phrases))


def _build_spans(text: str, lo: int, hi: int, hits: list[_Hit]) -> list[_Span]:
    out: list[_Span] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        start, end, kind, adjectival, written = h.start, h.end, h.kind, h.adjectival, False
        gov = _GOV_OF_RE.search(text, max(lo, start - 30), start)
        if gov is not None and kind == "country":
            start, adjectival = gov.start(), False  # "the Government of Japan"
        for _ in range(2):  # "Indo-Pacific region allies"
            m = _HEAD_RE.match(text, end, hi)
            if m is None:
                break
            head = m.group("head").lower()
            if m.group("poss") and head in COLLAPSE_HEADS:
                break  # "Ukraine's military needs": a possessive, handled below
            end = m.end()
            if head in GROUP_HEADS:
                kind, written, adjectival = "group", True, False
            elif head in BLOC_HEADS:
                kind, written, adjectival = "bloc", True, False
        j = i + 1
        while j < len(hits) and hits[j].start < end:
            j += 1
        if kind == "group" and j < len(hits) and hits[j].kind in ("country", "region"):
            m = _GROUP_PLACE_RE.match(text, end, hi)
            if m is not None and m.end() == hits[j].start:
                end, written = hits[j].end, True  # "civilians in Gaza"
                j += 1
        name = _tidy(text[start:end]) if written else h.name
        keys = frozenset({name.lower()})
        possessive = _POSSESSIVE_RE.match(text, end, hi) is not None
        out.append(_Span(start, end, name, keys, kind, possessive, adjectival))
        i = j
    return out


def _modifier(text: str, hi: int, p: _Span) -> _Modifier | None:
    """How a party that modifies a noun relates to the money ("German aid", "US weapons")."""
    mod: _Modifier | None = None
    if p.possessive:
        if _POSS_OWN_RE.match(text, p.end, hi):
            mod = "neutral"
        elif _POSS_REQUEST_RE.match(text, p.end, hi) or _POSS_NEED_RE.match(text, p.end, hi):
            mod = "recipient"
        elif _POSS_AID_RE.match(text, p.end, hi):
            mod = "donor"
        else:
            mod = "neutral"  # "Brazil's GDP"; "Berlin's budget for Kyiv" is found later
    elif _FUNDED_RE.match(text, p.end, hi):
        mod = "donor"
    else:
        lower = _NEXT_LOWER_RE.match(text, p.end, hi)
        if lower is None:
            cap = _CAP_AFTER_RE.match(text, p.end, hi)
            word = cap.group(1) if cap is not None else ""
            if word and word.lower() not in _KNOWN_WORDS and word not in _ENTRIES:
                mod = "neutral"  # "US President Joe Biden", "NATO Secretary General"
        elif p.adjectival:
            if _ADJ_OWN_RE.match(text, p.end, hi):
                mod = "neutral"  # "the Finnish defence budget"
            elif _ADJ_NEED_RE.match(text, p.end, hi):
                mod = "recipient"  # "Ukrainian needs"
            elif _ADJ_AID_RE.match(text, p.end, hi):
                mod = "donor"  # "German military aid"
            elif lower.group(1) not in _KNOWN_WORDS:
                mod = "neutral"  # "US weapons"
        elif lower.group(1) not in _KNOWN_WORDS and _NAME_AID_RE.match(text, p.end, hi):
            mod = "recipient"  # "the Ukraine aid bill"
    return mod


def _phrase(text: str, lo: int, hi: int, p: _Span, starts: frozenset[int]) -> _Phrase:
    """Read the cues around a span: its role as modifier, left cue and right cue."""
    donor: _DonorCue | None = None
    recipient: _RecipientCue | None = None
    left_lo = max(lo, p.start - _WINDOW)
    mod = _modifier(text, hi, p)
    if mod == "donor":
        donor = "modifier"
    elif mod == "recipient":
        recipient = "request" if _POSS_REQUEST_RE.match(text, p.end, hi) else "cue"
    elif p.possessive:
        m = _POSS_FOR_RE.match(text, p.end, hi)
        if m is not None and m.end() in starts:
            donor = "modifier"  # "Berlin's budget for Kyiv"
    elif mod is None:
        donor, recipient = _left_cue(text, left_lo, p.start)
        if donor is None and recipient is None:
            donor, recipient = _right_cue(text, p, hi)
    if p.kind == "group":
        donor = None
    subject_like = (
        not p.possessive
        and mod is None
        and p.kind != "group"
        and _OBJECT_LEFT_RE.search(text, left_lo, p.start) is None
    )
    if donor == "subject" and not subject_like:
        donor = None  # "... that support Ukraine need to increase": Ukraine is an object
    return _Phrase(
        p.start, p.end, p.name, p.keys, p.kind, p.possessive, mod, donor, recipient, subject_like
    )


def _left_cue(text: str, lo: int, start: int) -> tuple[_DonorCue | None, _RecipientCue | None]:
    m = (
        _LEFT_PREP_RE.search(text, lo, start)
        if _LEFT_PREP_BACK_RE.search(text, lo, start)
        else None
    )
    if m is not None:
        prep = m.group("prep").lower()
        w = _WORD_BEFORE_RE.search(text, max(lo, m.start() - 30), m.start())
        word = w.group(1).lower() if w is not None else ""
        request = _REQUEST_NOUN_RE.search(text, lo, m.start()) is not None
        if prep == "from":
            return (None, None) if word in FROM_VETO else ("from", None)
        if prep == "by":
            if request:
                return None, "request"  # "a request made by Kenya"
            if _PASSIVE_BY_RE.search(text, lo, m.start()) and ";" not in text[lo : m.start()]:
                return "by", None  # "was pledged by Canada"
            return None, None
        if word in TO_FOR_VETO:
            return None, None
        if prep == "to" and request:
            return "request", None  # "a request ... to the Pentagon"
        return None, "cue"
    if _LEFT_REQUEST_OBJECT_RE.search(text, lo, start):
        return "request", None
    if _LEFT_OBJECT_VERB_RE.search(text, lo, start):
        return None, "cue"
    return None, None


def _right_cue(text: str, p: _Span, hi: int) -> tuple[_DonorCue | None, _RecipientCue | None]:
    if _PASSIVE_REQUEST_RE.match(text, p.end, hi):
        return "request", None
    if _PASSIVE_RECEIVE_RE.match(text, p.end, hi):
        return None, "receiver"
    if _REQUESTER_RE.match(text, p.end, hi):
        return None, "request"
    if _RECEIVE_RE.match(text, p.end, hi):
        return None, "receiver"
    if _SUBJECT_RE.match(text, p.end, hi):
        return "subject", None
    return None, None


def _breaks(text: str, lo: int, hi: int, phrases: Iterable[_Phrase]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for m in _BREAK_RE.finditer(text, lo, hi):
        if text.count("(", lo, m.start()) <= text.count(")", lo, m.start()):
            out.append((m.start(), m.end()))  # "€8bn (£6.7bn; $8.7bn)" is one clause
    for p in phrases:
        if p.donor_cue == "subject":
            a = _AND_SUBJECT_RE.search(text, max(lo, p.start - 30), p.start)
            if a is not None:
                out.append((a.start(), p.start))  # "..., and Japan pledged ..."
    return tuple(sorted(out))


# ---------------------------------------------------------------------------------------
# Selection for one figure.
# ---------------------------------------------------------------------------------------


def _kept_select(
    text: str, sent: _Sentence, money_start: int, money_end: int, memo: _Memo
) -> tuple[_Pick | None, _Pick | None]:
    """_select, asked of ``memo`` first."""
    key = (sent.start, sent.end, money_start, money_end)
    picks = memo.picks.get(key)
    if picks is None:
        picks = _select(text, sent, money_start, money_end, memo.next_figure)
        memo.picks[key] = picks
    return picks


def _select(
    text: str,
    sent: _Sentence,
    money_start: int,
    money_end: int,
    next_figure: Mapping[tuple[int, int], tuple[int, int] | None] = MappingProxyType({}),
) -> tuple[_Pick | None, _Pick | None]:
    """The figure's donor and recipient; ``next_figure`` has _next_figure answers known."""
    c_lo, c_hi = sent.start, sent.end
    for b_start, b_end in sent.breaks:
        if b_end <= money_start:
            c_lo = max(c_lo, b_end)
        elif b_start >= money_end:
            c_hi = min(c_hi, b_start)
    key = (money_end, c_hi)
    fig = next_figure[key] if key in next_figure else _next_figure(text, money_end, c_hi)
    after_hi = fig[0] if fig is not None else c_hi  # "$26bn to Israel and $8bn for Taiwan"
    phrases = sent.phrases
    inside = [
        i
        for i, p in enumerate(phrases)
        if c_lo <= p.start and p.end <= after_hi and (p.end <= money_start or p.start >= money_end)
    ]

    def dist(p: _Phrase) -> int:
        return money_start - p.end if p.end <= money_start else p.start - money_end

    def rec_rank(i: int) -> tuple[int, int] | None:
        p = phrases[i]
        if p.recipient_cue == "cue":  # "appealed for $30m for civilians in Sudan"
            return (0 if p.start >= money_end else 3), dist(p)
        if p.recipient_cue == "request":
            return 1, dist(p)
        if p.recipient_cue == "receiver":
            return 2, dist(p)
        return None

    def don_rank(i: int) -> tuple[int, int] | None:
        p = phrases[i]
        cue = p.donor_cue
        if cue is None:
            return None
        if cue == "request":
            return 0, dist(p)
        if cue == "subject":
            return 2, dist(p)
        return (1 if _is_local(text, p, money_start, money_end) else 3), dist(p)

    recipient = _best(text, phrases, inside, rec_rank, after_hi, frozenset())
    taken = recipient.keys if recipient is not None else frozenset()
    donor = _best(text, phrases, inside, don_rank, after_hi, taken)
    if donor is None:
        donor = _main_subject(text, sent, money_start, c_lo, taken)
    return donor, recipient


def _is_local(text: str, p: _Phrase, money_start: int, money_end: int) -> bool:
    if p.start >= money_end:
        gap = text[money_end : p.start]
        return len(gap) <= _LOCAL_AFTER and "," not in gap and ";" not in gap
    gap = text[p.end : money_start]
    return len(gap) <= _LOCAL_BEFORE and "," not in gap and ";" not in gap


def _best(
    text: str,
    phrases: tuple[_Phrase, ...],
    inside: list[int],
    rank: Callable[[int], tuple[int, int] | None],
    hi: int,
    taken: frozenset[str],
) -> _Pick | None:
    ranked = sorted((r, i) for i in inside if (r := rank(i)) is not None)
    for _, i in ranked:
        pick = _expand(text, phrases, i, hi)
        if not pick.keys & taken:
            return pick
    return None


def _main_subject(
    text: str, sent: _Sentence, money_start: int, c_lo: int, taken: frozenset[str]
) -> _Pick | None:
    """The sentence's first subject-like party, if a giving verb follows it in the clause."""
    for i, p in enumerate(sent.phrases):
        if p.start >= money_start:
            break
        if p.subject_like:
            if p.recipient_cue is not None:
                return None  # "Bhutan was allocated ...": the subject receives
            if _AID_VERB_RE.search(text, max(p.end, c_lo), money_start) is None:
                return None
            pick = _expand(text, sent.phrases, i, money_start)
            return None if pick.keys & taken else pick
    return None


def _expand(text: str, phrases: tuple[_Phrase, ...], i: int, hi: int) -> _Pick:
    """Grow a phrase into the list it belongs to ("Ukraine, Israel and Taiwan")."""
    first = last = i
    k = i
    while k + 1 < len(phrases) and _joins(text, phrases[k], phrases[k + 1], hi):
        k += 1
        if _has_conjunction(text, phrases[k - 1], phrases[k]):
            last = k  # a list ends in "and"/"or": "A, B" alone is no list
    if (
        i > 0
        and _joins(text, phrases[i - 1], phrases[i], hi)
        and _has_conjunction(text, phrases[i - 1], phrases[i])
    ):  # "Canada and Japan pledged": back to the list's start
        k = i - 1
        while k > 0 and _joins(text, phrases[k - 1], phrases[k], hi):
            k -= 1
        first = k
    if first == last:
        p = phrases[i]
        return _Pick(p.name, p.keys)
    name = phrases[first].name
    keys = set(phrases[first].keys)
    for j in range(first + 1, last + 1):
        name += _separator(text[phrases[j - 1].end : phrases[j].start]) + phrases[j].name
        keys |= phrases[j].keys
    return _Pick(name, frozenset(keys))


def _joins(text: str, a: _Phrase, b: _Phrase, hi: int) -> bool:
    if b.end > hi or a.possessive or b.possessive:
        return False
    if a.modifier == "neutral" or b.modifier == "neutral":
        return False
    return _LIST_SEP_RE.fullmatch(text, a.end, b.start) is not None


def _has_conjunction(text: str, a: _Phrase, b: _Phrase) -> bool:
    gap = text[a.end : b.start].split()
    return "and" in gap or "or" in gap


# ---------------------------------------------------------------------------------------
# Figures.
# ---------------------------------------------------------------------------------------


def _figures(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the figures in ``text[lo:hi]``, left to right.

    The spans ``finditer`` gives for the alternation of the figure patterns: each next
    figure is the leftmost match of any pattern (the first pattern wins a tie, as in an
    alternation), searched for from where the last figure ended. A pattern's match that
    starts after that point is still its first one there, so it is kept, not sought again.

    >>> t = "Norway gave $5 million, then 2 billion kroner and then several million more."
    >>> [t[a:b] for a, b in _figures(t, 0, len(t))]
    ['$5 million', '2 billion', 'several million']
    """
    out: list[tuple[int, int]] = []
    firsts = [_first_match(text, lo, hi, k) for k in range(len(_FIGURE_PATTERNS))]
    fig = _leftmost(firsts)
    while fig is not None:
        out.append(fig)
        end = fig[1]
        firsts = [
            span if span is None or span[0] >= end else _first_match(text, end, hi, k)
            for k, span in enumerate(firsts)
        ]
        fig = _leftmost(firsts)
    return out


def _sentence_figures(text: str, lo: int, hi: int, memo: _Memo) -> list[tuple[int, int]]:
    """_figures of a sentence, kept in ``memo`` with the figure that follows each one."""
    figures = memo.figures.get((lo, hi))
    if figures is None:
        figures = memo.figures[lo, hi] = _figures(text, lo, hi)
        for k, (_, end) in enumerate(figures):  # what _next_figure(text, end, hi) returns
            memo.next_figure[end, hi] = figures[k + 1] if k + 1 < len(figures) else None
    return figures


def _next_figure(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the first figure in ``text[lo:hi]``, or None."""
    return _leftmost([_first_match(text, lo, hi, k) for k in range(len(_FIGURE_PATTERNS))])


def _first_match(text: str, lo: int, hi: int, k: int) -> tuple[int, int] | None:
    pattern, test = _FIGURE_PATTERNS[k]
    if test is not None and test.search(text, lo, hi) is None:
        return None
    m = pattern.search(text, lo, hi)
    return None if m is None else m.span()


def _leftmost(spans: Iterable[tuple[int, int] | None]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for span in spans:
        if span is not None and (best is None or span[0] < best[0]):
            best = span
    return best


# ---------------------------------------------------------------------------------------
# Small helpers.
# ---------------------------------------------------------------------------------------


def _separator(raw: str) -> str:
    """Normalise a list separator's spacing.

    >>> [_separator(s) for s in (" and ", " ,  and other ", ",")]
    [' and ', ', and other ', ', ']
    """
    out = ""
    for token in raw.replace(",", " , ").split():
        out += token if token == "," else " " + token
    return out + " "


def _tidy(s: str) -> str:
    """Collapse whitespace and drop a leading "the".

    >>> _tidy("the  UK government")
    'UK government'
    """
    words = s.split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return " ".join(words)


def _fallback_cues(text: str, lo: int, hi: int, p: _Span) -> tuple[bool, bool]:
    """(country or region after "to"/"for", subject of a giving verb) for one span."""
    if p.possessive or p.kind == "group" or _modifier(text, hi, p) is not None:
        return False, False  # "helps U.S. interests"
    left_lo = max(lo, p.start - _WINDOW)
    if p.kind in ("country", "region") and _left_cue(text, left_lo, p.start) == (None, "cue"):
        return True, False
    subject = _SUBJECT_RE.match(text, p.end, hi) is not None
    return False, subject and _OBJECT_LEFT_RE.search(text, left_lo, p.start) is None


def _count(
    counts: dict[str, int], keys: dict[str, frozenset[str]], name: str, k: frozenset[str], ok: bool
) -> None:
    if ok:
        counts[name] = counts.get(name, 0) + 1
        keys.setdefault(name, k)


def _most_common(
    counts: dict[str, int],
    keys: Mapping[str, frozenset[str]] | None = None,
    taken: frozenset[str] = frozenset(),
) -> str | None:
    best: str | None = None
    for name, n in counts.items():
        if keys is not None and keys[name] & taken:
            continue
        if best is None or n > counts[best]:
            best = name
    return best
