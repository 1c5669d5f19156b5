"""A deterministic benchmark corpus of aid-news articles.

Documents are the bundled seeds (``seeds/*.txt``, read by path at run time) plus articles
recombined from the seeds' paragraphs and from invented sentences below: aid sentences
with money, periods, speakers, donors and recipients (templates with slots), and filler
sentences with no money (some with counts, percentages, years and quotes). The same
``seed`` always gives the same documents, byte for byte.

No text from the shared evaluation corpus is used.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

SEEDS_DIR: Final = Path(__file__).resolve().parent.parent / "seeds"

#: The random seed of every benchmark corpus.
DEFAULT_SEED: Final = 20250310

# --- slots ------------------------------------------------------------------------------------

DONORS: Final[tuple[str, ...]] = (
    "Japan",
    "Norway",
    "Canada",
    "Germany",
    "Australia",
    "South Korea",
    "the Netherlands",
    "Sweden",
    "Switzerland",
    "Denmark",
    "Ireland",
    "New Zealand",
    "Spain",
    "the European Union",
    "the World Bank",
    "the Asian Development Bank",
    "the United Arab Emirates",
    "Saudi Arabia",
    "Qatar",
    "Finland",
)

RECIPIENTS: Final[tuple[str, ...]] = (
    "Ukraine",
    "Sudan",
    "Haiti",
    "Yemen",
    "Moldova",
    "Bangladesh",
    "Somalia",
    "Afghanistan",
    "Syria",
    "Lebanon",
    "Myanmar",
    "Ethiopia",
    "Mozambique",
    "Fiji",
    "Tonga",
    "Nepal",
    "Jordan",
    "Malawi",
    "Chad",
    "Vanuatu",
)

SPEAKERS: Final[tuple[str, ...]] = (
    "Foreign Minister Elena Varga",
    "Development Minister Tomas Reinholt",
    "Prime Minister Aiko Tanabe",
    "Defence Minister Lars Okonkwo-Berg",
    "Finance Minister Priya Natarajan",
    "the agency's director, Mariam Haddad",
    "a ministry spokesperson, Jonas Ekdahl",
    "Ambassador Camille Duret",
    "President Rafael Montoya",
    "the bank's vice-president, Grace Mbeki-Holm",
)

MONEY: Final[tuple[str, ...]] = (
    "$60 million",
    "$1.5 billion",
    "$250,000",
    "$3.2bn",
    "$75m",
    "$12 million",
    "US$400 million",
    "US$1.25 billion",
    "€300 million",
    "€2.4 billion",
    "€45m",
    "€1bn",
    "£75 million",
    "£1.1bn",
    "£600,000",
    "NOK 2.1 billion",
    "SEK 500 million",
    "CHF 120 million",
    "A$40 million",
    "C$325 million",
    "NZ$15 million",
    "¥10 billion",
    "4 billion kroner",
    "1.2 trillion won",
    "20 million euros",
    "350 million dollars",
    "two billion dollars",
    "half a billion euros",
    "$2-3 billion",
    "between $1bn and $2bn",
    "up to €500 million",
    "more than $800 million",
    "about £40m",
    "at least $5 billion",
    "EUR 90 mln",
    "USD 150 million",
    "€8bn (£6.7bn)",
    "$1 billion a month",
    "an annual $3.8 billion",
    "$500,000 a week",
)

PERIODS: Final[tuple[str, ...]] = (
    "this year",
    "next year",
    "in 2026",
    "over the next three years",
    "between 2025 and 2027",
    "by the end of March",
    "for 2025-2027",
    "last month",
    "over five years",
    "in the first quarter",
    "until 2030",
    "this winter",
)

# --- sentences ----------------------------------------------------------------------------------

#: Aid sentences with money; slots: {donor}, {donor2}, {recipient}, {money}, {money2},
#: {speaker}, {period}.
AID_SENTENCES: Final[tuple[str, ...]] = (
    # pledges
    "{donor} pledged {money} in humanitarian aid to {recipient} {period}.",
    "{donor} will provide {money} to help {recipient} rebuild schools and clinics.",
    "{donor} has promised {money} for food assistance in {recipient}, {speaker} said.",
    "“We will give {money} {period},” {speaker} told reporters in Geneva.",
    "{speaker} announced a new package worth {money} for {recipient}.",
    "At a donor conference, {donor} and {donor2} pledged {money} and {money2} respectively.",
    "{donor} committed {money} to the reconstruction of {recipient} {period}.",
    "The pledge of {money} from {donor} is the largest it has made to {recipient}.",
    "{donor} said it would contribute {money} to a fund for refugees from {recipient}.",
    "According to {speaker}, {donor} will send {money} in military aid {period}.",
    "{donor} has earmarked {money} for demining and energy repairs in {recipient}.",
    "Officials said {donor} intends to lend {recipient} {money} {period}.",
    # deliveries
    "{donor} has already disbursed {money} of the {money2} it promised to {recipient}.",
    "So far {donor} has delivered {money} in aid to {recipient}, {speaker} said.",
    "The first tranche of {money} reached {recipient} {period}, the ministry said.",
    "{donor} transferred {money} to the {recipient} budget support programme {period}.",
    "Since the start of the crisis {donor} has spent {money} on aid to {recipient}.",
    "A shipment of supplies worth {money} arrived in {recipient} on Tuesday.",
    "{donor} said it had paid out {money}, roughly half of its commitment.",
    # requests and appeals
    "The United Nations appealed for {money} to help {recipient} {period}.",
    "{recipient} has asked donors for {money} to repair its power grid.",
    "Aid agencies say {recipient} needs {money} {period} to avoid famine.",
    "{speaker} called on donors to raise {money} for {recipient} before the rains.",
    "The appeal for {recipient} is seeking {money} but is only 30% funded.",
    "“{recipient} needs at least {money},” {speaker} said on Monday.",
    # plans and budgets
    "Parliament in {donor} approved {money} in assistance for {recipient} {period}.",
    "The draft budget sets aside {money} for aid to {recipient} {period}.",
    "{donor} plans to increase its aid to {recipient} to {money} {period}.",
    "Under the plan, {donor} would provide {money} a year to {recipient}.",
    "The government of {donor} proposed a {money} facility for {recipient}.",
    "{donor} is considering a loan of {money} to {recipient}, {speaker} said.",
    # loans, grants, funds
    "The World Bank approved a {money} grant for {recipient} {period}.",
    "The International Monetary Fund agreed a {money} loan with {recipient}.",
    "{donor} and {donor2} will co-finance a {money} water project in {recipient}.",
    "The trust fund for {recipient} has received {money} from {donor} so far.",
    "A further {money} will go to the {recipient} Humanitarian Fund, {speaker} said.",
    "{donor} is to channel {money} through the World Food Programme in {recipient}.",
    # military
    "{donor} unveiled a {money} military aid package for {recipient} {period}.",
    "The new package of {money} includes air-defence systems and ammunition.",
    "{donor} will buy weapons worth {money} for {recipient}, {speaker} confirmed.",
    "Military assistance from {donor} to {recipient} totals {money} {period}.",
    # comparisons and totals
    "In total, donors have pledged {money} to {recipient}, up from {money2} {period}.",
    "That brings {donor}'s total aid to {recipient} to {money}.",
    "The {money} pledge is on top of {money2} announced {period}.",
    "Overall support to {recipient} fell from {money} to {money2}.",
    "{donor} cut its aid to {recipient} by {money} {period}.",
    "The package, worth {money}, will be split between {recipient} and its neighbours.",
    # reporting phrasings
    "{speaker} said {donor} would double its contribution to {money}.",
    "{donor} will give {money} to {recipient}, {speaker} wrote on social media.",
    "Reuters reported that {donor} is preparing {money} in aid for {recipient}.",
    "{donor}'s aid to {recipient}, {money} {period}, is conditional on reforms.",
    "The ministry said the {money} would be paid in two instalments {period}.",
    "Diplomats said {donor} could announce up to {money} at the summit.",
    "{speaker} stressed that the {money} was a grant, not a loan.",
    "Mr. Okafor said the U.S. would match {donor}'s {money} contribution.",
    "“This {money} is a lifeline,” said {speaker}, adding that more was needed.",
    "{donor} doubled its humanitarian budget for {recipient} to {money}.",
    "The EU will release {money} to {recipient} once conditions are met.",
    "{donor} has provided more than {money} in assistance to {recipient} since 2022.",
    "The G7 agreed to mobilise {money} for {recipient} {period}, {speaker} said.",
)

#: Sentences without money: context, counts, percentages, years, quotes and abbreviations.
FILLER_SENTENCES: Final[tuple[str, ...]] = (
    "Fighting has displaced more than 3,000 families in the region since January.",
    "The talks are expected to resume next week in Vienna.",
    "Humanitarian access remains limited in the north of the country.",
    "About 40% of the population depends on food aid, the agency estimates.",
    "The minister spoke after meeting her counterparts on the sidelines of the summit.",
    "Rains have washed away roads and bridges across three provinces.",
    "Local officials said 17 schools had reopened by the end of the week.",
    "“The situation is getting worse every day,” a nurse in the capital said.",
    "The conference was attended by delegations from 45 countries.",
    "Critics argue that aid has been slow to reach the most remote villages.",
    "Prices of wheat and fuel have risen sharply since the harbour was closed.",
    "The government declared a state of emergency on 12 March.",
    "Dr. Lindqvist said the clinics were treating twice as many patients as last year.",
    "Electricity is available for only four hours a day in parts of the city.",
    "The U.N. Security Council is due to discuss the crisis on Thursday.",
    "Many of those displaced are women and children, according to the report.",
    "The ceasefire, agreed in 2024, has been broken repeatedly.",
    "Engineers are working to restore water supplies to 250,000 people.",
    "Mr. Haddad has led the agency since 2019.",
    "Opposition lawmakers have questioned how the money will be monitored.",
    "The airport reopened to commercial flights on Sunday.",
    "Temperatures are expected to fall below minus 10 degrees in the coming weeks.",
    "The agency said it had registered 1.2 million people for assistance.",
    "Two aid workers were injured when their convoy came under fire.",
    "The report was published by a group of 12 non-governmental organisations.",
    "Officials did not give a timetable for the next round of talks.",
    "Schools in the border districts have been closed since October.",
    "The harvest is expected to be 30 per cent below average.",
    "A spokesperson declined to comment on the figures.",
    "Call the hotline on +44 20 7946 0000 for information about the appeal.",
    "The programme will run for 18 months and cover 6 districts.",
    "The summit ended with a joint statement signed by 27 leaders.",
    "Rebuilding the bridge could take until 2028, engineers said.",
    "Inflation reached 14.5% in February, the central bank said.",
    "Hospitals are short of insulin, antibiotics and anaesthetics.",
    "The mission's mandate was extended for another year.",
)

# --- shape of a document --------------------------------------------------------------------------

_SEED_SHARE: Final = 0.05  # documents that are a seed, as is
_NO_MONEY_SHARE: Final = 0.10  # documents of filler and seed paragraphs only
_AID_SHARE: Final = 0.20  # sentences of a recombined document that are aid sentences
_FILLER_SHARE: Final = 0.55  # ... filler; the rest are seed paragraphs
_SENTENCES: Final = (14, 34)  # sentences in a recombined document
_PARAGRAPH: Final = (1, 3)  # sentences in a paragraph
_FIRST_DAY: Final = date(2024, 1, 1)
_DAYS: Final = 730


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """What a written corpus holds."""

    docs: int
    text_bytes: int  # UTF-8 bytes of the documents' texts
    file_bytes: int  # bytes of the JSONL file


def seed_texts() -> list[str]:
    """The bundled seed articles, in file-name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]


def _seed_paragraphs(seeds: list[str]) -> list[str]:
    return [line.strip() for text in seeds for line in text.splitlines() if line.strip()]


def _aid_sentence(rng: random.Random, donor: str, recipient: str) -> str:
    donor2 = rng.choice([d for d in DONORS if d != donor])
    return rng.choice(AID_SENTENCES).format(
        donor=donor,
        donor2=donor2,
        recipient=recipient,
        money=rng.choice(MONEY),
        money2=rng.choice(MONEY),
        speaker=rng.choice(SPEAKERS),
        period=rng.choice(PERIODS),
    )


def _capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _recombined(rng: random.Random, paragraphs: list[str], *, money: bool) -> str:
    donor, recipient = rng.choice(DONORS), rng.choice(RECIPIENTS)
    sentences: list[str] = []
    for _ in range(rng.randint(*_SENTENCES)):
        pick = rng.random()
        if money and pick < _AID_SHARE:
            sentences.append(_capitalise(_aid_sentence(rng, donor, recipient)))
        elif pick < _AID_SHARE + _FILLER_SHARE:
            sentences.append(rng.choice(FILLER_SENTENCES))
        else:
            sentences.append(rng.choice(paragraphs))
    out: list[str] = []
    i = 0
    while i < len(sentences):
        n = rng.randint(*_PARAGRAPH)
        out.append(" ".join(sentences[i : i + n]))
        i += n
    return "\n".join(out) + "\n"


def iter_documents(n: int, *, seed: int = DEFAULT_SEED) -> Iterator[dict[str, str]]:
    """Yield ``n`` article records (``id``, ``published``, ``text``), the same for a seed."""
    rng = random.Random(seed)
    seeds = seed_texts()
    paragraphs = _seed_paragraphs(seeds)
    for i in range(n):
        pick = rng.random()
        if pick < _SEED_SHARE:
            text = rng.choice(seeds)
        else:
            text = _recombined(rng, paragraphs, money=pick >= _SEED_SHARE + _NO_MONEY_SHARE)
        published = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
        yield {"id": f"bench-{i:06d}", "published": published.isoformat(), "text": text}


def write_corpus(path: Path, n: int, *, seed: int = DEFAULT_SEED) -> CorpusStats:
    """Write ``n`` documents to ``path`` as JSONL and say how big they are."""
    text_bytes = file_bytes = 0
    with path.open("w", encoding="utf-8", newline="\n") as stream:
        for record in iter_documents(n, seed=seed):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            stream.write(line)
            text_bytes += len(record["text"].encode("utf-8"))
            file_bytes += len(line.encode("utf-8"))
    return CorpusStats(n, text_bytes, file_bytes)
