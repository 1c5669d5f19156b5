"""Tables built at import, each built a cheaper way than it reads (issue 10: start-up time).

Each test rebuilds the table the plain, slow way and compares.
"""

from __future__ import annotations

import regex

from aidclaims.parties import scan


def test_currency_firsts_are_what_each_name_can_start_with() -> None:
    # as the table was first built: one case-blind fullmatch per name and ASCII character
    plain = frozenset(
        ch
        for ch in map(chr, range(0x21, 0x7F))
        if any(
            regex.fullmatch(regex.escape(name[0]), ch, regex.IGNORECASE)
            for name in scan.CURRENCY_NAMES
        )
    )
    assert plain == scan._CURRENCY_FIRSTS
    assert {"d", "D", "e", "E"} <= plain  # "dollars", "euros"
