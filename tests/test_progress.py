"""The progress bar shows a total and the time left when the input size is known (issue #12)."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from aidclaims.io.progress import progress_bar

#: A rich time column: "0:00:01", or "-:--:--" while the time left is unknown.
CLOCK = re.compile(r"[-\d]:[-\d]{2}:[-\d]{2}")


def _shown(total: int | None) -> str:
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=120, color_system=None)
    with progress_bar(console, enabled=True, total=total) as advance:
        advance(2)
        shown = stream.getvalue()  # the first render; the bar, transient, is cleared at the end
    return [line for line in re.split(r"[\r\n]", shown) if "documents" in line][-1]


@pytest.fixture(autouse=True)
def _not_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)  # the bar never shows in CI


def test_known_size_shows_total_and_time_left() -> None:
    line = _shown(40)
    assert "of ~40" in line
    assert len(CLOCK.findall(line)) == 2, line  # time left, then time elapsed
    assert "documents, 0 claims" in line


def test_unknown_size_shows_counts_and_time_elapsed_only() -> None:
    line = _shown(None)
    assert "of ~" not in line
    assert len(CLOCK.findall(line)) == 1, line
    assert "documents, 0 claims" in line
