"""Context: what extraction knows about a document besides its text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Context:
    """Per-document facts passed explicitly through the pipeline (never global).

    Attributes:
        doc: the document's name as it appears in each Claim.
        published: publication date; relative periods ("this year") resolve against it.
        url: the article's address, when the input gives one: its domain tells a Canadian
            or Australian paper, whose bare "$" is its own dollar.
    """

    doc: str
    published: date | None = None
    url: str | None = None
