"""Novelty rules, on sentences written for these tests (figures as "$5bn", "€300m", "£1.2bn")."""

from __future__ import annotations

import re
from datetime import date

import pytest

from aidclaims.model import Novelty
from aidclaims.novelty import Figure, resolve_novelties, resolve_novelty

N, C, R, P = Novelty.NEW, Novelty.CUMULATIVE, Novelty.REPEAT, Novelty.PART
PUB = date(2025, 3, 10)

_MONEY = re.compile(r"(?P<cur>US\$|A\$|[$€£])(?P<num>\d+(?:\.\d+)?)(?P<scale>bn|m)")
_CURRENCY = {"$": "USD", "US$": "USD", "A$": "AUD", "€": "EUR", "£": "GBP"}
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def figures(text: str) -> list[Figure]:
    """Every "$5bn"-style figure of ``text`` with its sentence (a test-only splitter)."""
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    out = []
    for m in _MONEY.finditer(text):
        s_lo, s_hi = next((a, b) for a, b in sentences if a <= m.start() < b)
        scale = 1e9 if m["scale"] == "bn" else 1e6
        value = float(m["num"]) * scale
        out.append(Figure(m.start(), m.end(), s_lo, s_hi, value, None, _CURRENCY[m["cur"]]))
    return out


def novelties(text: str, published: date | None = PUB) -> list[Novelty]:
    figs = figures(text)
    assert figs, text
    for f in figs:
        assert _MONEY.fullmatch(text[f.start : f.end])
    return list(resolve_novelties(text, figs, published=published))


LEAD = "Donors met in Oslo on Monday to discuss the war. "

CUMULATIVE = [
    ("takes-total-to", "The grant takes Norway's total contribution to $11.5m.", [C]),
    ("pushes-tally-to", "It pushes the overall tally of pledges to €7bn.", [C]),
    ("over-the-past-year", "The US committed more than $774m in aid over the past year.", [C]),
    ("bringing", "Italy pledged €1bn, bringing its total aid to €5bn.", [N, C]),
    ("brings-the-total", "The package brings the total Canadian support to $9bn.", [C]),
    ("so-far", "So far, Spain has allocated more than €2bn to the fund.", [C]),
    ("so-far-after", "Partners have given $40bn in grants so far this year.", [C]),
    ("to-date", "To date the bank has lent $7bn to the country.", [C]),
    ("to-date-after", "The agency has disbursed $3bn to date.", [C]),
    ("since-year", "Since 2022, Poland has provided €3bn in military aid.", [C]),
    ("since-after", "Aid from Tokyo has reached $12bn since February 2022.", [C]),
    ("since-invasion", "Since the invasion, Oslo has sent $2bn in weapons.", [C]),
    ("in-total", "The country has received £800m in total.", [C]),
    ("stands-at", "Private donations to the appeal sat at $19m.", [C]),
    ("total-noun", "Total British support for the region now stands at £2bn.", [C]),
    ("overall", "The new grant lifts overall Dutch support to €4bn.", [C]),
    ("already-received", "This adds to the $6bn the government has already received.", [C]),
    (
        "already-disbursed",
        "Officials cited $2bn in loans on top of $5bn already disbursed.",
        [N, C],
    ),
    ("between-years", "Between 2010 and 2020, the kingdom gave more than $8bn in aid.", [C]),
    ("past-years", "The fund paid out $500m over the past three years.", [C]),
    ("packages-totalling", "Through nine packages totalling $4bn, Seoul has armed Kyiv.", [C]),
    ("until-today", "Until today, the donors had pledged $900m.", [C]),
    (
        "total-after-reported-event",
        "After pledges were counted, the agency said total funding now stands at $2bn.",
        [C],
    ),
    ("collectively", "In 2023 the allies collectively provided about €30bn.", [C]),
]

REPEAT = [
    (
        "counterfactual",
        "Kyiv got $3bn in aid. Had it met every target, it would have received $4bn.",
        [N, R],
    ),
    (
        "earlier-in-month",
        "The Dutch will give $500m. Earlier in February, the government allocated $200m for drones.",
        [N, R],
    ),
    ("previously", "The money comes from the previously announced $2bn package.", [R]),
    ("already-pledged", "The minister recalled the $300m already pledged to the fund.", [R]),
    ("last-month", LEAD + "Last month, Berlin approved €500m for air defence.", [R]),
    ("last-october", LEAD + "Last October, Riyadh announced a $6bn deposit facility.", [R]),
    ("last-week-after", "The bank approved another $1bn in budget support last week.", [R]),
    ("earlier-this-week", "Combined with a £3m grant announced earlier this week, aid rises.", [R]),
    ("ago", "The $700m promised two months ago has not arrived.", [R]),
    ("recent", "She cited the recent approval of another $4bn in grants.", [R]),
    ("initial", "The initial $10m was followed by more help.", [R]),
    ("original", "The original appeal was for $3bn.", [R]),
    ("from-to", "Oslo will raise the programme from $7bn to $12bn.", [R, N]),
    ("from-to-conversion", "Aid will fall from €8bn (US$9bn) to €4bn next year.", [R, R, N]),
    ("in-addition-to", "The grant comes in addition to the annual $3bn in aid.", [R]),
    ("on-top-of", "On top of the $2bn it receives each year, Jordan asks for more.", [R]),
    ("following", "Following a $40bn package in May, Congress adds $45bn.", [R, N]),
    ("cue-before-a-comma", "The original plan, drafted last spring, sought $7bn.", [R]),
    ("month-opener", LEAD + "In January, Japan announced a $40m contribution to the fund.", [R]),
    ("dated-opener", LEAD + "On 1 February, the leaders agreed on €50bn in support.", [R]),
    ("year-opener", LEAD + "In 2023, Denmark provided $2bn in weapons.", [R]),
    ("inline-date", LEAD + "Kyiv received the last tranche of €3bn on January 8.", [R]),
    ("recall-heading", LEAD + "The plan was welcomed.\n\nRecall\n\nThe Dutch promised €700m.", [R]),
]

PART = [
    ("of-which", "The fund holds $2bn, of which $1.2bn is for food.", [N, P]),
    ("of-which-list", "It is worth €50bn, of which €33bn in loans and €17bn in grants.", [N, P, P]),
    ("including", "The bill gives $95bn, including $61bn for Ukraine.", [N, P]),
    ("includes", "The $40bn package includes $8bn for economic support.", [N, P]),
    ("includes-article", "The deal includes a $1bn loan.", [P]),
    ("comprise", "The sum would comprise $20bn in credit and $8bn in grants.", [P, P]),
    ("remaining", "Britain gives £350m and the remaining £100m comes from Norway.", [N, P]),
    ("of-its", "Britain said £350m of its £4bn budget will buy drones.", [P, N]),
    ("with-designated", "The law allots $60bn, with $23bn designated for weapons.", [N, P]),
    ("third-of", "More than a third of the amount ($23bn) will refill stocks.", [P]),
    ("of-a-total", "The bank paid out the first €4bn under the plan of a total of €50bn.", [P, N]),
    (
        "out-of-total",
        "Out of the total $30bn, it lent $8bn to Dhaka and $2bn to Colombo.",
        [C, P, P],
    ),
    ("list-semicolon", "It includes $5m for water; $3m for food, and $2m for shelter.", [P, P, P]),
    (
        "sum-after-package",
        "Allies pledged a £450m boost. The UK gives £350m. Norway adds £100m.",
        [N, P, P],
    ),
    (
        "sum-three",
        "The bank announced $1.3bn in support. It has a $1bn loan, a $200m grant and $100m more.",
        [N, P, P, P],
    ),
    (
        "sum-stops-when-complete",
        "Beijing offers $360bn: $210bn in credit, $80bn in grants and $70bn in investment. "
        "It also gives $1bn in food aid.",
        [N, P, P, P, N],
    ),
    ("conversion-of-part", "The aid, including £200m (US$250m) for energy, grows.", [P, P]),
    (
        "allocated-after-package",
        "The new aid package is worth $40bn. Some $12bn are intended for arms, and $5bn for pay.",
        [N, P, P],
    ),
    (
        "will-be-spent",
        "Oslo set aside €20bn in aid for Kyiv. €4bn will be spent on demining this year.",
        [N, P],
    ),
    (
        "of-this-amount",
        "It will give $500m in aid. Of this amount, $150m will go to drones and $100m to shells.",
        [N, P, P],
    ),
    (
        "first-step",
        "Leaders aim at €30bn in arms aid. As a first step, they should agree €4bn for shells.",
        [N, P],
    ),
    (
        "first-tranche",
        "The IMF approved a $2bn loan. The first tranche of $400m was paid on Monday.",
        [N, P],
    ),
]

NEW = [
    ("plain", "Japan pledged $500m in aid to the country.", [N]),
    (
        "contribution-allocated-is-its-own",
        "Donors gave $2bn. Kuwait's contribution of $100m will be allocated to the UN agency.",
        [N, N],
    ),
    (
        "allocated-needs-a-larger-figure",
        "Japan gave $500m. Another $900m will be allocated by Korea.",
        [N, N],
    ),
    ("conversion", "Australia will send A$245m (US$163m) in tanks.", [N, N]),
    ("headline-repeat", "EU agrees €50bn aid. The leaders agreed on €50bn in support.", [N, N]),
    ("additional", "The bank provides an additional $1bn in support.", [N]),
    (
        "including-far",
        "Including this aid, the bloc's total contribution is big; it sent €7m.",
        [N],
    ),
    ("total-today", "The total promises today amount to €7bn.", [N]),
    ("total-collected", "She noted that a total of €7bn had been collected.", [N]),
    (
        "since-other-clause",
        "Dozens died since the war began, the UN chief said at a $2bn appeal.",
        [N],
    ),
    ("weekday-opener", LEAD + "On Monday, the minister announced $15m in relief.", [N]),
    ("future-year-opener", LEAD + "In 2026, the government proposed to allocate $2bn.", [N]),
    ("recent-date-opener", LEAD + "On 8 March, the council approved €3bn for the fund.", [N]),
    ("lead-dated", "In February, donors pledged $4bn for the region.", [N]),
    ("recent-years", "Relief grew in recent years to $40m.", [N]),
    ("each", "Mali and Niger get $50m each.", [N]),
    (
        "re-mention-is-not-a-part",
        "Aid is $25m: first $5m, then $15m. The list named the $5m again.",
        [N, N, N, N],
    ),
    ("appositive-comment", "He announced $15m, one he said doubled the aid so far.", [N]),
    ("not-a-sum", "Allies pledged $450m. The UK gives $300m. Norway adds $100m.", [N, N, N]),
    ("bring-no-to", "The donors will bring $2bn in aid.", [N]),
    ("earlier-today", "I announced earlier today that we give $368m in aid.", [N]),
    ("comparison", "Charities pledged $506m, far more than funds promised previously.", [N]),
    ("new-main-clause", "The bill, which we reported weeks ago, now asks $1bn more.", [N]),
    ("recent-event", "Victims of the recent earthquake get $5m in aid.", [N]),
    ("total-new-aid", "Germany announced a total of €500m in new aid.", [N]),
]


def _ids(cases: list[tuple[str, str, list[Novelty]]]) -> list[str]:
    return [c[0] for c in cases]


@pytest.mark.parametrize(("name", "text", "expected"), CUMULATIVE, ids=_ids(CUMULATIVE))
def test_cumulative(name: str, text: str, expected: list[Novelty]) -> None:
    assert novelties(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), REPEAT, ids=_ids(REPEAT))
def test_repeat(name: str, text: str, expected: list[Novelty]) -> None:
    assert novelties(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), PART, ids=_ids(PART))
def test_part(name: str, text: str, expected: list[Novelty]) -> None:
    assert novelties(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), NEW, ids=_ids(NEW))
def test_new(name: str, text: str, expected: list[Novelty]) -> None:
    assert novelties(text) == expected


def test_dated_opener_without_publication_date_is_background_outside_the_lead() -> None:
    text = LEAD + "In March, the council approved €3bn for the fund."
    assert novelties(text, published=None) == [R]


def test_dated_opener_recent_relative_to_publication_is_the_event() -> None:
    text = LEAD + "In March, the council approved €3bn for the fund."
    assert novelties(text, published=date(2025, 4, 30)) == [R]
    assert novelties(text, published=date(2025, 3, 2)) == [N]


def test_period_before_publication_with_a_past_giving_verb_is_repeat() -> None:
    text = LEAD + "The ministry provided €2bn for the programme."
    fig = figures(text)[0]._replace(period_end=date(2024, 12, 31))
    assert resolve_novelties(text, [fig], published=PUB) == (R,)
    assert resolve_novelties(text, [fig], published=None) == (N,)


def test_later_mention_inherits_the_first_mentions_part() -> None:
    text = "The law gives $60bn, including $23bn for stocks. The $23bn goes to the army."
    assert novelties(text) == [N, P, P]


def test_order_of_input_does_not_matter() -> None:
    text = "The bill gives $95bn, including $61bn for Ukraine."
    figs = figures(text)
    assert resolve_novelties(text, figs[::-1]) == (P, N)


def test_single_figure_wrapper_sees_the_others() -> None:
    text = "The bill gives $95bn, including $61bn for Ukraine."
    big, small = figures(text)
    assert resolve_novelty(text, small, [big, small]) is P
    assert resolve_novelty(text, big, [small]) is N


def test_a_range_is_not_a_component_of_a_sum() -> None:
    text = "The fund seeks up to €40bn. It is worth €20bn to €40bn, at least €20bn."
    top, low, high, least = figures(text)
    ranged = low._replace(value_max=40e9)
    assert resolve_novelties(text, [top, ranged, high, least]) == (N, N, N, N)
    assert resolve_novelties(text, [top, low, high, least])[1] is P  # without the bound


def test_no_figures() -> None:
    assert resolve_novelties("No money here.", []) == ()


def test_clause_span_limits_the_window() -> None:
    text = "So far the war has been long, yet Rome pledged €1bn in new aid."
    fig = figures(text)[0]
    clause = text.index("Rome")
    assert resolve_novelties(text, [fig]) == (C,)
    assert resolve_novelties(text, [fig._replace(clause_start=clause)]) == (N,)
