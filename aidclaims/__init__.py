"""aidclaims: turn money figures tied to aid in news articles into typed records.

>>> from aidclaims import extract
>>> claims = extract("Japan pledged $5 million in aid to Fiji.")
>>> [(c.amount_text, c.currency, c.donor, c.recipient) for c in claims]
[('$5 million', 'USD', 'Japan', 'Fiji')]

The public names are loaded on first use, so that ``aidclaims --help`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "AidType",
    "Claim",
    "Qualifier",
    "Rate",
    "Status",
    "__version__",
    "extract",
    "extract_record",
]

if TYPE_CHECKING:
    from aidclaims.io.runner import extract_record
    from aidclaims.model import AidType, Claim, Qualifier, Rate, Status
    from aidclaims.pipeline import extract

_LAZY = {
    "AidType": "aidclaims.model",
    "Claim": "aidclaims.model",
    "Qualifier": "aidclaims.model",
    "Rate": "aidclaims.model",
    "Status": "aidclaims.model",
    "extract": "aidclaims.pipeline",
    "extract_record": "aidclaims.io.runner",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aidclaims' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
