"""--currency conversion: one test per rule (date choice, weekend, missing currency, user table)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aidclaims.model import Claim
from aidclaims.pledges import group_claims
from aidclaims.pledges.fx import (
    ECB_SOURCE,
    FX_FIELDS,
    ConvertedClaim,
    EcbRates,
    convert,
    convert_claims,
    convert_pledges,
    fx_date,
    load_rates,
    read_user_rates,
)

ECB = (EcbRates(),)
FRIDAY, SATURDAY, SUNDAY = date(2024, 6, 14), date(2024, 6, 15), date(2024, 6, 16)


def claim(**kw: object) -> Claim:
    fields: dict[str, object] = {"doc": "a", "start": 0, "end": 4, "amount_text": "€100"}
    fields.update({"value": 100.0, "currency": "EUR", "recipient": "Ukraine"})
    fields.update(kw)
    return Claim.model_validate(fields)


# --- date choice -------------------------------------------------------------------------------


def test_publication_date_wins_over_period_end() -> None:
    assert fx_date(date(2024, 3, 1), date(2024, 12, 31)) == date(2024, 3, 1)


def test_period_end_when_no_publication_date() -> None:
    assert fx_date(None, date(2024, 12, 31)) == date(2024, 12, 31)
    (c,) = convert_claims([claim(period_end=FRIDAY)], "USD", {"a": None}, ECB)
    assert c.fx_date == FRIDAY
    assert c.value_converted is not None


def test_no_date_no_conversion() -> None:
    (c,) = convert_claims([claim()], "USD", {}, ECB)
    assert c.value_converted is None
    assert c.fx_rate is None
    assert c.fx_note is not None
    assert "no date" in c.fx_note


def test_claims_converted_at_their_documents_date() -> None:
    (c,) = convert_claims([claim(period_end=date(2020, 1, 31))], "USD", {"a": FRIDAY}, ECB)
    assert c.fx_date == FRIDAY
    assert isinstance(c, ConvertedClaim)


# --- weekend and holiday fallback ----------------------------------------------------------------


@pytest.mark.parametrize("day", [SATURDAY, SUNDAY])
def test_weekend_uses_the_friday_fixing(day: date) -> None:
    weekend = convert(100.0, None, "EUR", "USD", day, ECB)
    friday = convert(100.0, None, "EUR", "USD", FRIDAY, ECB)
    assert weekend.fx_date == FRIDAY
    assert weekend.fx_rate == friday.fx_rate
    assert weekend.fx_source == ECB_SOURCE


def test_holiday_uses_the_last_fixing_before_it() -> None:
    # 1 January has no ECB fixing; 29 December 2023 (Friday) was the last one
    c = convert(100.0, None, "USD", "EUR", date(2024, 1, 1), ECB)
    assert c.fx_date == date(2023, 12, 29)


def test_before_the_ecb_history_there_is_no_fixing() -> None:
    c = convert(100.0, None, "USD", "EUR", date(1990, 5, 1), ECB)
    assert c.value_converted is None
    assert c.fx_note is not None
    assert "fixing" in c.fx_note


# --- missing currency ----------------------------------------------------------------------------


@pytest.mark.parametrize("currency", ["UAH", "BDT", "PKR", "SAR", "EGP"])
def test_currency_the_ecb_lacks_is_not_converted(currency: str) -> None:
    c = convert(100.0, None, currency, "EUR", FRIDAY, ECB)
    assert c.value_converted is None
    assert c.fx_note == f"no rate for {currency} in {ECB_SOURCE}"


def test_claim_without_currency_is_not_converted() -> None:
    c = convert(100.0, None, None, "EUR", FRIDAY, ECB)
    assert c.value_converted is None
    assert c.fx_note is not None
    assert "no currency" in c.fx_note


def test_same_currency_is_identity() -> None:
    c = convert(100.0, 200.0, "EUR", "eur", FRIDAY, ECB)
    assert (c.value_converted, c.value_max_converted, c.fx_rate) == (100.0, 200.0, 1.0)


def test_range_bound_is_converted_at_the_same_rate() -> None:
    c = convert(100.0, 200.0, "USD", "EUR", FRIDAY, ECB)
    assert c.fx_rate is not None
    assert c.value_max_converted == pytest.approx(200.0 * c.fx_rate)
    assert 0.8 < c.fx_rate < 1.0  # a dollar was worth about 0.93 euro in June 2024


def test_cross_rate_goes_through_the_euro() -> None:
    usd = convert(1.0, None, "EUR", "USD", FRIDAY, ECB).fx_rate
    jpy = convert(1.0, None, "EUR", "JPY", FRIDAY, ECB).fx_rate
    c = convert(1.0, None, "USD", "JPY", FRIDAY, ECB)
    assert usd is not None
    assert jpy is not None
    assert c.fx_rate == pytest.approx(jpy / usd)


# --- user table ----------------------------------------------------------------------------------


def test_user_table_wins_over_the_ecb(tmp_path: Path) -> None:
    table = tmp_path / "rates.csv"
    table.write_text("date,currency,per_eur\n2024-06-14,USD,2.0\n", encoding="utf-8")
    c = convert(100.0, None, "EUR", "USD", SATURDAY, load_rates(table))
    assert c.fx_rate == 2.0
    assert c.value_converted == 200.0
    assert c.fx_date == FRIDAY
    assert c.fx_source == "user table rates.csv"


def test_user_table_adds_a_currency_the_ecb_lacks(tmp_path: Path) -> None:
    table = tmp_path / "uah.csv"
    table.write_text("date,currency,rate,base\n2024-06-14,UAH,40.0,USD\n", encoding="utf-8")
    sources = load_rates(table)
    c = convert(4000.0, None, "UAH", "USD", FRIDAY, sources)
    assert c.value_converted == pytest.approx(100.0)
    # a pair the user table cannot make falls back to the ECB
    ecb = convert(100.0, None, "EUR", "USD", FRIDAY, sources)
    assert ecb.fx_source == ECB_SOURCE


@pytest.mark.parametrize(
    "text",
    [
        "day,currency,per_eur\n2024-06-14,USD,1.1\n",
        "date,currency,per_eur\n2024-13-01,USD,1.1\n",
        "date,currency,per_eur\n2024-06-14,USD,abc\n",
        "date,currency,per_eur\n2024-06-14,USD,-1\n",
    ],
    ids=["bad-header", "bad-date", "bad-rate", "negative-rate"],
)
def test_bad_user_table_is_refused(tmp_path: Path, text: str) -> None:
    table = tmp_path / "bad.csv"
    table.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.csv"):
        read_user_rates(table)


# --- pledges -------------------------------------------------------------------------------------


def test_pledges_convert_at_their_first_report() -> None:
    claims = [claim(), claim(start=10, end=14)]
    (pledge,) = group_claims(claims, {"a": FRIDAY})
    (converted,) = convert_pledges([pledge], "USD", ECB)
    assert converted.fx_date == FRIDAY
    assert converted.value_converted == pytest.approx(100.0 * (converted.fx_rate or 0.0))
    assert set(FX_FIELDS) <= set(type(converted).model_fields)


# --- a user's rate to a third currency, chained with the ECB's ----------------------------------


def test_user_rate_to_dollars_is_chained_with_the_ecb(tmp_path: Path) -> None:
    table = tmp_path / "nbu.csv"
    table.write_text("date,currency,rate,base\n2024-06-14,UAH,41.0,USD\n", encoding="utf-8")
    sources = load_rates(table)
    c = convert(41e9, None, "UAH", "EUR", SATURDAY, sources)
    usd_eur = convert(1.0, None, "USD", "EUR", SATURDAY, ECB).fx_rate
    assert usd_eur is not None
    assert c.fx_rate == pytest.approx(usd_eur / 41.0)
    assert c.value_converted == pytest.approx(1e9 * usd_eur)
    assert c.fx_date == FRIDAY
    assert c.fx_source == "user table nbu.csv (UAH/USD), ECB reference rate (USD/EUR)"
    assert c.fx_note is None


def test_no_chain_without_a_leg() -> None:
    c = convert(1e9, None, "UAH", "EUR", SATURDAY, ECB)
    assert c.value_converted is None
    assert c.fx_note == "no rate for UAH in ECB reference rate"
