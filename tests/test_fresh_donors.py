"""Issue #14, class 6: donors.

Sentences of our own, written after reading real news phrasing beyond the development set. Each
table mixes positives and negatives; a case names the figure it is about by its exact text.
"""

from __future__ import annotations

from datetime import date

import pytest

from aidclaims import Claim, extract

PUB = date(2025, 4, 10)


def _claim(text: str, amount: str, published: date | None = PUB, url: str | None = None) -> Claim:
    claims = extract(text, published=published, url=url, include_non_aid=True)
    for c in claims:
        if c.amount_text == amount:
            assert text[c.start : c.end] == amount
            return c
    raise AssertionError(f"{amount!r} not in {[c.amount_text for c in claims]}")


# --- class 6: donors -----------------------------------------------------------------------------
DONORS = [
    pytest.param(
        "The United States announced $584 million in aid for Yemen, the European Commission $173 million and Germany $123 million.",
        "$173 million",
        ("European Commission",),
        id="elliptical-list-giver",
    ),
    pytest.param(
        "The United States announced $584 million in aid for Yemen, the European Commission $173 million and Germany $123 million.",
        "$123 million",
        ("Germany",),
        id="elliptical-list-last-giver",
    ),
    pytest.param(
        "Pledges included $150 million from Saudi Arabia, €50 million from Germany and $94 million from the United States.",
        "$94 million",
        ("United States",),
        id="from-after-the-figure",
    ),
    pytest.param(
        "The US House approved a $95 billion aid package for Ukraine and Israel.",
        "$95 billion",
        ("United States",),
        id="house-approved",
    ),
    pytest.param(
        "Aid of $1 billion was approved by the U.S. House of Representatives for Israel's air defence.",
        "$1 billion",
        ("United States",),
        id="passive-by-house",
    ),
    pytest.param(
        "Canada, Australia and New Zealand pledged NZ$30 million in aid to Tonga.",
        "NZ$30 million",
        ("Canada, Australia and New Zealand",),
        id="list-as-written",
    ),
    pytest.param(
        "The U.K., Canada and Japan will provide $10 billion to Ukraine.",
        "$10 billion",
        ("U.K., Canada and Japan",),
        id="list-of-donors",
    ),
    pytest.param(
        "The European Commission proposed €50 billion in support for Ukraine.",
        "€50 billion",
        ("European Commission", "European Union"),
        id="commission",
    ),
    pytest.param(
        "The Council of the EU approved €1.8 billion for Ukraine.",
        "€1.8 billion",
        ("Council", "European Union"),
        id="council",
    ),
    pytest.param(
        "Developed countries agreed to provide $300 billion a year to developing countries.",
        "$300 billion",
        ("developed countries",),
        id="developed-countries",
    ),
    pytest.param(
        "The G7 agreed a $50 billion loan for Ukraine backed by Russian assets.",
        "$50 billion",
        ("G7", "Group of Seven"),
        id="g7",
    ),
    pytest.param(
        "The IMF approved a $1.1 billion disbursement to Pakistan.",
        "$1.1 billion",
        ("IMF", "International Monetary Fund"),
        id="imf",
    ),
    pytest.param(
        "In Baku, the IMF said Egypt would receive $1.2 billion in new loans.",
        "$1.2 billion",
        ("IMF", "International Monetary Fund", None),
        id="not-the-nearest-place",
    ),
    pytest.param(
        "Saudi Arabia pledged $500 million in aid to Yemen at the Geneva conference.",
        "$500 million",
        ("Saudi Arabia",),
        id="subject-of-verb",
    ),
    pytest.param(
        "Ukraine will receive $1 billion from Japan for reconstruction.",
        "$1 billion",
        ("Japan",),
        id="from-donor",
    ),
    pytest.param(
        "The World Bank approved a $500 million loan to Kenya.",
        "$500 million",
        ("World Bank",),
        id="bank",
    ),
    pytest.param(
        "Germany and France pledged €2 billion for Gaza reconstruction.",
        "€2 billion",
        ("Germany and France",),
        id="pair",
    ),
    pytest.param(
        "Allies pledged $40 billion in military aid to Ukraine for next year.",
        "$40 billion",
        ("allies",),
        id="allies",
    ),
    pytest.param(
        "Gulf states promised $3 billion to rebuild Lebanon.",
        "$3 billion",
        ("Gulf states",),
        id="gulf-states",
    ),
    pytest.param(
        "Donors pledged $7 billion for Syria at the Brussels conference.",
        "$7 billion",
        ("donors",),
        id="donors-not-place",
    ),
    pytest.param(
        "The United Nations appealed for $4 billion to help Afghanistan.",
        "$4 billion",
        ("donors", None),
        id="appeal-has-no-un-donor",
    ),
    # --- legislatures, deals, people acting for a party (round 2)
    pytest.param(
        "The Senate on Tuesday passed a $40 billion aid package for Ukraine and Taiwan.",
        "$40 billion",
        ("United States",),
        id="senate-passed",
    ),
    pytest.param(
        "Congress approved $300 million in security assistance for Jordan.",
        "$300 million",
        ("United States",),
        id="congress-is-the-us",
    ),
    pytest.param(
        "G7 negotiators agreed to lend Kyiv about $50 billion.",
        "$50 billion",
        ("G7",),
        id="negotiators-act-for-g7",
    ),
    pytest.param(
        "The Group of Seven struck a tentative deal to lend Kyiv $50 billion.",
        "$50 billion",
        ("G7",),
        id="struck-a-deal-to-lend",
    ),
    pytest.param(
        "US lawmakers approved $300 million for Ukraine.",
        "$300 million",
        ("US",),
        id="lawmakers",
    ),
    pytest.param(
        "Japan Senate backs $2 billion Kenya, Ghana aid bill, sends it to the cabinet.",
        "$2 billion",
        ("Japan", None),
        id="name-after-figure-is-no-subject",
    ),
    pytest.param(
        "The G7 intends to guarantee a $50 billion loan for Ukraine.",
        "$50 billion",
        ("G7",),
        id="guarantee",
    ),
    # --- a person acting for a party: the title's country or institution gives
    pytest.param(
        "German Chancellor Olaf Scholz pledged €5 billion to Ukraine.",
        "€5 billion",
        ("Germany",),
        id="demonym-title-person",
    ),
    pytest.param(
        "U.S. President Joe Biden on Wednesday approved $61 billion for Ukraine.",
        "$61 billion",
        ("United States",),
        id="country-title-person-time-gap",
    ),
    pytest.param(
        "Japan's Prime Minister Fumio Kishida pledged $4.5 billion in aid to Ukraine.",
        "$4.5 billion",
        ("Japan",),
        id="possessive-title-person",
    ),
    pytest.param(
        "European Commission President Ursula von der Leyen announced €1 billion in aid for Syria.",
        "€1 billion",
        ("European Commission",),
        id="institution-title-particle-name",
    ),
    pytest.param(
        "Canadian Prime Minister Justin Trudeau will provide $500 million in military aid to Ukraine.",
        "$500 million",
        ("Canada",),
        id="title-person-modal",
    ),
    pytest.param(
        "Canada's Minister of International Development Ahmed Hussen announced $30 million in "
        "new funding for Sudan.",
        "$30 million",
        ("Canada",),
        id="title-with-of-phrase",
    ),
    pytest.param(
        "Japan on Monday, March 3, pledged $5 billion in aid to Ukraine.",
        "$5 billion",
        ("Japan",),
        id="time-then-date-apposition",
    ),
    pytest.param(
        "U.S. President Joe Biden on Wednesday, April 24, approved a bill on military aid to "
        "Ukraine. It gives $5 billion to Ukraine.",
        "$5 billion",
        ("United States",),
        id="document-donor-from-a-dated-subject",
    ),
    pytest.param(
        '"Donors have promised €7 billion in all," Swedish Premier Ulf Kristersson announced.',
        "€7 billion",
        ("donors",),
        id="speaker-after-quote-is-no-donor",
    ),
]


@pytest.mark.parametrize(("text", "amount", "donors"), DONORS)
def test_donors(text: str, amount: str, donors: tuple[str | None, ...]) -> None:
    got = _claim(text, amount).donor
    if got is None:
        assert None in donors
        return
    norm = got.lower().removeprefix("the ")
    assert any(d is not None and (d.lower() in norm or norm in d.lower()) for d in donors), got


RECIPIENTS = [
    pytest.param(
        "Donors raised €7 billion for earthquake relief efforts in Türkiye and Syria on Monday.",
        "€7 billion",
        "Türkiye and Syria",
        id="relief-efforts-in",
    ),
    pytest.param(
        "Britain promised $264 million in aid to Yemen, and the U.S. Agency for International Development (USAID) $24 million.",
        "$24 million",
        "Yemen",
        id="list-stops-at-next-giver",
    ),
    pytest.param(
        "The summit in Geneva raised $2 billion in pledges.",
        "$2 billion",
        None,
        id="in-a-city-is-no-recipient",
    ),
    pytest.param(
        "The bills provide $60 billion to address the conflict in Ukraine, including $23 billion "
        "for weapons.",
        "$60 billion",
        "Ukraine",
        id="conflict-in",
    ),
    pytest.param(
        "Congress approved $5 billion for the war in Ukraine.",
        "$5 billion",
        "Ukraine",
        id="war-in",
    ),
]


@pytest.mark.parametrize(("text", "amount", "recipient"), RECIPIENTS)
def test_recipients(text: str, amount: str, recipient: str | None) -> None:
    assert _claim(text, amount).recipient == recipient


def test_a_speaker_who_gives_names_the_donor() -> None:
    text = (
        "The head of the European Commission, Ursula von der Leyen, said the summit mattered. "
        "Von der Leyen also announced €108 million in humanitarian aid to Syria."
    )
    claim = _claim(text, "€108 million")
    assert (claim.donor, claim.recipient) == ("European Commission", "Syria")


def test_a_speaker_who_only_speaks_names_no_donor() -> None:
    text = (
        "UN Secretary-General Antonio Guterres spoke in Geneva. Guterres said $2 billion in aid "
        "is needed for Sudan."
    )
    assert _claim(text, "$2 billion").donor != "United Nations"


def test_a_possessive_after_to_receives() -> None:
    text = "Reynders said the G7 would announce their contributions to Kyiv's $50 billion loan."
    claim = _claim(text, "$50 billion")
    assert (claim.donor, claim.recipient) == ("G7", "Ukraine")
