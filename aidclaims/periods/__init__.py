"""Periods: find time expressions, resolve them to dates, choose the one each figure is tied to.

``grammar`` (one pattern per rule) and ``_table`` (its words), ``scan`` and ``openers`` (where
the pattern is tried, and with which rules), ``find`` (match and resolve against the
publication date), ``dates`` (calendar arithmetic), ``fiscal`` (fiscal calendars by currency),
``choose`` (which period a figure takes).

Choices:
- Relative expressions resolve only against ``published``; without it they are still
  returned, with both dates None. The clock is never read.
- Rolling spans count from the publication date: "over the next three years" is
  published .. published + 3 years - 1 day; "over the past four months" and "in the last
  two years" are published - 4 months (or 2 years) .. published, both ends included.
- "this/last/next year|quarter|month|week" are calendar units (weeks start on Monday);
  "earlier this year" ends, and "later this year" starts, on the publication date.
- "since X" runs from X's first day to ``published`` (None without it; "since September"
  is the latest September not after it); "by/until/through X" has no start and ends on X's
  last day.
- Day dates ("June 24-25", "on 5 March 2025", "2025-03-05") are consumed but not returned:
  they date events rather than the period money covers. They do anchor "since", "until",
  "from ... to ..." and "from July 1st ... over a period of three years".
- A duration ("over a period of three years", "for two years", "a three-year plan") starts
  at an anchor before it in the slice ("from July 1st", "took effect on 1 May"), else its
  dates are None.
- A bare year is vetoed when it reads as a count or a number ("2024 troops", "No. 2024",
  "about 2025 people", phone numbers); after a preposition ("In 2024 troops ...") it stays.
- Fiscal years follow the country whose budget it is (``fiscal``): "FY2025" is the fiscal
  year ending in 2025 (the calendar year when ``fiscal_start_month`` is 1), except where a
  country names its years by their start (Japan's "fiscal 2019" is April 2019 to March
  2020); "2025-26" is the fiscal year starting in 2025, or the calendar span 2025-2026 when
  ``fiscal_start_month`` is 1; "July-March of FY2023-24" is those months of it. Quarters
  are calendar quarters unless written with a fiscal year ("Q1 FY2025").
"""

from __future__ import annotations

from aidclaims.periods.choose import assign_periods
from aidclaims.periods.find import Period, find_periods
from aidclaims.periods.fiscal import (
    FISCAL_START_MONTH,
    FiscalCalendar,
    figure_fiscal_calendar,
    fiscal_start_month,
)

__all__ = [
    "FISCAL_START_MONTH",
    "FiscalCalendar",
    "Period",
    "assign_periods",
    "figure_fiscal_calendar",
    "find_periods",
    "fiscal_start_month",
]
