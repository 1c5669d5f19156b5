"""Donors and recipients of a money figure, read from the clause around it.

The sentence is scanned once for gazetteer hits (``scan``: countries, demonyms, capitals,
blocs, institutions, regions, population groups from :mod:`aidclaims.lexicon.places`).
Hits grow into party phrases ("NATO allies", "the Swiss government", "civilians in Gaza"),
each phrase gets the cues around it (``phrases``: "to X", "from X", "X pledged", "X will
receive", "X's package"), and each figure takes the best-placed phrase of its own clause
(``select``). ``document`` holds the public API and the document defaults; ``_patterns``,
``_verbs_table`` and ``_words_table`` the cues; ``cues`` reads them around a phrase, after
the cheap word tests of ``near`` rule out the patterns that cannot match there.
"""

from __future__ import annotations

from aidclaims.parties.document import (
    DocumentParties,
    countries_of,
    find_document_parties,
    find_parties,
    find_place_mentions,
)
from aidclaims.parties.select import donor_of_speaker
from aidclaims.parties.spans import Parties, PlaceKind, PlaceMention

__all__ = [
    "DocumentParties",
    "Parties",
    "PlaceKind",
    "PlaceMention",
    "countries_of",
    "donor_of_speaker",
    "find_document_parties",
    "find_parties",
    "find_place_mentions",
]
