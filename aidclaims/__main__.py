"""``python -m aidclaims``, and the ``aidclaims`` console script (``main``)."""

from __future__ import annotations


def main() -> None:
    """Run the command, with Ctrl-C handled from the first line (see aidclaims.io.interrupt)."""
    from aidclaims.io.interrupt import on_start

    on_start()
    from aidclaims.cli import app

    app(prog_name="aidclaims")


if __name__ == "__main__":
    main()
