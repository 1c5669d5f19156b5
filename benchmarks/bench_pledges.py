"""Time pledge grouping on 100,000 synthetic claims (issue 11: seconds, not hours).

usage: python benchmarks/bench_pledges.py [--claims N] [--seed S]

The claims mimic a news run: 5,000 pledges (donor, recipient, currency, value, stage), each
reported about 20 times across 20,000 articles, with rounding ("$61 billion" / "$60.84
billion"), qualifiers, names given differently ("the U.S." / "Washington"), missing parties,
and a share of unrelated one-off figures. Prints the wall time of assign_pledge_ids (the
``--claims`` output) and of group_claims (one row per pledge).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from aidclaims.model import Claim, Novelty, Qualifier, Status
from aidclaims.pledges import assign_pledge_ids, group_claims

DONORS = [
    ("the U.S.", "Washington", "the United States"),
    ("the EU", "Brussels", "the European Union"),
    ("Japan", "Tokyo", "the Japanese government"),
    ("Germany", "Berlin", "the German government"),
    ("the UK", "Britain", "London"),
    ("Canada", "Ottawa", "Canada"),
    ("the World Bank", "the World Bank", "the World Bank"),
    ("the IMF", "the International Monetary Fund", "the IMF"),
    ("NATO allies", "NATO", "NATO member states"),
    ("Norway", "Oslo", "the Norwegian government"),
]
RECIPIENTS = ["Ukraine", "Kyiv", "Gaza", "Syria", "Bangladesh", "Pakistan", "Haiti", "Sudan"]
CURRENCIES = ["USD", "EUR", "GBP", "JPY", "NOK"]
STATUSES = [Status.PLEDGED, Status.PLANNED, Status.DELIVERED, Status.REQUESTED]


def synthetic(n: int, seed: int) -> tuple[list[Claim], dict[str, date | None]]:
    rng = random.Random(seed)
    pledges = []
    for _ in range(max(1, n // 20)):
        digits = rng.choice([1, 2, 2, 3])  # "$5 billion", "$61 billion", "$1.34 billion"
        value = float(f"{10 ** rng.uniform(6, 11):.{digits}g}")
        pledges.append(
            (rng.randrange(len(DONORS)), rng.choice(RECIPIENTS), rng.choice(CURRENCIES),
             value, rng.choice(STATUSES))
        )  # fmt: skip
    docs = [f"doc{i:06d}" for i in range(max(1, n // 5))]
    start = date(2022, 1, 1)
    published = {d: start + timedelta(days=rng.randrange(1200)) for d in docs}
    claims = []
    for i in range(n):
        doc = rng.choice(docs)
        if rng.random() < 0.1:  # an unrelated one-off figure
            donor_i, recipient, currency = rng.randrange(len(DONORS)), rng.choice(RECIPIENTS), "USD"
            value, status = float(rng.randrange(1, 999)) * 1e6, Status.PLEDGED
        else:
            donor_i, recipient, currency, value, status = rng.choice(pledges)
            value *= rng.choice([1.0, 1.0, 1.002, 0.998])
        donor = rng.choice(DONORS[donor_i]) if rng.random() > 0.2 else None
        claims.append(
            Claim(
                doc=doc, start=i % 5000 * 10, end=i % 5000 * 10 + 8, amount_text=f"{value:,.0f}",
                value=value, currency=currency, donor=donor,
                recipient=recipient if rng.random() > 0.2 else None,
                qualifier=rng.choice([Qualifier.EXACT, Qualifier.EXACT, Qualifier.ABOUT]),
                status=status, novelty=rng.choice([Novelty.NEW, Novelty.NEW, Novelty.REPEAT]),
            )
        )  # fmt: skip
    return claims, dict(published)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    claims, published = synthetic(args.claims, args.seed)
    started = time.perf_counter()
    out = assign_pledge_ids(claims, published)
    elapsed = time.perf_counter() - started
    pledges = len({c.pledge_id for c in out if c.pledge_id})
    print(f"{len(claims):,} claims -> {pledges:,} pledges in {elapsed:.2f} s (assign_pledge_ids)")
    started = time.perf_counter()
    rows = group_claims(claims, published)
    elapsed = time.perf_counter() - started
    print(f"{len(claims):,} claims -> {len(rows):,} pledge rows in {elapsed:.2f} s (group_claims)")


if __name__ == "__main__":
    main()
