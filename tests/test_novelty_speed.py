"""Issue 10: a gated cue pattern is skipped only where it cannot match.

Each :class:`~aidclaims._novelty_cues.Gated` pattern names needles, one of which every match
must hold. The pattern's syntax tree (the standard library's parser reads these patterns)
proves it: every branch holds a run of literal characters that contains a needle.
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as parser
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims import _novelty_cues as C
from aidclaims import _novelty_dates as D
from aidclaims import _novelty_table as T
from aidclaims.novelty import Figure, resolve_novelties

_GATED = {name: g for name, g in vars(C).items() if isinstance(g, C.Gated)}


def _holds_needle(items: Any, needles: tuple[str, ...], run: str = "") -> bool:
    """Whether every match of the parsed sequence ``items`` holds one of ``needles``.

    ``run`` is the literal text right before it (the parser moves a prefix common to all
    branches out of them: "previous|prior" is "pr" and a branch).
    """
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if any(n in run.casefold() for n in needles):
            return True
        if op is c.SUBPATTERN and _holds_needle(av[3], needles, run):
            return True
        if op is c.ATOMIC_GROUP and _holds_needle(av, needles, run):
            return True
        if op is c.BRANCH and all(_holds_needle(b, needles, run) for b in av[1]):
            return True
        repeats = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
        if op in repeats and av[0] >= 1 and _holds_needle(av[2], needles, run):
            return True
        run = ""
    return False


@pytest.mark.parametrize("name", sorted(_GATED))
def test_every_match_holds_a_needle(name: str) -> None:
    gated = _GATED[name]
    assert all(n and n == n.casefold() for n in gated.needles)
    assert _holds_needle(parser.parse(gated.pattern.pattern), gated.needles)


def test_the_needle_proof_refuses_an_optional_needle() -> None:
    assert not _holds_needle(parser.parse(r"so(?:\s+far)?"), ("far",))
    assert _holds_needle(parser.parse(r"(?:so|thus)\s+far"), ("far",))
    assert not _holds_needle(parser.parse(r"so\s+far|to\s+date"), ("far",))
    assert _holds_needle(parser.parse(r"previous|prior"), ("previous", "prior"))
    assert not _holds_needle(parser.parse(r"previous|prior"), ("previous",))


def test_a_folded_text_of_another_length_gates_nothing() -> None:
    # "ß" folds to "ss": the folded text no longer lines up, so every pattern is tried
    text = "Straße aid: so far, Norway has given NOK 27 billion."
    start = text.index("NOK")
    figure = Figure(start, start + 14, 0, len(text), 27e9, currency="NOK")
    assert resolve_novelties(text, [figure])[0].value == "cumulative"


_WORDS = st.sampled_from(
    [*sorted(T.PAST_GIVING_VERBS), "unannounced", "sentx", "repaid", "Paid", "aid", "é", "4"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "-", ".", "", "4", "é"])), max_size=6))
def test_past_giving_verb_search_equals_the_word_test(pieces: list[tuple[str, str]]) -> None:
    sentence = "".join(w + glue for w, glue in pieces).lower()
    by_words = bool(T.PAST_GIVING_VERBS.intersection(re.findall(r"[a-z]+", sentence)))
    assert D._holds_past_giving_verb(sentence) == by_words
