"""The Python API's ``published`` (issue #12): a date or an ISO string; anything else is named."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from aidclaims import extract

TEXT = "Canada pledged C$5 million in aid to Haiti next year."


@pytest.mark.parametrize(
    "published",
    [
        date(2025, 3, 1),
        "2025-03-01",
        "2025-03-01T09:00:00Z",
        datetime(2025, 3, 1, 9, tzinfo=UTC),
    ],
)
def test_published_as_date_or_iso_string(published: date | str) -> None:
    [claim] = extract(TEXT, published=published)
    assert (claim.period_start, claim.period_end) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize("published", [20250301, b"2025-03-01", 2025.3, ["2025-03-01"]])
def test_published_of_another_type_is_a_type_error_naming_it(published: object) -> None:
    with pytest.raises(TypeError, match=r"^published must be a date, an ISO date string"):
        extract(TEXT, published=published)  # type: ignore[arg-type]


def test_published_string_that_is_no_iso_date_names_it() -> None:
    with pytest.raises(ValueError, match=r"^published: '01/03/2025' is not an ISO date"):
        extract(TEXT, published="01/03/2025")
