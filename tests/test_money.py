"""Money parsing: sentences of our own → amount text, value, currency, qualifier, rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidclaims.money import find_money
from aidclaims.money.currency import resolve_marks

B = 10**9
M = 10**6


def parse(text: str) -> list[tuple[str, float, float | None, str | None, str, str]]:
    mentions = find_money(text)
    codes = resolve_marks([m.currency_mark for m in mentions], text)
    out = []
    for m, code in zip(mentions, codes, strict=True):
        out.append(
            (
                text[m.start : m.end],
                float(m.value),
                None if m.value_max is None else float(m.value_max),
                code,
                m.qualifier.value,
                m.rate.value,
            )
        )
    return out


def one(text: str) -> tuple[str, float, float | None, str | None, str, str]:
    found = parse(text)
    assert len(found) == 1, found
    return found[0]


# --- symbols, codes and currency words -----------------------------------------------------

SYMBOLS = [
    pytest.param(
        "Washington sent $60 billion in aid.", "$60 billion", 60 * B, "USD", id="dollar-sign"
    ),
    pytest.param("It pledged €20 billion to Kyiv.", "€20 billion", 20 * B, "EUR", id="euro-sign"),
    pytest.param("London gave £5 million for relief.", "£5 million", 5 * M, "GBP", id="pound-sign"),
    pytest.param(
        "Tokyo offered ¥100 billion in loans.", "¥100 billion", 100 * B, "JPY", id="yen-sign"
    ),
    pytest.param(
        "The city got ₴2 billion from the state.", "₴2 billion", 2 * B, "UAH", id="hryvnia-sign"
    ),
    pytest.param(
        "Delhi set aside ₹500 crore for Sri Lanka.",
        "₹500 crore",
        5 * B,
        "INR",
        id="rupee-sign-crore",
    ),
    pytest.param(
        "Australia added US$163 million in aid.",
        "US$163 million",
        163 * M,
        "USD",
        id="us-dollar-prefix",
    ),
    pytest.param(
        "Ottawa pledged C$500 million to Ukraine.", "C$500 million", 500 * M, "CAD", id="c-dollar"
    ),
    pytest.param(
        "Ottawa pledged CA$500 million to Ukraine.",
        "CA$500 million",
        500 * M,
        "CAD",
        id="ca-dollar",
    ),
    pytest.param(
        "Canberra gave A$245 million in tanks.", "A$245 million", 245 * M, "AUD", id="a-dollar"
    ),
    pytest.param(
        "Canberra gave AU$100 million in aid.", "AU$100 million", 100 * M, "AUD", id="au-dollar"
    ),
    pytest.param(
        "Wellington gave NZ$10 million for Tonga.", "NZ$10 million", 10 * M, "NZD", id="nz-dollar"
    ),
    pytest.param("The fund received HK$3 billion.", "HK$3 billion", 3 * B, "HKD", id="hk-dollar"),
    pytest.param(
        "Bern approved CHF 1.5 billion for Ukraine.",
        "CHF 1.5 billion",
        1.5 * B,
        "CHF",
        id="chf-code",
    ),
    pytest.param(
        "Brussels offered EUR 500 million in grants.",
        "EUR 500 million",
        500 * M,
        "EUR",
        id="iso-before",
    ),
    pytest.param(
        "Brussels offered 500 million EUR in grants.",
        "500 million EUR",
        500 * M,
        "EUR",
        id="iso-after",
    ),
    pytest.param(
        "Oslo added NOK 27 billion for Kyiv.", "NOK 27 billion", 27 * B, "NOK", id="nok-code"
    ),
    pytest.param(
        "The EU set up a fund of up to EUR40 bln.", "EUR40 bln", 40 * B, "EUR", id="iso-glued"
    ),
    pytest.param(
        "Delhi gave Rs 2,500 crore to Nepal.", "Rs 2,500 crore", 25 * B, "INR", id="rs-crore"
    ),
    pytest.param(
        "Delhi gave Rs. 40 lakh to the school.", "Rs. 40 lakh", 4 * M, "INR", id="rs-dot-lakh"
    ),
]


@pytest.mark.parametrize(("text", "amount", "value", "currency"), SYMBOLS)
def test_symbols_and_codes(text: str, amount: str, value: float, currency: str) -> None:
    got = one(text)
    assert got[0] == amount
    assert text[text.index(amount) : text.index(amount) + len(amount)] == got[0]
    assert got[1] == pytest.approx(value)
    assert got[3] == currency


WORDS = [
    pytest.param(
        "They pledged 20 billion euros for Kyiv.", "20 billion euros", 20 * B, "EUR", id="euros"
    ),
    pytest.param(
        "Allies must find 1 billion dollars every month.",
        "1 billion dollars",
        B,
        "USD",
        id="dollars",
    ),
    pytest.param(
        "Japan gave 5 billion US dollars in loans.",
        "5 billion US dollars",
        5 * B,
        "USD",
        id="us-dollars",
    ),
    pytest.param(
        "Britain gave 300 million pounds in aid.", "300 million pounds", 300 * M, "GBP", id="pounds"
    ),
    pytest.param(
        "Britain gave 3 million pounds sterling.",
        "3 million pounds sterling",
        3 * M,
        "GBP",
        id="sterling",
    ),
    pytest.param(
        "Tokyo lent 100 billion yen to Manila.", "100 billion yen", 100 * B, "JPY", id="yen"
    ),
    pytest.param(
        "Kyiv paid 40 billion hryvnias in pensions.",
        "40 billion hryvnias",
        40 * B,
        "UAH",
        id="hryvnias",
    ),
    pytest.param(
        "Delhi gave 10 billion rupees to Colombo.", "10 billion rupees", 10 * B, "INR", id="rupees"
    ),
    pytest.param(
        "Bern gave 50 million Swiss francs.",
        "50 million Swiss francs",
        50 * M,
        "CHF",
        id="swiss-francs",
    ),
    pytest.param("Bern gave 50 million francs.", "50 million francs", 50 * M, "CHF", id="francs"),
    pytest.param(
        "Norway will give 5 billion Norwegian kroner.",
        "5 billion Norwegian kroner",
        5 * B,
        "NOK",
        id="norw-kroner",
    ),
    pytest.param(
        "Copenhagen gave 2 billion Danish kroner.",
        "2 billion Danish kroner",
        2 * B,
        "DKK",
        id="danish-kroner",
    ),
    pytest.param(
        "Denmark will give 2 billion kroner.", "2 billion kroner", 2 * B, "DKK", id="kroner-denmark"
    ),
    pytest.param(
        "Norway will give 2 billion kroner.", "2 billion kroner", 2 * B, "NOK", id="kroner-norway"
    ),
    pytest.param("Stockholm gave 7 billion kronor.", "7 billion kronor", 7 * B, "SEK", id="kronor"),
    pytest.param("Oslo gave 3 billion krone to Kyiv.", "3 billion krone", 3 * B, "NOK", id="krone"),
    pytest.param(
        "Beijing offered 60 billion yuan to Africa.", "60 billion yuan", 60 * B, "CNY", id="yuan"
    ),
    pytest.param(
        "Beijing offered 2 billion renminbi in credit.",
        "2 billion renminbi",
        2 * B,
        "CNY",
        id="renminbi",
    ),
    pytest.param(
        "Riyadh deposited 3 billion riyals.", "3 billion riyals", 3 * B, "SAR", id="riyals"
    ),
    pytest.param(
        "Abu Dhabi gave 2 billion dirhams to Cairo.",
        "2 billion dirhams",
        2 * B,
        "AED",
        id="dirhams",
    ),
    pytest.param(
        "Canada sent 400 million Canadian dollars.",
        "400 million Canadian dollars",
        400 * M,
        "CAD",
        id="canadian-dollars",
    ),
    pytest.param(
        "Islamabad got 5 billion rupees from Pakistan's allies.",
        "5 billion rupees",
        5 * B,
        "PKR",
        id="rupees-pakistan",
    ),
]


@pytest.mark.parametrize(("text", "amount", "value", "currency"), WORDS)
def test_currency_words(text: str, amount: str, value: float, currency: str) -> None:
    got = one(text)
    assert (got[0], got[3]) == (amount, currency)
    assert got[1] == pytest.approx(value)


# --- scales and numbers --------------------------------------------------------------------

SCALES = [
    pytest.param("It gave €21bn to Kyiv.", "€21bn", 21 * B, id="bn-glued"),
    pytest.param("It gave $65 bln to Kyiv.", "$65 bln", 65 * B, id="bln-spaced"),
    pytest.param("It gave $1.2-billion to Kyiv.", "$1.2-billion", 1.2 * B, id="hyphenated"),
    pytest.param("It gave $30mn to Gaza.", "$30mn", 30 * M, id="mn"),
    pytest.param("It gave $30 mln to Gaza.", "$30 mln", 30 * M, id="mln"),
    pytest.param("It gave £75m to Malawi.", "£75m", 75 * M, id="m-glued"),
    pytest.param("It gave $5b to Egypt.", "$5b", 5 * B, id="b-glued"),
    pytest.param("It gave $500k to the clinic.", "$500k", 500_000, id="k-glued"),
    pytest.param("It pledged $1.2tn over a decade.", "$1.2tn", 1.2 * 10**12, id="tn"),
    pytest.param("It pledged $1 trn over a decade.", "$1 trn", 10**12, id="trn"),
    pytest.param("It pledged $2 trillion over a decade.", "$2 trillion", 2 * 10**12, id="trillion"),
    pytest.param("The NGO got $250 thousand from donors.", "$250 thousand", 250_000, id="thousand"),
    pytest.param("The NGO got $1,500 from donors.", "$1,500", 1500, id="thousands-separator"),
    pytest.param("The NGO got $1,500.75 from donors.", "$1,500.75", 1500.75, id="decimals"),
    pytest.param(
        "The NGO got $1.5 million from donors.", "$1.5 million", 1.5 * M, id="decimal-million"
    ),
    pytest.param(
        "It pledged $3.8 Billion in aid.", "$3.8 Billion", 3.8 * B, id="capitalised-scale"
    ),
    pytest.param(
        "It pledged €20\u00a0billion in aid.", "€20\u00a0billion", 20 * B, id="no-break-space"
    ),
    pytest.param(
        "It pledged €20\u2009billion in aid.", "€20\u2009billion", 20 * B, id="thin-space"
    ),
    pytest.param(
        "Delhi gave Rs 5 lakh crore in credit.", "Rs 5 lakh crore", 5 * 10**12, id="lakh-crore"
    ),
    pytest.param(
        "Delhi gave Rs 34.48 crore to Dhaka.", "Rs 34.48 crore", 344.8 * M, id="decimal-crore"
    ),
    pytest.param(
        "It gave $2,300,000 to the hospital.", "$2,300,000", 2_300_000, id="millions-with-commas"
    ),
]


@pytest.mark.parametrize(("text", "amount", "value"), SCALES)
def test_scales(text: str, amount: str, value: float) -> None:
    got = one(text)
    assert got[0] == amount
    assert got[1] == pytest.approx(value)


NUMBER_WORDS = [
    pytest.param(
        "Israel asked for one billion dollars.", "one billion dollars", B, id="one-billion"
    ),
    pytest.param(
        "The plan is worth half a billion euros.", "half a billion euros", 0.5 * B, id="half-a"
    ),
    pytest.param("They found a billion euros for Kyiv.", "a billion euros", B, id="a-billion"),
    pytest.param(
        "Tokyo gave a quarter of a billion dollars.",
        "a quarter of a billion dollars",
        0.25 * B,
        id="a-quarter-of-a",
    ),
    pytest.param(
        "Tokyo gave a third of a billion euros.", "a third of a billion euros", B / 3, id="third"
    ),
    pytest.param(
        "They found two and a half billion dollars.",
        "two and a half billion dollars",
        2.5 * B,
        id="two-and-a-half",
    ),
    pytest.param(
        "They found twenty-five million dollars.",
        "twenty-five million dollars",
        25 * M,
        id="twenty-five",
    ),
    pytest.param(
        "They found a hundred million euros.", "a hundred million euros", 100 * M, id="a-hundred"
    ),
    pytest.param("Donors gave three billion pounds.", "three billion pounds", 3 * B, id="three"),
]


@pytest.mark.parametrize(("text", "amount", "value"), NUMBER_WORDS)
def test_number_words(text: str, amount: str, value: float) -> None:
    got = one(text)
    assert got[0] == amount
    assert got[1] == pytest.approx(value)


# --- ranges --------------------------------------------------------------------------------

RANGES = [
    pytest.param(
        "Aid of $2-3 billion is expected.", "$2-3 billion", 2 * B, 3 * B, id="hyphen-shared-scale"
    ),
    pytest.param("Aid of $2–3 billion is expected.", "$2–3 billion", 2 * B, 3 * B, id="en-dash"),
    pytest.param("Aid of $2−3 billion is expected.", "$2−3 billion", 2 * B, 3 * B, id="minus-sign"),
    pytest.param(
        "Aid of between $1 billion and $2 billion is expected.",
        "$1 billion and $2 billion",
        B,
        2 * B,
        id="between-and",
    ),
    pytest.param("Aid of $1bn to $2bn is expected.", "$1bn to $2bn", B, 2 * B, id="to"),
    pytest.param(
        "A fund worth EUR 20 billion to EUR 40 billion.",
        "EUR 20 billion to EUR 40 billion",
        20 * B,
        40 * B,
        id="iso-to-iso",
    ),
    pytest.param(
        "A fund of 20 to 40 billion euros.",
        "20 to 40 billion euros",
        20 * B,
        40 * B,
        id="shared-suffix",
    ),
    pytest.param(
        "A fund of between 20 and 40 billion euros.",
        "20 and 40 billion euros",
        20 * B,
        40 * B,
        id="between-shared",
    ),
    pytest.param(
        "Costs ranging from $1 billion to $2 billion.",
        "$1 billion to $2 billion",
        B,
        2 * B,
        id="ranging-from",
    ),
    pytest.param("Aid of €2bn-€3bn is expected.", "€2bn-€3bn", 2 * B, 3 * B, id="hyphen-two-atoms"),
]


@pytest.mark.parametrize(("text", "amount", "low", "high"), RANGES)
def test_ranges(text: str, amount: str, low: float, high: float) -> None:
    got = one(text)
    assert got[0] == amount
    assert (got[1], got[2]) == (pytest.approx(low), pytest.approx(high))
    assert got[4] == "range"


CHANGES = [
    pytest.param(
        "Oslo cut its aid from 16 to 9 billion kroner.",
        [("16", 16 * B), ("9 billion kroner", 9 * B)],
        id="from-to-shared-scale",
    ),
    pytest.param(
        "Funding rose from NOK 75 billion to NOK 135 billion.",
        [("NOK 75 billion", 75 * B), ("NOK 135 billion", 135 * B)],
        id="from-to-atoms",
    ),
    pytest.param(
        "The budget was raised by €1.3bn to €53bn.",
        [("€1.3bn", 1.3 * B), ("€53bn", 53 * B)],
        id="by-to",
    ),
    pytest.param(
        "Aid fell to $2 billion from $3 billion.",
        [("$2 billion", 2 * B), ("$3 billion", 3 * B)],
        id="to-from",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_changes_are_two_figures(text: str, expected: list[tuple[str, float]]) -> None:
    got = parse(text)
    assert [(g[0], pytest.approx(g[1])) for g in got] == expected
    assert all(g[4] != "range" for g in got)


# --- qualifiers and rates ------------------------------------------------------------------

QUALIFIERS = [
    pytest.param("They gave at least $5 billion.", "at_least", id="at-least"),
    pytest.param("They gave a minimum of $5 billion.", "at_least", id="a-minimum-of"),
    pytest.param("They gave no less than $5 billion.", "at_least", id="no-less-than"),
    pytest.param("They gave over $5 billion.", "more_than", id="over"),
    pytest.param("They gave more than $5 billion.", "more_than", id="more-than"),
    pytest.param("They gave above $5 billion.", "more_than", id="above"),
    pytest.param("They gave upwards of $5 billion.", "more_than", id="upwards-of"),
    pytest.param("They could give up to $5 billion.", "up_to", id="up-to"),
    pytest.param("They could give as much as $5 billion.", "up_to", id="as-much-as"),
    pytest.param("They gave under $5 billion.", "less_than", id="under"),
    pytest.param("They gave less than $5 billion.", "less_than", id="less-than"),
    pytest.param("They gave below $5 billion.", "less_than", id="below"),
    pytest.param("They gave about $5 billion.", "about", id="about"),
    pytest.param("They gave around $5 billion.", "about", id="around"),
    pytest.param("They gave roughly $5 billion.", "about", id="roughly"),
    pytest.param("They gave approximately $5 billion.", "about", id="approximately"),
    pytest.param("They gave nearly $5 billion.", "about", id="nearly"),
    pytest.param("They gave almost $5 billion.", "about", id="almost"),
    pytest.param("They gave some $5 billion.", "about", id="some"),
    pytest.param("They gave $5 billion or more.", "at_least", id="or-more-after"),
    pytest.param("They gave $5 billion.", "exact", id="none"),
    pytest.param("They gave a little bit more than $5 billion.", "more_than", id="little-bit-more"),
]


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIERS)
def test_qualifiers(text: str, qualifier: str) -> None:
    got = one(text)
    assert got[0] == "$5 billion"
    assert got[4] == qualifier


RATES = [
    pytest.param("They send $1 billion a month.", "per_month", id="a-month"),
    pytest.param("They send $1 billion per month.", "per_month", id="per-month"),
    pytest.param("They send 1 billion dollars every month.", "per_month", id="every-month"),
    pytest.param("They send $1 billion monthly.", "per_month", id="monthly"),
    pytest.param("They send $1 billion a year.", "per_year", id="a-year"),
    pytest.param("They send $1 billion per year.", "per_year", id="per-year"),
    pytest.param("They send $1 billion annually.", "per_year", id="annually"),
    pytest.param("They send $1 billion each year.", "per_year", id="each-year"),
    pytest.param("They send $1 billion a week.", "per_week", id="a-week"),
    pytest.param("They send $1 billion a day.", "per_day", id="a-day"),
    pytest.param("They send $1 billion a quarter.", "per_quarter", id="a-quarter"),
    pytest.param(
        "The $1 billion Israel receives annually from America.", "per_year", id="annually-later"
    ),
    pytest.param("They send $1 billion in total.", "total", id="total"),
    pytest.param("They sent $1 billion a year ago.", "total", id="a-year-ago-is-no-rate"),
    pytest.param("They pay an annual $1 billion.", "per_year", id="annual-before"),
]


@pytest.mark.parametrize(("text", "rate"), RATES)
def test_rates(text: str, rate: str) -> None:
    got = one(text)
    assert got[5] == rate


def test_restated_figure_shares_the_rate() -> None:
    got = parse("We need at least $1 billion, maybe a bit more than $1 billion a month.")
    assert [(g[4], g[5]) for g in got] == [("at_least", "per_month"), ("more_than", "per_month")]


# --- two currencies, bare figures ----------------------------------------------------------


def test_two_currencies_are_two_records_sharing_the_qualifier() -> None:
    got = parse("Paris gave around €21 billion (£18.2 billion) to Kyiv.")
    assert [(g[0], g[3], g[4]) for g in got] == [
        ("€21 billion", "EUR", "about"),
        ("£18.2 billion", "GBP", "about"),
    ]


def test_three_currencies_in_brackets() -> None:
    got = parse("Berlin cut aid from around €8bn (£6.7bn; $8.7bn) to around €4bn.")
    assert [(g[0], g[3], g[4]) for g in got] == [
        ("€8bn", "EUR", "about"),
        ("£6.7bn", "GBP", "about"),
        ("$8.7bn", "USD", "about"),
        ("€4bn", "EUR", "about"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Donors gave $3 billion in May. By June they had given 4 billion.",
            "USD",
            id="from-before",
        ),
        pytest.param(
            "They gave 4 billion. Of this, €1 billion was military.", "EUR", id="from-after"
        ),
        pytest.param("They gave 4 billion.", None, id="nothing-tells"),
        pytest.param("Oslo gave NOK 2 billion, and Bergen 4 billion.", "NOK", id="same-sentence"),
    ],
)
def test_bare_figure_inherits_currency(text: str, expected: str | None) -> None:
    got = [g for g in parse(text) if g[0] == "4 billion"]
    assert len(got) == 1
    assert got[0][3] == expected


# --- not money -----------------------------------------------------------------------------

NOT_MONEY = [
    pytest.param("The summit opened in 2024.", id="year"),
    pytest.param("Spending rose to 3% of GDP.", id="percent"),
    pytest.param("Leaders of 50 countries met.", id="count"),
    pytest.param("Ukraine received 30 missiles.", id="count-weapons"),
    pytest.param("The talks ended on 24 March 2025.", id="date"),
    pytest.param("Call +44 20 7946 0000 for details.", id="phone"),
    pytest.param("The bill passed in a 79-18 vote.", id="vote-tally"),
    pytest.param("They sent 2 million rounds of ammunition.", id="scaled-count"),
    pytest.param("The plan will create a million jobs.", id="a-million-jobs"),
    pytest.param("Winds reached 185mph.", id="speed"),
    pytest.param("The cable is 5 m long.", id="metres"),
    pytest.param("About 1.5 million people fled.", id="people"),
    pytest.param("The F-16 jets arrived in 2025.", id="model-number"),
    pytest.param("I never thought in a million years I would see it.", id="idiom"),
    pytest.param("They will try 5 million try-outs.", id="lower-case-iso-lookalike"),
    pytest.param("Section 2.5 covers funding.", id="section-number"),
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize("text", [s.values[0] for s in SYMBOLS + WORDS + SCALES + RANGES])
def test_offsets_slice_to_amount_text(text: str) -> None:
    for m in find_money(text):
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        assert m.end > m.start
        assert isinstance(m.value, Decimal)


@pytest.mark.parametrize(
    ("text", "amount", "value", "currency"),
    [
        pytest.param(
            "Tokyo gave $１２ million to Fiji.",
            "$１２ million",
            12 * M,
            "USD",
            id="full-width-digits",
        ),
        pytest.param(
            "Tokyo gave ＄12 million to Fiji.",
            "＄12 million",
            12 * M,
            "USD",
            id="full-width-dollar",
        ),
        pytest.param(
            "Tokyo gave ￥5 billion to Fiji.", "￥5 billion", 5 * B, "JPY", id="full-width-yen"
        ),
        pytest.param(
            "Tokyo gave $12\u202fmillion to Fiji.",
            "$12\u202fmillion",
            12 * M,
            "USD",
            id="narrow-nbsp",
        ),
    ],
)
def test_typographic_variants(text: str, amount: str, value: float, currency: str) -> None:
    assert one(text)[:2] == (amount, pytest.approx(value))
    assert one(text)[3] == currency


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        pytest.param(
            "The EU gave EUR 1,5 billion to Kyiv.", "EUR 1,5 billion", 1.5 * B, id="decimal-comma"
        ),
        pytest.param(
            "Paris gave 2,25 million euros to Haiti.",
            "2,25 million euros",
            2.25 * M,
            id="two-decimals",
        ),
        pytest.param("It gave $1,500 to the clinic.", "$1,500", 1500, id="thousands-not-decimal"),
        pytest.param(
            "Delhi gave Rs 2,28,000 crore.",
            "Rs 2,28,000 crore",
            228_000 * 10**7,
            id="lakh-grouping",
        ),
    ],
)
def test_decimal_comma(text: str, amount: str, value: float) -> None:
    assert one(text)[:2] == (amount, pytest.approx(value))


# --- one range/change rule for "X to Y" written as one pattern or as two figures ----------

RANGE_OR_CHANGE = [
    pytest.param("between $1bn and $2bn", ["range"], id="between-and"),
    pytest.param("some $1bn to $2bn", ["range"], id="to-two-figures"),
    pytest.param("some 1 to 2 billion dollars", ["range"], id="to-one-pattern"),
    pytest.param("cut from $2bn to $1.5bn", ["exact", "exact"], id="from-two-figures"),
    pytest.param("cut from 16 to 9 billion kroner", ["exact", "exact"], id="from-one-pattern"),
    pytest.param("raised by $1bn to $3bn", ["exact", "exact"], id="by-two-figures"),
    pytest.param("raised by 1 to 3 billion euros", ["exact", "exact"], id="by-one-pattern"),
    pytest.param("ranging from $1bn to $2bn", ["range"], id="ranging-from"),
]


@pytest.mark.parametrize(("text", "qualifiers"), RANGE_OR_CHANGE)
def test_range_or_change_is_one_rule(text: str, qualifiers: list[str]) -> None:
    assert [m.qualifier.value for m in find_money(text)] == qualifiers


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("It sent 2 million Ukrainians home.", 0, id="demonym-ans"),
        pytest.param("It sent 2 million Lebanese home.", 0, id="demonym-ese"),
        pytest.param("It needs 4 billion Ukraine said.", 1, id="name-after-bare"),
    ],
)
def test_bare_figure_before_a_capitalised_word(text: str, n: int) -> None:
    assert len(find_money(text)) == n
