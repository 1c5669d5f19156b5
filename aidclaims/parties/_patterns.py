"""The cue patterns of parties: phrase heads, cues before and after a phrase, clause breaks.

Built from the tables in ``_verbs_table`` and ``_words_table`` by the one trie compiler.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.parties._verbs_table import (
    AID_VERBS,
    AUX_WORDS,
    PASSIVE_BY_PARTICIPLES,
    PASSIVE_RECEIVE,
    RECEIVE_VERBS,
    RECIPIENT_OBJECT_VERBS,
    REQUEST_NOUNS,
    REQUEST_OBJECT_VERBS,
    REQUEST_VERBS,
)
from aidclaims.parties._words_table import (
    AID_NOUNS,
    BLOC_HEADS,
    COLLAPSE_HEADS,
    DETERMINERS,
    FUNCTION_WORDS,
    GROUP_HEADS,
    NEED_NOUNS,
    OBJECT_LEFT_WORDS,
    OWN_NOUNS,
    POSSESSIVE_NEED_NOUNS,
)
from aidclaims.parties.near import Chain, Closing, Opening
from aidclaims.text.lazy import lazy_compile, lazy_lists

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

# ---------------------------------------------------------------------------------------
# Phrase building.
# ---------------------------------------------------------------------------------------

_DETS: Final = r"(?:(?:\L<dets>)\s+){0,2}"
_GOV_OF_RE: Final = lazy_compile(
    r"(?<!\w)(?:government|people)\s+of\s+(?:the\s+)?\Z", _I | _R
)  # "the Government of Japan": unique, as "of" ends the only start that reaches \Z
# Heads after a party: "NATO allies", "the Swiss government", "Ukraine's partners".
_HEAD_RE: Final = lazy_lists(
    r"(?P<poss>['’]s)?\s+(?P<head>\L<heads>)(?!\w)",
    _I,
    heads=BLOC_HEADS | COLLAPSE_HEADS | GROUP_HEADS,
)
# "civilians in Gaza", "refugees from Sudan".
_GROUP_PLACE_RE: Final = lazy_compile(r"\s+(?:in|from|of|across|inside)\s+(?:the\s+)?")
_POSSESSIVE_RE: Final = lazy_compile(r"['’]s?(?!\w)")
_LIST_SEP: Final = (
    r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?:(?:other|the|fellow)\s+)?\Z"
)
_LIST_SEP_RE: Final = lazy_compile(_LIST_SEP)
# The same for an ASCII gap, in the standard library's engine (quicker): ``\s`` holds the
# same ASCII characters in both.
_ASCII_LIST_SEP_RE: Final = re.compile(_LIST_SEP, re.ASCII)

# ---------------------------------------------------------------------------------------
# Cues after a phrase (matched at its end).
# ---------------------------------------------------------------------------------------

_TOKEN: Final = rf"[\w{CURRENCY_SIGNS}.,%-]*[\w%]\s+"  # a word or a figure ("$200", "million")
_POSS_OWN_RE: Final = lazy_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,1}}?\L<own>(?!\w)", _I, own=OWN_NOUNS
)  # "Brazil's GDP", "Finland's defence budget"
_POSS_REQUEST_RE: Final = lazy_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,2}}?\L<req>(?!\w)", req=REQUEST_NOUNS
)  # "Ukraine's request to the EU"
_POSS_NEED_RE: Final = lazy_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,2}}?\L<need>(?!\w)", need=POSSESSIVE_NEED_NOUNS
)  # "Ukraine's military needs"
_POSS_AID_RE: Final = lazy_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{0,3}}?\L<aid>(?!\w)", aid=AID_NOUNS
)  # "Japan's $200 million package", "Norway's total contribution"
_POSS_FOR_RE: Final = lazy_lists(
    rf"['’]s?\s+(?:{_TOKEN}){{1,3}}?(?:for|to)\s+{_DETS}", dets=DETERMINERS
)  # "Berlin's budget for Kyiv"
_FUNDED_RE: Final = lazy_compile(
    r"-(?:funded|financed|backed|sponsored|supported|led|organi[sz]ed)(?!\w)", _I
)  # "EU-funded"
_ADJ_OWN_RE: Final = lazy_lists(r"\s+(?:[a-z][\w-]*\s+){0,1}?\L<own>(?!\w)", own=OWN_NOUNS)
_ADJ_NEED_RE: Final = lazy_lists(r"\s+(?:[a-z][\w-]*\s+){0,2}?\L<need>(?!\w)", need=NEED_NOUNS)
_ADJ_AID_RE: Final = lazy_lists(r"\s+(?:[a-z][\w-]*\s+){0,3}?\L<aid>(?!\w)", aid=AID_NOUNS)
_NAME_AID_RE: Final = lazy_lists(r"\s+(?:[a-z][\w-]*\s+)?\L<aid>(?!\w)", aid=AID_NOUNS)
_NEXT_LOWER_RE: Final = lazy_compile(r"\s+([a-z][\w-]*)")

_GAP: Final = r"(?:(?:\L<aux>|\d{4})\s+)"
_APPOSITION_REACH: Final = 150  # characters between an apposition's two commas, at most
_APPOSITION: Final = (
    rf"(?:,[^;()]{{1,{_APPOSITION_REACH}}}?,\s*)?"  # "The US, through USAID, is providing"
)
_BE: Final = r"(?:was|were|is|are|be|been|being)\s+"
_PASSIVE_ASKS: Final = ("asked", "urged", "called on", "requested", "pressed")
_PASSIVE_ASKS_RE: Final = "|".join(v.replace(" ", r"\s+") for v in _PASSIVE_ASKS)
_PASSIVE_REQUEST_RE: Final = lazy_lists(
    rf"\s*{_GAP}{{0,4}}?{_BE}{_GAP}{{0,2}}?(?:{_PASSIVE_ASKS_RE})(?!\w)",
    _I,
    aux=AUX_WORDS,
)  # "allies were urged to"
_PASSIVE_RECEIVE_RE: Final = lazy_lists(
    rf"\s*{_GAP}{{0,4}}?{_BE}{_GAP}{{0,3}}?\L<prec>(?!\w)", _I, aux=AUX_WORDS, prec=PASSIVE_RECEIVE
)  # "Bhutan was on Sunday allocated"
_NEED_FORMS: Final = ("need", "needs", "needed")
_MAKE_FORMS: Final = ("made", "makes", "make", "submitted", "filed", "lodged")  # a request
_REQUESTER_RE: Final = lazy_lists(
    rf"""\s*{_GAP}{{0,4}}?
    (?:\L<reqv>
      |\L<need>(?!\s+to\b)                                           # not "need to provide"
      |\L<make>\s+an?\s+(?:[a-z]+\s+)?(?:request|appeal|plea|bid)
    )(?!\w)""",
    _I | _V,
    aux=AUX_WORDS,
    reqv=REQUEST_VERBS,
    need=_NEED_FORMS,
    make=_MAKE_FORMS,
)  # "Israel is asking for", "Haiti needs $5m", "Kenya made a request"
_RECEIVE_RE: Final = lazy_lists(
    rf"\s*{_APPOSITION}{_GAP}{{0,6}}?\L<recv>(?!\w)", _I, aux=AUX_WORDS, recv=RECEIVE_VERBS
)  # "Haiti will receive"
_SUBJECT_RE: Final = lazy_lists(
    rf"\s*[\"“”]?\s*(?:(?:\L<aux>|\d{{4}})(?:\s+|(?=,))){{0,3}}?{_APPOSITION}{_GAP}{{0,6}}?"
    rf"[\"“”]?\L<aidv>(?!\w)",
    _I,
    aux=AUX_WORDS,
    aidv=_AID_VERB_FORMS,
)  # "Canada pledged", "NATO allies have pledged", "the EU will provide", "Biden on
# Wednesday, April 24, approved"

# ---------------------------------------------------------------------------------------
# Cues before a phrase (matched against the text that ends at its start).
# ---------------------------------------------------------------------------------------

_LEFT_PREPS: Final = ("to", "for", "towards", "toward", "into", "from", "by")
_LEFT_PREP: Final = rf"(?<!\w)(?P<prep>{'|'.join(_LEFT_PREPS)})\s+{_DETS}\Z"
_LEFT_PREP_RE: Final = lazy_lists(_LEFT_PREP, _I, dets=DETERMINERS)
_LEFT_PREP_BACK_RE: Final = lazy_lists(
    _LEFT_PREP, _I | _R, dets=DETERMINERS
)  # tests for a match; the forward search then gives the exact one
_WORD_BEFORE_RE: Final = lazy_compile(
    r"(?<![\w'’-])([\w'’-]+)\s+\Z", _R
)  # the last word: unique, as only it reaches \Z
# Tested for a match only.
_LEFT_REQUEST_OBJECT_RE: Final = lazy_lists(
    rf"(?<!\w)\L<reqobj>\s+{_DETS}\Z", _I | _R, reqobj=REQUEST_OBJECT_VERBS, dets=DETERMINERS
)  # "Ukraine asked its allies"
_LEFT_OBJECT_VERB_RE: Final = lazy_lists(
    rf"(?<!\w)\L<objv>\s+{_DETS}\Z", _I | _R, objv=RECIPIENT_OBJECT_VERBS, dets=DETERMINERS
)  # "to support Ukraine", "provide Moldova with"
_OBJECT_LEFT_RE: Final = lazy_lists(
    rf"(?<!\w)(?:\L<objl>|\L<objv>)\s+{_DETS}\Z",
    _I | _R,
    objl=OBJECT_LEFT_WORDS,
    objv=RECIPIENT_OBJECT_VERBS,
    dets=DETERMINERS,
)
_REQUEST_NOUN_RE: Final = lazy_lists(r"(?<!\w)\L<req>(?!\w)", _I, req=REQUEST_NOUNS)
_PASSIVE_BY_RE: Final = lazy_lists(r"(?<!\w)\L<part>(?!\w)", _I, part=PASSIVE_BY_PARTICIPLES)
_AID_VERB_RE: Final = lazy_lists(r"(?<!\w)\L<aidv>(?!\w)", _I, aidv=_AID_VERB_FORMS)
_AND_SUBJECT_RE: Final = lazy_lists(rf",\s+and\s+{_DETS}\Z", _I, dets=DETERMINERS)

# What each cue pattern can start or end with, to rule it out before trying it (see
# ``near``): the patterns after a phrase start with an auxiliary or their verb (the forms
# of "be" are auxiliaries), an apposition's comma or a quote; those before it end with
# their word or a determiner.
_PASSIVE_REQUEST_CHAIN: Final = Chain.of(_PASSIVE_ASKS, skip=AUX_WORDS)
_PASSIVE_RECEIVE_CHAIN: Final = Chain.of(PASSIVE_RECEIVE, skip=AUX_WORDS)
_REQUESTER_CHAIN: Final = Chain.of(
    REQUEST_VERBS, _NEED_FORMS, _MAKE_FORMS, skip=AUX_WORDS, sure=REQUEST_VERBS
)
_RECEIVE_CHAIN: Final = Chain.of(RECEIVE_VERBS, marks=",", skip=AUX_WORDS, sure=RECEIVE_VERBS)
_SUBJECT_CHAIN: Final = Chain.of(
    _AID_VERB_FORMS, marks=',"“”', skip=AUX_WORDS, sure=_AID_VERB_FORMS
)
# "the Finnish defence budget", "Ukrainian needs", "German military aid": any lower-case
# words first (a hyphen may join them), up to the pattern's count
_ADJ_OWN_CHAIN: Final = Chain.of(OWN_NOUNS, reach=1, marks="-")
_ADJ_NEED_CHAIN: Final = Chain.of(NEED_NOUNS, reach=2, marks="-")
_ADJ_AID_CHAIN: Final = Chain.of(AID_NOUNS, reach=3, marks="-")
_NAME_AID_CHAIN: Final = Chain.of(AID_NOUNS, reach=1, marks="-")
_HEAD_OPEN: Final = Opening.of(BLOC_HEADS, COLLAPSE_HEADS, GROUP_HEADS, marks="'’")
_LEFT_PREP_CLOSE: Final = Closing.of(_LEFT_PREPS, dets=DETERMINERS)
_LEFT_REQUEST_OBJECT_CLOSE: Final = Closing.of(REQUEST_OBJECT_VERBS, dets=DETERMINERS)
_LEFT_OBJECT_VERB_CLOSE: Final = Closing.of(RECIPIENT_OBJECT_VERBS, dets=DETERMINERS)
_OBJECT_LEFT_CLOSE: Final = Closing.of(OBJECT_LEFT_WORDS, RECIPIENT_OBJECT_VERBS, dets=DETERMINERS)

# A donor cue this close to the figure, with no comma between, belongs to its noun
# phrase ("a $50 million grant from Japan", "Japan's $200 million package").
_LOCAL_AFTER: Final = 60
_LOCAL_BEFORE: Final = 40
_WINDOW: Final = 80  # how far back a left cue is looked for
