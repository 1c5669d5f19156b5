"""Issue 10: a gated alternation of cues, searched cue by cue, finds what the whole one finds.

Each cue of such a pattern is searched on its own where the window holds one of the needles
its text spells out. That is exact when every match of a cue holds one of those needles
(proved from the cue's syntax tree, as tests/test_novelty_speed.py proves the whole
pattern's) and every cue of the table is one of the pieces.
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as parser
import subprocess
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from aidclaims import _novelty_cues as C
from aidclaims import _novelty_table as T
from tests.test_novelty_speed import _holds_needle

_SPLIT = {name: g for name, g in vars(C).items() if isinstance(g, C.Gated) and g.by_needle}
_TABLES = {
    "PART_BEFORE": T.PART_BEFORE,
    "CUM_BEFORE": T.CUMULATIVE_BEFORE,
    "CUM_AFTER": T.CUMULATIVE_AFTER,
    "REPEAT_BEFORE": T.REPEAT_BEFORE,
    "REPEAT_NEAR": T.REPEAT_NEAR,
}


def _pieces(gated: C.Gated) -> list[str]:
    return list(dict.fromkeys(b.pattern for _, branches in gated.by_needle for b in branches))


def test_the_split_patterns_are_the_tables() -> None:
    assert sorted(_SPLIT) == sorted(_TABLES)


@pytest.mark.parametrize("name", sorted(_TABLES))
def test_every_cue_is_a_piece_whose_matches_hold_its_needles(name: str) -> None:
    gated = _SPLIT[name]
    table = _TABLES[name]
    whole = gated.pattern.pattern
    assert C._alt(table) in whole
    # the whole pattern with each cue in place of the alternation: the pieces, and no other
    assert sorted(_pieces(gated)) == sorted(
        {whole.replace(C._alt(table), c.pattern) for c in table}
    )
    for piece in _pieces(gated):
        needles = tuple(
            n for n, pieces in gated.by_needle if any(b.pattern == piece for b in pieces)
        )
        assert _holds_needle(parser.parse(piece), needles), (name, piece, needles)


_WORDS = sorted(
    {w for cues in _TABLES.values() for c in cues for w in re.findall(r"[a-z]+", c.pattern)}
    | {"aid", "Total", "SO", "2023", "money", "of", "the", "new"}
)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", ", ", ". ", "-", ""]))
    ).map(lambda ws: "".join(w + glue for w, glue in ws))
)
def test_cue_by_cue_finds_what_the_alternation_finds(text: str) -> None:
    folded = text.casefold()
    for gated in _SPLIT.values():
        assert gated.found_in(text, folded) == (gated.pattern.search(text) is not None)


_CASE_BLIND_BOUNDARY = regex.compile(
    r";|:\s|,\s+(?:and|but|while|whereas|although|now)\b|\n"
    r"|,\s+(?:(?:much|far|well|significantly)\s+)?(?:higher|lower|more|less|larger|smaller)\s+than",
    regex.IGNORECASE,
)
_BOUNDARY_PIECES = [";", ":", ",", "\n", " ", "  ", "\t", "\u00a0", "x", "And", "BUT", "now", "K"]
_BOUNDARY_PIECES += ["Much", "far", "higher", "LESS", "than", "THAN", "While", "whereas"]


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_BOUNDARY_PIECES), max_size=20).map("".join))
def test_the_boundary_case_blind_in_its_words_finds_what_the_case_blind_one_finds(
    text: str,
) -> None:
    spans = [m.span() for m in C.BOUNDARY.pattern.finditer(text)]
    assert spans == [m.span() for m in _CASE_BLIND_BOUNDARY.finditer(text)]


@pytest.mark.parametrize("name", ["BOUNDARY", "COMMENT"])
def test_a_needle_after_a_comma_is_held_with_a_comma(name: str) -> None:
    # each branch holds a plain needle, or a comma and one of the needles after a comma
    gated = getattr(C, name)
    assert gated.after_comma
    (op, av), *rest = parser.parse(gated.pattern.pattern)
    branches = av[1] if op is c.BRANCH and not rest else [[(op, av), *rest]]
    assert len(branches) > 1
    for branch in branches:
        assert _holds_needle(branch, gated.plain) or (
            _holds_needle(branch, (",",)) and _holds_needle(branch, gated.after_comma)
        ), (name, branch)


def test_importing_the_pipeline_compiles_no_cue_of_its_own() -> None:
    # a cue's needles come from its text: asking a lazy pattern for its own compiles it
    code = (
        "import aidclaims.pipeline\n"
        "from aidclaims import _novelty_cues as C\n"
        "gates = [g for g in vars(C).values() if isinstance(g, C.Gated) and g.by_needle]\n"
        "cues = {id(b): b for g in gates for _, bs in g.by_needle for b in bs}.values()\n"
        "assert len(cues) > 40, len(cues)\n"
        "print(sum('_compiled' in b.__dict__ for b in cues))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
