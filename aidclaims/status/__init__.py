"""Status: pledged, delivered, requested, planned or other; ``resolve`` and its cue ``_table``."""

from __future__ import annotations

from aidclaims.status.resolve import (
    is_change_origin,
    is_change_target,
    is_past,
    resolve_status,
    resolve_statuses,
    status_index,
)

__all__ = [
    "is_change_origin",
    "is_change_target",
    "is_past",
    "resolve_status",
    "resolve_statuses",
    "status_index",
]
