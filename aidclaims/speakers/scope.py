"""How far a sentence's speaker and period reach: a clause with a subject of its own is its own.

"European Commission President Ursula von der Leyen announced 50 billion euros in support,
while Britain pledged 240 million pounds": von der Leyen announced the first figure, not
Britain's. A figure in a clause that opens with a contrastive or coordinating word and a
new named subject is not attributed to a speaker the clause does not name.
"""

from __future__ import annotations

from typing import Final

import regex

from aidclaims.speakers.memory import Speaker
from aidclaims.text.lazy import lazy_compile

# The giving verbs _OWN_SUBJECT_RE ends in: an ASCII clause without one of them (in any case)
# holds no match. A clause outside ASCII is matched ("ſent" is "sent" to IGNORECASE).
_GIVING_VERBS: Final = (
    "pledged",
    "promised",
    "announced",
    "committed",
    "gave",
    "provided",
    "offered",
    "approved",
    "allocated",
    "sent",
)
#: Words that open a clause with a subject of its own: ", while Britain pledged", "; Germany
#: gave", ", whereas Japan", ", but France".
_OWN_SUBJECT_RE: Final = lazy_compile(
    r"[\s,;:–—-]*(?:(?:while|whereas|but|and|meanwhile)\s+)?(?:the\s+)?\p{Lu}[\p{L}.'’-]*"
    r"(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:has\s+|have\s+|had\s+|also\s+|will\s+|would\s+)?"
    rf"(?:{'|'.join(_GIVING_VERBS)})\b",
    regex.IGNORECASE,
)


_LATER_CLAUSE_RE: Final = lazy_compile(r",\s*(?:as|while|whereas|when|after)\s", regex.IGNORECASE)


def speaker_of_clause(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    speaker: Speaker | None,
    figure_end: int | None = None,
) -> Speaker | None:
    """The speaker of a figure's clause: the sentence's, unless the clause has its own subject.

    A speaker named only after the figure, in a later "as"/"while" clause, speaks for that
    clause alone: "donors raised €7 billion on Monday, as President Erdoğan said the damage
    had risen to $104 billion".

    >>> t = "Ana Silva announced €5 billion, while Britain pledged £2 billion."
    >>> speaker_of_clause(t, (31, len(t)), (0, len(t)), Speaker("Ana Silva")) is None
    True
    >>> speaker_of_clause(t, (0, 30), (0, len(t)), Speaker("Ana Silva"))
    Speaker(name='Ana Silva', role=None)
    """
    if speaker is None:
        return speaker
    surname = speaker.name.split()[-1]
    if has_own_subject(text, clause, sentence):
        return speaker if surname in text[clause[0] : clause[1]] else None
    end = clause[1] if figure_end is None else figure_end
    if surname in text[sentence[0] : end]:
        return speaker
    later = text.find(surname, end, sentence[1])
    if later >= 0 and _LATER_CLAUSE_RE.search(text, end, later) is not None:
        return None
    return speaker


def has_own_subject(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a later clause of the sentence opens with a giver of its own.

    ", while Britain pledged £240 million": what the sentence said before (its speaker, a
    period like "through 2027") is not this clause's.

    >>> t = "The EU gave €5 billion through 2027, while Britain pledged £2 billion."
    >>> has_own_subject(t, (36, len(t)), (0, len(t))), has_own_subject(t, (0, 35), (0, len(t)))
    (True, False)
    """
    if clause == sentence or clause[0] == sentence[0]:
        return False
    span = text[clause[0] : clause[1]]
    if span.isascii():
        folded = span.lower()
        if not any(verb in folded for verb in _GIVING_VERBS):
            return False
    return _OWN_SUBJECT_RE.match(text, clause[0], clause[1]) is not None
