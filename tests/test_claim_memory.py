"""Claims weigh what their values weigh: one shared fields set, one string per sentence."""

from __future__ import annotations

from aidclaims import extract
from aidclaims.model import FIELDS

TEXT = (
    "Japan pledged $5 million and a further $3 million to Kenya in 2025, the ministry said. "
    "Norway will give NOK 200 million to Sudan."
)


def test_claims_share_one_fields_set_and_their_sentence() -> None:
    claims = extract(TEXT)
    assert len(claims) == 3
    assert all(c.model_fields_set is claims[0].model_fields_set for c in claims)
    assert claims[0].model_fields_set == set(FIELDS)
    assert claims[0].sentence is claims[1].sentence  # the same sentence, one string
    assert claims[2].sentence == "Norway will give NOK 200 million to Sudan."


def test_a_copy_with_updates_gets_its_own_set() -> None:
    claim = extract(TEXT)[0]
    copy = claim.model_copy(update={"pledge_id": "p1", "donor": "Tokyo"})
    assert (copy.pledge_id, copy.donor) == ("p1", "Tokyo")
    assert copy.model_fields_set == set(FIELDS)
    assert copy.model_fields_set is not claim.model_fields_set
    assert claim.pledge_id is None
    assert claim.donor == "Japan"
    assert claim.model_dump() == extract(TEXT)[0].model_dump()
