"""The pipeline: parties fallbacks and aid/non-aid continuity, through extract()."""

from __future__ import annotations

import pytest

from aidclaims import extract


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        pytest.param(
            "Nepal was allocated Rs 800 crore in development aid.", "India", id="rupees-india"
        ),
        pytest.param("Kenya will get NOK 2 billion in aid.", "Norway", id="kroner-norway"),
        pytest.param("Kenya will get $2 billion in aid.", None, id="dollars-no-guess"),
        pytest.param("Japan gave ¥5 billion in aid to Ukraine.", "Japan", id="named-donor-wins"),
    ],
)
def test_national_currency_names_the_donor(text: str, donor: str | None) -> None:
    (claim,) = extract(text)
    assert claim.donor == donor


def test_cue_less_figure_follows_the_figure_before() -> None:
    text = "The defence budget will rise by €2bn to €50bn. This is less than the €6bn he wanted."
    claims = extract(text, include_non_aid=True)
    assert [(c.amount_text, c.aid) for c in claims] == [
        ("€2bn", False),
        ("€50bn", False),
        ("€6bn", False),
    ]
    assert extract(text) == []


def test_aid_article_keeps_a_bare_restatement() -> None:
    text = "Allies gave $5 billion in aid to Kyiv. Officials hope to reach 6 billion."
    assert [(c.amount_text, c.currency) for c in extract(text)] == [
        ("$5 billion", "USD"),
        ("6 billion", "USD"),
    ]
