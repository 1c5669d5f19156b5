"""The core pure function: ``extract(text) -> list[Claim]``."""

from __future__ import annotations

from datetime import date

from aidclaims.assemble import build_claims
from aidclaims.context import Context
from aidclaims.model import Claim
from aidclaims.money import find_money
from aidclaims.speakers import find_speakers
from aidclaims.text.sentences import find_sentences


def extract(
    text: str, *, doc: str = "-", published: date | None = None, include_non_aid: bool = False
) -> list[Claim]:
    """Find the aid claims in ``text``: every money figure tied to aid, with its context.

    Pure: no I/O, no clock, no global state. ``published`` anchors relative periods ("this
    year"); without it they keep their text but no dates. ``include_non_aid`` also returns
    the other money figures (prices, budgets, sales), with ``aid=False``.

    >>> [c.amount_text for c in extract("Canada pledged C$500 million in aid to Ukraine.")]
    ['C$500 million']
    """
    mentions = find_money(text)
    if not mentions:
        return []
    sentences = find_sentences(text)
    speakers = find_speakers(text, sentences)
    return build_claims(
        text,
        Context(doc=doc, published=published),
        mentions,
        sentences,
        speakers,
        include_non_aid=include_non_aid,
    )
