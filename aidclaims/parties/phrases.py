"""Read a sentence's party phrases and the cues around each one."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Final

import regex

from aidclaims.lexicon.numbers import SCALES
from aidclaims.lexicon.titles import ROLE_WORDS, TITLES
from aidclaims.parties._patterns import (
    _ADJ_AID_CHAIN,
    _ADJ_AID_RE,
    _ADJ_NEED_CHAIN,
    _ADJ_NEED_RE,
    _ADJ_OWN_CHAIN,
    _ADJ_OWN_RE,
    _AND_SUBJECT_RE,
    _FUNDED_RE,
    _GOV_OF_RE,
    _GROUP_PLACE_RE,
    _HEAD_OPEN,
    _HEAD_RE,
    _KNOWN_WORDS,
    _NAME_AID_CHAIN,
    _NAME_AID_RE,
    _NEXT_LOWER_RE,
    _POSS_AID_RE,
    _POSS_FOR_RE,
    _POSS_NEED_RE,
    _POSS_OWN_RE,
    _POSS_REQUEST_RE,
    _POSSESSIVE_RE,
    _WINDOW,
)
from aidclaims.parties._words_table import (
    ACTING_POSSESSIVE_HEADS,
    BLOC_HEADS,
    COLLAPSE_HEADS,
    GROUP_HEADS,
)
from aidclaims.parties.cues import left_cue, object_left, right_cue, subject_after
from aidclaims.parties.near import (
    After,
    Chain,
    Closing,
    Opening,
    first_word,
    following,
    word_before,
)
from aidclaims.parties.scan import (
    _CAP_AFTER_RE,
    _ORG_HEAD_RE,
    ENTRIES,
    _may_name_org,
    _org_hits,
    tidy,
)
from aidclaims.parties.spans import (
    DonorCue,
    Hit,
    Modifier,
    Phrase,
    RecipientCue,
    SentenceReading,
    Span,
)
from aidclaims.text.clauses import party_breaks
from aidclaims.text.lazy import lazy_compile

# ---------------------------------------------------------------------------------------
# Sentence analysis: phrases and their cues.
# ---------------------------------------------------------------------------------------


def analyse(text: str, lo: int, hi: int, hits: list[Hit]) -> SentenceReading:
    """Read ``text[lo:hi]``: its party phrases with their cues, and its clause breaks."""
    if _may_name_org(text, lo, hi) and _ORG_HEAD_RE.search(text, lo, hi):
        hits = _org_hits(text, lo, hi, hits)
    elif not hits:
        return SentenceReading(lo, hi, (), ())  # no party: its breaks would break nothing
    spans = build_spans(text, lo, hi, hits)
    phrases = tuple([_phrase(text, lo, hi, p, spans) for p in spans])
    return SentenceReading(lo, hi, phrases, breaks(text, lo, hi, phrases))


# A person acting for the party before the title: "German Chancellor Olaf Scholz", "U.S.
# President Joe Biden", "European Commission President Ursula von der Leyen", "Japan's Prime
# Minister Fumio Kishida", "Canada's Minister of International Development Ahmed Hussen".
# The title is matched without case, the name needs capitals.
_PERSON_TITLES: Final = sorted((t for t in TITLES if not t.endswith(".")), key=len, reverse=True)
_TITLED_PERSON_RE: Final = lazy_compile(
    r"(?:['’]s)?\s+(?i:(?:(?:\L<roles>)\s+){0,3}(?:\L<titles>))"
    r"(?:\s+(?:\p{Lu}[\p{L}'’.-]+|of|for|and|the|von|van|der|den|de|al|bin|da|du|el))*?"
    r"\s+\p{Lu}[\p{L}'’-]+"
    r"(?![\p{L}'’-]|\s+\p{Lu})",
    roles=sorted(ROLE_WORDS),
    titles=_PERSON_TITLES,
)
_TITLED_PERSON_OPEN: Final = Opening.of(ROLE_WORDS, _PERSON_TITLES, marks="'’")
# Past its first word: up to three role words, then a title ("'s", or a mark inside one).
_TITLED_PERSON_CHAIN: Final = Chain.of(_PERSON_TITLES, skip=ROLE_WORDS, reach=3, marks="'’.-")

_POSSESSIVE_COLLAPSE: Final = COLLAPSE_HEADS - ACTING_POSSESSIVE_HEADS
_AFTER_QUOTE_RE: Final = lazy_compile(r"[\"”’]\s*\Z")


def build_spans(text: str, lo: int, hi: int, hits: list[Hit]) -> list[Span]:
    """Grow gazetteer hits into party phrases ("NATO allies", "civilians in Gaza")."""
    out: list[Span] = []
    n = len(hits)
    i = 0
    while i < n:
        h = hits[i]
        start, end, kind, adjectival = h.start, h.end, h.kind, h.adjectival
        written = False
        nxt = hits[i + 1] if i + 1 < n else None
        if (
            kind == "country"
            and nxt is not None
            and nxt.kind == "institution"
            and text[end : nxt.start].isspace()
            and len(text[end : nxt.start]) <= 2
        ):
            # a national institution: "the Turkish Red Crescent", "the Afghan Red Crescent"
            end, kind, written, adjectival = nxt.end, "institution", True, False
        gov = _government_of(text, lo, start) if kind == "country" else None
        if gov is not None:
            start, adjectival = gov.start(), False  # "the Government of Japan"
        read_at, words = end, following(text, end, hi)  # the words after, kept for the cues
        after = first_word(text, end, hi, words)
        for _ in range(2):  # "Indo-Pacific region allies"
            m = _HEAD_RE.match(text, end, hi) if _HEAD_OPEN.admits(after) else None
            if m is None:
                break
            head = m.group("head").lower()
            if m.group("poss") and head in _POSSESSIVE_COLLAPSE:
                break  # "Ukraine's military needs": a possessive, handled below
            end = m.end()
            if head in GROUP_HEADS:
                kind, written, adjectival = "group", True, False
            elif head in BLOC_HEADS:
                kind, written, adjectival = "bloc", True, False
            read_at, words = end, following(text, end, hi)
            after = first_word(text, end, hi, words)
        person = (
            _TITLED_PERSON_RE.match(text, end, hi)
            if kind != "group"
            and _TITLED_PERSON_OPEN.admits(after)
            and _TITLED_PERSON_CHAIN.admits(words)
            else None
        )
        if person is not None and not _AFTER_QUOTE_RE.search(text, max(lo, start - 5), start):
            # not after a quotation: '"... €7 billion," Swedish Premier X announced' speaks
            end, adjectival = person.end(), False  # "German Chancellor Olaf Scholz" is Germany
        j = i + 1
        while j < n and hits[j].start < end:
            j += 1
        if kind == "group" and j < n and hits[j].kind in ("country", "region"):
            m = _GROUP_PLACE_RE.match(text, end, hi)
            if m is not None and m.end() == hits[j].start:
                end, written = hits[j].end, True  # "civilians in Gaza"
                j += 1
        name = tidy(text[start:end]) if written else h.name
        keys = _keys_of(name)
        possessive = (
            text.startswith(("'", "’"), end, hi) and _POSSESSIVE_RE.match(text, end, hi) is not None
        )
        if read_at != end:
            words = following(text, end, hi)
        out.append(Span(start, end, name, keys, kind, possessive, adjectival, words))
        i = j
    return out


@lru_cache(maxsize=4096)
def _keys_of(name: str) -> frozenset[str]:
    """The entities a phrase's name stands for: itself, without case (made once per name)."""
    return frozenset({name.lower()})


# The printable ASCII characters that lower-case to neither "f" nor "e" and are no space.
_NOT_OF_THE_ENDS: Final = frozenset(map(chr, range(0x21, 0x7F))) - frozenset("fFeE")


def _government_of(text: str, lo: int, start: int) -> regex.Match[str] | None:
    """The "government of" before a country ("the Government of Japan") that ends at ``start``."""
    a = max(lo, start - 30)
    if start - 2 >= a and text[start - 1] == " " and text[start - 2] in _NOT_OF_THE_ENDS:
        return None  # "to Japan": one space after a word that ends in neither "of" nor "the"
    window = text[a:start]
    tail = window.rstrip()[-3:].lower()  # the pattern ends with "of" or "the"
    if not tail.endswith(("of", "the")):
        return None
    if window.isascii():  # and holds one of its nouns (beyond ASCII a letter may fold to one)
        low = window.lower()
        if "government" not in low and "people" not in low:
            return None
    return _GOV_OF_RE.search(text, a, start)


def modifier_of(text: str, hi: int, p: Span, after: After | None = None) -> Modifier | None:
    """How a party that modifies a noun relates to the money ("German aid", "US weapons").

    ``after`` is ``following(text, p.end, hi)``, when the caller has it.
    """
    end, possessive, adjectival = p.end, p.possessive, p.adjectival  # each read once
    mod: Modifier | None = None
    if possessive:
        if _POSS_OWN_RE.match(text, end, hi):
            mod = "neutral"
        elif _POSS_REQUEST_RE.match(text, end, hi) or _POSS_NEED_RE.match(text, end, hi):
            mod = "recipient"
        elif _POSS_AID_RE.match(text, end, hi):
            mod = "donor"
        else:
            mod = "neutral"  # "Brazil's GDP"; "Berlin's budget for Kyiv" is found later
    elif text.startswith("-", end, hi) and _FUNDED_RE.match(text, end, hi):
        mod = "donor"
    else:
        if after is None:
            after = following(text, end, hi)
        spaced = after.first_at > end and bool(after.words)  # a word after spaces
        lower = _next_lower(text, end, hi, after) if spaced else None
        if lower is None:
            cap = _CAP_AFTER_RE.match(text, end, hi) if spaced else None
            word = cap.group(1) if cap is not None else ""
            if word and word.lower() not in _KNOWN_WORDS and word not in ENTRIES:
                mod = "neutral"  # "US President Joe Biden", "NATO Secretary General"
        elif adjectival:
            if _ADJ_OWN_CHAIN.admits(after) and _ADJ_OWN_RE.match(text, end, hi):
                mod = "neutral"  # "the Finnish defence budget"
            elif _ADJ_NEED_CHAIN.admits(after) and _ADJ_NEED_RE.match(text, end, hi):
                mod = "recipient"  # "Ukrainian needs"
            elif _ADJ_AID_CHAIN.admits(after) and _ADJ_AID_RE.match(text, end, hi):
                mod = "donor"  # "German military aid"
            elif lower not in _KNOWN_WORDS:
                mod = "neutral"  # "US weapons"
        elif (
            lower not in _KNOWN_WORDS
            and _NAME_AID_CHAIN.admits(after)
            and _NAME_AID_RE.match(text, end, hi)
        ):
            mod = "recipient"  # "the Ukraine aid bill"
    return mod


def _next_lower(text: str, pos: int, hi: int, after: After) -> str | None:
    """The lower-case word after the spaces at ``pos``: what _NEXT_LOWER_RE's group is."""
    at = after.first_at
    if not "a" <= text[at] <= "z":
        return None
    first = after.words[0]
    end = at + len(first)
    if first and not text.startswith("-", end, hi):  # else "long-term": the pattern reads on
        return text[at:end]
    m = _NEXT_LOWER_RE.match(text, pos, hi)
    return m.group(1) if m is not None else None


def _phrase(text: str, lo: int, hi: int, p: Span, spans: list[Span]) -> Phrase:
    """Read the cues around a span: its role as modifier, left cue and right cue."""
    start, end, kind, possessive, after = p.start, p.end, p.kind, p.possessive, p.after
    donor: DonorCue | None = None
    recipient: RecipientCue | None = None
    left_lo = max(lo, start - _WINDOW)
    mod = modifier_of(text, hi, p, after)
    # the words before are read for the left cue and the subject test: not for a modifier
    before = word_before(text, left_lo, start) if mod is None or possessive else None
    if mod == "donor" and possessive and left_cue(text, left_lo, start, before)[1] == "cue":
        mod = "recipient"  # "contributions to Kiev's $50 billion loan": the loan goes to Kyiv
    if mod == "donor":
        donor = "modifier"
    elif mod == "recipient":
        recipient = "request" if _POSS_REQUEST_RE.match(text, end, hi) else "cue"
    elif possessive:
        m = _POSS_FOR_RE.match(text, end, hi)
        if m is not None and _starts_span(spans, m.end()):
            donor = "modifier"  # "Berlin's budget for Kyiv"
    elif mod is None:
        donor, recipient = left_cue(text, left_lo, start, before)
        if donor is None and recipient is None:
            donor, recipient = right_cue(text, p, hi, after)
    if kind == "group":
        donor = None
    subject_like = (
        not possessive
        and mod is None
        and kind != "group"
        and before is not None  # read, as mod is None
        and not object_left(text, left_lo, start, before)
    )
    if donor == "subject":
        if not subject_like:
            donor = None  # "... that support Ukraine need to increase": Ukraine is an object
        else:
            near = max(lo, start - 20)
            if (before is None or _AFTER_FIGURE_CLOSE.admits(before, near)) and (
                _AFTER_FIGURE_RE.search(text, near, start)
            ):
                donor = None  # "passes $95 billion Ukraine, Israel aid package, sends": a modifier
    return Phrase(start, end, p.name, p.keys, kind, possessive, mod, donor, recipient, subject_like)


# A name right after a figure modifies the figure's noun, it is no subject ("a $40 billion
# Ukraine, Taiwan aid bill, sent to the Senate": Ukraine does not send).
_AFTER_FIGURE_RE: Final = lazy_compile(
    r"(?:\d|(?<!\w)(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r"))\s+\Z",
    regex.IGNORECASE,
)


# What it can end with: a number's last run or a scale's, as the word before a phrase tells.
_AFTER_FIGURE_CLOSE: Final = Closing.of(SCALES, [str(d) for d in range(10)])


def _starts_span(spans: list[Span], at: int) -> bool:
    """Whether one of ``spans`` starts at ``at``."""
    return any(p.start == at for p in spans)


def breaks(text: str, lo: int, hi: int, phrases: Iterable[Phrase]) -> tuple[tuple[int, int], ...]:
    """Clause breaks of a sentence, as spans: "; ", ", while", ", and Japan pledged"."""
    out = party_breaks(text, lo, hi)
    for p in phrases:
        near = max(lo, p.start - 30)
        if p.donor_cue == "subject" and text.find(",", near, p.start) >= 0:  # ", and"
            a = _AND_SUBJECT_RE.search(text, near, p.start)
            if a is not None:
                out.append((a.start(), p.start))  # "..., and Japan pledged ..."
    return tuple(sorted(out))


def separator(raw: str) -> str:
    """Normalise a list separator's spacing.

    >>> [separator(s) for s in (" and ", " ,  and other ", ",")]
    [' and ', ', and other ', ', ']
    """
    out = ""
    for token in raw.replace(",", " , ").split():
        out += token if token == "," else " " + token
    return out + " "


def fallback_cues(text: str, lo: int, hi: int, p: Span) -> tuple[bool, bool]:
    """(country or region after "to"/"for", subject of a giving verb) for one span."""
    if p.possessive or p.kind == "group":
        return False, False
    after = p.after
    if modifier_of(text, hi, p, after) is not None:
        return False, False  # "helps U.S. interests"
    left_lo = max(lo, p.start - _WINDOW)
    before = word_before(text, left_lo, p.start)
    is_place = p.kind in ("country", "region")
    if is_place and left_cue(text, left_lo, p.start, before) == (None, "cue"):
        return True, False
    subject = subject_after(text, p.end, hi, after)
    return False, subject and not object_left(text, left_lo, p.start, before)
