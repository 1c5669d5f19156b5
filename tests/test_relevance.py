"""Aid or not: sentences of our own."""

from __future__ import annotations

import pytest

from aidclaims.money import find_money
from aidclaims.relevance import classify_aid, document_is_about_aid, is_attached_aid


def verdict(text: str, nth: int = 0, recipient: bool = False) -> bool | None:
    m = find_money(text)[nth]
    whole = (0, len(text))
    return classify_aid(text, m.start, m.end, whole, whole, recipient_in_clause=recipient)


AID = [
    pytest.param("Canada sent $9 billion in humanitarian aid.", id="in-aid"),
    pytest.param("It approved a $95 billion foreign aid bill.", id="aid-bill"),
    pytest.param("The package is worth A$100 million.", id="package-worth"),
    pytest.param("A $50 million grant came from Japan.", id="grant"),
    pytest.param("Delhi gave Rs 800 crore to Nepal under its budget.", id="budget-but-recipient"),
    pytest.param(
        "The sum includes $5 billion in assistance despite lower investment.",
        id="attached-beats-hard",
    ),
]


@pytest.mark.parametrize("text", AID)
def test_aid(text: str) -> None:
    assert verdict(text) is True


NOT_AID = [
    pytest.param("The arms sales are valued at $10 billion.", id="sales"),
    pytest.param("Riyadh pledged to invest $20 billion in refineries.", id="investment"),
    pytest.param("The country's GDP reached $200 billion.", id="gdp"),
    pytest.param("The defence budget will rise by €2 billion.", id="own-budget"),
    pytest.param("The storm caused $3 billion in damages.", id="damages"),
    pytest.param("The company reported revenue of $4 billion.", id="revenue"),
    pytest.param("He was fined $2 million.", id="fine"),
]


@pytest.mark.parametrize("text", NOT_AID)
def test_not_aid(text: str) -> None:
    assert verdict(text) is False


def test_no_cue_is_undecided() -> None:
    assert verdict("This is still less than the €6bn he wanted.") is None


def test_attached_phrase() -> None:
    text = "It gave $5 million worth of aid."
    m = find_money(text)[0]
    assert is_attached_aid(text, m.start, m.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Aid and assistance and a loan. One sale.", True, id="aid-article"),
        pytest.param("Sales rose. Revenue fell. Prices too.", False, id="market-article"),
    ],
)
def test_document_is_about_aid(text: str, expected: bool) -> None:
    assert document_is_about_aid(text) is expected


@pytest.mark.parametrize(
    ("text", "recipient", "expected"),
    [
        pytest.param(
            "Japan has disbursed $4.5 billion to Kyiv.", True, True, id="giving-verb-recipient"
        ),
        pytest.param("The firm was given a $2 billion order.", False, None, id="giving-verb-alone"),
    ],
)
def test_giving_verbs_need_a_recipient(text: str, recipient: bool, expected: bool | None) -> None:
    assert verdict(text, recipient=recipient) is expected


def test_cost_estimates_are_not_aid() -> None:
    assert (
        verdict("The cost of rebuilding the port could reach $5 billion.", recipient=True) is False
    )


def test_reconstruction_money_is_aid() -> None:
    assert verdict("Donors have pledged $10 billion for reconstruction.") is True
