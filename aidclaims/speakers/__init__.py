"""Speakers: who a sentence is attributed to.

``read`` (one pass over the sentences), ``memory`` (who the document has named so far,
resolving "he", "Eklund", "the minister"), ``cues`` (the attribution rules), ``scan``
(where the rules' subjects can be), ``patterns`` (their patterns), ``twin`` (the name
pattern run by the stdlib ``re`` on plain text), ``subjects`` (reading a subject phrase),
``_table`` (cue verbs, titles, organisation heads, vetoes). Place names come from
:mod:`aidclaims.lexicon.places`.
"""

from __future__ import annotations

from aidclaims.speakers.memory import Speaker
from aidclaims.speakers.read import find_speakers
from aidclaims.speakers.scope import has_own_subject, speaker_of_clause

__all__ = ["Speaker", "find_speakers", "has_own_subject", "speaker_of_clause"]
