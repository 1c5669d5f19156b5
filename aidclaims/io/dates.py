"""Publication dates as scrapers write them: ISO, RFC 2822, "10 March 2025", "01/03/2025".

Month names are read by :func:`datetime.strptime` in the C locale (English), which Python
keeps unless a program calls ``locale.setlocale``: no second month table.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime
from typing import Final, Literal

DateOrder = Literal["dmy", "mdy"]

#: Written dates, tried in order, after collapsing blanks.
TEXT_FORMATS: Final[tuple[str, ...]] = (
    "%d %B %Y",  # 10 March 2025
    "%d %b %Y",  # 10 Mar 2025
    "%d %B, %Y",  # 10 March, 2025
    "%B %d, %Y",  # March 10, 2025
    "%b %d, %Y",  # Mar 10, 2025
    "%B %d %Y",  # March 10 2025
    "%b %d %Y",  # Mar 10 2025
    "%A, %d %B %Y",  # Monday, 10 March 2025
    "%A, %B %d, %Y",  # Monday, March 10, 2025
    "%a, %d %b %Y",  # Mon, 10 Mar 2025 (RFC 2822 without a time)
)

_NUMERIC_RE: Final = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")  # 01/03/2025
_YEAR_FIRST_RE: Final = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")  # 2025/03/10
_ORDINAL_RE: Final = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")  # 1st March 2025


def parse_iso(text: str) -> date | None:
    """Parse ``YYYY-MM-DD``, or the date as written in an ISO datetime; None if neither.

    >>> parse_iso("2025-03-10"), parse_iso("2025-03-10T23:30:00-05:00")
    (datetime.date(2025, 3, 10), datetime.date(2025, 3, 10))
    >>> parse_iso("2025-02-30"), parse_iso("10/03/2025"), parse_iso("2025-W11-1")
    (None, None, None)
    """
    if len(text) < 10 or text[4] != "-" or text[7] != "-" or text[10:11] not in ("", "T", " "):
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        return None


def parse_published(text: str, order: DateOrder | None = None) -> date | str:
    """Parse a publication date in a common form; the reason when it cannot be read.

    Args:
        text: the date as the record gives it.
        order: how to read an ambiguous ``01/03/2025``: day first or month first.

    Returns:
        The date, or why there is none (``ambiguous: ...``, ``not a date``).

    >>> parse_published("2025-03-10T09:00:00Z"), parse_published("March 10, 2025")
    (datetime.date(2025, 3, 10), datetime.date(2025, 3, 10))
    >>> parse_published("10 March 2025"), parse_published("Mon, 10 Mar 2025 09:00:00 GMT")
    (datetime.date(2025, 3, 10), datetime.date(2025, 3, 10))
    >>> parse_published("13/03/2025"), parse_published("01/03/2025", "mdy")
    (datetime.date(2025, 3, 13), datetime.date(2025, 1, 3))
    >>> parse_published("01/03/2025")
    'is ambiguous (day or month first? give --date-order dmy or mdy)'
    >>> parse_published("yesterday")
    'is not a date'
    """
    text = " ".join(text.split())
    found = parse_iso(text) or _parse_written(text) or _parse_rfc2822(text)
    if found is not None:
        return found
    match = _YEAR_FIRST_RE.fullmatch(text)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3])) or "is not a date"
    match = _NUMERIC_RE.fullmatch(text)
    if match is None:
        return "is not a date"
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if first > 12 or first == second:
        order = "dmy"
    elif second > 12:
        order = "mdy"
    if order is None:
        return "is ambiguous (day or month first? give --date-order dmy or mdy)"
    day, month = (first, second) if order == "dmy" else (second, first)
    return _make(year, month, day) or "is not a date"


def _parse_written(text: str) -> date | None:
    text = _ORDINAL_RE.sub(r"\1", text)
    for form in TEXT_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _parse_rfc2822(text: str) -> date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
