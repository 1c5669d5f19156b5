"""``CueTable.found`` as it read before issue 10, for the tests of its fast paths."""

from __future__ import annotations

import bisect

from aidclaims.text.cues import CueTable, Words, _match_parts


def word_by_word_found(
    table: CueTable, text: str, words: Words, lo: int, hi: int
) -> list[tuple[int, int, str]]:
    """Every word from ``lo`` looked up in the table, its phrases tried longest first."""
    out = []
    i = bisect.bisect_left(words.starts, lo)
    stop = bisect.bisect_left(words.starts, hi)
    while stop > i and words.ends[stop - 1] > hi:
        stop -= 1
    while i < stop:
        matched = 0
        for phrase, parts in table._by_first.get(words.words[i], []):
            matched = _match_parts(text, words, i, stop, parts)
            if matched:
                out.append((words.starts[i], words.ends[i + matched - 1], phrase))
                break
        i += matched or 1
    return out
