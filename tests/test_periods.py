from __future__ import annotations

from datetime import date

import pytest

from aidclaims.periods import Period, find_periods
from aidclaims.periods import find as periods
from aidclaims.periods.grammar import ALTERNATIVES, RULES, compile_grammar

REF = date(2025, 3, 10)  # a Monday
US, INDIA, AUSTRALIA = 10, 4, 7

Found = list[tuple[str, str | None, str | None]]


def _found(
    text: str, published: date | None = REF, fiscal: int = 1, lo: int = 0, hi: int | None = None
) -> Found:
    out: Found = []
    for p in find_periods(text, published, fiscal_start_month=fiscal, lo=lo, hi=hi):
        assert isinstance(p, Period)
        assert text[p.start : p.end] == p.text
        start = p.period_start.isoformat() if p.period_start else None
        end = p.period_end.isoformat() if p.period_end else None
        out.append((p.text, start, end))
    return out


YEARS = [
    pytest.param(
        "Norway sent $2 billion in 2024.",
        [("in 2024", "2024-01-01", "2024-12-31")],
        id="in-year",
    ),
    pytest.param(
        "Chile kept up deliveries throughout 2024.",
        [("throughout 2024", "2024-01-01", "2024-12-31")],
        id="throughout-year",
    ),
    pytest.param(
        "Peru set aside $1 billion for 2025 alone.",
        [("for 2025", "2025-01-01", "2025-12-31")],
        id="for-year-alone",
    ),
    pytest.param(
        "In 2023, Kenya pledged more.", [("In 2023", "2023-01-01", "2023-12-31")], id="In-year"
    ),
    pytest.param(
        "The 2024 budget holds $3 billion.",
        [("2024", "2024-01-01", "2024-12-31")],
        id="bare-year-modifier",
    ),
    pytest.param(
        "Aid should peak in mid-2026.",
        [("in mid-2026", "2026-01-01", "2026-12-31")],
        id="mid-year",
    ),
    pytest.param(
        "Ghana spent it in the year 2022.",
        [("in the year 2022", "2022-01-01", "2022-12-31")],
        id="the-year-N",
    ),
    pytest.param(
        "In 2024 troops crossed the river.",
        [("In 2024", "2024-01-01", "2024-12-31")],
        id="prep-year-before-count-noun-is-a-year",
    ),
    pytest.param(
        "In 2022 and 2023, Chile gave $1 billion and $2 billion.",
        [("In 2022", "2022-01-01", "2022-12-31"), ("2023", "2023-01-01", "2023-12-31")],
        id="two-years-in-order",
    ),
]

QUARTERS_AND_HALVES = [
    pytest.param(
        "Deliveries in the first quarter of 2025 doubled.",
        [("in the first quarter of 2025", "2025-01-01", "2025-03-31")],
        id="ordinal-quarter-of-year",
    ),
    pytest.param(
        "Q1 2025 deliveries doubled.", [("Q1 2025", "2025-01-01", "2025-03-31")], id="Q1-year"
    ),
    pytest.param("Q3 deliveries slowed.", [("Q3", "2025-07-01", "2025-09-30")], id="Q-alone"),
    pytest.param(
        "It paid €5 billion this quarter.",
        [("this quarter", "2025-01-01", "2025-03-31")],
        id="this-quarter",
    ),
    pytest.param(
        "It paid €5 billion last quarter.",
        [("last quarter", "2024-10-01", "2024-12-31")],
        id="last-quarter",
    ),
    pytest.param(
        "A further tranche is due in the fourth quarter.",
        [("in the fourth quarter", "2025-10-01", "2025-12-31")],
        id="ordinal-quarter-alone",
    ),
    pytest.param(
        "Most came in the final quarter of 2024.",
        [("in the final quarter of 2024", "2024-10-01", "2024-12-31")],
        id="final-quarter",
    ),
    pytest.param(
        "Aid fell in the first half of 2025.",
        [("in the first half of 2025", "2025-01-01", "2025-06-30")],
        id="first-half-of-year",
    ),
    pytest.param("H2 2024 was weak.", [("H2 2024", "2024-07-01", "2024-12-31")], id="H2-year"),
    pytest.param(
        "Talks resume in the second half of the year.",
        [("in the second half of the year", "2025-07-01", "2025-12-31")],
        id="second-half-of-the-year",
    ),
    pytest.param(
        "Payments start in the first half of next year.",
        [("in the first half of next year", "2026-01-01", "2026-06-30")],
        id="first-half-of-next-year",
    ),
    pytest.param("Q1'26 looks weak.", [("Q1'26", "2026-01-01", "2026-03-31")], id="Q-apostrophe"),
    pytest.param("The 2025 Q2 total.", [("2025 Q2", "2025-04-01", "2025-06-30")], id="year-Q"),
]

MONTHS = [
    pytest.param("Peru paid in March.", [("in March", "2025-03-01", "2025-03-31")], id="in-month"),
    pytest.param(
        "Peru paid in March 2024.",
        [("in March 2024", "2024-03-01", "2024-03-31")],
        id="month-year",
    ),
    pytest.param(
        "Chile paid in February 2022.",
        [("in February 2022", "2022-02-01", "2022-02-28")],
        id="february-year",
    ),
    pytest.param(
        "The Sept. 2024 pledge held.",
        [("Sept. 2024", "2024-09-01", "2024-09-30")],
        id="abbreviated-month-year",
    ),
    pytest.param(
        "Last October, Chile pledged more.",
        [("Last October", "2024-10-01", "2024-10-31")],
        id="last-month-name-previous-year",
    ),
    pytest.param(
        "Last February, Chile pledged more.",
        [("Last February", "2025-02-01", "2025-02-28")],
        id="last-month-name-same-year",
    ),
    pytest.param(
        "The funds arrive next October.",
        [("next October", "2025-10-01", "2025-10-31")],
        id="next-month-name",
    ),
    pytest.param(
        "It rose this month.", [("this month", "2025-03-01", "2025-03-31")], id="this-month"
    ),
    pytest.param(
        "It rose last month.", [("last month", "2025-02-01", "2025-02-28")], id="last-month"
    ),
    pytest.param(
        "It rises next month.", [("next month", "2025-04-01", "2025-04-30")], id="next-month"
    ),
]

SPANS = [
    pytest.param(
        "Allies gave €20 billion during the first three months of 2025.",
        [("during the first three months of 2025", "2025-01-01", "2025-03-31")],
        id="first-N-months-of-year",
    ),
    pytest.param(
        "It spent $4 billion in the last six months of 2024.",
        [("in the last six months of 2024", "2024-07-01", "2024-12-31")],
        id="last-N-months-of-year",
    ),
    pytest.param(
        "The 2024-2027 plan is funded.",
        [("2024-2027", "2024-01-01", "2027-12-31")],
        id="year-hyphen-year",
    ),
    pytest.param(
        "The 2024–2026 plan is funded.",
        [("2024–2026", "2024-01-01", "2026-12-31")],
        id="year-en-dash-year",
    ),
    pytest.param(
        "It gave $9 billion for the years 2024–2026.",
        [("for the years 2024–2026", "2024-01-01", "2026-12-31")],
        id="the-years-span",
    ),
    pytest.param(
        "SEK 9 billion for 2024-2026 was agreed.",
        [("for 2024-2026", "2024-01-01", "2026-12-31")],
        id="for-span",
    ),
    pytest.param(
        "Aid doubled between 2023 and 2025.",
        [("between 2023 and 2025", "2023-01-01", "2025-12-31")],
        id="between-years",
    ),
    pytest.param(
        "Aid runs from 2024 to 2026.",
        [("from 2024 to 2026", "2024-01-01", "2026-12-31")],
        id="from-to-years",
    ),
    pytest.param(
        "Aid doubled between January and March 2025.",
        [("between January and March 2025", "2025-01-01", "2025-03-31")],
        id="between-months-shared-year",
    ),
    pytest.param(
        "It runs from July 1 to September 30, 2025.",
        [("from July 1 to September 30, 2025", "2025-07-01", "2025-09-30")],
        id="from-day-to-day",
    ),
    pytest.param(
        "It will give $2 billion over the next four years.",
        [("over the next four years", "2025-03-10", "2029-03-09")],
        id="over-the-next-N-years",
    ),
    pytest.param(
        "Aid totalled $3 billion over the past four months.",
        [("over the past four months", "2024-11-10", "2025-03-10")],
        id="over-the-past-N-months",
    ),
    pytest.param(
        "Aid totalled $3 billion in the last two years.",
        [("in the last two years", "2023-03-10", "2025-03-10")],
        id="in-the-last-N-years",
    ),
    pytest.param(
        "A loan is due within the next 18 months.",
        [("within the next 18 months", "2025-03-10", "2026-09-09")],
        id="digits-count",
    ),
    pytest.param(
        "It pledged $1 billion over a period of three years.",
        [("over a period of three years", None, None)],
        id="duration-without-anchor",
    ),
    pytest.param(
        "It extends the fund for another three years, until 2030.",
        [("for another three years", None, None), ("until 2030", None, "2030-12-31")],
        id="duration-and-open-end",
    ),
    pytest.param(
        "Sweden set up a three-year program.",
        [("three-year", None, None)],
        id="N-year-adjective",
    ),
]

OPEN_SPANS = [
    pytest.param("Spending hits 3% by 2027.", [("by 2027", None, "2027-12-31")], id="by-year"),
    pytest.param("It runs until 2030.", [("until 2030", None, "2030-12-31")], id="until-year"),
    pytest.param(
        "Needs are met through 2026.", [("through 2026", None, "2026-12-31")], id="through-year"
    ),
    pytest.param(
        "Funds last until the end of 2026.",
        [("until the end of 2026", None, "2026-12-31")],
        id="until-the-end-of-year",
    ),
    pytest.param(
        "More aid comes by the end of the year.",
        [("by the end of the year", None, "2025-12-31")],
        id="by-the-end-of-the-year",
    ),
    pytest.param(
        "Funds last until March 31, 2026.",
        [("until March 31, 2026", None, "2026-03-31")],
        id="until-day",
    ),
    pytest.param(
        "It gave $4 billion since August 2017.",
        [("since August 2017", "2017-08-01", "2025-03-10")],
        id="since-month-year",
    ),
    pytest.param(
        "Since 2022, it gave $4 billion.",
        [("Since 2022", "2022-01-01", "2025-03-10")],
        id="since-year",
    ),
    pytest.param(
        "Since February 24, 2022, it gave $4 billion.",
        [("Since February 24, 2022", "2022-02-24", "2025-03-10")],
        id="since-day",
    ),
    pytest.param(
        "It gave $4 billion since the earthquake struck in 2023.",
        [("since the earthquake struck in 2023", "2023-01-01", "2025-03-10")],
        id="since-event-in-year",
    ),
    pytest.param(
        "It gave $4 billion since the start of the year.",
        [("since the start of the year", "2025-01-01", "2025-03-10")],
        id="since-the-start-of-the-year",
    ),
    pytest.param(
        "It gave $4 billion since September.",
        [("since September", "2024-09-01", "2025-03-10")],
        id="since-month-name-latest-before-published",
    ),
    pytest.param(
        "It gave $4 billion since March.",
        [("since March", "2025-03-01", "2025-03-10")],
        id="since-current-month",
    ),
]

FISCAL = [
    pytest.param(
        "Funds for FY2025 rose.", US, [("for FY2025", "2024-10-01", "2025-09-30")], id="FY-us"
    ),
    pytest.param(
        "Funds for FY2025 rose.", INDIA, [("for FY2025", "2024-04-01", "2025-03-31")], id="FY-india"
    ),
    pytest.param(
        "FY2025 funds rose.", AUSTRALIA, [("FY2025", "2024-07-01", "2025-06-30")], id="FY-australia"
    ),
    pytest.param(
        "FY2025 funds rose.", 1, [("FY2025", "2025-01-01", "2025-12-31")], id="FY-calendar"
    ),
    pytest.param(
        "FY 2025 funds rose.", US, [("FY 2025", "2024-10-01", "2025-09-30")], id="FY-space"
    ),
    pytest.param(
        "FY25 funds rose.", US, [("FY25", "2024-10-01", "2025-09-30")], id="FY-two-digits"
    ),
    pytest.param(
        "It asked for $5bn in fiscal 2025.",
        US,
        [("in fiscal 2025", "2024-10-01", "2025-09-30")],
        id="fiscal-year-number",
    ),
    pytest.param(
        "Fiscal year 2025 funds rose.",
        US,
        [("Fiscal year 2025", "2024-10-01", "2025-09-30")],
        id="fiscal-year-N",
    ),
    pytest.param(
        "In the 2025 fiscal year it rose.",
        US,
        [("In the 2025 fiscal year", "2024-10-01", "2025-09-30")],
        id="the-N-fiscal-year",
    ),
    pytest.param(
        "The 2025-26 allocation rose.",
        INDIA,
        [("2025-26", "2025-04-01", "2026-03-31")],
        id="pair-india",
    ),
    pytest.param(
        "The 2025–26 allocation rose.",
        INDIA,
        [("2025–26", "2025-04-01", "2026-03-31")],
        id="pair-en-dash-india",
    ),
    pytest.param(
        "The 2025-26 allocation rose.",
        1,
        [("2025-26", "2025-01-01", "2026-12-31")],
        id="pair-calendar",
    ),
    pytest.param(
        "The 2024/25 allocation rose.",
        INDIA,
        [("2024/25", "2024-04-01", "2025-03-31")],
        id="pair-slash",
    ),
    pytest.param(
        "The FY2025-26 allocation rose.",
        INDIA,
        [("FY2025-26", "2025-04-01", "2026-03-31")],
        id="FY-pair",
    ),
    pytest.param(
        "Q1 FY2025 receipts rose.",
        INDIA,
        [("Q1 FY2025", "2024-04-01", "2024-06-30")],
        id="fiscal-quarter",
    ),
    pytest.param(
        "It rose in the first quarter of fiscal 2025.",
        US,
        [("in the first quarter of fiscal 2025", "2024-10-01", "2024-12-31")],
        id="ordinal-fiscal-quarter",
    ),
    pytest.param(
        "It rose this fiscal year.",
        1,
        [("this fiscal year", "2025-01-01", "2025-12-31")],
        id="this-fiscal-year-calendar",
    ),
]

FISCAL_RELATIVE = [
    pytest.param(
        "For the next fiscal, Chile gets more.",
        [("For the next fiscal", "2026-04-01", "2027-03-31")],
        id="the-next-fiscal",
    ),
    pytest.param(
        "Funds rise next fiscal year.",
        [("next fiscal year", "2026-04-01", "2027-03-31")],
        id="next-fiscal-year",
    ),
    pytest.param(
        "The current fiscal’s estimate rose.",
        [("The current fiscal", "2025-04-01", "2026-03-31")],
        id="current-fiscal",
    ),
    pytest.param(
        "Funds rose this fiscal year.",
        [("this fiscal year", "2025-04-01", "2026-03-31")],
        id="this-fiscal-year",
    ),
    pytest.param(
        "Funds fell last fiscal year.",
        [("last fiscal year", "2024-04-01", "2025-03-31")],
        id="last-fiscal-year",
    ),
]

RELATIVE = [
    pytest.param(
        "It gives $60 billion this year.",
        [("this year", "2025-01-01", "2025-12-31")],
        id="this-year",
    ),
    pytest.param(
        "It gave $60 billion last year.",
        [("last year", "2024-01-01", "2024-12-31")],
        id="last-year",
    ),
    pytest.param(
        "It gives $60 billion next year.",
        [("next year", "2026-01-01", "2026-12-31")],
        id="next-year",
    ),
    pytest.param(
        "It gave $6 billion over the past year.",
        [("over the past year", "2024-03-10", "2025-03-10")],
        id="the-past-year",
    ),
    pytest.param(
        "It gives $6 billion in the coming year.",
        [("in the coming year", "2025-03-10", "2026-03-09")],
        id="the-coming-year",
    ),
    pytest.param(
        "It gave $6 billion this week.", [("this week", "2025-03-10", "2025-03-16")], id="this-week"
    ),
    pytest.param(
        "It gave $6 billion last week.", [("last week", "2025-03-03", "2025-03-09")], id="last-week"
    ),
    pytest.param(
        "It gave $6 billion the past four months.",
        [("the past four months", "2024-11-10", "2025-03-10")],
        id="the-past-N-months",
    ),
    pytest.param(
        "It gave $6 billion earlier this year.",
        [("earlier this year", "2025-01-01", "2025-03-10")],
        id="earlier-this-year",
    ),
    pytest.param(
        "It gives $6 billion later this year.",
        [("later this year", "2025-03-10", "2025-12-31")],
        id="later-this-year",
    ),
]

UNRESOLVED_WITHOUT_PUBLISHED = [
    pytest.param("Peru paid in March.", [("in March", None, None)], id="in-month"),
    pytest.param("It gives more this year.", [("this year", None, None)], id="this-year"),
    pytest.param(
        "It gave more last October.", [("last October", None, None)], id="last-month-name"
    ),
    pytest.param("It gave more this quarter.", [("this quarter", None, None)], id="this-quarter"),
    pytest.param(
        "It gives more over the next three years.",
        [("over the next three years", None, None)],
        id="next-N-years",
    ),
    pytest.param(
        "More comes by the end of the year.",
        [("by the end of the year", None, None)],
        id="by-end-of-year",
    ),
    pytest.param(
        "It gave $4 billion since 2022.",
        [("since 2022", "2022-01-01", None)],
        id="since-keeps-start",
    ),
    pytest.param(
        "It gives more in the next fiscal year.",
        [("in the next fiscal year", None, None)],
        id="next-fiscal",
    ),
    pytest.param(
        "The 2024 total stood.",
        [("2024", "2024-01-01", "2024-12-31")],
        id="absolute-year-still-resolves",
    ),
]

NOT_PERIODS = [
    pytest.param("Spending rose 3%.", id="percentage"),
    pytest.param("It pledged $2,025 million.", id="money-with-year-like-digits"),
    pytest.param("It sent 2,024 troops.", id="count-with-comma"),
    pytest.param("It sent 2024 troops.", id="bare-count"),
    pytest.param("It fed about 2025 people.", id="quantifier-count"),
    pytest.param("Resolution No. 2024 passed.", id="number-sign"),
    pytest.param("Call +44 20 7946 2024 now.", id="phone"),
    pytest.param("Help is there 24/7.", id="twenty-four-seven"),
    pytest.param("It costs €2024.", id="euro-amount"),
    pytest.param("It rose 2024%.", id="year-like-percentage"),
    pytest.param("India gave Rs 2024 crore.", id="rupee-amount"),
    pytest.param("Talks ran June 24–25 in Oslo.", id="day-range-is-dropped"),
    pytest.param("The summit on 5 March 2025 ended.", id="day-date-is-dropped"),
    pytest.param("The file of 2025-03-05 was sent.", id="iso-date-is-dropped"),
    pytest.param("The form of 03/10/2025 was sent.", id="slash-date-is-dropped"),
    pytest.param("Aid flows in the region.", id="in-the-region"),
    pytest.param("Allies may pledge more.", id="may-the-verb"),
    pytest.param("Then they march on.", id="march-the-verb"),
    pytest.param("Theresa May said so.", id="May-the-name"),
    pytest.param("It funds H2 production.", id="H2-hydrogen"),
    pytest.param("So far it has already given, to date, a lot.", id="so-far-to-date-already"),
    pytest.param("It pays $1 billion annually, every month.", id="rates"),
    pytest.param("A 10-year-old girl spoke.", id="age"),
    pytest.param("It gave aid in the coming years.", id="vague-coming-years"),
    pytest.param("It ran the next 0 days.", id="zero-count"),
    pytest.param("The Q5 result came.", id="impossible-quarter"),
    pytest.param("", id="empty"),
]

PUBLISHED_ELSEWHERE = [
    pytest.param(
        "The loan is repaid in the next three years.",
        date(2024, 9, 5),
        [("in the next three years", "2024-09-05", "2027-09-04")],
        id="next-three-years-from-september",
    ),
    pytest.param(
        "Last October, Chile pledged more.",
        date(2019, 7, 22),
        [("Last October", "2018-10-01", "2018-10-31")],
        id="last-october-from-july",
    ),
    pytest.param(
        "Payments start from July 1st, over a period of three years.",
        date(2019, 7, 22),
        [("from July 1st, over a period of three years", "2019-07-01", "2022-06-30")],
        id="from-day-over-a-period",
    ),
    pytest.param(
        "Starting from July 1st the fund pays $5 million a month over a period of three years.",
        date(2019, 7, 22),
        [("over a period of three years", "2019-07-01", "2022-06-30")],
        id="anchor-earlier-in-sentence",
    ),
    pytest.param(
        "The credit line took effect on March 1st and gives Kenya $2 billion over a period of"
        " two years.",
        date(2024, 5, 1),
        [("over a period of two years", "2024-03-01", "2026-02-28")],
        id="took-effect-on-anchor",
    ),
    pytest.param(
        "The loan entered into force on 1 January 2023 and runs for three years.",
        date(2024, 5, 1),
        [("for three years", "2023-01-01", "2025-12-31")],
        id="entered-into-force-anchor",
    ),
]

KNOWN_GAPS = [
    pytest.param(
        "It pays for a span of two years starting on 1 April 2024.",
        [("for a span of two years", "2024-04-01", "2026-03-31")],
        marks=pytest.mark.xfail(strict=True, reason="an anchor after the duration is not read"),
        id="anchor-after-duration",
    ),
    pytest.param(
        "Aid grew through the 1990s.",
        [("through the 1990s", None, "1999-12-31")],
        marks=pytest.mark.xfail(strict=True, reason="decades are not read"),
        id="decade",
    ),
    pytest.param(
        "PLEDGES MADE IN MARCH 2025",
        [("IN MARCH 2025", "2025-03-01", "2025-03-31")],
        marks=pytest.mark.xfail(strict=True, reason="month names must be capitalised"),
        id="all-caps-month",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    YEARS + QUARTERS_AND_HALVES + MONTHS + SPANS + OPEN_SPANS + RELATIVE + KNOWN_GAPS,
)
def test_find_periods(text: str, expected: Found) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "fiscal", "expected"), FISCAL)
def test_fiscal_years(text: str, fiscal: int, expected: Found) -> None:
    assert _found(text, fiscal=fiscal) == expected


@pytest.mark.parametrize(("text", "expected"), FISCAL_RELATIVE)
def test_relative_fiscal_years(text: str, expected: Found) -> None:
    assert _found(text, date(2026, 2, 2), fiscal=INDIA) == expected


@pytest.mark.parametrize(("text", "expected"), UNRESOLVED_WITHOUT_PUBLISHED)
def test_relative_without_published_keeps_text(text: str, expected: Found) -> None:
    assert _found(text, None) == expected


@pytest.mark.parametrize(("text", "published", "expected"), PUBLISHED_ELSEWHERE)
def test_other_publication_dates(text: str, published: date, expected: Found) -> None:
    assert _found(text, published) == expected


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_periods(text: str) -> None:
    assert _found(text) == []


def test_longest_match_wins() -> None:
    text = "In 2024-2026 and in the first quarter of 2025 and in March 2025 it paid."
    assert [t for t, _, _ in _found(text)] == [
        "In 2024-2026",
        "in the first quarter of 2025",
        "in March 2025",
    ]


def test_only_periods_wholly_inside_the_slice() -> None:
    text = "In 2023 aid rose. In 2024 it fell over the next two years."
    lo = text.index("In 2024")
    assert _found(text, lo=lo, hi=lo + len("In 2024 it fell")) == [
        ("In 2024", "2024-01-01", "2024-12-31")
    ]
    cut = text.index("two years") + 3
    assert _found(text, lo=lo, hi=cut) == [("In 2024", "2024-01-01", "2024-12-31")]


def test_anchor_must_be_inside_the_slice() -> None:
    text = "It starts from July 1st. It pays over a period of three years."
    lo = text.index("It pays")
    assert _found(text, date(2019, 7, 22), lo=lo) == [("over a period of three years", None, None)]


def test_bad_fiscal_start_month() -> None:
    with pytest.raises(ValueError, match="fiscal_start_month"):
        find_periods("FY2025", REF, fiscal_start_month=13)


def test_one_builder_per_rule() -> None:
    assert set(periods._BUILDERS) == {name for name, _ in RULES}


ALL_TEXTS = [
    p.values[0]
    for p in YEARS
    + QUARTERS_AND_HALVES
    + MONTHS
    + SPANS
    + OPEN_SPANS
    + FISCAL
    + RELATIVE
    + NOT_PERIODS
    + PUBLISHED_ELSEWHERE
    + FISCAL_RELATIVE
]


@pytest.mark.parametrize("text", [" ".join(ALL_TEXTS)], ids=["all-test-sentences"])
def test_head_search_matches_a_full_scan(text: str) -> None:
    """The head-guided search must find exactly what a plain scan of every position finds."""
    full = compile_grammar(rf"\b(?:{ALTERNATIVES})")
    expected = [m.span() for m in full.finditer(text)]
    assert expected
    assert [m.span() for m in periods._matches(text, 0, len(text))] == expected
