"""Issue #14, round 2: phrasings met while probing outlets beyond the development set.

Sentences of our own. Each case names the figure it is about by its exact text and the
field it checks; negatives sit beside positives.
"""

from __future__ import annotations

from datetime import date

import pytest

from aidclaims import Claim, extract

PUB = date(2025, 5, 1)


def _claim(text: str, amount: str, published: date | None = PUB) -> Claim:
    claims = extract(text, published=published, include_non_aid=True)
    for c in claims:
        if c.amount_text == amount:
            assert text[c.start : c.end] == amount
            return c
    raise AssertionError(f"{amount!r} not in {[c.amount_text for c in claims]}")


# --- a conversion in brackets is part of its figure: what follows it is the figure's too ----------
CONVERSIONS = [
    pytest.param(
        "Australia will send A$10 million to Fiji. South Korea pledged 2 billion won ($1.4 "
        "million) in humanitarian aid to Turkey and Syria, the ministry said.",
        "2 billion won",
        "Turkey and Syria",
        id="recipient-after-conversion",
    ),
    pytest.param(
        "Japan pledged ¥1 billion ($6.7 million) to Nepal.",
        "¥1 billion",
        "Nepal",
        id="conversion-then-to",
    ),
    pytest.param(
        "Norway gave NOK 50 million to Mali and $3 million to Chad.",
        "NOK 50 million",
        "Mali",
        id="next-figure-still-bounds",
    ),
]


@pytest.mark.parametrize(("text", "amount", "recipient"), CONVERSIONS)
def test_conversion_is_part_of_the_figure(text: str, amount: str, recipient: str) -> None:
    claim = _claim(text, amount)
    assert claim.recipient == recipient
    assert claim.aid


def test_loaning_names_the_recipient_and_makes_aid() -> None:
    text = "Leaders urged member states to consider loaning Ukraine 35 billion euros ($38 billion)."
    claim = _claim(text, "35 billion euros")
    assert (claim.recipient, claim.aid) == ("Ukraine", True)


def test_a_figure_with_its_conversion_and_a_recipient_is_aid() -> None:
    assert _claim("Japan pledged ¥1 billion ($6.7 million) to Nepal.", "$6.7 million").aid


# --- donors: verbs and heads ---------------------------------------------------------------------
DONORS = [
    pytest.param(
        "India on Friday handed over relief material worth Rs 10 crore to Sri Lanka.",
        "Rs 10 crore",
        "India",
        id="handed-over",
    ),
    pytest.param(
        "Brazil's government announced R$ 20 million in emergency aid for flood victims.",
        "R$ 20 million",
        "Brazil",
        id="possessive-government-acts",
    ),
    pytest.param(
        "Japan's cabinet approved ¥50 billion in aid for Ukraine.",
        "¥50 billion",
        "Japan",
        id="possessive-cabinet-acts",
    ),
    pytest.param(
        "Ukraine's military needs $5 billion in weapons aid.",
        "$5 billion",
        None,
        id="possessive-military-needs-no-donor",
    ),
]


@pytest.mark.parametrize(("text", "amount", "donor"), DONORS)
def test_donors(text: str, amount: str, donor: str | None) -> None:
    assert _claim(text, amount).donor == donor


def test_a_role_may_end_in_aid() -> None:
    text = (
        "The Netherlands will contribute EUR 25 million to the fund, Minister for Foreign Trade "
        "and Development Aid Anna Berg announced on Monday."
    )
    assert _claim(text, "EUR 25 million").speaker == "Anna Berg"


# --- a year that names an event dates the event, not the money ----------------------------------
PERIODS = [
    pytest.param(
        "The bank signed a €400 million loan with Morocco to rebuild schools damaged by the "
        "2023 earthquake.",
        "€400 million",
        (None, None),
        id="earthquake-year",
    ),
    pytest.param(
        "Donors pledged $3 billion in aid for Haiti after the 2010 earthquake.",
        "$3 billion",
        (None, None),
        id="after-the-year-event",
    ),
    pytest.param(
        "Japan has provided $5 billion to Ukraine since the 2022 invasion.",
        "$5 billion",
        (date(2022, 1, 1), PUB),
        id="since-the-year-event",
    ),
    pytest.param(
        "The EU gave €2 billion in aid to refugees in 2023.",
        "€2 billion",
        (date(2023, 1, 1), date(2023, 12, 31)),
        id="plain-year-stays",
    ),
    pytest.param(
        "Kenya will receive $90 million in aid ahead of the 2027 election.",
        "$90 million",
        (None, None),
        id="election-year",
    ),
]


@pytest.mark.parametrize(("text", "amount", "dates"), PERIODS)
def test_event_years(text: str, amount: str, dates: tuple[date | None, date | None]) -> None:
    claim = _claim(text, amount)
    assert (claim.period_start, claim.period_end) == dates


# --- long-term aid is development ------------------------------------------------------------------
AID_TYPES = [
    pytest.param(
        "Germany will provide at least €500 million a year in climate finance until 2030.",
        "€500 million",
        "development",
        id="climate-finance",
    ),
    pytest.param(
        "Canada committed C$350 million over four years to fight malaria.",
        "C$350 million",
        "development",
        id="malaria",
    ),
    pytest.param(
        "Norway gave NOK 200 million in emergency relief to flood victims in Pakistan.",
        "NOK 200 million",
        "humanitarian",
        id="relief-stays-humanitarian",
    ),
    pytest.param(
        "India provided USD 100 million in budgetary support to the Maldives.",
        "USD 100 million",
        "financial",
        id="budgetary-support",
    ),
    pytest.param(
        "The EU sent €1.5 billion in aid to Ukraine to finance budget expenditures.",
        "€1.5 billion",
        "financial",
        id="budget-expenditures",
    ),
    pytest.param(
        "Japan gave $5 million in aid for energy equipment to Ukraine.",
        "$5 million",
        "general",
        id="equipment-alone-is-not-military",
    ),
]


@pytest.mark.parametrize(("text", "amount", "aid_type"), AID_TYPES)
def test_aid_types(text: str, amount: str, aid_type: str) -> None:
    assert _claim(text, amount).aid_type == aid_type


def test_a_financial_year_is_no_financial_aid() -> None:
    text = "The UK's humanitarian support to Sudan reaches £226 million for the 2025/26 financial year."
    assert _claim(text, "£226 million").aid_type == "humanitarian"


def test_a_compared_figure_keeps_its_period() -> None:
    text = (
        "Donors pledged 5.8 billion euros ($6.3 billion) in aid for Syria on Monday, down from "
        "7.5 billion euros last year."
    )
    pub = date(2025, 3, 17)
    assert _claim(text, "5.8 billion euros", pub).period_text is None
    assert _claim(text, "$6.3 billion", pub).period_text is None
    assert _claim(text, "7.5 billion euros", pub).period_text == "last year"


def test_a_labelled_pledge_list_names_each_giver() -> None:
    text = (
        "Donors pledged 5 billion euros in aid for Syria on Monday. The main pledges were:\n"
        "- Germany: 300 million euros\n- United Kingdom: £120 million\n• Japan – $150 million\n"
    )
    assert [
        _claim(text, a).donor for a in ("300 million euros", "£120 million", "$150 million")
    ] == [
        "Germany",
        "United Kingdom",
        "Japan",
    ]


@pytest.mark.parametrize(
    ("text", "donor", "recipient"),
    [
        (
            "The Japanese Red Cross Society pledged $200,000 in aid to Turkey.",
            "Japanese Red Cross Society",
            "Turkey",
        ),
        (
            "Japan pledged $200,000 in aid to the Turkish Red Crescent.",
            "Japan",
            "Turkish Red Crescent",
        ),
        (
            "The Chinese Red Cross Society pledged $200,000 in aid which will go to the Afghan "
            "Red Crescent.",
            "Chinese Red Cross Society",
            "Afghan Red Crescent",
        ),
    ],
    ids=["national-society-gives", "national-society-receives", "both-national"],
)
def test_national_institutions(text: str, donor: str, recipient: str) -> None:
    claim = _claim(text, "$200,000")
    assert (claim.donor, claim.recipient) == (donor, recipient)


# --- open starts and durations with their anchor after them --------------------------------------
OPEN_PERIODS = [
    pytest.param("from 2026", (date(2026, 1, 1), None), id="from-year"),
    pytest.param("starting in 2026", (date(2026, 1, 1), None), id="starting-in"),
    pytest.param("from next year", (date(2026, 1, 1), None), id="from-next-year"),
    pytest.param("from January 2026 onwards", (date(2026, 1, 1), None), id="onwards"),
    pytest.param("as of 2026", (date(2026, 1, 1), None), id="as-of"),
    pytest.param(
        "over five years starting in 2026",
        (date(2026, 1, 1), date(2030, 12, 31)),
        id="n-years-starting",
    ),
    pytest.param(
        "for three years from 2026", (date(2026, 1, 1), date(2028, 12, 31)), id="n-years-from"
    ),
    pytest.param(
        "from 2024 to 2027", (date(2024, 1, 1), date(2027, 12, 31)), id="span-stays-a-span"
    ),
]


@pytest.mark.parametrize(("phrase", "dates"), OPEN_PERIODS)
def test_open_starts(phrase: str, dates: tuple[date | None, date | None]) -> None:
    text = f"Germany will provide €500 million in aid to Ukraine {phrase}."
    claim = _claim(text, "€500 million")
    assert (claim.period_start, claim.period_end) == dates


def test_from_last_years_budget_is_no_start() -> None:
    text = "Germany will give €500 million in aid to Ukraine from last year's budget."
    assert _claim(text, "€500 million").period_end == date(2024, 12, 31)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        (
            "That appeal was raised in early November to $1.2 billion in aid.",
            date(2024, 4, 16),
            date(2023, 11, 1),
        ),
        (
            "The next tranche of €1.5 billion in aid will be paid in March.",
            date(2024, 5, 1),
            date(2025, 3, 1),
        ),
        (
            "The EU paid €1.5 billion in aid to Ukraine in March.",
            date(2024, 5, 1),
            date(2024, 3, 1),
        ),
        (
            "The EU will pay €1.5 billion in aid to Ukraine in June.",
            date(2024, 5, 1),
            date(2024, 6, 1),
        ),
    ],
    ids=[
        "past-later-month-is-last-year",
        "future-earlier-month-is-next-year",
        "past-earlier",
        "future-later",
    ],
)
def test_a_bare_month_takes_the_year_its_tense_points_to(
    text: str, published: date, start: date
) -> None:
    assert extract(text, published=published)[0].period_start == start


def test_a_parts_dated_act_is_not_the_totals_period() -> None:
    text = "Tokyo has so far committed $12.1 billion in aid to Kyiv, including $5.5 billion announced in February."
    pub = date(2024, 6, 11)
    assert _claim(text, "$12.1 billion", pub).period_text is None
    assert _claim(text, "$5.5 billion", pub).period_text == "in February"


def test_a_parts_plain_period_is_shared() -> None:
    text = "The bill provides $95 billion in aid, including $61 billion for Ukraine in 2024."
    assert _claim(text, "$95 billion").period_text == "in 2024"


def test_a_budget_line_and_its_previous_estimate() -> None:
    """The period before ', up from' is the first figure's; an allocation is pledged."""
    text = (
        "Bhutan received the largest share of India's aid, with an allocation of Rs 2,150 crore in "
        "the Union Budget for 2026-27, up from Rs 2,068 crore in the revised estimates for 2025-26."
    )
    pub = date(2026, 2, 1)
    first, second = _claim(text, "Rs 2,150 crore", pub), _claim(text, "Rs 2,068 crore", pub)
    assert (first.period_text, first.status) == ("for 2026-27", "pledged")
    assert (second.period_text, second.period_start) == ("for 2025-26", date(2025, 4, 1))


@pytest.mark.parametrize(
    ("text", "donors"),
    [
        (
            "The largest donors were the United States with $500 million and the EU with €400 million.",
            ["United States", "European Union"],
        ),
        (
            "Kuwait topped the list with $1 billion, followed by Qatar ($500 million) and the UAE ($300 million).",
            ["Kuwait", "Qatar", "United Arab Emirates"],
        ),
        (
            "Pledges came from Germany (€300m), France (€100m) and Italy (€50m).",
            ["Germany", "France", "Italy"],
        ),
        ("The EU gave €5m in aid to Gaza (€2m) and Sudan (€3m).", ["European Union"] * 3),
    ],
    ids=["with-figure", "topped-and-brackets", "from-list-brackets", "recipients-in-brackets"],
)
def test_rankings_of_donors(text: str, donors: list[str]) -> None:
    assert [c.donor for c in extract(text, include_non_aid=True)] == donors


def test_coordinated_years_for_one_figure() -> None:
    text = "The EU will give €2.5 billion in aid to Syria for 2025 and 2026."
    claim = _claim(text, "€2.5 billion")
    assert (claim.period_start, claim.period_end) == (date(2025, 1, 1), date(2026, 12, 31))


def test_coordinated_years_pair_with_a_list() -> None:
    text = (
        "In 2023 and 2024, NOK 2.5 billion and NOK 7 billion in aid were allocated, respectively."
    )
    assert [_claim(text, a).period_end for a in ("NOK 2.5 billion", "NOK 7 billion")] == [
        date(2023, 12, 31),
        date(2024, 12, 31),
    ]
