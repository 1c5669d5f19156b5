"""``python -m aidclaims``."""

from aidclaims.cli import app

app(prog_name="aidclaims")
