"""Speakers: who a sentence is attributed to.

``read`` (one pass over the sentences, resolving "he", "Eklund", "the minister"), ``cues``
(the attribution rules), ``patterns`` (their patterns), ``subjects`` (reading a subject
phrase), ``_table`` (cue verbs, titles, organisation heads, vetoes). Place names come from
:mod:`aidclaims.lexicon.places`.
"""

from __future__ import annotations

from aidclaims.speakers.read import Speaker, find_speakers
from aidclaims.speakers.scope import has_own_subject, speaker_of_clause

__all__ = ["Speaker", "find_speakers", "has_own_subject", "speaker_of_clause"]
