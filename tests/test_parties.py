"""Donors and recipients (aidclaims.parties), on short sentences written for these tests."""

from __future__ import annotations

import pytest
import regex

from aidclaims.lexicon import places as table
from aidclaims.money import find_money
from aidclaims.parties import (
    DocumentParties,
    Parties,
    PlaceMention,
    find_document_parties,
    find_parties,
    find_place_mentions,
)
from aidclaims.parties.select import next_figure
from aidclaims.text.sentences import find_sentences
from aidclaims.text.trie import compile_lists


def parties_of(sentence: str, figure: str) -> Parties:
    """Run find_parties on a one-sentence text for the first occurrence of ``figure``."""
    start = sentence.index(figure)
    end = start + len(figure)
    assert sentence[start:end] == figure
    return find_parties(sentence, 0, len(sentence), start, end)


def in_document(before: str, sentence: str, after: str, figure: str) -> Parties:
    """Run find_parties with the sentence embedded in a longer document."""
    text = before + sentence + after
    sent_start = len(before)
    start = text.index(figure, sent_start)
    assert text[start : start + len(figure)] == figure
    return find_parties(text, sent_start, sent_start + len(sentence), start, start + len(figure))


# (sentence, figure, donor, recipient)
DONOR_CUES = [
    pytest.param(
        "Canada pledged C$500 million to Ukraine.",
        "C$500 million",
        "Canada",
        "Ukraine",
        id="subject-pledged-to",
    ),
    pytest.param(
        "Member states have pledged over €10 billion in assistance to Moldova.",
        "€10 billion",
        "member states",
        "Moldova",
        id="generic-member-states",
    ),
    pytest.param(
        "The Irish government will provide €12 million to Lebanon this year.",
        "€12 million",
        "Ireland",
        "Lebanon",
        id="demonym-government-collapses",
    ),
    pytest.param(
        "Japan's $200 million package for the Philippines was approved on Friday.",
        "$200 million",
        "Japan",
        "Philippines",
        id="possessive-package-for",
    ),
    pytest.param(
        "A €20 million grant from the Dutch government will rebuild schools.",
        "€20 million",
        "Netherlands",
        None,
        id="from-demonym-government",
    ),
    pytest.param(
        "Haiti will receive $10 million from the IMF.",
        "$10 million",
        "IMF",
        "Haiti",
        id="receive-from",
    ),
    pytest.param(
        "The EU will provide Moldova with €100 million.",
        "€100 million",
        "European Union",
        "Moldova",
        id="provide-y-with",
    ),
    pytest.param(
        "€5 million was allocated to Gaza by Ireland.",
        "€5 million",
        "Ireland",
        "Gaza",
        id="passive-by",
    ),
    pytest.param(
        "The $40 million programme for Laos, approved by the Asian Development Bank, starts now.",
        "$40 million",
        "Asian Development Bank",
        "Laos",
        id="passive-by-institution",
    ),
    pytest.param(
        "The latest Belgian package is worth €75 million.",
        "€75 million",
        "Belgium",
        None,
        id="demonym-before-package",
    ),
    pytest.param(
        "Total Danish humanitarian aid to Sudan reached $30 million.",
        "$30 million",
        "Denmark",
        "Sudan",
        id="demonym-before-aid-noun",
    ),
    pytest.param(
        "An EU-funded programme worth €8 million will train nurses in Malawi.",
        "€8 million",
        "European Union",
        None,
        id="x-funded",
    ),
    pytest.param(
        "Oslo will transfer 3 billion kroner to Kyiv next year.",
        "3 billion kroner",
        "Norway",
        "Ukraine",
        id="capital-metonyms",
    ),
    pytest.param(
        "In 2023, Warsaw's budget for Chisinau stood at €90 million.",
        "€90 million",
        "Poland",
        "Moldova",
        id="possessive-budget-for",
    ),
    pytest.param(
        "Allies must allocate at least $2 billion every quarter for Georgia.",
        "$2 billion",
        "allies",
        "Georgia",
        id="must-allocate-sentence-initial",
    ),
    pytest.param(
        "NATO partners need to provide an extra $3 billion in air defence aid.",
        "$3 billion",
        "NATO partners",
        None,
        id="need-to-provide",
    ),
    pytest.param(
        "The Swiss government is willing to provide CHF 1.5 billion for reconstruction.",
        "CHF 1.5 billion",
        "Switzerland",
        None,
        id="willing-to-provide",
    ),
    pytest.param(
        "Qatar on Tuesday announced a $50 million donation to Lebanon.",
        "$50 million",
        "Qatar",
        "Lebanon",
        id="weekday-between-subject-and-verb",
    ),
    pytest.param(
        "The Netherlands, through its development bank FMO, is providing €60 million to Kenya.",
        "€60 million",
        "Netherlands",
        "Kenya",
        id="subject-with-apposition",
    ),
    pytest.param(
        "Sweden and Finland pledged €400 million to Ukraine.",
        "€400 million",
        "Sweden and Finland",
        "Ukraine",
        id="donor-list",
    ),
    pytest.param(
        "Contributions from donor countries reached $700 million by June.",
        "$700 million",
        "donor countries",
        None,
        id="contributions-from",
    ),
    pytest.param(
        "The Government of Canada committed C$30 million to Haiti.",
        "C$30 million",
        "Canada",
        "Haiti",
        id="government-of-x",
    ),
    pytest.param(
        "Norway is increasing its support and plans to give 12 billion kroner next year.",
        "12 billion kroner",
        "Norway",
        None,
        id="main-subject-of-sentence",
    ),
    pytest.param(
        "A $25 million loan from the Nordic Climate Trust Fund will help Fiji.",
        "$25 million",
        "Nordic Climate Trust Fund",
        "Fiji",
        id="capitalised-trust-fund",
    ),
    pytest.param(
        "Britain's total support for Jamaica now stands at £9 million.",
        "£9 million",
        "United Kingdom",
        "Jamaica",
        id="possessive-total-support",
    ),
]

REQUESTS = [
    pytest.param(
        "Ukraine asked its allies for $5 billion.",
        "$5 billion",
        "allies",
        "Ukraine",
        id="asked-its-allies-for",
    ),
    pytest.param(
        "Jordan to ask Germany for an extra €300 million in refugee aid.",
        "€300 million",
        "Germany",
        "Jordan",
        id="headline-to-ask",
    ),
    pytest.param(
        "Georgia asked the EU for €80 million in budget support.",
        "€80 million",
        "European Union",
        "Georgia",
        id="asked-the-eu-for",
    ),
    pytest.param(
        "Somalia is asking for another $90 million to fight the drought.",
        "$90 million",
        None,
        "Somalia",
        id="asking-for-no-donor",
    ),
    pytest.param(
        "Kenya made a request to the World Bank for $750 million in budget support.",
        "$750 million",
        "World Bank",
        "Kenya",
        id="request-to-x",
    ),
    pytest.param(
        "Donors were urged to provide $1 billion for Yemen.",
        "$1 billion",
        "donors",
        "Yemen",
        id="passive-urged",
    ),
    pytest.param(
        "Moldova asked EU member states to allocate €250 million.",
        "€250 million",
        "EU member states",
        "Moldova",
        id="asked-object-to-allocate",
    ),
    pytest.param(
        "Germany urged its partners to provide €900 million.",
        "€900 million",
        "partners",
        None,
        id="urger-is-no-recipient",
    ),
]

RECIPIENT_CUES = [
    pytest.param(
        "Denmark sent 2 billion kroner for Ukrainian needs.",
        "2 billion kroner",
        "Denmark",
        "Ukraine",
        id="demonym-needs",
    ),
    pytest.param(
        "Austria will fund €15 million of Armenia's reconstruction needs.",
        "€15 million",
        "Austria",
        "Armenia",
        id="possessive-needs",
    ),
    pytest.param(
        "Bhutan was on Friday allocated Rs 900 crore as development aid.",
        "Rs 900 crore",
        None,
        "Bhutan",
        id="passive-allocated-subject",
    ),
    pytest.param(
        "The plan includes $7 million in food aid for Rohingya refugees in Bangladesh.",
        "$7 million",
        None,
        "Rohingya refugees in Bangladesh",
        id="group-rohingya",
    ),
    pytest.param(
        "Ireland gave €3 million in aid for civilians in Sudan and Chad.",
        "€3 million",
        "Ireland",
        "civilians in Sudan and Chad",
        id="group-in-place-list",
    ),
    pytest.param(
        "The bill sets aside $14 billion for Ukraine, Israel and Taiwan.",
        "$14 billion",
        None,
        "Ukraine, Israel and Taiwan",
        id="list-of-three",
    ),
    pytest.param(
        "Japan will send ¥5 billion to the Maldives and Mauritius.",
        "¥5 billion",
        "Japan",
        "Maldives and Mauritius",
        id="list-with-the",
    ),
    pytest.param(
        "Portugal announced €5 million in support for Mozambique.",
        "€5 million",
        "Portugal",
        "Mozambique",
        id="support-for",
    ),
    pytest.param(
        "EU countries that back Moldova should provide €2 billion in budget aid.",
        "€2 billion",
        "EU countries",
        "Moldova",
        id="bloc-phrase-with-relative-clause",
    ),
    pytest.param(
        "Italy pledged €40 million to help rebuild Libya.",
        "€40 million",
        "Italy",
        "Libya",
        id="help-rebuild-object",
    ),
    pytest.param(
        "Canada is giving C$20 million to support Syrian refugees.",
        "C$20 million",
        "Canada",
        "Syrian refugees",
        id="demonym-group-phrase",
    ),
    pytest.param(
        "Spain has increased its humanitarian funding to the Sahel by €10 million.",
        "€10 million",
        "Spain",
        "Sahel",
        id="region-after-to",
    ),
    pytest.param(
        "Poland approved 500 million zlotys for the Ukrainian armed forces.",
        "500 million zlotys",
        "Poland",
        "Ukraine",
        id="demonym-armed-forces",
    ),
    pytest.param(
        "Cyprus receives €2 million annually from Greece.",
        "€2 million",
        "Greece",
        "Cyprus",
        id="receives-annually-from",
    ),
    pytest.param(
        "Egypt gave $3 million for US weapons for Sudan.",
        "$3 million",
        "Egypt",
        "Sudan",
        id="us-weapons-is-no-recipient",
    ),
    pytest.param(
        "Brussels proposed €1.2 billion for Western Balkans and other partner economies.",
        "€1.2 billion",
        "European Union",
        "Western Balkans",
        id="brussels-metonym",
    ),
]

TWO_FIGURES = [
    pytest.param(
        "The act provides $12 billion in aid to Jordan and $3 billion for Egypt.",
        "$12 billion",
        None,
        "Jordan",
        id="first-of-two",
    ),
    pytest.param(
        "The act provides $12 billion in aid to Jordan and $3 billion for Egypt.",
        "$3 billion",
        None,
        "Egypt",
        id="second-of-two",
    ),
    pytest.param(
        "Nepal was allocated Rs 700 crore, followed by Rs 300 crore to Sri Lanka.",
        "Rs 700 crore",
        None,
        "Nepal",
        id="next-figure-bounds-after-window",
    ),
    pytest.param(
        "Nepal was allocated Rs 700 crore, followed by Rs 300 crore to Sri Lanka.",
        "Rs 300 crore",
        None,
        "Sri Lanka",
        id="later-figure-own-recipient",
    ),
    pytest.param(
        "Estonia cut aid to Georgia from €9 million (£7.6 million; $9.8 million) to €4 million.",
        "$9.8 million",
        "Estonia",
        "Georgia",
        id="semicolon-inside-brackets",
    ),
]

CLAUSES = [
    pytest.param(
        "Finland gave €80 million to Ukraine; Latvia sent €20 million to Moldova.",
        "€20 million",
        "Latvia",
        "Moldova",
        id="semicolon-clause",
    ),
    pytest.param(
        "Finland gave €80 million to Ukraine; Latvia sent €20 million to Moldova.",
        "€80 million",
        "Finland",
        "Ukraine",
        id="semicolon-clause-first",
    ),
    pytest.param(
        "Austria will give €30 million to Kenya, while Belgium plans €10 million for Mali.",
        "€10 million",
        "Belgium",
        "Mali",
        id="while-clause",
    ),
    pytest.param(
        "Kosovo received €6 million, according to the European Commission.",
        "€6 million",
        None,
        "Kosovo",
        id="according-to-is-no-party",
    ),
]

NEGATIVES = [
    pytest.param(
        "Finland's defence budget rose to €6 billion.",
        "€6 billion",
        None,
        None,
        id="own-defence-budget",
    ),
    pytest.param(
        "Brazil's GDP reached $2 trillion.",
        "$2 trillion",
        None,
        None,
        id="gdp",
    ),
    pytest.param(
        "The Finnish defence budget rose to €6 billion.",
        "€6 billion",
        None,
        None,
        id="demonym-own-budget",
    ),
    pytest.param(
        "Michael Jordan bought a $20 million house.",
        "$20 million",
        None,
        None,
        id="person-name-not-country",
    ),
    pytest.param(
        "The Washington Post paid $5 million for the building.",
        "$5 million",
        None,
        None,
        id="newspaper-not-capital",
    ),
    pytest.param(
        "The deal is worth 40 billion Norwegian kroner.",
        "40 billion",
        None,
        None,
        id="currency-adjective",
    ),
    pytest.param(
        "Exports to China rose to $9 billion.",
        "$9 billion",
        None,
        None,
        id="exports-to",
    ),
    pytest.param(
        "The fund of $3 billion was blocked by a veto from Hungary.",
        "$3 billion",
        None,
        None,
        id="veto-from",
    ),
    pytest.param(
        "Ukraine asked Ukraine for $1 billion.",
        "$1 billion",
        None,
        "Ukraine",
        id="never-same-entity-twice",
    ),
    pytest.param(
        "Prices rose by $4 billion last year.",
        "$4 billion",
        None,
        None,
        id="no-party",
    ),
    pytest.param(
        "US President Dan Smith praised the $8 billion deal.",
        "$8 billion",
        None,
        None,
        id="country-before-title",
    ),
]

KNOWN_GAPS = [
    pytest.param(
        "Oman deposited $2 billion directly with Tanzania.",
        "$2 billion",
        "Oman",
        "Tanzania",
        id="deposited-with",
    ),
    pytest.param(
        "Swedish Prime Minister Eva Lind signed a $2 billion aid package.",
        "$2 billion",
        "Sweden",
        None,
        id="country-of-signing-official",
    ),
    pytest.param(
        "Countries are encouraged to deliver $4 billion to Chad.",
        "$4 billion",
        "countries",
        "Chad",
        id="bare-countries",
        marks=pytest.mark.xfail(strict=True, reason="bare 'countries' is not in the gazetteer"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "donor", "recipient"),
    DONOR_CUES + REQUESTS + RECIPIENT_CUES + TWO_FIGURES + CLAUSES + NEGATIVES + KNOWN_GAPS,
)
def test_find_parties(sentence: str, figure: str, donor: str | None, recipient: str | None) -> None:
    assert parties_of(sentence, figure) == Parties(donor, recipient)


def test_find_parties_uses_only_its_sentence() -> None:
    before = "Germany pledged €5 billion to Ukraine. "
    sentence = "The money arrives in May, worth €2 billion in total."
    after = " Poland will receive €1 billion from Norway."
    assert in_document(before, sentence, after, "€2 billion") == Parties(None, None)


def test_find_parties_offsets_index_the_document() -> None:
    before = "Intro text. "
    sentence = "Chile pledged $6 million to Peru."
    assert in_document(before, sentence, "", "$6 million") == Parties("Chile", "Peru")


# (text, expected mentions as (surface, canonical, kind))
MENTIONS = [
    pytest.param(
        "The U.S. and the UK joined the EU and NATO.",
        [
            ("U.S.", "United States", "country"),
            ("UK", "United Kingdom", "country"),
            ("EU", "European Union", "bloc"),
            ("NATO", "NATO", "bloc"),
        ],
        id="acronyms",
    ),
    pytest.param(
        "Kiev, Berlin and Washington met German and Japanese officials.",
        [
            ("Kiev", "Ukraine", "country"),
            ("Berlin", "Germany", "country"),
            ("Washington", "United States", "country"),
            ("German", "Germany", "country"),
            ("Japanese", "Japan", "country"),
        ],
        id="capitals-and-demonyms",
    ),
    pytest.param(
        "South Sudan and Sudan asked UNHCR and the Red Cross to help refugees.",
        [
            ("South Sudan", "South Sudan", "country"),
            ("Sudan", "Sudan", "country"),
            ("UNHCR", "UNHCR", "institution"),
            ("Red Cross", "Red Cross", "institution"),
            ("refugees", "refugees", "group"),
        ],
        id="longest-match-and-groups",
    ),
    pytest.param(
        "Aid to the Middle East, the Caribbean and the Indo-Pacific rose.",
        [
            ("Middle East", "Middle East", "region"),
            ("Caribbean", "Caribbean", "region"),
            ("Indo-Pacific", "Indo-Pacific", "region"),
        ],
        id="regions",
    ),
    pytest.param(
        "Allies and partners met. The Israelis came.",
        [
            ("Allies", "allies", "bloc"),
            ("partners", "partners", "bloc"),
            ("Israelis", "Israel", "country"),
        ],
        id="capitalised-generic-and-plural-demonym",
    ),
]

NO_MENTIONS = [
    pytest.param("Send us the data, said the chad.", id="lower-case-words"),
    pytest.param("It cost US$50 and A$20.", id="currency-prefixes"),
    pytest.param("A payment of 9 billion Danish kroner and 2 million Swiss francs.", id="currency"),
    pytest.param("Michael Jordan met Paris Hilton.", id="person-names"),
    pytest.param("The usa and eu words are lower case.", id="lower-case-acronyms"),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_find_place_mentions(text: str, expected: list[tuple[str, str, str]]) -> None:
    mentions = find_place_mentions(text)
    assert [(text[m.start : m.end], m.name, m.kind) for m in mentions] == expected
    for m in mentions:
        assert isinstance(m, PlaceMention)


@pytest.mark.parametrize("text", NO_MENTIONS)
def test_find_place_mentions_negative(text: str) -> None:
    assert find_place_mentions(text) == ()


def test_find_place_mentions_window() -> None:
    text = "Peru and Chile and Bolivia"
    mentions = find_place_mentions(text, 5, 20)
    assert [(text[m.start : m.end], m.name) for m in mentions] == [("Chile", "Chile")]


DOCUMENTS = [
    pytest.param(
        "Norway pledged NOK 2 billion to Ukraine. Oslo will send NOK 1 billion to Kyiv next "
        "year. Norway also gave NOK 100 million to Moldova.",
        Parties("Norway", "Ukraine"),
        id="most-frequent-clause-result",
    ),
    pytest.param(
        "Aid for Kenya is growing. Officials in Nairobi welcomed support for Kenya.",
        Parties(None, "Kenya"),
        id="fallback-to-for-without-figures",
    ),
    pytest.param(
        "Peru gave $1 million to Chile. Chile gave $1 million to Peru.",
        Parties("Peru", "Chile"),
        id="ties-go-to-the-first",
    ),
    pytest.param(
        "The weather was fine. Markets rose 3% in 2024.",
        Parties(None, None),
        id="nothing",
    ),
    pytest.param(
        "Ukraine will receive $2 billion. Ukraine pledged to reform.",
        Parties(None, "Ukraine"),
        id="donor-never-equals-recipient",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_find_document_parties(text: str, expected: Parties) -> None:
    assert find_document_parties(text) == expected


def test_gazetteer_has_every_un_member() -> None:
    # 193 UN members, plus Palestine, the Holy See, Taiwan and Kosovo.
    names = [c.name for c in table.COUNTRIES]
    assert len(names) == 197
    assert len(set(names)) == len(names)


def test_gazetteer_names_are_unambiguous() -> None:
    canonical: dict[str, set[str]] = {}
    for c in table.COUNTRIES:
        for s in (c.name, *c.aliases, *c.demonyms, *c.metonyms):
            canonical.setdefault(s, set()).add(c.name)
    for tab in (
        table.REGIONS,
        table.REGION_ADJECTIVES,
        table.BLOCS,
        table.INSTITUTIONS,
        table.GENERIC_DONORS,
        table.GROUPS,
    ):
        for s, name in tab.items():
            canonical.setdefault(s, set()).add(name)
    clashes = {s: names for s, names in canonical.items() if len(names) > 1}
    assert clashes == {}


# --- The scan: what the regex (?<![\w$@#])\L<entries>(?![\w$]) would find ----------------------

# (text, window start, window end, expected mentions as (surface, canonical, kind))
SCAN_EDGES = [
    pytest.param(
        "Gaza Stripe talks", 0, None, [("Gaza", "Gaza", "region")], id="longest-name-on-a-boundary"
    ),
    pytest.param(
        "Ukrainex and Ukraine", 0, None, [("Ukraine", "Ukraine", "country")], id="not-in-a-word"
    ),
    pytest.param(
        "@EU #NATO $US EU", 0, None, [("EU", "European Union", "bloc")], id="handles-and-tags"
    ),
    pytest.param(
        "internally displaced people and donor nations met donors",
        0,
        None,
        [
            ("internally displaced people", "internally displaced persons", "group"),
            ("donor nations", "donor nations", "bloc"),
            ("donors", "donors", "bloc"),
        ],
        id="lower-case-names-sharing-a-word",
    ),
    pytest.param(
        "the West and the Philippines",
        0,
        None,
        [("the West", "West", "region"), ("the Philippines", "Philippines", "country")],
        id="lower-case-the",
    ),
    pytest.param(
        "Aid to the Gaza Strip", 0, 16, [("Gaza", "Gaza", "region")], id="window-cuts-a-name"
    ),
    pytest.param(
        "South Sudan", 2, None, [("Sudan", "Sudan", "country")], id="window-starts-inside"
    ),
    pytest.param("Perus", 0, 4, [("Peru", "Peru", "country")], id="window-end-is-a-boundary"),
    pytest.param("South Korea", 0, 5, [], id="window-keeps-half-a-name-out"),
]


@pytest.mark.parametrize(("text", "lo", "hi", "expected"), SCAN_EDGES)
def test_find_place_mentions_edges(
    text: str, lo: int, hi: int | None, expected: list[tuple[str, str, str]]
) -> None:
    mentions = find_place_mentions(text, lo, hi)
    assert [(text[m.start : m.end], m.name, m.kind) for m in mentions] == expected


# --- DocumentParties: find_document_parties and find_parties, sharing work ------------------

# (document, figures asked about, expected defaults)
SHARED_DOCUMENTS = [
    pytest.param(
        "Chile pledged $6 million to Peru; Bolivia gave $2 million to Ecuador, officials said. "
        "Peru thanked Santiago.",
        ["$6 million", "$2 million"],
        Parties("Chile", "Peru"),
        id="clauses",
    ),
    pytest.param(
        "Aid for Laos is growing. Thailand will help Laos. The plan costs $3 million.",
        ["$3 million"],
        Parties(None, "Laos"),
        id="fallbacks-decide",
    ),
    pytest.param(
        "Denmark and Finland pledged €40 million to Georgia. Sweden gave €5 million to Georgia. "
        "Aid for Armenia grew.",
        ["€40 million", "€5 million"],
        Parties("Denmark and Finland", "Georgia"),
        id="list-donor",
    ),
    pytest.param(
        "Donors in Oslo met. Tokyo will provide Mongolia with $8 million, while Seoul gave "
        "$1 million for herders.",
        ["$8 million", "$1 million"],
        Parties("Japan", "Mongolia"),
        id="break-while",
    ),
    pytest.param(
        "Refugees from Sudan reached Chad. The European Union and Canada, said officials, "
        "pledged €25 million to civilians in Sudan.",
        ["€25 million"],
        Parties("European Union and Canada", "civilians in Sudan"),
        id="groups-and-lists",
    ),
    pytest.param(
        "The weather was fine. Markets rose 3% in 2024.", ["3%"], Parties(None, None), id="nothing"
    ),
]


@pytest.mark.parametrize(("text", "figures", "expected"), SHARED_DOCUMENTS)
def test_document_parties_answers_as_the_functions(
    text: str, figures: list[str], expected: Parties
) -> None:
    doc = DocumentParties(text)
    assert doc.defaults == find_document_parties(text) == expected
    assert DocumentParties(text, find_sentences(text)).defaults == expected
    for figure in figures:
        start = text.index(figure)
        end = start + len(figure)
        assert text[start:end] == figure
        sentence = next(s for s in find_sentences(text) if s.start <= start < s.end)
        # the sentence, a clause-like window that starts inside it, and each asked twice
        for lo, hi in [(sentence.start, sentence.end), (start - 10, end + 12)] * 2:
            assert doc.find(lo, hi, start, end) == find_parties(text, lo, hi, start, end)


def test_document_parties_is_per_document() -> None:
    first = DocumentParties("Chile pledged $6 million to Peru.")
    second = DocumentParties("Peru pledged $6 million to Chile.")
    assert first.find(0, 33, 14, 24) == Parties("Chile", "Peru")
    assert second.find(0, 33, 14, 24) == Parties("Peru", "Chile")


# --- Private helpers that stand in for slower regex forms -----------------------------------

# (strings of a named list, flags, texts matched at every position)
TRIE_LISTS = [
    pytest.param(
        ["aid", "aids", "aid package", "loan"],
        regex.IGNORECASE,
        ["AIDS, aid packages and an Aid package.", "aidx loans loan"],
        id="prefixes-ignoring-case",
    ),
    pytest.param(
        ["GDP", "budget", "defence budget"],
        regex.IGNORECASE,
        ["the gdp and the Defence Budget", "GDPs budgets"],
        id="upper-case-string-ignoring-case",
    ),
    pytest.param(
        ["US", "U.S.", "USA", "U.S.A."],
        0,
        ["U.S.A. and US and us and U.S. and USAID"],
        id="case-sensitive-with-dots",
    ),
    pytest.param(
        ["’s", "'s", "will", "will be"],
        regex.IGNORECASE | regex.VERBOSE,
        ["it’s will be WILL  be it's"],
        id="verbose-spaces-and-quotes",
    ),
]


@pytest.mark.parametrize(("strings", "flags", "texts"), TRIE_LISTS)
def test_compile_matches_as_a_named_list(strings: list[str], flags: int, texts: list[str]) -> None:
    pattern = r"\L<words>(?!\w)"
    named = regex.compile(pattern, flags, words=strings)
    trie = compile_lists(pattern, flags, words=strings)
    found = 0
    for text in texts:
        for i in range(len(text) + 1):
            a, b = named.match(text, i), trie.match(text, i)
            assert (a and a.span()) == (b and b.span())
            found += a is not None
    assert found > 0


def test_compile_refuses_cased_non_ascii_when_ignoring_case() -> None:
    with pytest.raises(ValueError, match="case-blind"):
        compile_lists(r"\L<w>", regex.IGNORECASE, w=["Éire"])


# (text, the figures in it): parties bound a figure's window by the pipeline's money spans
FIGURE_TEXTS = [
    pytest.param(
        "Norway gave $5 million, then 2 billion kroner and then several million more.",
        ["$5 million", "2 billion kroner"],
        id="each-kind",
    ),
    pytest.param(
        "USD5m, Rs. 200 crore, NZ$4 and tens of\nbillions",
        ["USD5m", "Rs. 200 crore", "NZ$4"],
        id="codes-and-spacing",
    ),
    pytest.param("x5 billion, 3% in 2024 and someone million", [], id="no-figures"),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_TEXTS)
def test_next_figure_is_the_first_money_span_after(text: str, expected: list[str]) -> None:
    spans = [(m.start, m.end) for m in find_money(text)]
    assert [text[a:b] for a, b in spans] == expected
    for lo in range(len(text) + 1):
        after = [s for s in spans if s[0] >= lo]
        assert next_figure(spans, lo, len(text)) == (after[0] if after else None)


def test_a_figure_beyond_the_window_end_bounds_nothing() -> None:
    assert next_figure([(10, 20)], 5, 15) is None


def test_acting_possessive_heads_are_collapse_heads() -> None:
    """The heads that act after a possessive are a choice among the collapse heads."""
    from aidclaims.parties._words_table import ACTING_POSSESSIVE_HEADS, COLLAPSE_HEADS

    assert ACTING_POSSESSIVE_HEADS <= COLLAPSE_HEADS
