"""Grouping claims into pledges: the rules table of aidclaims/pledges/rules.py, ids, rows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from aidclaims.model import Claim, Novelty, Qualifier, Rate, Status
from aidclaims.pledges import PLEDGE_FIELDS, assign_pledge_ids, group_claims
from aidclaims.pledges.names import compatible, entities


def claim(doc: str = "a", start: int = 0, text: str = "$1 billion", **kw: Any) -> Claim:
    fields: dict[str, Any] = {
        "value": 1e9,
        "currency": "USD",
        "donor": "Japan",
        "recipient": "Ukraine",
        "status": Status.PLEDGED,
        "novelty": Novelty.NEW,
    }
    fields.update(kw)
    return Claim(doc=doc, start=start, end=start + len(text), amount_text=text, **fields)


def same(a: Claim, b: Claim, published: dict[str, date | None] | None = None) -> bool:
    x, y = assign_pledge_ids([a, b], published)
    assert x.pledge_id is not None
    assert y.pledge_id is not None
    return x.pledge_id == y.pledge_id


B = 1e9
RULES = [
    (
        "qualifier-widens",
        claim("a", text="over €20 billion", value=20 * B, currency="EUR",
              qualifier=Qualifier.MORE_THAN, donor="NATO allies"),
        claim("b", text="€21 billion", value=21 * B, currency="EUR", donor="NATO"),
        True,
    ),
    (
        "rounding",
        claim("a", text="$61 billion", value=61 * B),
        claim("b", text="$60.84 billion", value=60.84 * B),
        True,
    ),
    (
        "different-value",
        claim("a", text="$1 billion", value=1 * B),
        claim("b", text="$1.3 billion", value=1.3 * B),
        False,
    ),
    (
        "adjacent-integers",
        claim("a", text="$60 billion", value=60 * B),
        claim("b", text="$61 billion", value=61 * B),
        False,
    ),
    (
        "eu-brussels",
        claim("a", text="€50 billion", value=50 * B, currency="EUR", donor="the EU"),
        claim("b", text="€50 billion", value=50 * B, currency="EUR", donor="Brussels"),
        True,
    ),
    (
        "us-washington",
        claim("a", donor="the U.S."),
        claim("b", donor="Washington"),
        True,
    ),
    (
        "eu-japan",
        claim("a", text="€50 billion", value=50 * B, currency="EUR", donor="the EU"),
        claim("b", text="€50 billion", value=50 * B, currency="EUR", donor="Japan"),
        False,
    ),
    (
        "conversion",
        claim("a", 10, "A$245 million", value=245e6, currency="AUD",
              sentence="A$245 million (US$163 million)"),
        claim("a", 25, "US$163 million", value=163e6, currency="USD", donor="Canada",
              sentence="A$245 million (US$163 million)"),
        True,
    ),
    (
        "request-vs-pledge",
        claim("a", status=Status.REQUESTED),
        claim("b", status=Status.PLEDGED),
        False,
    ),
    (
        "planned-vs-delivered",
        claim("a", status=Status.PLANNED),
        claim("b", status=Status.DELIVERED),
        False,
    ),
    (
        "pledged-vs-planned",
        claim("a", status=Status.PLEDGED),
        claim("b", status=Status.PLANNED),
        True,
    ),
    (
        "rate",
        claim("a", rate=Rate.PER_MONTH),
        claim("b"),
        False,
    ),
    (
        "periods-apart",
        claim("a", period_start=date(2024, 1, 1), period_end=date(2024, 12, 31)),
        claim("b", period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)),
        False,
    ),
    (
        "cumulative-vs-new",
        claim("a", novelty=Novelty.CUMULATIVE),
        claim("b"),
        False,
    ),
    (
        "cumulative-vs-repeat",
        claim("a", novelty=Novelty.CUMULATIVE),
        claim("b", novelty=Novelty.REPEAT),
        True,
    ),
    (
        "part-vs-new-across-articles",
        claim("a", novelty=Novelty.PART),
        claim("b"),
        True,
    ),
    (
        "part-vs-new-in-one-article",
        claim("a", 0, novelty=Novelty.PART),
        claim("a", 100),
        False,
    ),
    (
        "repeat-is-the-same-money",
        claim("a", novelty=Novelty.REPEAT),
        claim("b"),
        True,
    ),
    (
        "no-party-across-articles",
        claim("a", donor=None, recipient=None),
        claim("b", donor=None, recipient=None),
        False,
    ),
    (
        "no-party-in-one-article",
        claim("a", 0, donor=None, recipient=None),
        claim("a", 100, donor=None, recipient=None),
        True,
    ),
    (
        "one-article-parties-vary",
        claim("a", 0, donor="Japan"),
        claim("a", 100, donor="Tokyo officials", status=Status.DELIVERED),
        True,
    ),
    (
        "other-currency",
        claim("a"),
        claim("b", currency="CAD"),
        False,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "a", "b", "expected"), RULES, ids=[r[0] for r in RULES])
def test_rules_table(name: str, a: Claim, b: Claim, expected: bool) -> None:
    assert same(a, b) is expected


def test_articles_far_apart_in_time_are_different_pledges() -> None:
    a, b = claim("a"), claim("b")
    assert same(a, b, {"a": date(2024, 1, 1), "b": date(2024, 3, 1)})
    assert not same(a, b, {"a": date(2020, 1, 1), "b": date(2024, 3, 1)})


def test_a_figure_and_its_conversion_in_another_article_are_one_pledge() -> None:
    euros = claim(
        "a", text="€7 billion", value=7 * B, currency="EUR", donor="the EU", recipient="Turkey"
    )
    dollars = claim("b", text="$7.5 billion", value=7.5 * B, donor=None, recipient="Turkey")
    far = claim("c", text="$9 billion", value=9 * B, donor=None, recipient="Turkey")
    published = {"a": date(2023, 3, 20), "b": date(2023, 3, 24), "c": date(2023, 3, 24)}
    ids = [c.pledge_id for c in assign_pledge_ids([euros, dollars, far], published)]
    assert ids[0] == ids[1] != ids[2]
    # no date, no rate: nothing to compare the two currencies with
    assert not same(euros, dollars)


def test_a_wrong_party_on_a_conversion_does_not_block_its_head() -> None:
    sentence = "€50 billion (£43 billion) for Ukraine"
    head = claim("a", 0, "€50 billion", value=50 * B, currency="EUR", donor=None, sentence=sentence)
    conv = claim("a", 13, "£43 billion", value=43 * B, currency="GBP", donor="Britain",
                 sentence=sentence)  # fmt: skip
    other = claim("b", 0, "€50 billion", value=50 * B, currency="EUR", donor="the EU")
    ids = {c.pledge_id for c in assign_pledge_ids([head, conv, other])}
    assert len(ids) == 1


def test_no_bridging_through_an_unknown_party() -> None:
    us = claim("a", 0, donor="the United States")
    unknown = claim("a", 100, donor=None)
    eu = claim("b", 0, donor="the EU")
    ids = [c.pledge_id for c in assign_pledge_ids([us, unknown, eu])]
    assert ids[0] == ids[1] != ids[2]


def test_non_aid_and_valueless_claims_get_no_pledge() -> None:
    claims = [
        claim("a"),
        claim("a", 50, aid=False),
        claim("a", 90, value=None),
        claim("a", 120, currency=None),
    ]
    ids = [c.pledge_id for c in assign_pledge_ids(claims)]
    assert ids[0] is not None
    assert ids[1:] == [None, None, None]


def test_ids_are_content_derived_not_order_derived() -> None:
    claims = [claim("a"), claim("b", donor="Tokyo"), claim("c", value=5 * B, text="$5 billion")]
    first = {c.doc: c.pledge_id for c in assign_pledge_ids(claims)}
    again = {c.doc: c.pledge_id for c in assign_pledge_ids(claims[::-1])}
    assert first == again
    assert first["a"] == first["b"] != first["c"]


def test_equal_keys_get_distinct_ids() -> None:
    claims = [claim("a", 0, novelty=Novelty.PART), claim("a", 100)]  # same key, two pledges
    ids = [c.pledge_id for c in assign_pledge_ids(claims)]
    assert ids[0] != ids[1]


def test_pledge_rows() -> None:
    claims = [
        claim("a", 0, "over €20 billion", value=20 * B, currency="EUR",
              qualifier=Qualifier.MORE_THAN, donor="NATO allies", speaker="Mark Rutte"),
        claim("b", 0, "20 billion euros", value=20 * B, currency="EUR", donor="NATO"),
        claim("b", 40, "€50 billion", value=50 * B, currency="EUR", donor="NATO",
              novelty=Novelty.CUMULATIVE),
    ]  # fmt: skip
    published = {"a": date(2025, 3, 1), "b": date(2025, 3, 3)}
    urls = {"a": "https://example.org/a", "b": None}
    pledges = group_claims(claims, published, urls)
    assert len(pledges) == 2
    first, second = pledges
    assert first.mentions == 2
    assert first.documents == 2
    assert first.values_seen == ("over €20 billion", "20 billion euros")
    assert first.sources == ("a", "b", "https://example.org/a")
    assert first.first_published == date(2025, 3, 1)
    assert first.last_published == date(2025, 3, 3)
    assert first.speakers == ("Mark Rutte",)
    assert first.value == 20 * B
    assert first.currency == "EUR"
    assert first.novelty is Novelty.NEW
    assert second.novelty is Novelty.CUMULATIVE
    assert second.mentions == 1
    assert PLEDGE_FIELDS[0] == "pledge_id"
    assert "values_seen" in PLEDGE_FIELDS
    ids = {c.pledge_id for c in assign_pledge_ids(claims, published)}
    assert ids == {p.pledge_id for p in pledges}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("the U.S.", "the United States", True),
        ("U.S.", "Washington", True),
        ("the EU", "the European Union", True),
        ("European Commission", "Brussels", True),
        ("NATO member states", "NATO allies", True),
        ("Japanese government", "Tokyo", True),
        ("allies", "Germany", True),  # generic: unknown
        ("Germany", "France", False),
        ("the EU", "the United States", False),
        ("us", "the United States", False),  # the pronoun is not a country
    ],
)
def test_names(a: str, b: str, expected: bool) -> None:
    assert compatible(entities(a), entities(b)) is expected
