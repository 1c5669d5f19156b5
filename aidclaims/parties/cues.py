"""The cues before and after a party phrase: "to X", "asked X", "X pledged", "X will receive"."""

from __future__ import annotations

from typing import Final

import regex

from aidclaims.parties._patterns import (
    _APPOSITION_REACH,
    _LEFT_OBJECT_VERB_CLOSE,
    _LEFT_OBJECT_VERB_RE,
    _LEFT_PREP_BACK_RE,
    _LEFT_PREP_CLOSE,
    _LEFT_PREP_RE,
    _LEFT_REQUEST_OBJECT_CLOSE,
    _LEFT_REQUEST_OBJECT_RE,
    _OBJECT_LEFT_CLOSE,
    _OBJECT_LEFT_RE,
    _PASSIVE_BY_RE,
    _PASSIVE_RECEIVE_CHAIN,
    _PASSIVE_RECEIVE_RE,
    _PASSIVE_REQUEST_CHAIN,
    _PASSIVE_REQUEST_RE,
    _RECEIVE_CHAIN,
    _RECEIVE_RE,
    _REQUEST_NOUN_RE,
    _REQUESTER_CHAIN,
    _REQUESTER_RE,
    _SUBJECT_CHAIN,
    _SUBJECT_RE,
    _WORD_BEFORE_RE,
)
from aidclaims.parties._verbs_table import FROM_VETO, REQUEST_NOUNS, TO_FOR_VETO
from aidclaims.parties.near import (
    After,
    Before,
    Chain,
    Chains,
    Closing,
    Opening,
    following,
    word_before,
)
from aidclaims.parties.spans import (
    DonorCue,
    RecipientCue,
    Span,
)
from aidclaims.text.lazy import lazy_compile


def object_left(text: str, lo: int, start: int, before: Before) -> bool:
    """A word before a phrase that makes it an object: "asked allies", "to support Ukraine"."""
    return _matches(_OBJECT_LEFT_RE, _OBJECT_LEFT_CLOSE, text, lo, start, before)


# Where aid goes: "relief efforts in Türkiye", "humanitarian work inside Syria", "the
# reconstruction of Gaza" is read elsewhere; "in X" alone says nothing ("in Geneva").
_AID_IN_RE: Final = lazy_compile(
    r"(?:relief|aid|assistance|efforts|response|operations|reconstruction|recovery|rebuilding"
    r"|crisis|conflict|war|work|programmes|programs|projects)\s+(?:in|inside)\s+(?:the\s+)?\Z",
    regex.IGNORECASE,
)
_AID_IN_CLOSE: Final = Closing.of(("in", "inside"), dets=("the",))


# A deposit is made with its receiver: "deposited $3 billion with the central bank of X".
_DEPOSIT_WITH_RE: Final = lazy_compile(
    r"\bdeposit(?:s|ed|ing)?\b[^.;]{0,60}?\bwith\s+(?:the\s+)?(?:(?:central|state|national)\s+"
    r"bank\s+of\s+(?:the\s+)?)?\Z",
    regex.IGNORECASE,
)
_DEPOSIT_WITH_CLOSE: Final = Closing.of(("with", "of"), dets=("the",))


def _left_prep(text: str, lo: int, start: int, before: Before) -> tuple[int, str] | None:
    """Where the preposition before a phrase starts, and which it is: "to (the) X"."""
    verdict = _LEFT_PREP_CLOSE.verdict(before, lo)
    if verdict is not None:
        return _LEFT_PREP_CLOSE.word_at(before, lo) if verdict else None
    if _LEFT_PREP_BACK_RE.search(text, lo, start) is None:
        return None
    m = _LEFT_PREP_RE.search(text, lo, start)
    return (m.start(), m.group("prep").lower()) if m is not None else None


_REQUEST_NOUN_WORDS: Final = Opening.of(REQUEST_NOUNS).words


def _request_before(text: str, lo: int, at: int) -> bool:
    """A request noun in ``text[lo:at]``: "a request made by Kenya"."""
    window = text[lo:at]
    if window.isascii():  # else a letter may match one of the nouns' without case
        low = window.lower()
        if not any(noun in low for noun in _REQUEST_NOUN_WORDS):
            return False
    return _REQUEST_NOUN_RE.search(text, lo, at) is not None


def _word_before_prep(text: str, lo: int, at: int, before: Before) -> str:
    """The word before the preposition at ``at``, lower-cased, as _WORD_BEFORE_RE reads it.

    When the preposition is the word ``before`` read, the word before it is ``before``'s
    prior one, if it is all letters and no apostrophe or hyphen joins it to more.
    """
    a = max(lo, at - 30)
    prior, prior_start = before.prior, before.prior_start
    if at == before.start and prior and prior_start > a and text[prior_start - 1] not in "'’-":
        return prior
    w = _WORD_BEFORE_RE.search(text, a, at)
    return w.group(1).lower() if w is not None else ""


def left_cue(
    text: str, lo: int, start: int, before: Before | None = None
) -> tuple[DonorCue | None, RecipientCue | None]:
    """The cue before a phrase: "to X", "from X", "by X", "asked X", "support X".

    ``before`` is ``word_before(text, lo, start)``, when the caller has it.
    """
    if before is None:
        before = word_before(text, lo, start)
    word = before.word
    if word is not None and word not in _LEFT_WORDS and before.start >= max(lo, start - 60):
        return None, None  # a known word that no cue below ends with, inside every window
    found = _left_prep(text, lo, start, before)
    if found is not None:
        at, prep = found
        word = _word_before_prep(text, lo, at, before)
        if prep == "from":
            return (None, None) if word in FROM_VETO else ("from", None)
        if prep == "by":
            if _request_before(text, lo, at):
                return None, "request"  # "a request made by Kenya"
            if _PASSIVE_BY_RE.search(text, lo, at) and ";" not in text[lo:at]:
                return "by", None  # "was pledged by Canada"
            return None, None
        if word in TO_FOR_VETO:
            return None, None
        if prep == "to" and _request_before(text, lo, at):
            return "request", None  # "a request ... to the Pentagon"
        return None, "cue"
    near = max(lo, start - 60)
    if _AID_IN_CLOSE.admits(before, near) and _AID_IN_RE.search(text, near, start):
        return None, "cue"  # "for earthquake relief efforts in Türkiye and Syria"
    near = max(lo, start - 80)
    if _DEPOSIT_WITH_CLOSE.admits(before, near) and _DEPOSIT_WITH_RE.search(text, near, start):
        return None, "cue"  # "Saudi Arabia deposited $3 billion with the State Bank of Pakistan"
    if _matches(_LEFT_REQUEST_OBJECT_RE, _LEFT_REQUEST_OBJECT_CLOSE, text, lo, start, before):
        return "request", None
    if _matches(_LEFT_OBJECT_VERB_RE, _LEFT_OBJECT_VERB_CLOSE, text, lo, start, before):
        return None, "cue"
    return None, None


# Every word that one of left_cue's closings reads (each one's verdict is False on others).
_LEFT_WORDS: Final = frozenset().union(
    *(
        c.words | c.whole | c.dets | c.det_tails
        for c in (
            _LEFT_PREP_CLOSE,
            _AID_IN_CLOSE,
            _DEPOSIT_WITH_CLOSE,
            _LEFT_REQUEST_OBJECT_CLOSE,
            _LEFT_OBJECT_VERB_CLOSE,
        )
    )
)


def _matches(
    pattern: regex.Pattern[str], closing: Closing, text: str, lo: int, start: int, before: Before
) -> bool:
    """Whether ``pattern`` (of ``closing``) is found in ``text[lo:start]``."""
    verdict = closing.verdict(before, lo)
    if verdict is None:
        return pattern.search(text, lo, start) is not None
    return verdict


def _chain_matches(
    pattern: regex.Pattern[str], chain: Chain, text: str, pos: int, hi: int, after: After
) -> bool:
    """Whether ``pattern`` (read as ``chain``) matches at ``pos``."""
    if chain.surely(after):
        return True
    return chain.admits(after) and pattern.match(text, pos, hi) is not None


def _apposition_may_follow(text: str, hi: int, after: After) -> bool:
    """False when a comma alone follows a phrase and no second comma is in an apposition's reach.

    After a phrase that a comma follows, _SUBJECT_RE and _RECEIVE_RE can only go on
    through the apposition (``,[^;()]{1,150}?,``): its second comma is within reach.
    """
    if after.words or after.stop != ",":
        return True
    first = text.find(",", after.first_at, hi)  # the stop: only spaces come before it
    return text.find(",", first + 2, min(hi, first + 2 + _APPOSITION_REACH)) >= 0


def subject_after(text: str, pos: int, hi: int, after: After) -> bool:
    """A giving verb after a phrase makes it its subject: "Canada (has) pledged"."""
    if not _apposition_may_follow(text, hi, after):
        return False
    return _chain_matches(_SUBJECT_RE, _SUBJECT_CHAIN, text, pos, hi, after)


def right_cue(
    text: str, p: Span, hi: int, after: After | None = None
) -> tuple[DonorCue | None, RecipientCue | None]:
    """The cue after a phrase: "X pledged", "X will receive", "X is asking for".

    ``after`` is ``following(text, p.end, hi)``, when the caller has it.
    """
    if after is None:
        after = following(text, p.end, hi)
    end = p.end
    admitted = _RIGHT_CHAINS.admitted(after)  # what each chain's admits says, in one pass
    first = after.words[0] if after.words else ""  # a chain's sure word matches when first
    if admitted & _PASSIVE_REQUEST and _PASSIVE_REQUEST_RE.match(text, end, hi):
        return "request", None
    if admitted & _PASSIVE_RECEIVE and _PASSIVE_RECEIVE_RE.match(text, end, hi):
        return None, "receiver"
    if first in _REQUESTER_CHAIN.sure or (
        admitted & _REQUESTER and _REQUESTER_RE.match(text, end, hi)
    ):
        return None, "request"
    if not _apposition_may_follow(text, hi, after):
        return None, None  # "Kenya, the largest ...": neither cue below can match
    if first in _RECEIVE_CHAIN.sure or (admitted & _RECEIVE and _RECEIVE_RE.match(text, end, hi)):
        return None, "receiver"
    if first in _SUBJECT_CHAIN.sure or (admitted & _SUBJECT and _SUBJECT_RE.match(text, end, hi)):
        return "subject", None
    return None, None


# The chains right_cue reads, and their bits in what _RIGHT_CHAINS admits.
_RIGHT_CHAINS: Final = Chains.of(
    _PASSIVE_REQUEST_CHAIN, _PASSIVE_RECEIVE_CHAIN, _REQUESTER_CHAIN, _RECEIVE_CHAIN, _SUBJECT_CHAIN
)
_PASSIVE_REQUEST, _PASSIVE_RECEIVE, _REQUESTER, _RECEIVE, _SUBJECT = (1 << i for i in range(5))
