"""Ctrl-C at any moment: one line, "aidclaims: interrupted", exit 130, no temporary file left.

Two phases. While the command starts (imports, option parsing) nothing needs cleaning up, so
:func:`on_start` makes Ctrl-C print the line and leave at once: a KeyboardInterrupt raised
inside an import or a ``__del__`` would print a traceback, or be swallowed ("Exception
ignored in ...") and let the run go on. Once the run owns files, :func:`while_running`
raises KeyboardInterrupt so the temporary file is removed, and remembers the request, so an
interrupt swallowed by a finaliser still stops the run at the next document (:func:`check`).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Final

#: The line Ctrl-C prints, and the exit status (128 + SIGINT, as shells report it).
MESSAGE: Final = "aidclaims: interrupted\n"
EXIT_STATUS: Final = 130

_requested = False


def _leave_now(_number: int, _frame: FrameType | None) -> None:
    if sys.stderr is not None:
        sys.stderr.write(MESSAGE)
        sys.stderr.flush()
    os._exit(EXIT_STATUS)  # nothing to clean up yet; no traceback from half-done imports


def on_start() -> None:
    """Make Ctrl-C leave at once, quietly but for one line, while the command starts.

    Also unblocks SIGINT, in case the parent process blocked it until this point (the tests
    do, to send Ctrl-C at an exact moment).
    """
    signal.signal(signal.SIGINT, _leave_now)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _raise(_number: int, _frame: FrameType | None) -> None:
    global _requested
    _requested = True
    raise KeyboardInterrupt


def _unraisable(hook: object) -> object:
    def swallow(unraisable: sys.UnraisableHookArgs) -> None:
        global _requested
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            _requested = True  # raised inside a __del__: stop at the next document instead
            return
        hook(unraisable)  # type: ignore[operator]

    return swallow


@contextmanager
def while_running() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt (so files are cleaned up) until the block ends.

    Only in the main thread (signal handlers can be set nowhere else); elsewhere the block
    changes nothing.
    """
    global _requested
    if signal.getsignal(signal.SIGINT) is None or not _main_thread():
        yield
        return
    previous_handler = signal.signal(signal.SIGINT, _raise)
    previous_hook = sys.unraisablehook
    sys.unraisablehook = _unraisable(previous_hook)  # type: ignore[assignment]
    _requested = False
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        sys.unraisablehook = previous_hook


def check() -> None:
    """Raise KeyboardInterrupt if Ctrl-C came while a finaliser swallowed it."""
    if _requested:
        raise KeyboardInterrupt


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()
