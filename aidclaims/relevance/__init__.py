"""Aid or not: ``decide`` (the rules, in order) and its word ``_table``."""

from __future__ import annotations

from aidclaims.relevance.decide import (
    RelevanceCues,
    classify_aid,
    decide_aid,
    document_is_about_aid,
    has_recipient_after,
    is_attached_aid,
)

__all__ = [
    "RelevanceCues",
    "classify_aid",
    "decide_aid",
    "document_is_about_aid",
    "has_recipient_after",
    "is_attached_aid",
]
