"""Aid type from cue words: sentences of our own."""

from __future__ import annotations

import pytest

from aidclaims.aid_type import document_aid_type, resolve_aid_type
from aidclaims.model import AidType
from aidclaims.money import find_money


def type_of(text: str, nth: int = 0, default: AidType = AidType.GENERAL) -> str:
    m = find_money(text)[nth]
    whole = (0, len(text))
    return resolve_aid_type(text, m.start, m.end, whole, whole, default).value


CASES = [
    pytest.param("Oslo gave $2 billion in military aid.", "military", id="military"),
    pytest.param("Paris sent €1 billion for air defence.", "military", id="air-defence"),
    pytest.param("The $300 million package buys weapons and ammunition.", "military", id="weapons"),
    pytest.param("The bank lent $1 billion as a loan to Kyiv.", "financial", id="loan"),
    pytest.param("Brussels paid €4.5 billion in budget support.", "financial", id="budget-support"),
    pytest.param("Beijing gave 20 billion yuan in credit facilities.", "financial", id="credit"),
    pytest.param(
        "London gave £5 million in humanitarian funding.", "humanitarian", id="humanitarian"
    ),
    pytest.param("The $30 million will help refugees in Chad.", "humanitarian", id="refugees"),
    pytest.param("Tokyo gave ¥10 billion in food aid.", "humanitarian", id="food-aid"),
    pytest.param(
        "Delhi set aside Rs 500 crore as development aid.", "development", id="development"
    ),
    pytest.param(
        "Warsaw gave €100 million for reconstruction.", "reconstruction", id="reconstruction"
    ),
    pytest.param("Madrid gave €100 million in aid.", "general", id="unspecified"),
    pytest.param(
        "Rome gave €1 billion in military and civilian support.", "general", id="mixed-is-general"
    ),
    pytest.param("The plan raises civilian support to €2 billion.", "general", id="civilian"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_aid_type(text: str, expected: str) -> None:
    assert type_of(text) == expected


def test_cue_after_the_figure_comes_first() -> None:
    text = "After the loan talks, Rome sent $5 million in humanitarian aid."
    assert type_of(text) == "humanitarian"


def test_proper_names_are_not_cues() -> None:
    text = "It includes a $90 million loan from the Global Reconstruction Trust Fund."
    assert type_of(text) == "financial"


def test_document_default_is_used_without_cue() -> None:
    assert type_of("Donors gave $5 million.", default=AidType.HUMANITARIAN) == "humanitarian"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Military aid rose. More weapons came. Relief too.",
            AidType.MILITARY,
            id="most-frequent",
        ),
        pytest.param("Donors gave money.", AidType.GENERAL, id="none"),
    ],
)
def test_document_aid_type(text: str, expected: AidType) -> None:
    assert document_aid_type(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Military aid rose. Civilian aid rose. Civilian help too.",
            AidType.GENERAL,
            id="mixed-article",
        ),
        pytest.param("Loans came. Weapons came.", AidType.GENERAL, id="no-majority"),
        pytest.param("It gave $5 million in foreign aid.", AidType.GENERAL, id="foreign-aid"),
    ],
)
def test_document_aid_type_mixed(text: str, expected: AidType) -> None:
    assert document_aid_type(text) is expected
