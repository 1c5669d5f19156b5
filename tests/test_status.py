"""Status from cue words: sentences of our own."""

from __future__ import annotations

import pytest

from aidclaims.money import find_money
from aidclaims.status import resolve_status


def status_of(text: str, nth: int = 0) -> str:
    m = find_money(text)[nth]
    whole = (0, len(text))
    return resolve_status(text, m.start, m.end, whole, whole).value


CASES = [
    # pledged
    pytest.param("Canada pledged $500 million to Haiti.", "pledged", id="pledged"),
    pytest.param("Tokyo has committed $2 billion to Manila.", "pledged", id="committed"),
    pytest.param("The bloc approved €5 billion for Moldova.", "pledged", id="approved"),
    pytest.param("Seoul announced a $100 million package.", "pledged", id="announced"),
    pytest.param("Ireland has allocated €20 million to Gaza.", "pledged", id="allocated"),
    pytest.param("The minister confirmed €300 million for Kyiv.", "pledged", id="confirmed"),
    pytest.param("The package includes $61 billion for Kyiv.", "pledged", id="no-cue-default"),
    # delivered
    pytest.param("Norway provided NOK 5 billion last year.", "delivered", id="provided"),
    pytest.param("The bank disbursed $1 billion in March.", "delivered", id="disbursed"),
    pytest.param("Total aid has reached $2 billion.", "delivered", id="reached"),
    pytest.param("Japan has already sent $300 million.", "delivered", id="sent"),
    pytest.param("Chile received $40 million from donors.", "delivered", id="received"),
    pytest.param("Over $1 billion has been provided so far.", "delivered", id="has-been-provided"),
    # requested
    pytest.param("Kyiv asked for $5 billion more.", "requested", id="asked"),
    pytest.param("Allies must allocate $1 billion a month.", "requested", id="must-allocate"),
    pytest.param("Members should ensure at least $60 billion.", "requested", id="should"),
    pytest.param("The UN appealed for $2 billion for Sudan.", "requested", id="appealed-for"),
    pytest.param("Donors need to provide another $4 billion.", "requested", id="need-to"),
    pytest.param("The minister called for $10 billion in support.", "requested", id="called-for"),
    # planned
    pytest.param("Oslo plans to provide NOK 50 billion next year.", "planned", id="plans-to"),
    pytest.param("Berlin will transfer €4 billion in 2026.", "pledged", id="will-verb"),
    pytest.param("The total will reach $10 billion by 2027.", "planned", id="will-reach"),
    pytest.param("She expects the allies will reach $5 billion.", "planned", id="expects"),
    pytest.param("Paris intends to give €3 billion.", "planned", id="intends"),
    pytest.param("The cabinet proposes to allocate €1 billion.", "planned", id="proposes"),
    pytest.param("Beijing is willing to provide 100 billion yuan.", "planned", id="willing-to"),
    # other
    pytest.param("Washington will cut $4 billion in grants.", "other", id="cut"),
    pytest.param(
        "Contracts worth $9 billion are set to be eliminated.", "other", id="eliminated-beats-modal"
    ),
    pytest.param("The agency terminated awards worth $2 billion.", "other", id="terminated"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_status(text: str, expected: str) -> None:
    assert status_of(text) == expected


def test_nearest_cue_wins_between_two_figures() -> None:
    text = "The €20 billion pledged this year adds to €50 billion provided in 2024."
    assert [status_of(text, 0), status_of(text, 1)] == ["pledged", "delivered"]


def test_clause_cue_before_sentence_cue() -> None:
    text = "Sweden sent $1 billion; Norway will give $2 billion."
    m = find_money(text)[1]
    clause = (text.index("Norway"), len(text))
    assert resolve_status(text, m.start, m.end, clause, (0, len(text))).value == "pledged"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The EU will count the €2 billion it already committed.", "pledged", id="bare-will"
        ),
        pytest.param("Chad will receive $40 million from donors.", "pledged", id="will-receive"),
        pytest.param(
            "The fund of the Advancing Needed Support Trust holds $5 million.",
            "pledged",
            id="name-not-cue",
        ),
        pytest.param("London will match donations up to £1 million.", "pledged", id="will-match"),
    ],
)
def test_modal_only_and_names(text: str, expected: str) -> None:
    assert status_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rome plans to cut aid from €8bn to €4bn.", ["pledged", "planned"], id="cut-from-to"
        ),
        pytest.param(
            "Oslo will raise aid from around NOK 5bn (€0.4bn) to NOK 9bn.",
            ["pledged", "pledged", "pledged"],
            id="origin-with-conversion",
        ),
    ],
)
def test_change_origin_is_what_stands_now(text: str, expected: list[str]) -> None:
    from aidclaims import extract

    assert [c.status.value for c in extract(text) if c.status] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Canada will provide an extra C$500 million.", "pledged", id="will-provide"),
        pytest.param("Allies must send $1 billion more.", "requested", id="must-send"),
        pytest.param(
            "Funds approved to provide $5 million were welcome.", "pledged", id="bare-base-verb"
        ),
    ],
)
def test_base_verbs_take_the_modal(text: str, expected: str) -> None:
    assert status_of(text) == expected


def test_will_extend_is_pledged() -> None:
    # issue #14: the future of giving is a pledge (SPEC.md lists "will reach" as planned)
    assert status_of("Tokyo will extend ¥472 billion in loans to Kyiv.") == "pledged"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "There is going to be a request for $2 billion in aid.",
            "requested",
            id="noun-keeps-status",
        ),
        pytest.param(
            "Paris will match gifts up to €1 million to the Red Cross appeal.",
            "pledged",
            id="appeal-after",
        ),
        pytest.param(
            "The UN will launch a $2.8 billion flash appeal for Gaza.",
            "requested",
            id="appeal-right-after-figure",
        ),
        pytest.param("Donors welcomed the $1 billion pledge.", "pledged", id="pledge-after"),
        pytest.param(
            "The UN made an appeal for $3 billion for Sudan.", "requested", id="appeal-before"
        ),
    ],
)
def test_noun_cues(text: str, expected: str) -> None:
    assert status_of(text) == expected
