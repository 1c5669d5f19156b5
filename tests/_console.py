"""The installed ``aidclaims`` console script, for tests that need a real process.

``.ci/run`` installs the package and sets ``CI``: there a missing script fails the test
instead of skipping it, so the entry point is always tested in CI.
"""

from __future__ import annotations

import os
import shutil

import pytest


def console_script() -> str:
    """The path of the ``aidclaims`` script; skip the test without it, except in CI."""
    script = shutil.which("aidclaims")
    if script is None:
        if os.environ.get("CI"):
            pytest.fail("the aidclaims console script is not on PATH (CI installs it)")
        pytest.skip("the aidclaims console script is not installed")
    return script
