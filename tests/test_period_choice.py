"""Which period a figure gets: sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from aidclaims import extract

PUB = date(2025, 3, 10)


def periods(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.amount_text, None if c.period_start is None else c.period_start.isoformat())
        for c in extract(text, published=PUB)
    ]


CASES = [
    pytest.param(
        "In 2023 and 2024, Oslo gave NOK 2 billion and NOK 3 billion in aid to Kyiv.",
        [("NOK 2 billion", "2023-01-01"), ("NOK 3 billion", "2024-01-01")],
        id="parallel-lists-pair-up",
    ),
    pytest.param(
        "The $5 billion pledged this quarter adds to the $9 billion in aid sent throughout 2023.",
        [("$5 billion", "2025-01-01"), ("$9 billion", "2023-01-01")],
        id="period-attached-to-other-figure",
    ),
    pytest.param(
        "Oslo added NOK 5 billion in aid in 2024, bringing its total aid to NOK 20 billion.",
        [("NOK 5 billion", "2024-01-01"), ("NOK 20 billion", "2024-01-01")],
        id="attached-period-as-last-resort",
    ),
    pytest.param(
        "In 2024 Lisbon gave €3 million in aid to Haiti, and in 2023 €2 million.",
        [("€3 million", "2024-01-01"), ("€2 million", "2023-01-01")],
        id="and-starts-a-clause",
    ),
    pytest.param(
        "Over the next two years Seoul will provide $2 billion in aid to Kenya. "
        "The sum includes $500 million in loans.",
        [("$2 billion", "2025-03-10"), ("$500 million", "2025-03-10")],
        id="the-sum-refers-back",
    ),
    pytest.param(
        "In 2024 Seoul gave $2 billion in aid to Kenya. Donors sent $1 billion in aid to Peru.",
        [("$2 billion", "2024-01-01"), ("$1 billion", None)],
        id="no-reference-no-inheritance",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period_choice(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert periods(text) == expected


def test_dated_period_beats_bare_duration() -> None:
    text = "The IMF approved a 48-month $15 billion loan for Ukraine in March 2023."
    (claim,) = extract(text, published=PUB)
    assert (claim.period_start, claim.period_end) == (date(2023, 3, 1), date(2023, 3, 31))


def test_without_publication_date_nearest_wins() -> None:
    text = "The €2 billion pledged this quarter adds to €5 billion in aid sent throughout 2024."
    first = extract(text)[0]
    assert first.period_text == "this quarter"
    assert first.period_start is None
