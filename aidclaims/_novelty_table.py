"""Cue tables for :mod:`aidclaims.novelty`: phrases that make a figure cumulative, repeat or part.

Each row is a regular-expression fragment (matched case-insensitively, on word boundaries, in
``regex.VERBOSE``-free form) and an example of the kind of phrase that forced it. Sources: the
SPEC.md definitions of ``novelty``, the cue lists of issue 11, and the phrasing of aid news read
while writing the rules (running totals, background recalls, package break-downs). Rows are
written for the phenomenon, never for one article.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from aidclaims.lexicon.words import MONTH_NAMES


class Cue(NamedTuple):
    """One cue: a regex fragment and the kind of phrase behind it."""

    pattern: str
    example: str


#: Month names, for dated adverbials ("In January,", "On 1 February"): the lexicon's, lower-case.
MONTHS: Final[tuple[str, ...]] = tuple(name.lower() for name in MONTH_NAMES)

# --- part: a share of a larger figure in the same article ---------------------------------------

#: Right before the figure (at most a few qualifier words between): the figure is a share.
PART_BEFORE: Final[tuple[Cue, ...]] = (
    Cue(r"of\s+which", "a total of $2bn, of which $1.2bn goes to ..."),
    Cue(r"includ(?:ing|es|ed|e)", "the package includes $61bn for Ukraine"),
    Cue(r"compris(?:ing|es|ed|e)", "the sum would comprise 210bn yuan in credit ..."),
    Cue(r"consist(?:ing|s|ed)?\s+of", "the aid consists of $40m in grants and ..."),
    Cue(r"among\s+(?:them|which)", "several packages, among them $300m for ..."),
    Cue(r"(?:the\s+)?remaining", "the remaining £100m will come from Norway"),
    Cue(r"the\s+rest,?", "the rest, $5m, goes to ..."),
    Cue(
        r"(?:half|third|quarter|share|portion|part|fifth|tenth)\s+of\s+(?:the|this|that|it)\b.*",
        "more than a third of the amount (23 billion) ...",
    ),
    Cue(r"out\s+of\s+(?:this|that|it),?", "out of that, $3bn is for air defence"),
    Cue(
        r"(?:out\s+)?of\s+(?:this|that|the)\s+(?:amount|sum|total|package|money|funding)\s*,",
        "Of this amount, €150m will go towards drones",
    ),
)

#: Right after the figure: "<figure> of its £4.5bn", "<figure> of that", "of a total of".
PART_AFTER: Final[tuple[Cue, ...]] = (
    Cue(
        r"of\s+(?:its|their|his|her|our|the|this|that|which)\b(?!\s+(?:kind|sort|type))",
        "£350m of its £4.5bn budget",
    ),
    Cue(
        r"(?:\w+\s+){0,5}of\s+a\s+total\s+of",
        "the first €4.5bn under the facility of a total of €50bn",
    ),
)

#: After "with <figure>": the figure is the share of the one before it.
WITH_SHARE_AFTER: Final[tuple[Cue, ...]] = (
    Cue(
        r"(?:designated|earmarked|set\s+aside|destined|intended|going|allocated|reserved)",
        "$60.84bn, with $23.2bn designated for replenishing ...",
    ),
)

#: Anywhere earlier in the sentence: the figures after it break a whole down.
PART_SENTENCE: Final[tuple[Cue, ...]] = (
    Cue(r"out\s+of\s+(?:the|a)\s+total", "out of the total credit lines of $32bn, India has ..."),
    Cue(r"broken\s+down\s+(?:as|into)", "the money is broken down as follows: ..."),
)

#: Right after the figure, with a larger figure shortly before it: a share set aside from it.
ALLOCATED_AFTER: Final[tuple[Cue, ...]] = (
    Cue(
        r"(?:is|are|will\s+be|would\s+be|was|were|has\s+been|have\s+been|shall\s+be)\s+"
        r"(?:\w+\s+)?(?:allocated|intended|earmarked|spent|set\s+aside|used|reserved|"
        r"destined|distributed)\b",
        "a $61bn package ... 13.8bn are intended for weapons; 7.9bn will be spent on salaries",
    ),
)

#: Before the figure in its sentence, with a larger figure shortly before: a first share.
SHARE_OPENERS: Final[tuple[Cue, ...]] = (
    Cue(r"as\s+a\s+first\s+step", "up to €40bn ... As a first step, leaders should agree €5bn"),
    Cue(
        r"(?:the|a)\s+first\s+(?:tranche|instal?ment|installment|disbursement)",
        "a $1bn loan ... the first tranche of $300m was paid on Monday",
    ),
)

# --- cumulative: a running total or aggregate of earlier aid -------------------------------------

#: Before the figure (in its clause, after any earlier figure).
CUMULATIVE_BEFORE: Final[tuple[Cue, ...]] = (
    Cue(r"bring(?:s|ing)?\b[^.;]*\bto", "bringing the total to $175bn (not 'will bring $2bn')"),
    Cue(
        r"rais(?:es|ing|e)\s+(?:the\s+|its\s+|their\s+)?(?:total|overall|\w+\s+(?:aid|support))\b",
        "this package will raise US budget aid to $8.5bn",
    ),
    Cue(
        r"(?:tak(?:es|ing|e)|took|push(?:es|ing)?|lift(?:s|ing)?|put(?:s|ting)?)\s+"
        r"(?:[\w'’]+\s+){0,4}?(?:total|overall|tally|sum)\b[^.;]*\bto",
        "the funding takes New Zealand's total contribution to $11.5m",
    ),
    Cue(r"so\s+far", "so far, Denmark has allocated ..."),
    Cue(r"to\s+date", "to date the EU has provided ..."),
    Cue(r"thus\s+far", "thus far the bank has lent ..."),
    Cue(r"until\s+(?:today|now)", "until today, Japan had pledged more than ..."),
    Cue(r"up\s+to\s+now", "up to now donors have given ..."),
    Cue(
        r"since\s+(?:the|its|\d{4}|then|" + "|".join(MONTHS) + r")\b",
        "since the full-scale invasion in 2022, Sweden has allocated ...",
    ),
    Cue(r"between\s+\d{4}\s+and\s+\d{4}", "between 2000 and 2018, aid has exceeded ..."),
    Cue(
        r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades|months)",
        "over the past two years the fund has disbursed ...",
    ),
    Cue(r"over\s+the\s+years", "over the years, lines of credit of $32bn ..."),
    Cue(r"overall", "overall support to A$1.5bn"),
    Cue(
        r"(?:stands?|stood|sits|sat)\s+at(?:\s+\w+)?\s*$",
        "private donations sat at $19.8m (a level)",
    ),
    Cue(r"altogether", "altogether the allies have sent ..."),
    Cue(r"cumulative(?:ly)?", "cumulative commitments of ..."),
    Cue(
        r"combined\s+(?:aid|support|assistance|funding|contributions?|total)",
        "their combined aid of $3bn",
    ),
    Cue(r"together,", "together, the two banks' funds, totalling about $1bn"),
    Cue(r"collectively", "allies collectively provided about €50bn"),
    Cue(
        r"(?:funds|packages|contributions|loans|grants|tranches|allocations)\s+total(?:l?ing|s)",
        "15 military packages totalling about SEK 30bn",
    ),
    Cue(
        r"already\s+(?:been\s+)?(?:disbursed|delivered|provided|received|allocated|spent|sent|"
        r"transferred|reached|contributed|given|paid)",
        "contributions have already reached $4bn",
    ),
)

#: After the figure (up to the next figure or the end of its clause).
CUMULATIVE_AFTER: Final[tuple[Cue, ...]] = (
    Cue(r"so\s+far", "$35bn in grants and loans so far this year"),
    Cue(r"to\s+date", "$12bn to date"),
    Cue(r"thus\s+far", "$3bn thus far"),
    Cue(r"in\s+total", "€118bn in total"),
    Cue(r"all\s+told", "$9bn all told"),
    Cue(r"since\s+(?:the|its|\d{4}|then|" + "|".join(MONTHS) + r")\b", "$2.4bn since August 2017"),
    Cue(
        r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?|months)",
        "$4bn over the past four months; $774m in aid over the past year",
    ),
    Cue(
        r"in\s+(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:years|decades)", "$6bn in the last 17 years"
    ),
    Cue(r"in\s+\d+\s+years", "aid amounts to $6bn in 17 years"),
    Cue(
        r"already\s+(?:been\s+)?(?:disbursed|delivered|provided|received|allocated|spent|sent|"
        r"transferred|given|paid)",
        "$8.5bn already disbursed",
    ),
    Cue(
        r"(?:has|have)\s+already\s+(?:been\s+)?(?:disbursed|delivered|provided|received|allocated|"
        r"spent|sent|transferred|given|paid)",
        "the $4bn Israel has already received this year",
    ),
)

#: "total" before the figure is cumulative unless the sentence reports one event's sum.
TOTAL_WORD: Final[str] = (
    r"\btotal(?:s|l?ed)?\b"  # not "totalling": "a programme totalling SEK 75bn"
)
#: ... and these words make a "total" the event's own sum: "the total pledges today amount to".
TOTAL_EVENT: Final[tuple[Cue, ...]] = (
    Cue(r"today", "the total promises today amount to €7bn"),
    Cue(r"new|additional|fresh|further", "a total of €500m in new aid (one announcement)"),
    Cue(r"tonight", "the total raised tonight ..."),
    Cue(r"pledges", "the total pledges amount to €7bn (a conference's own sum)"),
    Cue(r"(?:collected|raised)", "a total of €7bn had been collected"),
    Cue(r"of\s+a\s+total\s+of", "the first €4.5bn of a total of €50bn"),
)

# --- repeat: a figure announced before, restated as background ----------------------------------

#: Anywhere in the figure's clause window (before or after it).
REPEAT_NEAR: Final[tuple[Cue, ...]] = (
    Cue(r"previously", "the previously announced $500m"),
    Cue(
        r"already\s+(?:been\s+)?(?:pledged|promised|announced|committed|approved|earmarked)",
        "the money already pledged",
    ),
    Cue(r"(?:had|has|have)\s+earlier", "the official had earlier said he hoped for $8bn"),
    Cue(
        r"(?:would|could|might)\s+have\s+(?:been\s+)?\w+(?:ed|en|id|ot|ent)\b",
        "if it had met every step, Ukraine would have received €4.5bn (money that never came)",
    ),
    Cue(r"earlier\s+(?:this|last)\s+(?:week|month|year)", "a package announced earlier this week"),
    Cue(r"announced\s+earlier(?!\s+today)", "the $2bn announced earlier (not 'earlier today')"),
    Cue(
        r"last\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + "|".join(MONTHS) + r")\b",
        "the bank approved $500m in budget support last Thursday",
    ),
    Cue(
        r"(?:a|one|two|three|four|five|several|few|some)\s+(?:days|weeks|months|years)\s+ago",
        "the aid pledged two weeks ago",
    ),
    Cue(
        r"recent\s+(?:approval|announcement|pledge|package|commitment|decision|additional|"
        r"allocation|tranche|agreement)",
        "the recent approval by Congress of $4.5bn (not 'the recent earthquake')",
    ),
    Cue(
        r"recently\s+(?:\w+\s+)?(?:approved|announced|pledged|passed|asked|promised|allocated|"
        r"agreed|committed|requested|provided|received)",
        "Ukraine recently asked its allies for ...",
    ),
    Cue(r"initial(?:ly)?", "the initial $5m"),
    Cue(r"original(?:ly)?", "the original request was for $4bn"),
    Cue(r"previous|prior\s+(?:pledge|package|commitment|agreement)", "a previous agreement"),
    Cue(r"re-?announce(?:d|ment)?", "a re-announcement of old money"),
    Cue(r"not\s+new\s+money", "the $15m was not new money"),
    Cue(r"(?:which|that)\s+we\s+reported", "the bill, which we reported on a few weeks ago"),
    Cue(r"for\s+comparison", "for comparison: in 2024, Denmark provided ..."),
    Cue(r"as\s+a\s+reminder|it\s+will\s+be\s+recalled|recall(?:ed)?\s+that", "as a reminder, ..."),
)

#: Right before the figure: it is the base that new money adds to.
REPEAT_BEFORE: Final[tuple[Cue, ...]] = (
    Cue(r"in\s+addition\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}", "in addition to the annual $3.8bn"),
    Cue(
        r"on\s+top\s+(?:of|for)\s+(?:the\s+)?(?:\w+\s+){0,2}",
        "on top of the $3.8bn Israel receives",
    ),
    Cue(r"adds?\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}", "the €20bn adds to the roughly €50bn ..."),
    Cue(r"combined\s+with\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}", "combined with a £2.5m package ..."),
    Cue(
        r"following\s+(?:a|an|the)\s+(?:\w+\s+){0,2}",
        "following a $40bn package signed in May, ...",
    ),
)

#: A line or sentence opening that turns what follows into background.
BACKGROUND_MARKERS: Final[tuple[Cue, ...]] = (
    Cue(r"recall", "Recall (a heading in Ukrainian wire copy)"),
    Cue(r"background", "Background:"),
    Cue(r"reminder", "Reminder"),
    Cue(r"as\s+a\s+reminder", "As a reminder, ..."),
    Cue(r"for\s+reference", "For reference:"),
)

#: Openings that a dated adverbial may follow ("In particular, in 2023 ...").
DISCOURSE_OPENERS: Final[tuple[str, ...]] = (
    "in particular",
    "meanwhile",
    "also",
    "however",
    "for comparison",
    "separately",
    "previously",
    "earlier",
    "at the same time",
    "back",
)

#: Past-tense giving verbs: a dated clause with one of them recalls an earlier event.
PAST_GIVING_VERBS: Final[frozenset[str]] = frozenset(
    {
        "announced",
        "pledged",
        "promised",
        "approved",
        "allocated",
        "provided",
        "received",
        "gave",
        "sent",
        "launched",
        "signed",
        "agreed",
        "committed",
        "contributed",
        "deposited",
        "disbursed",
        "transferred",
        "raised",
        "donated",
        "decided",
        "earmarked",
        "unveiled",
        "granted",
        "extended",
        "spent",
        "delivered",
        "offered",
        "paid",
        "recommended",
        "passed",
        "adopted",
        "mobilized",
        "mobilised",
        "supported",
        "modified",
    }
)
