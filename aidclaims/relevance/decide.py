"""Aid or not: is a money figure aid given, promised, asked for or planned?

Rules, in order (the first that applies decides):

1. An aid noun attached to the figure makes it aid: "$9 billion in humanitarian aid",
   "a $50 million grant", "aid worth A$245 million", "a $95 billion foreign aid bill".
2. A money word of another kind in the sentence makes it not aid: "arms sales to Taiwan valued
   at $10 billion", "pledged to invest $21 billion", "GDP of $200 billion".
3. The nearest of the aid nouns and the softer non-aid nouns (budget, spending, trade) in the
   clause, then in the sentence, decides; a soft noun loses when the figure goes to a recipient
   ("Rs 800 crore to Nepal", "Berlin's budget for Kyiv").
4. With no cue, a figure takes the verdict of the list it is in ("Germany pledged €5bn,
   France €3bn and Italy €1bn for Ukraine") or of the figure it is a share of ("$1.2 billion
   of the $4.1 billion the UN appealed for"); else it is what the figure before it was when
   that one is in the same or the previous sentence ("This is still less than the €6bn ...");
   else what the document is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from aidclaims.lexicon.words import AID_NOUNS as CORE_AID_NOUNS
from aidclaims.lexicon.words import QUALIFIERS
from aidclaims.relevance._table import (
    AID_NOUNS,
    GIVING_VERBS,
    NON_AID_NOUNS,
    NOT_ATTACHED,
    SOFT_NON_AID_NOUNS,
)
from aidclaims.text.clauses import Located
from aidclaims.text.cues import Cue, CueIndex, Words, compile_cues, distance, nearest, words_of
from aidclaims.text.lazy import lazy_compile
from aidclaims.text.near import NearWords

_AID_RE: Final = compile_cues(AID_NOUNS)
_GIVING_RE: Final = compile_cues(GIVING_VERBS)
_HARD_RE: Final = compile_cues(NON_AID_NOUNS)
_SOFT_RE: Final = compile_cues(SOFT_NON_AID_NOUNS)
#: Aid nouns that make a figure aid when attached to it (rule 1), in the singular: the
#: lexicon's, less those that need a verb or a reading ("help", "bailout", "pledge",
#: "allocation"), plus credit lines and reconstruction ("$9 billion of reconstruction").
ATTACHED_AID_NOUNS: Final[tuple[str, ...]] = (
    *(n for n in CORE_AID_NOUNS if not n.endswith("s") and n not in NOT_ATTACHED),
    "credit",
    "credits",
    "facilities",
    "reconstruction",
)
_AID_WORDS = "(?:" + "|".join(ATTACHED_AID_NOUNS) + ")"
# "$9 billion in humanitarian aid", "$95 billion foreign aid bill", "$50 million grant"
_ATTACHED_AFTER: Final = lazy_compile(
    rf"(?:\s*\([^()]{{0,40}}\))?\)?[\s\-]*(?:(?:in|of|worth\s+of|for)\s+)?(?:[\p{{Ll}}\-]+\s+){{0,3}}?{_AID_WORDS}\b",
    regex.IGNORECASE,
)
_QUALIFIER = (
    "(?:"
    + "|".join(
        regex.escape(q).replace("\\ ", r"\s+")
        for q in sorted(QUALIFIERS, key=len, reverse=True)
        if q[0].isalpha()
    )
    + ")"
)
# "aid worth $X", "assistance of $X", "package totalling $X", "aid amounting to $X"
_ATTACHED_BEFORE: Final = lazy_compile(
    rf"\b{_AID_WORDS}s?\s+(?:(?:is\s+|was\s+)?worth|of|totall?ing|amounting\s+to|valued\s+at|to\s+the\s+tune\s+of)\s+(?:{_QUALIFIER}\s+)?$",
    regex.IGNORECASE,
)
#: The last word of each qualifier of _QUALIFIER ("more than": "than").
_QUALIFIER_LAST: Final = frozenset(
    regex.findall(r"[\p{L}\p{N}]+", q.lower())[-1] for q in QUALIFIERS if q[0].isalpha()
)
_LINK_LAST: Final = frozenset({"worth", "of", "totaling", "totalling", "to", "at"})
#: The words an _ATTACHED_BEFORE match ends with: its last link word, or a qualifier's last word.
_ATTACHED_BEFORE_LAST: Final = _QUALIFIER_LAST | _LINK_LAST
_ATTACHED_AFTER_NOUNS: Final = frozenset(ATTACHED_AID_NOUNS)
#: The aid nouns of _ATTACHED_BEFORE, singular and plural.
_ATTACHED_BEFORE_NOUNS: Final = _ATTACHED_AFTER_NOUNS | {n + "s" for n in ATTACHED_AID_NOUNS}
# "Rs 800 crore to Nepal", "$5 million for Haiti", "€7.5bn for Kyiv"
_TO_RECIPIENT: Final = lazy_compile(r"\s*(?:each\s+)?(?:to|for)\s+(?:the\s+)?\p{Lu}")


def is_attached_aid(text: str, start: int, end: int, near: NearWords | None = None) -> bool:
    """Whether an aid noun is part of the figure's own phrase.

    ``near`` (the document's :class:`NearWords`) skips a pattern where no aid noun, or no
    word it must end with, stands.

    >>> t = "It sent $9 billion in humanitarian aid."
    >>> is_attached_aid(t, 8, 18)
    True
    """
    hi = min(len(text), end + 60)
    if (near is None or near.may_hold(_ATTACHED_AFTER_NOUNS, end, hi)) and (
        _ATTACHED_AFTER.match(text, end, hi)
    ):
        return True
    lo = max(0, start - 60)
    if near is not None and not (
        near.may_end_with(start, lo, _ATTACHED_BEFORE_LAST)
        and near.may_hold(_ATTACHED_BEFORE_NOUNS, lo, start)
    ):
        return False
    return bool(_ATTACHED_BEFORE.search(text, lo, start))


def has_recipient_after(text: str, pos: int) -> bool:
    """Whether ``to``/``for`` and a capitalised name follow ``pos`` ("Rs 800 crore to Nepal")."""
    return bool(_TO_RECIPIENT.match(text, pos, min(len(text), pos + 40)))


def classify_aid(
    text: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    *,
    recipient_in_clause: bool,
    index: RelevanceCues | None = None,
    donor_in_clause: bool = False,
) -> bool | None:
    """Rules 1-3 for the figure at ``[start, end)``: True aid, False not aid, None no cue.

    A giving verb counts when the clause names who receives or who gives ("Donors have
    provided $1.2 billion"); a softer non-aid word loses only to a recipient.

    >>> t = "The defence budget will rise by €1.3bn."
    >>> classify_aid(t, 31, 38, (0, len(t)), (0, len(t)), recipient_in_clause=False)
    False
    """
    if index is None:
        index = RelevanceCues(text)
    if is_attached_aid(text, start, end, index.near):
        return True
    hard = index.hard.between(*sentence)
    if hard and any(
        not _is_source(text, c.start, index.near) and _NAMES_AID_AFTER.match(text, c.end) is None
        for c in hard
    ):
        return False
    giving = index.giving.between(*clause) if recipient_in_clause or donor_in_clause else []
    # the sentence is read after the clause only when it holds more (its answer is the same)
    for lo, hi in (clause,) if clause == sentence else (clause, sentence):
        aid = nearest(index.aid.between(lo, hi) + giving, start, end)
        softs = index.soft.between(lo, hi)
        soft = (
            nearest([c for c in softs if not _is_source(text, c.start, index.near)], start, end)
            if softs
            else None
        )
        if soft is not None and (aid is None or _closer(soft, aid, start, end)):
            return (
                recipient_in_clause
                or has_recipient_after(text, end)
                or has_recipient_after(text, soft.end)
            )
        if aid is not None:
            return True
    return None


# "from its windfall profits", "from frozen Russian assets": where the money comes from
# "repaid with windfall profits", "from interest on frozen Russian assets"; at most four words
# between, so that "an estimate from the United Nations says the damage" is no source
_SOURCE_RE: Final = lazy_compile(
    r"\b(?:from|(?:repaid|financed|funded|paid|covered)\s+(?:with|by|from|out\s+of)|backed\s+by"
    r"|using)\s+(?:[\p{L}\-]+\s+){0,4}$",
    regex.IGNORECASE,
)
#: A word each _SOURCE_RE match holds: "from", "with", "by", "out" (of) or "using".
_SOURCE_WORDS: Final = frozenset({"from", "with", "by", "out", "using"})
# "the cost of the aid package will be one billion dollars": the cost is the aid's value
_NAMES_AID_AFTER: Final = lazy_compile(
    r"\s+(?:of\s+)?(?:the\s+|this\s+|its\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?"
    r"(?:aid|assistance|package|support|loan|grant)\b",
    regex.IGNORECASE,
)


def _is_source(text: str, cue_start: int, near: NearWords) -> bool:
    """Whether a non-aid cue names the source of the money, not its nature."""
    lo = max(0, cue_start - 50)
    return near.may_hold(_SOURCE_WORDS, lo, cue_start) and bool(
        _SOURCE_RE.search(text, lo, cue_start)
    )


def _closer(a: Cue, b: Cue, start: int, end: int) -> bool:
    return distance(a, start, end) < distance(b, start, end)


def document_is_about_aid(text: str, *, index: RelevanceCues | None = None) -> bool:
    """Whether the document speaks of aid more than of other money."""
    if index is None:
        index = RelevanceCues(text)
    aid = len(index.aid.all())
    other = len(index.hard.all())
    return aid >= other and aid > 0


class RelevanceCues:
    """The aid, non-aid and giving cues of one document, each found in one pass.

    The giving verbs are found when first asked for: only a figure with a party in its
    clause and no cue of rules 1 and 2 asks.
    """

    __slots__ = ("_giving", "_text", "_words", "aid", "hard", "near", "soft")

    def __init__(self, text: str, words: Words | None = None) -> None:
        words = words or words_of(text)
        self.near = NearWords(text, words)
        self.aid = CueIndex(_AID_RE, text, words=words)
        self.hard = CueIndex(_HARD_RE, text, words=words)
        self.soft = CueIndex(_SOFT_RE, text, words=words)
        self._text, self._words = text, words
        self._giving: CueIndex | None = None

    @property
    def giving(self) -> CueIndex:
        """The giving verbs of the document."""
        if self._giving is None:
            self._giving = CueIndex(_GIVING_RE, self._text, words=self._words)
        return self._giving


#: "equivalent to (over) BDT 6,000 crore", "or about €4.6 billion": the figure restates the one
#: before it in another currency.
_CONVERSION_BEFORE: Final = lazy_compile(
    r"(?:equivalent\s+to|equal\s+to|or\s+(?:about|around|roughly|some|nearly))\s+"
    r"(?:over|about|around|roughly|some|nearly|almost|more\s+than)?\s*$",
    regex.IGNORECASE,
)
#: Words a _CONVERSION_BEFORE match may end with: "to", or one of a qualifier ("some", "than").
_CONVERSION_LAST: Final = _QUALIFIER_LAST | {"to"}


# "€5bn and France €3bn", "€5bn, France €3bn and Italy €1bn": a separator, then maybe a giver
_LIST_GAP: Final = lazy_compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|while)\s+)"
    r"(?:(?:the\s+)?\p{Lu}[\w.'’-]*\s+){0,3}\Z"
)


_SHARE_OF_GAP: Final = lazy_compile(r"\s+(?:out\s+)?of\s+(?:the|a|its|their)\s+\Z", regex.I)


def _share_of_next(text: str, loc: Located, nxt: Located) -> bool:
    """Whether the figure is a share of the next one: "$1.2 billion of the $4.1 billion"."""
    lo, hi = loc.mention.end, nxt.mention.start
    return hi - lo <= 20 and bool(_SHARE_OF_GAP.match(text, lo, hi))


def _listed_with_next(text: str, loc: Located, nxt: Located) -> bool:
    """Whether the next figure continues a list with this one in the same sentence."""
    if nxt.sentence_index != loc.sentence_index:
        return False
    lo, hi = loc.mention.end, nxt.mention.start
    return hi - lo <= 40 and bool(_LIST_GAP.match(text, lo, hi))


def _is_conversion(text: str, loc: Located, near: NearWords) -> bool:
    """Whether the figure converts the figure before it: in brackets, or "equivalent to"."""
    m = loc.mention
    if m.parenthetical:
        return True
    lo = max(0, m.start - 40)
    return (
        near.may_end_with(m.start, lo, _CONVERSION_LAST)
        and _CONVERSION_BEFORE.search(text, lo, m.start) is not None
    )


def decide_aid(
    text: str,
    located: Sequence[Located],
    recipients: Sequence[bool],
    words: Words,
    donors: Sequence[bool] | None = None,
) -> list[bool]:
    """Aid or not for each located figure, in text order.

    Cue rules first (:func:`classify_aid`), then the list or the whole the figure belongs to,
    then the figure before it in the same or the previous sentence, then what the document
    is about (rule 4 of the module).
    """
    cues = RelevanceCues(text, words)
    default = document_is_about_aid(text, index=cues)
    verdicts = [
        classify_aid(
            text,
            loc.mention.start,
            loc.mention.end,
            loc.clause,
            loc.sentence,
            recipient_in_clause=recipients[i],
            index=cues,
            donor_in_clause=donors[i] if donors is not None else False,
        )
        for i, loc in enumerate(located)
    ]
    out: list[bool] = []
    for i, loc in enumerate(located):
        j = i  # "Germany pledged €5bn, France €3bn and Italy €1bn for Ukraine": the list's cue
        while verdicts[j] is None and j + 1 < len(located):
            if not _listed_with_next(text, located[j], located[j + 1]):
                break
            j += 1
        verdict = verdicts[j]
        if (
            verdict is None
            and j + 1 < len(located)
            and _share_of_next(text, located[j], located[j + 1])
        ):
            verdict = verdicts[j + 1]  # "only $1.2 billion of the $4.1 billion the UN appealed for"
        if verdict is None:
            prev = located[i - 1] if i else None
            if prev is not None and loc.sentence_index - prev.sentence_index <= 1:
                verdict = out[-1]
            else:
                verdict = default
        # a conversion takes the verdict of the figure before it, whatever it had: asked only
        # when that changes something
        if i and verdict != out[-1] and _is_conversion(text, loc, cues.near):
            verdict = out[-1]  # "$500 million, equivalent to over BDT 6,000 crore"
        out.append(verdict)
    return out
