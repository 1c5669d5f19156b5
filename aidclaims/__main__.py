"""``python -m aidclaims``, and the ``aidclaims`` console script (``main``)."""

from __future__ import annotations

import sys

#: Arguments whose only output is on standard output.
_HELP_OR_VERSION = frozenset({"--help", "--version", "-V"})


def main() -> None:
    """Run the command, with Ctrl-C handled from the first line (see aidclaims.io.interrupt)."""
    from aidclaims.io.interrupt import on_start

    on_start()
    if sys.stdout is None and (len(sys.argv) < 2 or _HELP_OR_VERSION.intersection(sys.argv)):
        # started with ">&-": click would print the help or the version to nowhere, exit 0
        if sys.stderr is not None:
            sys.stderr.write("aidclaims: cannot write standard output: it is closed\n")
        sys.exit(1)
    from aidclaims.cli import app

    try:
        app(prog_name="aidclaims")
    except OSError as error:
        if error.filename is not None:  # a file's error: not ours to word here
            raise
        # "--help > /dev/full": the commands report their own output errors, click does not
        from aidclaims.io.output import silence_stdout

        reason = (error.strerror or str(error)).lower()
        if sys.stderr is not None:
            sys.stderr.write(f"aidclaims: cannot write standard output: {reason}\n")
        silence_stdout()  # or the flush at exit fails once more
        sys.exit(1)


if __name__ == "__main__":
    main()
