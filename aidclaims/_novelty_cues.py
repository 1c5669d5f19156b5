"""Compiled cue patterns for :mod:`aidclaims.novelty`, each with a cheap test that rules it out.

A :class:`Gated` pattern knows words one of which every match holds (its ``needles``,
case-folded): where the case-folded text holds none of them, the pattern cannot match and is
not searched. Most windows around a figure hold no cue at all, so most searches end with
a few substring tests. The needles are
checked against the patterns by ``tests/test_novelty_speed.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from aidclaims import _novelty_table as T
from aidclaims.text.lazy import lazy_compile


class Gated:
    """A compiled pattern and the strings one of which each of its matches holds.

    A pattern that is an alternation of cues may also keep each cue as a pattern of its own
    (``branches``, each with the needles its own matches hold): the pattern matches where one
    of them does, and a lone cue is found far faster than the whole alternation (the regex
    engine looks for a literal start only in a pattern of one cue).
    """

    __slots__ = ("after_comma", "branches_of", "by_needle", "needles", "pattern", "plain")

    def __init__(
        self,
        pattern: regex.Pattern[str],
        needles: str,
        branches: Sequence[tuple[str, regex.Pattern[str]]] = (),
        *,
        after_comma: str = "",
    ) -> None:
        self.pattern = pattern
        # ``after_comma``: needles held only by matches that also hold a comma (most windows
        # have none, and then these are not looked for)
        self.plain = tuple(needles.split(" "))  # one space between needles
        self.after_comma = tuple(after_comma.split(" ")) if after_comma else ()
        self.needles = self.plain + self.after_comma
        # each needle with the cues that spell it out, in the needles' order
        # (from each cue's text: asking a lazy pattern for its own would compile it)
        self.by_needle = tuple(
            (n, tuple(b for source, b in branches if n in source.casefold()))
            for n in (self.needles if branches else ())
        )
        self.branches_of = dict(self.by_needle)  # looked up only for a needle found

    def may_match(self, folded: str | None) -> bool:
        r"""Whether a text whose case-folded form is ``folded`` may hold a match.

        ``folded`` is None when folding changed the text's length: then it may.

        >>> g = Gated(regex.compile(r"\bso\s+far", regex.I), "far")
        >>> g.may_match("aid so far"), g.may_match("aid so"), g.may_match(None)
        (True, False, True)
        """
        if folded is None:
            return True
        for needle in self.plain:
            if needle in folded:
                return True
        if self.after_comma and "," in folded:
            for needle in self.after_comma:
                if needle in folded:
                    return True
        return False

    def found_in(self, text: str, folded: str | None) -> bool:
        """Whether the pattern finds a match in ``text``, whose case-folded form is ``folded``.

        The same as ``may_match(folded) and pattern.search(text)``, in one call.
        """
        if folded is None:
            return self.pattern.search(text) is not None
        if self.by_needle:  # each cue whose needle the text holds, on its own
            for needle in self.needles:
                if needle in folded:
                    for branch in self.branches_of[needle]:
                        if branch.search(text) is not None:
                            return True
            return False
        for needle in self.needles:
            if needle in folded:
                return self.pattern.search(text) is not None
        return False


def _branches(cues: Sequence[T.Cue], template: str) -> list[tuple[str, regex.Pattern[str]]]:
    """Each cue alone in ``template`` (``{}`` is the cue): its text, its pattern (lazy)."""
    sources = [template.replace("{}", c.pattern) for c in cues]
    return [(source, lazy_compile(source, _F)) for source in sources]


def _alt(cues: Sequence[T.Cue]) -> str:
    return "|".join(f"(?:{c.pattern})" for c in cues)


_F = regex.IGNORECASE
# "including more than ", "of the amount (", "included development aid, exceeding "
_WORDS_BEFORE: Final = r"[\s(]+(?:[A-Za-z-]+,?\s+){0,3}$"
PART_BEFORE: Final = Gated(
    lazy_compile(rf"\b(?:{_alt(T.PART_BEFORE)}){_WORDS_BEFORE}", _F),
    "which includ compris consist among remaining rest half third quarter share portion part "
    "fifth tenth out amount sum total package money funding",
    _branches(T.PART_BEFORE, rf"\b(?:{{}}){_WORDS_BEFORE}"),
)
PART_AFTER: Final = Gated(lazy_compile(rf"^[\s)\]]*(?:{_alt(T.PART_AFTER)})", _F), "of")
WITH_BEFORE: Final = Gated(lazy_compile(r"\bwith\s+(?:[A-Za-z-]+\s+){0,2}$", _F), "with")
WITH_SHARE_RE: Final = lazy_compile(rf"^\s*(?:{_alt(T.WITH_SHARE_AFTER)})\b", _F)
PART_SENTENCE: Final = Gated(lazy_compile(rf"\b(?:{_alt(T.PART_SENTENCE)})\b", _F), "total broken")
ALLOCATED: Final = Gated(
    lazy_compile(rf"\s*(?:{_alt(T.ALLOCATED_AFTER)})", _F),
    "allocated intended earmarked spent aside used reserved destined distributed",
)
OPENER: Final = Gated(lazy_compile(rf"\b(?:{_alt(T.SHARE_OPENERS)})\b", _F), "first")
CUM_BEFORE: Final = Gated(
    lazy_compile(rf"\b(?:{_alt(T.CUMULATIVE_BEFORE)})", _F),
    "bring rais total tally sum far date until now since between past last years overall "
    "stand stood sits sat altogether cumulative combined together collectively already",
    _branches(T.CUMULATIVE_BEFORE, r"\b(?:{})"),
)
CUM_AFTER: Final = Gated(
    lazy_compile(rf"\b(?:{_alt(T.CUMULATIVE_AFTER)})", _F),
    "far date total told since past last years already",
    _branches(T.CUMULATIVE_AFTER, r"\b(?:{})"),
)
TOTAL: Final = Gated(lazy_compile(T.TOTAL_WORD, _F), "total")
TOTAL_EVENT_RE: Final = lazy_compile(rf"\b(?:{_alt(T.TOTAL_EVENT)})\b", _F)
REPEAT_NEAR: Final = Gated(
    lazy_compile(rf"\b(?:{_alt(T.REPEAT_NEAR)})", _F),
    "previous already earlier have last ago recent initial original prior announce money "
    "reported comparison reminder recall",
    _branches(T.REPEAT_NEAR, r"\b(?:{})"),
)
REPEAT_BEFORE: Final = Gated(
    lazy_compile(rf"\b(?:{_alt(T.REPEAT_BEFORE)})$", _F),
    "addition top add combined following",
    _branches(T.REPEAT_BEFORE, r"\b(?:{})$"),
)
FROM: Final = Gated(lazy_compile(r"\bfrom\s+(?:[A-Za-z-]+\s+){0,2}$", _F), "from")
TO_NEXT_RE: Final = lazy_compile(r"^[\s)\]]*to\s+(?:[A-Za-z-]+\s+){0,2}$", _F)
HEADING: Final = Gated(
    lazy_compile(rf"(?im)^[ \t]*(?:{_alt(T.BACKGROUND_MARKERS)})[ \t]*[:.]?[ \t]*$"),
    "recall background reminder reference",
)
#: The letters a heading's marker opens with, in either case (the case-blind pattern matches no
#: other character for them: ``tests/test_novelty_speed4.py``).
HEADING_OPENERS: Final = frozenset(
    ch for cue in T.BACKGROUND_MARKERS for ch in (cue.pattern[0].lower(), cue.pattern[0].upper())
)


def first_heading(text: str) -> int | None:
    r"""Where the first background heading ends ("Background:" alone on its line), or None.

    The ``HEADING`` pattern's first match: it is tried only at the lines (after "\n") whose
    first character past spaces and tabs opens a marker, as every match starts at one.

    >>> first_heading("Aid rose.\n  Background:\nIn 2022 ..."), first_heading("Bags of aid.")
    (23, None)
    """
    pos, n = 0, len(text)
    while True:
        at = pos
        while at < n and text[at] in " \t":
            at += 1
        if at < n and text[at] in HEADING_OPENERS:
            m = HEADING.pattern.match(text, pos)
            if m is not None:
                return m.end()
        nl = text.find("\n", at)
        if nl < 0:
            return None
        pos = nl + 1


def lead_end(text: str) -> int:
    """Where the text's first sentence ends: past its first ``.``, ``!`` or ``?`` (else its end).

    >>> lead_end("Aid rose! Then..."), lead_end("No stop")
    (9, 7)
    """
    first = len(text)
    for mark in ".!?":
        at = text.find(mark, 0, first)
        if at >= 0:
            first = at
    return first + 1 if first < len(text) else len(text)


# A clause boundary cuts a cue window: "..., but the fund is running out".
# ", now Israel is asking ...": a new main clause; ", much higher than funds promised at
# previous conferences": a comparison whose cues describe other money.
# Case-blind only in its words: a pattern opening with a case-blind set is tried at every
# character, one opening with ";:,\n" only where they stand (30% less time, same matches).
BOUNDARY: Final = Gated(
    lazy_compile(
        r";|:\s|,\s+(?i:and|but|while|whereas|although|now)\b|\n"
        r"|,\s+(?i:(?:much|far|well|significantly)\s+)?(?i:higher|lower|more|less|larger|smaller)"
        r"\s+(?i:than)"
    ),
    "; : \n",
    after_comma="and but while whereas although now than",
)
# After the figure, a comment on it is another clause: "$15m, one he said quadrupled the
# contributions so far", "$2bn, which officials said ...".
COMMENT: Final = Gated(
    lazy_compile(r",\s+(?:one|which|a\s+sum|an\s+amount)\b|\b(?:said|says|told|added)\b", _F),
    "said says told added",
    after_comma="one which sum amount",
)
# A reporting verb ends the reported clause: "... killed since the war began, the UN chief said".
REPORTING: Final = Gated(
    lazy_compile(r"\b(?:said|says|told|added|stressed|emphasi[sz]ed|warned)\b", _F),
    "said says told added stressed emphasi warned",
)
# A figure in brackets (or after "equivalent to") right after another is its conversion:
# "A$245 million (US$163 million)", "€8bn (£6.7bn; $8.7bn)", "7bn euros, equivalent to SEK 78bn".
CONVERSION_GAP_RE: Final = lazy_compile(
    r"\s*(?:[(\[]|,?\s*(?:or|equivalent\s+to|i\.e\.))\s*"
    r"(?:(?:about|approximately|around|roughly|some|nearly|almost|over|just|more|than|"
    r"equivalent|to|the|of|approx\.?|c\.|~)\s*)*",
    _F,
)


def may_convert(gap: str) -> bool:
    """Whether CONVERSION_GAP_RE may match all of ``gap``: it holds a bracket or a joining word.

    Case-blind, the pattern reads its words' letters only in ASCII letters and "İ" (an "i").

    >>> may_convert(" ("), may_convert(", OR "), may_convert(" and ")
    (True, True, False)
    """
    if "(" in gap or "[" in gap or "\u0130" in gap:
        return True
    low = gap.lower()
    return "or" in low or "equivalent" in low or "i.e." in low


CONVERSION_NEXT_GAP_RE: Final = lazy_compile(r"\s*[;,]\s*(?:(?:about|around|roughly)\s*)?", _F)
LIST_GAP_RE: Final = lazy_compile(r"[,;]|\band\b")
