"""Word tables for :mod:`aidclaims.relevance.decide`: aid nouns, money of other kinds, giving verbs.

Sources: invented example sentences of the kinds found in aid reporting (each non-obvious entry
carries the kind of phrase that forced it). Lower case, matched case-insensitively.
"""

from __future__ import annotations

from typing import Final

from aidclaims.lexicon.words import AID_NOUNS as CORE_AID_NOUNS

#: Aid nouns that need more than being attached to a figure: "help" and "bailout" name
#: aid only with a giver, "pledge" and "allocation" say how, not what.
NOT_ATTACHED: Final[frozenset[str]] = frozenset({"help", "bailout", "pledge", "allocation"})

#: Nouns (and a few verbs) that make money aid: the lexicon's aid nouns, and these.
AID_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "credit facilities",
        "deposit",
        "budget support",
        "aid bill",
        "supplemental",
        "humanitarian",
        "military aid",
        "to support",
        "to help",
        "to assist",
        "reconstruction",  # "donors pledged $10 billion for reconstruction"
        "rebuilding",
        "rescue package",
        # appeals ask for aid: "the UN launched an appeal for $2 billion for Sudan"
        "appeal",
        "appeals",
        "appealed",
        "appealing",
        "response plan",
        # the aid budget itself: "cut from 0.5% to 0.3% of GNI, a reduction of about £6bn"
        "aid budget",
        "aid budgets",
        "aid spending",
        "development budget",
        "oda budget",
    }
) | frozenset(CORE_AID_NOUNS)

#: Money of another kind: a figure near one of these is not aid.
NON_AID_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "sale",
        "sales",
        "sold",
        "sell",
        "selling",
        "purchase price",
        "price",
        "prices",
        "priced",
        "revenue",
        "revenues",
        "turnover",
        "profit",
        "profits",
        "earnings",
        "gdp",
        "gross domestic product",
        "salary",
        "salaries",
        "wage",
        "wages",
        "fine",
        "fined",
        "fines",
        "damage",
        "damages",
        "losses",
        "loss",
        "market",
        "market value",
        "valuation",
        "invest",
        "invests",
        "investment",
        "investments",
        "investors",
        "tariffs",
        "tariff",
        "tax",
        "taxes",
        "bribe",
        "bribes",
        "ransom",
        "net worth",
        "fortune",
        "deal worth",
        "contract worth",
        "settlement",
        "lawsuit",
        # estimates of what something costs: "the cost of rebuilding Gaza could reach $50bn"
        "the cost of",
        "estimated cost",
        "will cost",
        "would cost",
        "could cost",
        "financial burden",  # "estimates the total financial burden for Turkiye is $103bn"
        "remittances",  # "remittances to Nepal reached $11 billion": migrants' money, no aid
    }
)

#: Softer non-aid nouns: an aid noun nearer the figure, or a recipient, outweighs them.
SOFT_NON_AID_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "budget",
        "budgets",
        "defence budget",
        "defense budget",
        "military budget",
        "budget estimate",
        "defence spending",
        "defense spending",
        "military spending",
        "public spending",
        "government spending",
        "expenditure",
        "expenditures",
        "imports",
        "exports",
        "imported",
        "exported",
        # a value is money of any kind: "a package to Ukraine, valued at €198 million" is aid,
        # "a company valued at $2 billion" is not (no recipient)
        "valued at",
        "trade",
        # owing and earning: "Kenya will repay $2bn", "farmers lost $2bn"; a recipient
        # outweighs them. Not buying: aid buys arms ("€100 million will be used to purchase
        # ammunition"), and not "contract": aid is given as contracts too ("USAID contract
        # awards ... for a cut of $54 billion")
        "repay",
        "repays",
        "repaid",
        "repayment",
        "repayments",
        "sanctions",
        "lost",
        "cost",
        "costs",
        "debt",
        "reserves",
        "economy",
        "bonds",
        "assets",
        # a whole appropriations bill is no aid, the aid in it is: "the $1.5-trillion omnibus
        # spending bill ... includes $1 billion for Iron Dome"
        "omnibus",
        "spending bill",
    }
)

#: Verbs of giving: aid cues when the clause names a recipient ("Japan has disbursed $4.5
#: billion to Kyiv"), not otherwise ("the company was given a $2 billion contract").
GIVING_VERBS: Final[frozenset[str]] = frozenset(
    {
        "pledged",
        "pledges",
        "provided",
        "provides",
        "providing",
        "disbursed",
        "donated",
        "committed",
        "allocated",
        "sent",
        "gave",
        "given",
        "granted",
        "promised",
        "transferred",
        "delivered",
        "earmarked",
        "contributed",
        # the other forms of the same verbs: "Japan will give Ukraine $300 million", "Tokyo
        # gives Kyiv $300m" (headlines), "Congress approved $300 million for Ukraine"
        "pledge",
        "pledging",
        "provide",
        "give",
        "gives",
        "giving",
        "send",
        "sends",
        "sending",
        "donate",
        "donates",
        "commit",
        "commits",
        "allocate",
        "allocates",
        "grant",
        "grants",
        "transfer",
        "transfers",
        "deliver",
        "delivers",
        "contribute",
        "contributes",
        "disburse",
        "disburses",
        "approved",
        "approves",
        "approve",
        "mobilised",  # "the EU mobilised €5 million for Libya"
        "mobilized",
        "mobilise",
        "mobilize",
        "released",  # "Italy released €5 million for Libya"
        "releases",
        "release",
        "earmark",
        "earmarks",
        "extended",
        "extends",
        "extend",
        "fund",
        "funds",
        "funded",
        "finance",
        "finances",
        "financed",
        # the receiving side: "Morocco will receive €5 million from Spain"
        "receive",
        "receives",
        "received",
        "receiving",
        # lending to a named recipient is aid: "to lend Kyiv €35 billion"
        "lend",
        "lends",
        "lent",
        "lending",
        "loaned",
        "deposited",  # "Saudi Arabia deposited $3 billion with the central bank of Pakistan"
        "loan",
        "loaning",
    }
)
