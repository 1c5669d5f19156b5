"""Errors and exit codes shared by the readers and the CLI."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Every exit status of the ``aidclaims`` command."""

    OK = 0
    INPUT_ERRORS = 1  # some file or record could not be read; the rest was processed
    USAGE = 2  # bad option or argument (typer/click use 2 as well)
    INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it


class AidclaimsError(Exception):
    """Base class of the errors aidclaims reports to the user (never with a traceback)."""


class InputError(AidclaimsError):
    """A file or record that could not be read; the batch goes on without it.

    The readers yield these rather than raising them, so one bad record never stops a batch.
    A plain class rather than a frozen dataclass: the interpreter and ``contextlib`` assign
    ``__context__`` and ``__notes__`` on exceptions, which a frozen dataclass refuses, and
    ``args`` must hold the fields for pickling to work.

    Attributes:
        path: the path as given on the command line (``-`` for standard input).
        where: the place inside the file, such as ``line 3`` or ``row 4``; None for the file.
        reason: what went wrong, short and lower-case, such as ``empty file``.

    >>> str(InputError("a.jsonl", "line 3", "missing text"))
    'a.jsonl:line 3: missing text'
    >>> str(InputError("notes.txt", None, "empty file"))
    'notes.txt: empty file'
    """

    __match_args__ = ("path", "where", "reason")

    def __init__(self, path: str, where: str | None, reason: str) -> None:
        super().__init__(path, where, reason)
        self.path = path
        self.where = where
        self.reason = reason

    def __str__(self) -> str:
        if self.where is None:
            return f"{self.path}: {self.reason}"
        return f"{self.path}:{self.where}: {self.reason}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InputError):
            return NotImplemented
        return (self.path, self.where, self.reason) == (other.path, other.where, other.reason)

    def __hash__(self) -> int:
        return hash((self.path, self.where, self.reason))
