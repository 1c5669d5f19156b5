"""A big document is case-folded window by window; its novelties are what a whole fold gives."""

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
def test_folding_window_by_window_gives_the_same_novelties(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = [(c.start, c.novelty) for c in extract(text, include_non_aid=True)]
    monkeypatch.setattr(novelty_module, "_WHOLE_FOLD_CHARS", 0)
    windows = [(c.start, c.novelty) for c in extract(text, include_non_aid=True)]
    assert windows == whole


def test_the_own_text_exercises_several_novelties() -> None:
    kinds = {c.novelty for c in extract(OWN, include_non_aid=True)}
    assert len(kinds) >= 3, kinds


def test_a_big_document_keeps_no_folded_copy() -> None:
    text = OWN + " More words about aid." * 12_000
    assert len(text) > novelty_module._WHOLE_FOLD_CHARS
    doc = novelty_module._Document(text, [], None)
    assert doc.folded is None
    assert doc.fold_windows
    assert doc.first_heading is not None  # "Background:" found through the pieces
