"""Each figure's sentence is case-folded on its own; the novelties are those of no folding at all."""

from __future__ import annotations

from pathlib import Path

import pytest

import aidclaims.novelty as novelty_module
from aidclaims import extract

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
OWN = (
    "Background:\nIn 2023 Japan pledged $5 million. So far, donors have given a total of "
    "$40 million, including $5 million from Japan. The Straße fund added €2 million, "
    "bringing the total to €12 million. Of the $40 million, $10 million was for food."
)


@pytest.mark.parametrize(
    "text", [OWN, OWN.replace("Straße", "Strasse"), *(p.read_text() for p in SEEDS)]
)
def test_folding_sentence_by_sentence_gives_the_same_novelties(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folded = [(c.start, c.novelty) for c in extract(text, include_non_aid=True)]
    monkeypatch.setattr(novelty_module, "_fold", lambda window: None)  # no gates: every search
    unfolded = [(c.start, c.novelty) for c in extract(text, include_non_aid=True)]
    assert unfolded == folded


def test_the_own_text_exercises_several_novelties() -> None:
    kinds = {c.novelty for c in extract(OWN, include_non_aid=True)}
    assert len(kinds) >= 3, kinds


def test_a_big_document_keeps_no_folded_copy() -> None:
    text = OWN + " More words about aid." * 12_000
    doc = novelty_module._Document(text, [], None)
    assert doc.span_folds == []  # only the sentences of figures are folded
    assert doc.first_heading is not None  # "Background:" found at its line
