"""Periods: find time expressions, resolve them to dates, choose the one each figure is tied to.

``grammar`` (one pattern per rule) and ``_table`` (its words), ``find`` (match and resolve
against the publication date), ``dates`` (calendar arithmetic), ``fiscal`` (fiscal calendars
by currency), ``choose`` (which period a figure takes).
"""

from __future__ import annotations

from aidclaims.periods.choose import assign_periods
from aidclaims.periods.find import Period, find_periods
from aidclaims.periods.fiscal import FISCAL_START_MONTH, fiscal_start_month

__all__ = ["FISCAL_START_MONTH", "Period", "assign_periods", "find_periods", "fiscal_start_month"]
