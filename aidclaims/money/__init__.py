"""Money: find figures, then annotate them with qualifier and rate; currencies settle later.

``find`` (the figure pattern and the one range/change rule), ``annotate`` (qualifiers, rates,
conversions in brackets), ``currency`` (marks to ISO codes, bare figures inherit), ``_table``.
"""

from __future__ import annotations

from aidclaims.money.annotate import annotate
from aidclaims.money.find import MoneyMention, find_figures

__all__ = ["MoneyMention", "find_money"]


def find_money(text: str, lo: int = 0, hi: int | None = None) -> tuple[MoneyMention, ...]:
    """Find the money expressions in ``text[lo:hi]``, in text order, annotated.

    >>> t = "Allies pledged over €20 billion (£17 billion) and $2-3bn a month."
    >>> for m in find_money(t):
    ...     print(t[m.start:m.end], m.value, m.value_max, m.qualifier.value, m.rate.value)
    €20 billion 20000000000 None more_than total
    £17 billion 17000000000 None more_than total
    $2-3bn 2000000000 3000000000 range per_month
    """
    return tuple(annotate(text, find_figures(text, lo, hi)))
