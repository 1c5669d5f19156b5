"""The Claim record (SPEC.md) and its enums."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, model_validator


class Qualifier(StrEnum):
    """How the figure relates to the true amount ("over €20 billion" is MORE_THAN)."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    ABOUT = "about"
    RANGE = "range"


class Rate(StrEnum):
    """Whether the figure is a total or flows per unit of time."""

    TOTAL = "total"
    PER_DAY = "per_day"
    PER_WEEK = "per_week"
    PER_MONTH = "per_month"
    PER_QUARTER = "per_quarter"
    PER_YEAR = "per_year"


class Status(StrEnum):
    """Where the money stands: promised, handed over, asked for or planned."""

    PLEDGED = "pledged"
    DELIVERED = "delivered"
    REQUESTED = "requested"
    PLANNED = "planned"
    OTHER = "other"


class AidType(StrEnum):
    """What kind of aid the money is."""

    MILITARY = "military"
    FINANCIAL = "financial"
    HUMANITARIAN = "humanitarian"
    DEVELOPMENT = "development"
    RECONSTRUCTION = "reconstruction"
    GENERAL = "general"


class Novelty(StrEnum):
    """How a figure adds up with others, so a tracker never counts the same money twice."""

    NEW = "new"
    CUMULATIVE = "cumulative"
    REPEAT = "repeat"
    PART = "part"


class Claim(BaseModel):
    """One money figure found in a document, with its context (fields in SPEC.md order).

    Fields after ``sentence`` are extras that the scorer ignores.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str
    start: int
    end: int
    amount_text: str
    value: float | None
    value_max: float | None = None
    currency: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    rate: Rate = Rate.TOTAL
    period_text: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    status: Status | None = None
    aid_type: AidType | None = None
    donor: str | None = None
    recipient: str | None = None
    speaker: str | None = None
    sentence: str = ""
    # extras
    speaker_role: str | None = None
    aid: bool = True
    novelty: Novelty | None = None
    pledge_id: str | None = None
    # how the currency was decided: symbol, code, word (the mark says it), context (the
    # document settled a bare "$" or "Rs"), default (nothing did: USD for "$")
    currency_basis: str | None = None

    @model_validator(mode="after")
    def _check_invariants(self) -> Claim:
        if not 0 <= self.start < self.end:
            raise ValueError(f"span [{self.start}, {self.end}) is empty or negative")
        if self.value is not None and self.value_max is not None and self.value_max < self.value:
            raise ValueError("value_max is below value")
        if (
            self.period_start is not None
            and self.period_end is not None
            and self.period_end < self.period_start
        ):
            raise ValueError("period_end is before period_start")
        return self


#: Column order of CSV output and of the JSON records: SPEC.md order, then extras.
FIELDS: tuple[str, ...] = tuple(Claim.model_fields)


class _EveryField(frozenset[str]):
    """Every field name, as the fields set of every Claim the pipeline makes (all fields given).

    pydantic keeps a fields set per instance: for a Claim's 23 fields that is a 2.2 kB set,
    over half of what a claim weighs. Claims are frozen, so one set serves them all; a copy
    (``model_copy(update=...)`` adds the updated names to its copy) is a plain set.
    """

    def __copy__(self) -> set[str]:
        return set(self)


_EVERY_FIELD: _EveryField = _EveryField(Claim.model_fields)


def sharing_fields_set(claim: Claim) -> Claim:
    """``claim`` (made with every field given) holding the one shared fields set: 2.2 kB less.

    >>> c = Claim(**{name: None for name in FIELDS} | dict(doc="d", start=0, end=2,
    ...     amount_text="$5", value=5.0, qualifier="exact", rate="total", sentence="$5", aid=True))
    >>> sharing_fields_set(c).model_fields_set == set(FIELDS)
    True
    """
    if len(claim.__pydantic_fields_set__) == len(_EVERY_FIELD):  # every field given
        object.__setattr__(claim, "__pydantic_fields_set__", _EVERY_FIELD)
    return claim
