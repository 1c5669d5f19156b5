"""Select the donor and recipient of one figure among its clause's party phrases."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

import regex

from aidclaims.lexicon.currencies import CURRENCY_SIGNS
from aidclaims.parties._patterns import (
    _AID_VERB_FORMS,
    _AID_VERB_RE,
    _ASCII_LIST_SEP_RE,
    _LIST_SEP_RE,
    _LOCAL_AFTER,
    _LOCAL_BEFORE,
)
from aidclaims.parties.scan import scan
from aidclaims.parties.spans import Chosen, Memo, Phrase, Pick, SentenceReading
from aidclaims.text.lazy import lazy_compile

# ---------------------------------------------------------------------------------------
# Selection for one figure.
# ---------------------------------------------------------------------------------------


def kept_select(
    text: str, sent: SentenceReading, money_start: int, money_end: int, memo: Memo
) -> tuple[Chosen | None, Chosen | None]:
    """select, asked of ``memo`` first."""
    key = (sent.start, sent.end, money_start, money_end)
    picks = memo.picks.get(key)
    if picks is None:
        picks = select(text, sent, money_start, money_end, memo.figures)
        memo.picks[key] = picks
    return picks


def select(
    text: str,
    sent: SentenceReading,
    money_start: int,
    money_end: int,
    figures: Sequence[tuple[int, int]] = (),
) -> tuple[Chosen | None, Chosen | None]:
    """The figure's donor and recipient; ``figures`` are the document's money spans.

    A phrase after the figure counts only up to the next figure of the clause: "$26bn to
    Israel and $8bn for Taiwan".
    """
    c_lo, c_hi = sent.start, sent.end
    for b_start, b_end in sent.breaks:
        if b_end <= money_start:
            c_lo = max(c_lo, b_end)
        elif b_start >= money_end:
            c_hi = min(c_hi, b_start)
    fig = next_figure(figures, money_end, c_hi)
    while fig is not None and _is_conversion(text, money_end, fig[0]):
        fig = next_figure(figures, fig[1], c_hi)  # "2 billion won ($1.4 million) to Turkey"
    after_hi = fig[0] if fig is not None else c_hi  # "$26bn to Israel and $8bn for Taiwan"
    phrases = sent.phrases
    inside = [
        i
        for i, p in enumerate(phrases)
        if c_lo <= p.start and p.end <= after_hi and (p.end <= money_start or p.start >= money_end)
    ]

    ranked = _recipient_ranks(phrases, inside, money_start, money_end)
    recipient = _best(text, phrases, ranked, after_hi, frozenset())
    taken = recipient.keys if recipient is not None else frozenset()
    giver = _elliptical_giver(text, phrases, inside, money_start)
    if giver is not None and not giver.keys & taken:
        return giver, recipient
    ranked = _donor_ranks(text, phrases, inside, money_start, money_end)
    donor = _best(text, phrases, ranked, after_hi, taken)
    if donor is None:
        donor = _main_subject(text, sent, money_start, c_lo, taken)
    return donor, recipient


# A conversion in brackets right after the figure is part of it: "pledged 2 billion won ($1.4
# million) in aid to Turkey", "AED 100 million (US$27.2 million) for Sudan".
_CONVERSION_GAP: Final = lazy_compile(
    r"\s*[(\[]\s*(?:(?:or|about|around|approximately|roughly|some|nearly|almost|over)\s+)?",
    regex.IGNORECASE,
)


def _is_conversion(text: str, end: int, start: int) -> bool:
    """Whether _CONVERSION_GAP spans ``text[end:start]``, which needs a bracket in it."""
    gap = text[end:start]
    return ("(" in gap or "[" in gap) and _CONVERSION_GAP.fullmatch(text, end, start) is not None


# "The United States announced $584 million, the European Commission $173 million and Germany
# $123 million": in a list whose verb is left out, the name right before a figure gives it.
_ELLIPSIS_AFTER: Final = lazy_compile(r"\s*(?:\([^()]{1,20}\))?\)?\s*\Z")
_FIGURE_NEXT: Final = lazy_compile(
    rf"\s*(?:\([^()]{{1,20}}\))?\)?\s*(?:[{CURRENCY_SIGNS}]|\d|[A-Z]{{1,3}}\$|[A-Z]{{3}}\s?\d)"
)
_ELLIPSIS_BEFORE: Final = lazy_compile(r"(?:,|\band|\()\s*(?:the\s+)?\Z", regex.IGNORECASE)
# A giver with its figure in brackets or "with" it, in a ranking of donors: "followed by
# Qatar ($500 million)", "the largest donors were the United States with $500 million".
_BRACKETED_AFTER: Final = lazy_compile(r"\s*\(\s*\Z")
_WITH_AFTER: Final = lazy_compile(
    r"\s+(?:(?:topped|tops|led|leads|headed|heads)\s+(?:the\s+)?(?:list|table|ranking|donors)\s+)?"
    r"with\s+(?:(?:about|some|over|nearly|almost|more\s+than|around)\s+)?\Z",
    regex.I,
)
_DONOR_LIST_RE: Final = lazy_compile(
    r"\b(?:donors?|contributors?|pledges|largest|biggest|topped|followed\s+by|led\s+by)\b",
    regex.I,
)
# A pledge list whose lines are labelled with the giver: "- Germany: 300 million euros",
# "• Japan – $150 million", "United Kingdom: £120 million" (at a line's start).
_LABEL_AFTER: Final = lazy_compile(r"\s*[:–—]\s*(?:(?:about|some|over|up\s+to)\s+)?\Z", regex.I)
_LABEL_BEFORE: Final = lazy_compile(r"(?:^|\n)[ \t]*(?:[-•*–—·▪][ \t]*)?(?:the\s+)?\Z", regex.I)


def _elliptical_giver(
    text: str, phrases: tuple[Phrase, ...], inside: list[int], money_start: int
) -> Chosen | None:
    """The party named right before a figure in a list with its verb left out."""
    before = [i for i in inside if phrases[i].end <= money_start]
    if not before:
        return None
    p = phrases[before[-1]]
    if p.possessive:
        return None
    # each pattern below spans the whole gap to the figure: the gap's marks tell which can
    gap = text[p.end : money_start]
    bracket = "(" in gap
    if (
        (":" in gap or "–" in gap or "—" in gap)
        and _LABEL_AFTER.match(text, p.end, money_start)
        and _LABEL_BEFORE.search(text, max(0, p.start - 8), p.start)
    ):
        return p  # a labelled list: "- Germany: 300 million euros"
    led_by_recipient = len(before) > 1 and phrases[before[-2]].recipient_cue is not None
    if (
        p.recipient_cue is None
        and not led_by_recipient  # "to Gaza (€2m) and Sudan (€3m)": Sudan receives
        and bracket
        and _BRACKETED_AFTER.match(text, p.end, money_start)
    ):
        return p  # "followed by Qatar ($500 million) and the UAE ($300m)"
    if (
        p.recipient_cue is None
        and ("with" in gap.lower() or not gap.isascii())  # "İ" is an "i" without case
        and _WITH_AFTER.match(text, p.end, money_start)
        and _DONOR_LIST_RE.search(text, max(0, p.start - 200), money_start)
    ):
        return p  # "the largest donors were the US with $500 million"
    if not (bracket or ")" in gap or not gap.strip()):
        return None  # what _ELLIPSIS_AFTER wants: spaces, and a bracket at most
    if not _ELLIPSIS_AFTER.match(text, p.end, money_start):
        return None
    if not _ELLIPSIS_BEFORE.search(text, max(0, p.start - 8), p.start):
        return None
    return p


def _is_local(text: str, p: Phrase, money_start: int, money_end: int) -> bool:
    if p.start >= money_end:
        gap = text[money_end : p.start]
        return len(gap) <= _LOCAL_AFTER and "," not in gap and ";" not in gap
    gap = text[p.end : money_start]
    return len(gap) <= _LOCAL_BEFORE and "," not in gap and ";" not in gap


def _recipient_ranks(
    phrases: tuple[Phrase, ...], inside: list[int], money_start: int, money_end: int
) -> list[tuple[int, int, int]]:
    """(rank, distance, index) of the phrases with a recipient cue, best first."""
    out = []
    for i in inside:
        p = phrases[i]
        cue = p.recipient_cue
        if cue is None:
            continue
        after = p.start >= money_end
        dist = p.start - money_end if after else money_start - p.end
        if cue == "cue":  # "appealed for $30m for civilians in Sudan"
            out.append((0 if after else 3, dist, i))
        else:
            out.append((1 if cue == "request" else 2, dist, i))  # else a receiver
    out.sort()
    return out


def _donor_ranks(
    text: str, phrases: tuple[Phrase, ...], inside: list[int], money_start: int, money_end: int
) -> list[tuple[int, int, int]]:
    """(rank, distance, index) of the phrases with a donor cue, best first."""
    out = []
    for i in inside:
        p = phrases[i]
        cue = p.donor_cue
        if cue is None:
            continue
        before = p.end <= money_start
        dist = money_start - p.end if before else p.start - money_end
        if cue == "request":
            rank = 0
        elif cue == "subject":
            rank = 2
        elif cue == "from" and before:
            rank = 3  # "$50 million from Germany and $94 million from the US"
        else:
            rank = 1 if _is_local(text, p, money_start, money_end) else 3
        out.append((rank, dist, i))
    out.sort()
    return out


def _best(
    text: str,
    phrases: tuple[Phrase, ...],
    ranked: list[tuple[int, int, int]],
    hi: int,
    taken: frozenset[str],
) -> Chosen | None:
    for _, _, i in ranked:
        pick = _expand(text, phrases, i, hi)
        if not pick.keys & taken:
            return pick
    return None


def _main_subject(
    text: str, sent: SentenceReading, money_start: int, c_lo: int, taken: frozenset[str]
) -> Chosen | None:
    """The sentence's first subject-like party, if a giving verb follows it in the clause."""
    for i, p in enumerate(sent.phrases):
        if p.start >= money_start:
            break
        if p.subject_like:
            if p.recipient_cue is not None:
                return None  # "Bhutan was allocated ...": the subject receives
            if not aid_verb_in(text, max(p.end, c_lo), money_start):
                return None
            pick = _expand(text, sent.phrases, i, money_start)
            return None if pick.keys & taken else pick
    return None


# _AID_VERB_RE on ASCII text: ``\w`` is a run of these characters, and a form it finds is a
# whole run, lower-cased; the forms of two words ("set aside") end with one of the tails.
_ASCII_RUN_RE: Final = re.compile(r"\w+", re.ASCII)
_ONE_WORD_AID_VERBS: Final = frozenset(f for f in _AID_VERB_FORMS if " " not in f)
_TWO_WORD_AID_VERB_TAILS: Final = frozenset(f.split()[-1] for f in _AID_VERB_FORMS if " " in f)


def aid_verb_in(text: str, lo: int, hi: int) -> bool:
    """Whether _AID_VERB_RE finds a giving verb in ``text[lo:hi]``.

    On ASCII text (with the character before, which its lookbehind reads) a one-word
    form is a run of word characters; a run cut at ``lo`` is no match. A text holding a
    two-word form's tail ("over", "aside", "up") is left to the pattern.
    """
    at = lo - 1 if lo > 0 else lo
    window = text[at:hi]
    if window.isascii():
        runs = _ASCII_RUN_RE.findall(window.lower())
        if at < lo and runs and (window[0].isalnum() or window[0] == "_"):
            runs = runs[1:]  # the run at lo - 1 goes on past lo: the lookbehind rules it out
        if _TWO_WORD_AID_VERB_TAILS.isdisjoint(runs):
            return not _ONE_WORD_AID_VERBS.isdisjoint(runs)
    return _AID_VERB_RE.search(text, lo, hi) is not None


def _expand(text: str, phrases: tuple[Phrase, ...], i: int, hi: int) -> Chosen:
    """Grow a phrase into the list it belongs to ("Ukraine, Israel and Taiwan").

    A phrase in no list is its own pick.
    """
    first = last = i
    k = i
    while k + 1 < len(phrases) and _joins(text, phrases[k], phrases[k + 1], hi):
        if _FIGURE_NEXT.match(text, phrases[k + 1].end):
            break  # ", and USAID $24 million": a figure's giver, not this list's
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
        return p
    # a list keeps its words as written: "the U.K., Canada and Japan" (readers and gold
    # quote lists as printed; each member's canonical name is in ``keys``)
    name = text[phrases[first].start : phrases[last].end]
    name = " ".join(name.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    keys = set(phrases[first].keys)
    for j in range(first + 1, last + 1):
        keys |= phrases[j].keys
    return Pick(name, frozenset(keys))


def _joins(text: str, a: Phrase, b: Phrase, hi: int) -> bool:
    if b.end > hi or a.possessive or b.possessive:
        return False
    if a.modifier == "neutral" or b.modifier == "neutral":
        return False
    if text[a.end : b.start].isascii():
        return _ASCII_LIST_SEP_RE.fullmatch(text, a.end, b.start) is not None
    return _LIST_SEP_RE.fullmatch(text, a.end, b.start) is not None


def _has_conjunction(text: str, a: Phrase, b: Phrase) -> bool:
    gap = text[a.end : b.start].split()
    return "and" in gap or "or" in gap


def next_figure(figures: Sequence[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The first of ``figures`` (sorted spans) inside ``[lo, hi)``, or None.

    >>> next_figure([(0, 4), (10, 14), (20, 24)], 5, 15), next_figure([(10, 14)], 5, 12)
    ((10, 14), None)
    """
    i = bisect_left(figures, (lo, lo))
    if i < len(figures) and figures[i][1] <= hi:
        return figures[i]
    return None


# The speaker who gives: "von der Leyen also announced €108 million in aid" (her role names
# the European Commission); only giving verbs, so "X said €5bn is needed" gives nothing.
_SPEAKER_GIVES_RE: Final = lazy_compile(
    r"\s+(?:\w+\s+){0,2}?(?:announced|announces|pledged|pledges|promised|unveiled|offered|"
    r"committed|approved|allocated)\b",
    regex.IGNORECASE,
)


def donor_of_speaker(
    text: str, clause: tuple[int, int], money_start: int, name: str | None, role: str | None
) -> str | None:
    """The party a speaker's role names, when the speaker is the giver in the clause.

    >>> t = "Von der Leyen also announced €108 million in aid for Syria."
    >>> donor_of_speaker(t, (0, len(t)), 29, "Ursula von der Leyen", "the European Commission")
    'European Commission'
    """
    if not name or not role:
        return None
    surname = name.split()[-1]
    at = text.rfind(surname, clause[0], money_start)
    if at < 0 or not _SPEAKER_GIVES_RE.match(text, at + len(surname), money_start):
        return None
    hits = [h for h in scan(role, 0, len(role)) if h.kind != "group"]
    return hits[0].name if hits else None
