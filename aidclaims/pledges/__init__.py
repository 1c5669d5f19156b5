"""Pledges: group the claims of many documents into pledges, and convert currencies.

Public entry points (the CLI wires them; see each docstring):

* :func:`group_claims` - claims of a run to one :class:`Pledge` row per pledge;
* :func:`assign_pledge_ids` - the same claims, each with its ``pledge_id``;
* :func:`aidclaims.pledges.fx.convert_claims` / :func:`~aidclaims.pledges.fx.convert_pledges`
  - ``--currency`` conversion at ECB reference rates (or a user table);
* :func:`aidclaims.pledges.command.read_claims` / :func:`~aidclaims.pledges.command.pledge_rows`
  - what the ``aidclaims pledges`` command (declared in :mod:`aidclaims.cli`) does.
"""

from aidclaims.pledges.record import PLEDGE_FIELDS, Pledge, assign_pledge_ids, group_claims

__all__ = ["PLEDGE_FIELDS", "Pledge", "assign_pledge_ids", "group_claims"]
