"""Issue 10: context is computed only where a record needs it, with the same results.

The speakers' reading stops after the last sentence asked about (once nothing later can
change it); the document's default parties skip sentences without a figure when the
figures settle them.
"""

from __future__ import annotations

import pytest

from aidclaims.parties import DocumentParties, find_document_parties
from aidclaims.parties.document import countries_of
from aidclaims.speakers import find_speakers
from aidclaims.text.sentences import find_sentences

_TEXTS = [
    "Aid rose.\nDefence Minister Ana Silva said it was vital. Silva added more. It grew.",
    "“We will give $5 million. It is a start.\n“It will help,” said Ana Silva. Then it ended.",
    "“We will send help,” Ana Silva said. “More will come. Soon.” The plan grew. Nobody spoke.",
    "Norway pledged $5 million. This was announced by Prime Minister Ola Berg. Later, more.",
    "Foreign Minister Jan Holm said on Monday that aid would grow. Norway will provide "
    "$10 million. He said it was urgent. The fund opened.",
    "The ministry said: “Aid will come.\n\nIt will be large.” Then a new paragraph. “Why?”",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_speakers_read_up_to_last_equal_a_full_reading(text: str) -> None:
    sentences = find_sentences(text)
    full = find_speakers(text, sentences)
    assert len(full) == len(sentences)
    for last in range(len(sentences)):
        part = find_speakers(text, sentences, last)
        assert last < len(part) <= len(sentences)
        assert part == full[: len(part)]


def test_default_parties_skip_sentences_without_figures_only_when_settled() -> None:
    settled = "Japan pledged $5m to Kenya. Kenya thanked Tokyo. France sent aid to Chad."
    assert DocumentParties(settled).defaults == find_document_parties(settled)
    assert find_document_parties(settled).recipient == "Kenya"
    # no recipient among the figures: the sentences without one are read for the fallback
    open_ = "Officials gave $5m on Monday. Aid went to Chad. Aid went to Chad again."
    assert find_document_parties(open_).recipient == "Chad"


def test_countries_of_is_the_same_when_asked_again() -> None:
    first = countries_of("the U.K., Canada and Japan")
    assert countries_of("the U.K., Canada and Japan") == first
    assert first == frozenset({"United Kingdom", "Canada", "Japan"})
    assert countries_of(None) == frozenset()
